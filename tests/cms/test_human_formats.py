"""Dates and file sizes as French (and English) readers write them: "1er décembre", "48 Ko"."""

import datetime as dt

import pytest
from django.template import Context, Template
from django.utils import translation

from cms.templatetags.site_tags import file_size, human_date

NB = "\u00a0"
PARIS_MIDNIGHT_UTC = dt.datetime(2026, 11, 30, 23, 30, tzinfo=dt.UTC)  # 1 Dec, 00:30 in Paris


@pytest.mark.parametrize(
    ("language", "value", "options", "expected"),
    [
        ("fr", dt.date(2026, 12, 1), "", "1er décembre 2026"),
        ("fr", dt.date(2026, 12, 2), "", "2 décembre 2026"),
        ("fr", dt.date(2026, 12, 11), "", "11 décembre 2026"),
        ("fr", dt.date(2026, 12, 21), "", "21 décembre 2026"),
        ("fr", dt.date(2026, 12, 1), "short", "1er déc. 2026"),
        ("fr", PARIS_MIDNIGHT_UTC, "", "1er décembre 2026"),
        ("fr", PARIS_MIDNIGHT_UTC, "time", "1er décembre 2026 à 00:30"),
        ("en", dt.date(2026, 12, 1), "", "1 December 2026"),
        ("en", PARIS_MIDNIGHT_UTC, "time", "1 December 2026 at 00:30"),
    ],
)
def test_human_date(language, value, options, expected):
    with translation.override(language):
        assert human_date(value, options) == expected


def test_human_date_of_nothing_is_empty():
    assert human_date(None) == ""
    assert human_date("2026-12-01") == ""


@pytest.mark.parametrize(
    ("language", "size", "expected"),
    [
        ("fr", 0, f"0{NB}octet"),
        ("fr", 1, f"1{NB}octet"),
        ("fr", 850, f"850{NB}octets"),
        ("fr", 48_200, f"48{NB}Ko"),
        ("fr", 1_234_567, f"1,2{NB}Mo"),
        ("fr", 3_000_000_000, f"3,0{NB}Go"),
        ("en", 1, f"1{NB}byte"),
        ("en", 850, f"850{NB}bytes"),
        ("en", 48_200, f"48{NB}KB"),
        ("en", 1_234_567, f"1.2{NB}MB"),
    ],
)
def test_file_size(language, size, expected):
    with translation.override(language):
        assert file_size(size) == expected


def test_file_size_never_says_kio_and_ignores_nonsense():
    with translation.override("fr"):
        assert "Kio" not in file_size(2048)
        assert file_size("n'importe quoi") == ""
        assert file_size(None) == ""


def test_no_template_formats_a_date_or_a_size_by_itself():
    """Every date and size shown goes through human_date / file_size (the French rules)."""
    import re

    from tests.i18n_sources import source_files

    raw = re.compile(r"\|\s*(?:date|filesizeformat|naturalday)\b")
    offenders = [
        str(path) for path in source_files("*.html") if raw.search(path.read_text())
    ]
    assert offenders == []


@pytest.mark.django_db
def test_a_document_block_shows_its_size_in_ko():
    from tests.factories import DocumentFactory

    document = DocumentFactory(title="Modèle de CV")
    template = Template(
        "{% load wagtailcore_tags %}{% include 'blocks/document.html' with value=value %}"
    )
    with translation.override("fr"):
        html = template.render(Context({"value": {"document": document, "title": "Modèle"}}))
    size = document.get_file_size()
    assert file_size(size) in html
    assert "Kio" not in html and "octets" in html


@pytest.mark.parametrize(
    ("language", "value", "decimals", "expected"),
    [
        ("fr", 62, 0, f"62{NB}%"),
        ("fr", 62.54, 1, f"62,5{NB}%"),
        ("fr", 0, 0, f"0{NB}%"),
        ("en", 62, 0, "62%"),
        ("en", 62.54, 1, "62.5%"),
        ("en", None, 0, ""),
    ],
)
def test_percent_label(language, value, decimals, expected):
    from cms.templatetags.site_tags import percent_label

    with translation.override(language):
        assert percent_label(value, decimals) == expected

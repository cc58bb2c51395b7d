"""Ids in URLs: `<id:...>` matches 1..2**63-1 only, so an id too big for the database is a 404.

The walk over the URL resolver finds every pattern of this project's apps (the Wagtail admin's quiz
statistics included): none uses `<int:...>`, and each one with an id answers 404, never 500, to a
30-digit id, for a visitor, a learner and an administrator, on GET and on POST.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter
from django.urls.exceptions import NoReverseMatch

from cms.converters import MAX_ID, IdConverter

OUR_APPS = ("cms", "courses", "lessons", "quizzes")
HUGE = "9" * 30


def _walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def our_patterns():
    found = []
    for route, entry in _walk(get_resolver().url_patterns):
        module = getattr(entry.callback, "__module__", "") or ""
        if module.split(".")[0] in OUR_APPS:
            found.append((route, entry))
    return found


def id_routes() -> list[str]:
    return sorted({route for route, _entry in our_patterns() if "<id:" in route})


def _with_huge_ids(route: str) -> str:
    return "/" + re.sub(r"<id:[a-z_]+>", HUGE, route)


def test_the_walk_finds_the_routes_with_ids():
    routes = id_routes()
    # The known ones; a new URL with an id is covered by the walk without editing this list.
    for expected in ("inscription/", "quitter/", "terminer/", "tentatives/", "telecharger/"):
        assert any(expected in r for r in routes), (expected, routes)
    assert any(r.startswith("admin/quiz-stats/") for r in routes), routes


def test_no_url_of_ours_uses_the_unbounded_int_converter():
    unbounded = [
        route
        for route, entry in our_patterns()
        for converter in getattr(entry.pattern, "converters", {}).values()
        if isinstance(converter, IntConverter)
    ]
    assert unbounded == []


@pytest.mark.django_db
@pytest.mark.parametrize("route", id_routes())
@pytest.mark.parametrize("who", ["anonymous", "learner", "admin_user"])
def test_an_id_beyond_64_bits_is_a_404(client, request, route, who):
    client.raise_request_exception = True  # a server error would fail the test with its traceback
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    url = _with_huge_ids(route)
    # The Wagtail admin sends whoever may not enter it to its login page before any URL matching.
    expected = 302 if route.startswith("admin/") and who != "admin_user" else 404
    assert client.get(url).status_code == expected
    assert client.post(url).status_code == expected


@pytest.mark.parametrize(
    "text, expected",
    [("1", 1), ("42", 42), (str(MAX_ID), MAX_ID), ("0007", 7)],
)
def test_converter_accepts_database_ids(text, expected):
    assert IdConverter().to_python(text) == expected


@pytest.mark.parametrize("text", ["0", str(MAX_ID + 1), "9" * 19])
def test_converter_refuses_what_no_database_id_can_be(text):
    with pytest.raises(ValueError):
        IdConverter().to_python(text)


def test_reverse_builds_ids_and_refuses_impossible_ones():
    assert reverse("lessons:complete", args=[12]) == "/apprendre/lecons/12/terminer/"
    with pytest.raises(NoReverseMatch):
        reverse("lessons:complete", args=[MAX_ID + 1])

"""The certificate: PDF content, download by its owner only, public verification."""

import datetime as dt
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from cms.templatetags.site_tags import human_date
from courses.certificate_pdf import french_date, render_certificate_pdf, verification_url
from courses.models import Certificate, Enrollment
from courses.services import certificate_issue, step_complete
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(django_capture_on_commit_callbacks):
    learner = UserFactory(first_name="Élodie", last_name="Müller")
    course, lessons = build_course(modules=1, lessons_per_module=2, title="Réussir son CV")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            step_complete(user=learner, step=lesson)
    return Certificate.objects.select_related("user", "course", "enrollment").get(user=learner)


def test_french_date():
    moment = dt.datetime(2026, 11, 25, 23, 30, tzinfo=dt.UTC)  # 26 Nov in Paris
    assert french_date(moment) == "26 novembre 2026"
    assert french_date(dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)) == "1er décembre 2026"
    with translation.override("en"):
        assert french_date(dt.date(2026, 12, 1)) == "1er décembre 2026"
        assert human_date(dt.date(2026, 12, 1)) == "1 December 2026"


def pdf_text(pdf: bytes) -> str:
    """The text a reader (or a copy-paste) gets out of the PDF: the test of what it shows."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_holds_name_course_date_code_and_url(certificate):
    pdf = render_certificate_pdf(certificate=certificate)
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf)
    assert "Élodie Müller" in text
    assert "Réussir son CV" in text
    assert french_date(certificate.enrollment.completed_at) in text
    assert f"Code de vérification\u00a0: {certificate.display_code}" in text
    url = verification_url(certificate.code)
    assert url.endswith(f"/apprendre/certificats/verifier/?code={certificate.display_code}")
    assert url in text
    links = [a.get_object()["/A"]["/URI"] for a in PdfReader(io.BytesIO(pdf)).pages[0]["/Annots"]]
    assert links == [url]


NAMES = [
    ("Łucja", "Nguyễn Thị"),  # Polish, Vietnamese
    ("Şükrü", "Öztürk"),  # Turkish
    ("Ольга", "Иванова"),  # Cyrillic
    ("ليلى", "حداد"),  # Arabic (shaped, right to left)
    ("Chloé", "Œuvray"),
]


@pytest.mark.parametrize(("first", "last"), NAMES)
def test_pdf_prints_every_name_as_written(first, last):
    learner = UserFactory(first_name=first, last_name=last)
    course, lessons = build_course(
        modules=1, lessons_per_module=1, title="L’entretien « cœur » — 1ʳᵉ étape"
    )
    step_complete(user=learner, step=lessons[0])
    certificate = certificate_issue(enrollment=Enrollment.objects.get(user=learner))
    text = pdf_text(render_certificate_pdf(certificate=certificate))
    assert f"{first} {last}" in text
    assert "L’entretien « cœur » — 1ʳᵉ étape" in text
    assert "?" not in text.replace("?code=", "")


def test_pdf_fonts_are_embedded_from_the_project(certificate):
    fonts = set()
    for page in PdfReader(io.BytesIO(render_certificate_pdf(certificate=certificate))).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"]  # embedded, not the reader's
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts == {"DejaVuSansBook", "DejaVuSansBold"}


def test_stored_file_is_a_pdf(certificate):
    assert certificate.file
    with certificate.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert certificate.code not in certificate.file.name  # the name does not leak the code


def test_codes_are_unique_and_unambiguous(django_capture_on_commit_callbacks):
    codes = set()
    course, lessons = build_course(modules=1, lessons_per_module=1)
    for _ in range(5):
        learner = UserFactory()
        step_complete(user=learner, step=lessons[0])
        codes.add(certificate_issue(enrollment=learner.enrollments.get()).code)
    assert len(codes) == 5
    for code in codes:
        assert re.fullmatch(r"[A-HJKMNP-TV-Z2-9]{12}", code)


def test_owner_downloads_the_pdf(client, certificate):
    client.force_login(certificate.user)
    response = client.get(reverse("courses:certificate_download", args=[certificate.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_another_learner_gets_404(client, certificate, other_learner):
    client.force_login(other_learner)
    response = client.get(reverse("courses:certificate_download", args=[certificate.pk]))
    assert response.status_code == 404


def test_download_while_the_pdf_is_not_written_is_404(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(file="")
    client.force_login(certificate.user)
    response = client.get(reverse("courses:certificate_download", args=[certificate.pk]))
    assert response.status_code == 404


def test_verification_shows_holder_course_and_date_and_nothing_more(client, certificate):
    for typed in [certificate.code, certificate.display_code.lower(), f" {certificate.code} "]:
        response = client.get(reverse("courses:certificate_verify"), {"code": typed})
        assert response.status_code == 200, typed
        text = re.sub(r"\s+", " ", BeautifulSoup(response.content, "html.parser").get_text(" "))
        assert "Certificat valide" in text
        assert "Réussir son CV" in text
        completed = timezone.localtime(certificate.enrollment.completed_at)
        assert french_date(completed) in text
        assert "Délivré à Élodie M." in text
        assert certificate.display_code in text  # as printed on the PDF
        for private in ["Müller", certificate.user.email]:
            assert private not in text


@pytest.mark.parametrize(
    ("first", "last", "shown"),
    [
        ("Łucja", "Nguyễn Thị", "Łucja N."),
        ("şükrü", "öztürk", "şükrü Ö."),
        ("Ольга", "Иванова", "Ольга И."),
        ("ليلى", "حداد", "ليلى ح."),
        ("Zoé", "", "Zoé"),
        ("", "Martin", "M."),
    ],
)
def test_holder_public_name(first, last, shown):
    certificate = Certificate(user=UserFactory.build(first_name=first, last_name=last))
    assert certificate.holder_public_name == shown


def test_verification_query_count(client, certificate, django_assert_max_num_queries):
    client.get(reverse("courses:certificate_verify"), {"code": certificate.code})
    with django_assert_max_num_queries(3):
        client.get(reverse("courses:certificate_verify"), {"code": certificate.code})

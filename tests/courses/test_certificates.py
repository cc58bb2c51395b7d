"""The certificate: PDF content, download by its owner only, public verification."""

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

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


def test_pdf_holds_name_course_date_code_and_url(certificate):
    pdf = render_certificate_pdf(certificate=certificate, compress=False)
    assert pdf.startswith(b"%PDF-")
    raw = pdf.decode("latin-1")
    assert "Élodie Müller" in raw
    assert "Réussir son CV" in raw
    assert french_date(certificate.enrollment.completed_at) in raw
    assert f"Code de vérification : {certificate.code}" in raw
    url = verification_url(certificate.code)
    assert url.endswith(f"/apprendre/certificats/verifier/?code={certificate.code}")
    assert f"/URI ({url})" in raw  # the link annotation


def test_pdf_replaces_characters_outside_latin1():
    learner = UserFactory(first_name="Chloé", last_name="Œuvray")
    course, lessons = build_course(modules=1, lessons_per_module=1, title="L’entretien « cœur »")
    step_complete(user=learner, step=lessons[0])
    enrollment = Enrollment.objects.get(user=learner)
    certificate = certificate_issue(enrollment=enrollment)
    raw = render_certificate_pdf(certificate=certificate, compress=False).decode("latin-1")
    assert "Chloé OEuvray" in raw
    assert "L'entretien « coeur »" in raw


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


def test_verification_shows_course_and_date_and_nothing_about_the_learner(client, certificate):
    for typed in [certificate.code, certificate.display_code.lower(), f" {certificate.code} "]:
        response = client.get(reverse("courses:certificate_verify"), {"code": typed})
        assert response.status_code == 200, typed
        text = re.sub(r"\s+", " ", BeautifulSoup(response.content, "html.parser").get_text(" "))
        assert "Certificat valide" in text
        assert "Réussir son CV" in text
        completed = timezone.localtime(certificate.enrollment.completed_at)
        assert human_date(completed) in text  # the site's dates: "1er décembre 2026"
        for private in ["Élodie", "Müller", certificate.user.email]:
            assert private not in text


def test_verification_query_count(client, certificate, django_assert_max_num_queries):
    client.get(reverse("courses:certificate_verify"), {"code": certificate.code})
    with django_assert_max_num_queries(3):
        client.get(reverse("courses:certificate_verify"), {"code": certificate.code})

"""Enrol, leave, course page actions and statuses, verification page."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.shortcuts import resolve_url
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import Enrollment, StepCompletion
from courses.services import enrollment_touch, step_complete
from tests.factories import LessonPageFactory, build_course

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def text_of(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ")).strip()


@pytest.fixture
def course_and_lessons():
    return build_course(modules=2, lessons_per_module=2)


def enrol_url(course):
    return reverse("courses:enrol", args=[course.pk])


def test_anonymous_enrol_goes_to_login_with_next(client, course_and_lessons):
    course, _ = course_and_lessons
    response = client.post(enrol_url(course))
    assert response.status_code == 302
    location = urlparse(response["Location"])
    assert location.path == resolve_url(settings.LOGIN_URL)
    assert parse_qs(location.query)["next"] == [course.url]
    assert not Enrollment.objects.exists()


def test_learner_enrols_and_lands_on_the_first_step(client, learner, course_and_lessons):
    course, lessons = course_and_lessons
    client.force_login(learner)
    response = client.post(enrol_url(course))
    assert response.status_code == 302 and response["Location"] == lessons[0].url
    # Twice: still one row, and the learner goes to the step to do.
    step_complete(user=learner, step=lessons[0])
    response = client.post(enrol_url(course))
    assert response["Location"] == lessons[1].url
    assert Enrollment.objects.filter(user=learner, course=course).count() == 1


def test_enrol_in_unknown_or_unpublished_course_is_404(client, learner, course_and_lessons):
    course, _ = course_and_lessons
    client.force_login(learner)
    assert client.post(reverse("courses:enrol", args=[999999])).status_code == 404
    course.unpublish()
    assert client.post(enrol_url(course)).status_code == 404
    assert not Enrollment.objects.exists()


def test_course_page_for_anonymous_offers_to_start_and_read(client, course_and_lessons):
    course, lessons = course_and_lessons
    page = soup(client.get(course.url))
    form = page.find("form", action=enrol_url(course))
    assert form and form["method"] == "post" and "Commencer le cours" in text_of(form)
    assert form.find("a", href=lessons[0].url)
    assert "Terminée" not in text_of(page)


def test_course_page_shows_statuses_and_resume_for_an_enrolled_learner(
    client, learner, course_and_lessons
):
    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    client.force_login(learner)
    page = soup(client.get(course.url))
    assert not page.find("form", action=enrol_url(course))
    rows = page.select("#syllabus-title ~ ol li li")
    statuses = [text_of(row).split()[-1] for row in rows]
    assert [text_of(r) for r in rows][0].endswith("Terminée")
    assert "À faire ensuite" in text_of(rows[1])
    assert statuses[2:] == ["faire", "faire"]  # "À faire"
    resume = [a for a in page.find_all("a") if text_of(a) == "Reprendre"]
    assert resume and resume[0]["href"] == lessons[1].url
    bar = page.find(attrs={"role": "progressbar"})
    assert bar["aria-valuenow"] == "25"
    assert page.find("a", href=reverse("courses:leave", args=[course.pk]))


def test_leave_asks_for_confirmation_then_keeps_completions(client, learner, course_and_lessons):
    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    client.force_login(learner)
    url = reverse("courses:leave", args=[course.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "sont conservées" in text_of(soup(response))
    assert Enrollment.objects.filter(user=learner).exists()
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == reverse("dashboard:home")
    assert not Enrollment.objects.filter(user=learner).exists()
    assert StepCompletion.objects.filter(user=learner).count() == 1
    # No longer enrolled: the leave page is gone.
    assert client.get(url).status_code == 404


def test_completed_course_cannot_be_left(client, learner, course_and_lessons):
    course, lessons = course_and_lessons
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    client.force_login(learner)
    response = client.post(reverse("courses:leave", args=[course.pk]), follow=True)
    assert "Un cours terminé reste dans votre parcours." in text_of(soup(response))
    assert Enrollment.objects.filter(user=learner).exists()


def test_a_plain_lesson_view_never_writes(client, learner, course_and_lessons):
    """Reading is not activity: views do not compete with writers (SQLite locks, speed)."""
    course, lessons = course_and_lessons
    client.force_login(learner)
    client.post(enrol_url(course))
    for user_client in (client, Client()):
        with CaptureQueriesContext(connection) as queries:
            assert user_client.get(lessons[3].url).status_code == 200
        writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(
            ("INSERT", "UPDATE", "DELETE"))]
        assert writes == []


def test_completing_a_step_records_the_last_step_and_activity(
    client, learner, course_and_lessons
):
    course, lessons = course_and_lessons
    client.force_login(learner)
    client.post(enrol_url(course))
    client.post(reverse("lessons:complete", args=[lessons[3].pk]))
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.last_step_id == lessons[3].pk and enrollment.last_activity_at is not None


def test_lesson_page_invites_anonymous_readers_to_sign_in(client, course_and_lessons):
    _course, lessons = course_and_lessons
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    section = soup(response).find(id="actions-etape")
    assert "Connectez-vous" in text_of(section)
    assert section.find("a", href=re.compile(r"next=")), "sign-in link keeps the way back"
    assert not section.find("form")


def test_lesson_page_offers_mark_done_then_shows_done(client, learner, course_and_lessons):
    _course, lessons = course_and_lessons
    client.force_login(learner)
    section = soup(client.get(lessons[0].url)).find(id="actions-etape")
    form = section.find("form")
    assert form["action"] == reverse("lessons:complete", args=[lessons[0].pk])
    assert "Marquer comme terminée" in text_of(form)
    step_complete(user=learner, step=lessons[0])
    section = soup(client.get(lessons[0].url)).find(id="actions-etape")
    assert "Étape terminée" in text_of(section)
    assert section.find("a", href=lessons[1].url)


def test_verification_page_empty_form(client):
    response = client.get(reverse("courses:certificate_verify"))
    assert response.status_code == 200
    page = soup(response)
    assert page.find("label", attrs={"for": "id_code"})
    assert "Certificat valide" not in text_of(page)


def test_verification_rejects_malformed_codes_with_a_message(client):
    for bad in ["abc", "<script>alert(1)</script>", "O" * 12, "x" * 500]:
        response = client.get(reverse("courses:certificate_verify"), {"code": bad})
        assert response.status_code == 400
        page = soup(response)
        assert page.find(id="id_code_errors")
        assert b"<script>alert" not in response.content


def test_verification_of_an_unknown_code(client):
    response = client.get(reverse("courses:certificate_verify"), {"code": "ABCD-EFGH-JKMN"})
    assert response.status_code == 404
    assert "Certificat introuvable" in text_of(soup(response))


def test_post_only_endpoints_refuse_get(client, learner, course_and_lessons):
    course, lessons = course_and_lessons
    client.force_login(learner)
    assert client.get(enrol_url(course)).status_code == 405
    url = reverse("lessons:complete", args=[lessons[0].pk])
    assert client.get(url).status_code == 405
    assert not Enrollment.objects.exists()


def test_csrf_is_enforced_on_every_post(learner, course_and_lessons):
    from django.test import Client

    course, lessons = course_and_lessons
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    enrollment_touch(user=learner, step=lessons[0])
    for url in [
        enrol_url(course),
        reverse("lessons:complete", args=[lessons[0].pk]),
        reverse("courses:leave", args=[course.pk]),
    ]:
        assert client.post(url).status_code == 403, url
    assert not Enrollment.objects.exists()
    assert not StepCompletion.objects.exists()


def test_the_last_step_leads_to_the_end_of_course_and_its_certificate(
    client, learner, course_and_lessons, django_capture_on_commit_callbacks
):
    course, lessons = course_and_lessons
    client.force_login(learner)
    for lesson in lessons[:-1]:
        step_complete(user=learner, step=lesson)
    with django_capture_on_commit_callbacks(execute=True):  # the certificate task
        client.post(reverse("lessons:complete", args=[lessons[-1].pk]))
    response = client.get(lessons[-1].url)
    section = soup(response).find(id="actions-etape")
    assert "Bravo, vous avez terminé le cours !" in text_of(section)
    certificate = Enrollment.objects.get(user=learner).certificate  # written in-process (eager)
    assert section.find("a", href=reverse("courses:certificate_download", args=[certificate.pk]))


def test_a_step_added_after_completion_is_pointed_out_and_the_course_stays_completed(
    client, learner, course_and_lessons
):
    course, lessons = course_and_lessons
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    module = lessons[-1].get_parent()
    added = LessonPageFactory(parent=module, title="Relancer après un entretien")
    client.force_login(learner)
    page = soup(client.get(course.url))
    actions = text_of(page.find(id="course-actions"))
    assert "Cours terminé le" in actions
    assert "1 étape ajoutée" in actions and "Relancer après un entretien" in actions
    assert "%" not in actions  # never "Cours terminé" beside "80 %"
    assert page.find("a", href=added.url)
    assert Enrollment.objects.get(user=learner).completed_at is not None
    dashboard = text_of(soup(client.get(reverse("dashboard:home"))))
    assert "1 étape ajoutée" in dashboard

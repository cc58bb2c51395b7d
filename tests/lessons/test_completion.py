"""'Marquer comme terminée': POST only, idempotent, 404 for unknown or unpublished lessons."""

import pytest
from django.urls import reverse

from courses.models import Enrollment, StepCompletion
from tests.factories import build_course

pytestmark = pytest.mark.django_db


def complete_url(lesson_id):
    return reverse("lessons:complete", args=[lesson_id])


@pytest.fixture
def lessons():
    return build_course(modules=1, lessons_per_module=3)[1]


def test_marking_done_records_one_row_and_returns_to_the_lesson(client, learner, lessons):
    client.force_login(learner)
    for _ in range(3):
        response = client.post(complete_url(lessons[0].pk))
        assert response.status_code == 302
        assert response["Location"] == f"{lessons[0].url}#actions-etape"
    assert StepCompletion.objects.filter(user=learner, step=lessons[0]).count() == 1
    assert Enrollment.objects.filter(user=learner).count() == 1


def test_success_message_only_the_first_time(client, learner, lessons):
    client.force_login(learner)
    first = client.post(complete_url(lessons[0].pk), follow=True)
    assert "Étape terminée. Votre progression est enregistrée." in first.content.decode()
    again = client.post(complete_url(lessons[0].pk), follow=True)
    assert "Votre progression est enregistrée." not in again.content.decode()


def test_anonymous_is_sent_to_login_and_nothing_is_recorded(client, lessons):
    response = client.post(complete_url(lessons[0].pk))
    assert response.status_code == 302 and "next=" in response["Location"]
    assert not StepCompletion.objects.exists()


def test_unknown_lesson_is_404(client, learner):
    client.force_login(learner)
    assert client.post(complete_url(987654)).status_code == 404


def test_unpublished_lesson_is_404(client, learner, lessons):
    lessons[1].unpublish()
    client.force_login(learner)
    assert client.post(complete_url(lessons[1].pk)).status_code == 404
    assert not StepCompletion.objects.exists()


def test_a_page_that_is_not_a_lesson_is_404(client, learner, lessons):
    client.force_login(learner)
    module = lessons[0].get_parent()
    assert client.post(complete_url(module.pk)).status_code == 404
    assert client.post(complete_url(module.get_parent().pk)).status_code == 404
    assert not StepCompletion.objects.exists()


def test_lesson_under_an_unpublished_module_is_404(client, learner, lessons):
    from wagtail.models import Page

    Page.objects.filter(pk=lessons[0].get_parent().pk).update(live=False)
    client.force_login(learner)
    assert client.post(complete_url(lessons[0].pk)).status_code == 404
    assert not StepCompletion.objects.exists()


def _lesson_queries(client, lesson) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(lesson.url)  # warm caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(lesson.url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_lesson_page_for_an_enrolled_learner_costs_the_same_for_small_and_big_courses(
    client, learner
):
    from courses.services import enrollment_create, step_complete

    small, small_lessons = build_course(modules=1, lessons_per_module=3)
    big, big_lessons = build_course(modules=6, lessons_per_module=5)
    for course, course_lessons in [(small, small_lessons), (big, big_lessons)]:
        enrollment_create(user=learner, course=course)
        for lesson in course_lessons[:2]:
            step_complete(user=learner, step=lesson)
    client.force_login(learner)
    small_count = _lesson_queries(client, small_lessons[1])
    big_count = _lesson_queries(client, big_lessons[20])
    assert small_count == big_count
    # Progress adds three queries to the anonymous page: the touch UPDATE, the enrollment and
    # the completions.
    client.logout()
    assert _lesson_queries(client, small_lessons[1]) < small_count

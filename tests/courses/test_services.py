"""State changes of the learner journey: enrol, leave, touch, complete, certificate."""

import pytest
from django.db import IntegrityError

from courses.models import Certificate, Enrollment, StepCompletion
from courses.services import (
    CourseCompleted,
    StepNotAvailable,
    certificate_issue,
    enrollment_create,
    enrollment_leave,
    enrollment_touch,
    step_complete,
)
from lessons.services import lesson_complete
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_and_lessons():
    return build_course(modules=2, lessons_per_module=2)


def test_enrolling_twice_keeps_one_row(learner, course_and_lessons):
    course, _lessons = course_and_lessons
    first, created = enrollment_create(user=learner, course=course)
    again, created_again = enrollment_create(user=learner, course=course)
    assert (created, created_again) == (True, False)
    assert first.pk == again.pk
    assert Enrollment.objects.filter(user=learner, course=course).count() == 1


def test_the_database_refuses_a_second_enrollment(learner, course_and_lessons):
    course, _lessons = course_and_lessons
    Enrollment.objects.create(user=learner, course=course)
    with pytest.raises(IntegrityError):
        Enrollment.objects.create(user=learner, course=course)


def test_completing_a_lesson_enrols_and_is_idempotent(learner, course_and_lessons):
    course, lessons = course_and_lessons
    assert lesson_complete(user=learner, lesson=lessons[0]) is True
    assert lesson_complete(user=learner, lesson=lessons[0]) is False
    assert StepCompletion.objects.filter(user=learner, step=lessons[0]).count() == 1
    assert Enrollment.objects.filter(user=learner, course=course).exists()


def test_course_completion_is_recorded_once_and_issues_a_certificate(
    learner, course_and_lessons, django_capture_on_commit_callbacks
):
    course, lessons = course_and_lessons
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for lesson in lessons[:-1]:
            step_complete(user=learner, step=lesson)
    assert callbacks == []  # not completed yet: nothing enqueued
    enrollment = Enrollment.objects.get(user=learner, course=course)
    assert enrollment.completed_at is None

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        step_complete(user=learner, step=lessons[-1])
    assert len(callbacks) == 1
    enrollment.refresh_from_db()
    completed_at = enrollment.completed_at
    assert completed_at is not None
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.user == learner and certificate.course_id == course.pk
    assert certificate.file.name.startswith("certificates/")
    assert certificate.file.read().startswith(b"%PDF")

    # Repeating the last completion changes nothing: same date, no second task.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert step_complete(user=learner, step=lessons[-1]) is False
    enrollment.refresh_from_db()
    assert enrollment.completed_at == completed_at
    assert callbacks == []


def test_certificate_issue_is_idempotent(learner, course_and_lessons):
    course, lessons = course_and_lessons
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    enrollment = Enrollment.objects.get(user=learner, course=course)
    first = certificate_issue(enrollment=enrollment)
    second = certificate_issue(enrollment=enrollment)
    assert first.pk == second.pk
    assert first.file.name == second.file.name
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    assert len(first.code) == 12 and first.code.isalnum() and first.code.upper() == first.code


def test_certificate_issue_refuses_an_unfinished_enrollment(learner, course_and_lessons):
    course, _lessons = course_and_lessons
    enrollment, _ = enrollment_create(user=learner, course=course)
    with pytest.raises(ValueError):
        certificate_issue(enrollment=enrollment)
    assert not Certificate.objects.exists()


def test_unpublished_lesson_cannot_be_completed(learner, course_and_lessons):
    _course, lessons = course_and_lessons
    lessons[1].unpublish()
    lessons[1].refresh_from_db()
    with pytest.raises(StepNotAvailable):
        lesson_complete(user=learner, lesson=lessons[1])
    assert not StepCompletion.objects.exists()


def test_step_of_an_unpublished_module_cannot_be_completed(learner, course_and_lessons):
    _course, lessons = course_and_lessons
    from wagtail.models import Page

    # Only the module goes offline; the lesson row itself stays live.
    Page.objects.filter(pk=lessons[0].get_parent().pk).update(live=False)
    lessons[0].refresh_from_db()
    assert lessons[0].live
    with pytest.raises(StepNotAvailable):
        step_complete(user=learner, step=lessons[0])


def test_unpublished_steps_do_not_count_for_completion(learner, course_and_lessons):
    course, lessons = course_and_lessons
    lessons[-1].unpublish()
    for lesson in lessons[:-1]:
        step_complete(user=learner, step=lesson)
    assert Enrollment.objects.get(user=learner, course=course).completed_at is not None


def test_touch_records_the_last_step_in_one_query(
    learner, course_and_lessons, django_assert_num_queries
):
    course, lessons = course_and_lessons
    enrollment_create(user=learner, course=course)
    with django_assert_num_queries(1):
        assert enrollment_touch(user=learner, step=lessons[2]) == 1
    with django_assert_num_queries(1):
        assert enrollment_touch(user=learner, step=lessons[3], course=course) == 1
    enrollment = Enrollment.objects.get(user=learner, course=course)
    assert enrollment.last_step_id == lessons[3].pk
    assert enrollment.last_activity_at is not None


def test_touch_writes_nothing_for_anonymous_or_not_enrolled(
    learner, course_and_lessons, django_assert_num_queries
):
    from django.contrib.auth.models import AnonymousUser

    _course, lessons = course_and_lessons
    with django_assert_num_queries(0):
        assert enrollment_touch(user=AnonymousUser(), step=lessons[0]) == 0
    assert enrollment_touch(user=learner, step=lessons[0]) == 0
    assert not Enrollment.objects.exists()


def test_leaving_keeps_completions_and_reenrolling_restores_progress(learner, course_and_lessons):
    from courses.selectors import course_progress

    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    assert enrollment_leave(user=learner, course=course) is True
    assert not Enrollment.objects.filter(user=learner).exists()
    assert StepCompletion.objects.filter(user=learner).count() == 1
    assert enrollment_leave(user=learner, course=course) is False

    enrollment_create(user=learner, course=course)
    progress = course_progress(user=learner, course=course)
    assert progress.done == 1
    assert progress.next_step.page.pk == lessons[1].pk


def test_a_completed_course_cannot_be_left(learner, course_and_lessons):
    course, lessons = course_and_lessons
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    with pytest.raises(CourseCompleted):
        enrollment_leave(user=learner, course=course)
    assert Enrollment.objects.filter(user=learner, course=course).exists()


def test_completions_of_one_learner_do_not_touch_another(learner, course_and_lessons):
    course, lessons = course_and_lessons
    other = UserFactory()
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    step_complete(user=other, step=lessons[0])
    assert Enrollment.objects.get(user=other, course=course).completed_at is None
    assert StepCompletion.objects.filter(user=other).count() == 1

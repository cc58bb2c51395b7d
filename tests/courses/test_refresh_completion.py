"""Set-based completion: courses.services.enrollments_refresh_completion (one course at a time)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Certificate, Enrollment, StepCompletion
from courses.services import enrollments_refresh_completion
from tests.factories import UserFactory, build_course
from tests.support.caches import cold_outlines

pytestmark = pytest.mark.django_db


def _enrol(course, lessons, done):
    """A learner enrolled in `course` with the first `done` lessons completed (rows written
    directly, as an import or a change of the outline would leave them)."""
    user = UserFactory()
    enrollment = Enrollment.objects.create(user=user, course=course)
    StepCompletion.objects.bulk_create(
        StepCompletion(user=user, step=lesson, course=course) for lesson in lessons[:done]
    )
    return enrollment


def test_completes_exactly_the_enrollments_with_every_live_step_done(
    django_capture_on_commit_callbacks,
):
    course, lessons = build_course(modules=2, lessons_per_module=2)
    other_course, other_lessons = build_course(modules=1, lessons_per_module=2)
    finished = [_enrol(course, lessons, 4) for _ in range(2)]
    partway = _enrol(course, lessons, 3)
    new = _enrol(course, lessons, 0)
    elsewhere = _enrol(other_course, other_lessons, 2)  # another course: left alone

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert enrollments_refresh_completion(course=course) == 2

    completed = set(
        Enrollment.objects.filter(completed_at__isnull=False).values_list("pk", flat=True)
    )
    assert completed == {e.pk for e in finished}
    assert partway.pk not in completed and new.pk not in completed
    assert elsewhere.pk not in completed
    assert len(callbacks) == 1  # one callback enqueues the certificates of the batch
    assert set(Certificate.objects.values_list("enrollment_id", flat=True)) == completed


def test_an_earlier_completion_date_never_moves_and_a_second_run_does_nothing(
    django_capture_on_commit_callbacks,
):
    course, lessons = build_course(modules=1, lessons_per_module=2)
    earlier = _enrol(course, lessons, 2)
    long_ago = timezone.now() - timedelta(days=30)
    Enrollment.objects.filter(pk=earlier.pk).update(completed_at=long_ago)
    _enrol(course, lessons, 2)

    with django_capture_on_commit_callbacks(execute=False):
        assert enrollments_refresh_completion(course=course) == 1
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert enrollments_refresh_completion(course=course) == 0
    assert callbacks == []
    earlier.refresh_from_db()
    assert earlier.completed_at == long_ago


def test_unpublished_steps_do_not_count():
    course, lessons = build_course(modules=1, lessons_per_module=3)
    lessons[-1].unpublish()
    enrollment = _enrol(course, lessons, 2)  # every live lesson, not the unpublished one
    assert enrollments_refresh_completion(course=course) == 1
    enrollment.refresh_from_db()
    assert enrollment.completed_at is not None


def test_a_course_without_steps_completes_no_one():
    course, _lessons = build_course(modules=1, lessons_per_module=0)
    enrollment = Enrollment.objects.create(user=UserFactory(), course=course)
    assert enrollments_refresh_completion(course=course) == 0
    enrollment.refresh_from_db()
    assert enrollment.completed_at is None


def _queries(course, lessons, learners):
    for n in range(learners):
        _enrol(course, lessons, len(lessons) if n % 2 else 1)
    cold_outlines()
    with CaptureQueriesContext(connection) as ctx:
        enrollments_refresh_completion(course=course)
    return len(ctx.captured_queries)


def test_the_number_of_queries_does_not_grow_with_the_learners():
    small_course, small_lessons = build_course(modules=2, lessons_per_module=2)
    big_course, big_lessons = build_course(modules=2, lessons_per_module=2)
    assert _queries(small_course, small_lessons, 2) == _queries(big_course, big_lessons, 12)


def test_batches_cover_every_enrollment():
    course, lessons = build_course(modules=1, lessons_per_module=1)
    enrollments = [_enrol(course, lessons, 1) for _ in range(5)]
    assert enrollments_refresh_completion(course=course, batch_size=2) == 5
    assert not Enrollment.objects.filter(
        pk__in=[e.pk for e in enrollments], completed_at__isnull=True
    ).exists()

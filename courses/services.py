"""State changes of the learner journey. Keyword-only, transactional, safe to repeat."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page

from .models import CoursePage, Enrollment, StepCompletion


def course_of_step(step: Page) -> CoursePage:
    """The course a lesson or quiz belongs to (two levels up the tree): one query."""
    return CoursePage.objects.get(path=step.path[: CoursePage.steplen * (step.depth - 2)])


def enrollment_create(*, user, course: CoursePage) -> tuple[Enrollment, bool]:
    """Enrol a learner; enrolling twice (even concurrently) returns the existing row."""
    try:
        with transaction.atomic():
            return Enrollment.objects.get_or_create(user=user, course=course)
    except IntegrityError:  # a concurrent request inserted it between our read and write
        return Enrollment.objects.get(user=user, course=course), False


@transaction.atomic
def step_complete(*, user, step: Page) -> bool:
    """Record that `user` finished `step` (a live lesson or quiz page).

    Enrols the learner if needed and records course completion once. Returns True when the step
    was newly completed, False when it was already done.
    """
    course = course_of_step(step)
    enrollment, _created = enrollment_create(user=user, course=course)
    try:
        with transaction.atomic():
            StepCompletion.objects.create(user=user, step_id=step.pk, course=course)
    except IntegrityError:
        return False
    enrollment_refresh_completion(enrollment=enrollment)
    return True


def enrollment_refresh_completion(*, enrollment: Enrollment) -> bool:
    """Mark the enrollment completed when every live step is done. Returns True the first time."""
    from .selectors import course_outline

    if enrollment.completed_at:
        return False
    step_ids = {step.page.pk for step in course_outline(enrollment.course).steps}
    done = set(
        StepCompletion.objects.filter(
            user_id=enrollment.user_id, course_id=enrollment.course_id, step_id__in=step_ids
        ).values_list("step_id", flat=True)
    )
    if not step_ids or step_ids - done:
        return False
    # The filter on completed_at makes the date set once even under concurrent completions.
    now = timezone.now()
    updated = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    enrollment.completed_at = now if updated else enrollment.completed_at
    return bool(updated)

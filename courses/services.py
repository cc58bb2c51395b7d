"""State changes of the learner journey. Keyword-only, transactional, safe to repeat.

Decisions:
- Leaving a course deletes the enrollment but keeps the learner's step completions, so enrolling
  again restores their progress. A completed course cannot be left: it stays in the learner's
  record with its certificate.
- A course is completed when every live step (lesson or quiz) of its live modules is done; the date
  is recorded once and never moves, even if editors add steps later.
"""

from __future__ import annotations

import logging

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from wagtail.models import Page

from . import tasks
from .certificate_pdf import certificate_filename, render_certificate_pdf
from .models import Certificate, CoursePage, Enrollment, StepCompletion
from .selectors import course_of_step, course_outline, course_path

logger = logging.getLogger(__name__)


class StepNotAvailable(Exception):
    """The page is not a live step of a live course (unpublished, moved, or not a step)."""


class CourseCompleted(Exception):
    """A completed course stays in the learner's record: it cannot be left."""


def enrollment_create(*, user, course: CoursePage) -> tuple[Enrollment, bool]:
    """Enrol a learner; enrolling twice (even concurrently) returns the existing row."""
    try:
        with transaction.atomic():
            return Enrollment.objects.get_or_create(user=user, course=course)
    except IntegrityError:  # a concurrent request inserted it between our read and write
        return Enrollment.objects.get(user=user, course=course), False


@transaction.atomic
def enrollment_leave(*, user, course: CoursePage) -> bool:
    """Leave a course. Completions are kept (enrolling again restores progress).

    Returns True when an enrollment was removed, False when there was none.
    Raises CourseCompleted for a completed course.
    """
    enrollment = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
    if enrollment is None:
        return False
    if enrollment.completed_at:
        raise CourseCompleted
    enrollment.delete()
    return True


def enrollment_touch(*, user, step: Page, course: CoursePage | None = None) -> int:
    """Record the learner's latest activity on a step (completing it, starting a quiz): one UPDATE.

    Does nothing for anonymous users or when the learner is not enrolled in the step's course.
    Returns the number of rows updated (0 or 1).
    """
    if not getattr(user, "is_authenticated", False):
        return 0
    enrollments = Enrollment.objects.filter(user_id=user.pk)
    if course is not None:
        enrollments = enrollments.filter(course_id=course.pk)
    else:
        enrollments = enrollments.filter(course__path=course_path(step))
    return enrollments.update(last_step_id=step.pk, last_activity_at=timezone.now())


@transaction.atomic
def step_complete(*, user, step: Page) -> bool:
    """Record that `user` finished `step` (a live lesson or quiz page of a live course).

    Enrols the learner if needed and records course completion once. Returns True when the step
    was newly completed, False when it was already done. Raises StepNotAvailable when the page is
    not a live step of the course's live outline.
    """
    try:
        course = course_of_step(step)
    except CoursePage.DoesNotExist as exc:
        raise StepNotAvailable from exc
    if not course.live:
        raise StepNotAvailable
    outline = course_outline(course)
    step_ids = {s.page.pk for s in outline.steps}
    if step.pk not in step_ids:
        raise StepNotAvailable
    enrollment, _created = enrollment_create(user=user, course=course)
    try:
        with transaction.atomic():
            StepCompletion.objects.create(user=user, step_id=step.pk, course=course)
    except IntegrityError:
        return False
    # Activity is what learners do, not what they read: recorded here, never on a page view.
    enrollment_touch(user=user, step=step, course=course)
    enrollment_refresh_completion(enrollment=enrollment, step_ids=step_ids)
    return True


def enrollment_refresh_completion(
    *, enrollment: Enrollment, step_ids: set[int] | None = None
) -> bool:
    """Mark the enrollment completed when every live step is done. Returns True the first time.

    The first time, the certificate is enqueued once the transaction commits.
    """
    if enrollment.completed_at:
        return False
    if step_ids is None:
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
    if updated:
        enrollment.completed_at = now
        tasks.issue_certificate.delay_on_commit(enrollment.pk)
    return bool(updated)


def certificate_issue_for(*, enrollment_id: int) -> int | None:
    """The certificate id of a completed enrollment, written if needed; None when the
    enrollment is gone or not completed (deleted account, left course). Safe to repeat."""
    enrollment = (
        Enrollment.objects.filter(pk=enrollment_id, completed_at__isnull=False)
        .select_related("course", "user")
        .first()
    )
    if enrollment is None:
        return None
    return certificate_issue(enrollment=enrollment).pk
def enrollments_refresh_completion(*, course: CoursePage, batch_size: int = 5_000) -> int:
    """Set-based enrollment_refresh_completion for every enrollment of `course` at once.

    Marks completed the enrollments not yet completed whose learner has done every live step
    (same rule and same "set once" date as the one-enrollment version), and enqueues their
    certificates once the transaction commits. Returns how many were newly completed.
    Queries: the outline (1), the enrollments to complete, found with one aggregate over the
    course's completions (1), then one UPDATE per `batch_size` of them.
    """
    step_ids = [step.page.pk for step in course_outline(course).steps]
    if not step_ids:
        return 0
    learners_done = (
        StepCompletion.objects.filter(course_id=course.pk, step_id__in=step_ids)
        .order_by()
        .values("user_id")
        .annotate(done=Count("step_id"))
        .filter(done=len(step_ids))
        .values("user_id")
    )
    ids = list(
        Enrollment.objects.filter(
            course_id=course.pk, completed_at__isnull=True, user_id__in=learners_done
        ).values_list("pk", flat=True)
    )
    now = timezone.now()
    updated = 0
    with transaction.atomic():
        for start in range(0, len(ids), batch_size):
            # completed_at__isnull again: a concurrent completion keeps its own, earlier date.
            updated += Enrollment.objects.filter(
                pk__in=ids[start : start + batch_size], completed_at__isnull=True
            ).update(completed_at=now)
        if ids:
            # issue_certificate is idempotent, so enqueueing a row completed concurrently is safe.
            transaction.on_commit(lambda: [tasks.issue_certificate.delay(pk) for pk in ids])
    return updated


def certificate_issue(*, enrollment: Enrollment) -> Certificate:
    """The certificate of a completed enrollment, created and written once (safe to repeat).

    One row per enrollment (unique constraint); the PDF is written when missing, under a row lock
    so that two workers never write it twice.
    """
    if not enrollment.completed_at:
        raise ValueError("Only a completed enrollment gets a certificate.")
    certificate = Certificate.objects.filter(enrollment=enrollment).first()
    for _attempt in range(5):
        if certificate is not None:
            break
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    enrollment=enrollment,
                    user_id=enrollment.user_id,
                    course_id=enrollment.course_id,
                )
        except IntegrityError:
            # Either another worker created it, or (very unlikely) the random code collided.
            certificate = Certificate.objects.filter(enrollment=enrollment).first()
    if certificate is None:
        raise RuntimeError("Could not create a certificate with a unique code.")
    if certificate.file:
        return certificate
    with transaction.atomic():
        locked = (
            Certificate.objects.select_for_update()
            .select_related("user", "course", "enrollment")
            .get(pk=certificate.pk)
        )
        if not locked.file:
            pdf = render_certificate_pdf(certificate=locked)
            locked.file.save(certificate_filename(locked), ContentFile(pdf), save=False)
            locked.save(update_fields=["file"])
            logger.info("Certificate %s issued for enrollment %s", locked.code, enrollment.pk)
    return locked

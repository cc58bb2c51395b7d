"""Inactivity reminders: one e-mail that points a learner straight back to their next step.

Rules (decided here, on the server):
- a course is "waiting" when the learner is enrolled, has not completed it, it is live, it still
  has a step to do, and they have not opened it for settings.REMINDER_INACTIVITY_DAYS (the last
  step opened, or the enrolment date if they never opened one);
- a learner gets at most one reminder per period (settings.REMINDER_PERIOD_DAYS, the key of the
  SentEmail record) and one per stretch of inactivity: none again until they come back to a
  course (a reminder sent after their last activity counts);
- never for a course they completed or left (leaving deletes the enrollment), never when they
  switched reminders off (User.email_reminders), never to an inactive account.

`due_learner_ids` finds who to remind (one query); `reminder_send` re-checks and sends for one
learner (a fixed number of queries), safe to run twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django.utils import timezone

from cms import emails

from .models import Enrollment, StepCompletion
from .selectors import build_progress, course_outlines

KIND = "inactivity_reminder"


@dataclass(frozen=True)
class WaitingCourse:
    title: str
    next_step_title: str
    next_step_url: str
    percent: int


def _cutoff(now: datetime) -> datetime:
    return now - timedelta(days=settings.REMINDER_INACTIVITY_DAYS)


def current_period(now: datetime | None = None) -> str:
    return emails.period_of(now or timezone.now(), days=settings.REMINDER_PERIOD_DAYS)


def _waiting_enrollments(*, now: datetime):
    """Enrollments idle since the cut-off, unfinished, in a live course, of a learner who wants
    reminders and got none since that activity."""
    reminded_since = emails.SentEmail.objects.filter(
        user_id=OuterRef("user_id"), kind=KIND, sent_at__gte=OuterRef("activity")
    )
    return (
        Enrollment.objects.annotate(activity=Coalesce("last_activity_at", "enrolled_at"))
        .filter(
            completed_at__isnull=True,
            course__live=True,
            activity__lte=_cutoff(now),
            user__is_active=True,
            user__email_reminders=True,
        )
        .exclude(user__email="")
        .filter(~Exists(reminded_since))
    )


def due_learner_ids(*, now: datetime | None = None) -> list[int]:
    """The learners a reminder may be due to (one query). reminder_send decides for each."""
    now = now or timezone.now()
    return sorted(set(_waiting_enrollments(now=now).values_list("user_id", flat=True)))


def waiting_courses(*, user, now: datetime | None = None) -> list[WaitingCourse]:
    """The learner's waiting courses with their next step, most recently active first.

    Three queries (enrollments with courses, outlines, completions), whatever the number of
    courses; a course whose every live step is done is left out.
    """
    now = now or timezone.now()
    enrollments = list(
        _waiting_enrollments(now=now)
        .filter(user_id=user.pk)
        .select_related("course")
        .order_by("-activity", "pk")
    )
    if not enrollments:
        return []
    outlines = course_outlines([e.course for e in enrollments])
    done: dict[int, set[int]] = {e.course_id: set() for e in enrollments}
    completions = StepCompletion.objects.filter(
        user_id=user.pk, course_id__in=list(done)
    ).values_list("course_id", "step_id")
    for course_id, step_id in completions:
        done[course_id].add(step_id)
    waiting = []
    for enrollment in enrollments:
        progress = build_progress(
            outlines[enrollment.course_id], enrollment, done[enrollment.course_id]
        )
        step = progress.next_step
        if step is None or step.page.pk in progress.done_ids:
            continue  # nothing left to do (steps removed or all done)
        _site_id, _root, path = step.page.get_url_parts()
        waiting.append(
            WaitingCourse(
                title=enrollment.course.title,
                next_step_title=step.page.title,
                next_step_url=emails.absolute_url(path),
                percent=progress.percent,
            )
        )
    return waiting[: settings.REMINDER_MAX_COURSES]


def reminder_send(*, user_id: int, period: str, now: datetime | None = None) -> bool:
    """Send the learner's reminder for `period` if one is due. True when an e-mail went out.

    Running it again (retry, redelivery, a second beat) sends nothing more: the SentEmail key
    (learner, kind, period) and the "none since the last activity" rule both say it went.
    """
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None or not emails.wants(user, KIND):
        return False
    courses = waiting_courses(user=user, now=now)
    if not courses:
        return False
    return emails.send(
        user=user,
        kind=KIND,
        period=period,
        context={"courses": courses, "inactivity_days": settings.REMINDER_INACTIVITY_DAYS},
    )


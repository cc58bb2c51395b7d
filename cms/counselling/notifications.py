"""The counselling e-mails: the learner's appointment reminder and the counsellor's weekly digest.

Both go through cms.emails.send with a period, so a task run twice sends once; both ask
cms.counselling.permissions, so nothing is sent about a learner who withdrew their consent.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from cms import emails, roles

from . import flags, permissions
from .models import Note
from .selectors import CaseloadFilters, caseload_learners

DIGEST_FLAGS = [flags.INACTIVE, flags.STALLED, flags.FAILED, flags.EXHAUSTED, flags.LOW_CONFIDENCE]
DIGEST_NAMES_PER_FLAG = 5


def _local_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = timezone.make_aware(dt.datetime.combine(day, dt.time.min))
    return start, start + dt.timedelta(days=1)


def appointment_reminders_send(*, today: dt.date | None = None) -> int:
    """E-mail every learner whose appointment is tomorrow (local time), once per appointment.

    Only appointments set by a counsellor the learner still shares their progress with.
    Returns the number of e-mails sent. Queries: the notes (1), one link check per note.
    """
    today = today or timezone.localdate()
    start, end = _local_day_bounds(today + dt.timedelta(days=1))
    notes = (
        Note.objects.filter(appointment_at__gte=start, appointment_at__lt=end)
        .select_related("learner", "author")
        .order_by("appointment_at", "pk")
    )
    sent = 0
    for note in notes:
        if note.author is None or not permissions.can_view(note.author, note.learner):
            continue
        when = timezone.localtime(note.appointment_at)
        context = {
            "appointment_at": when,
            "mode": note.get_appointment_mode_display(),
            "counsellor_name": note.author.get_full_name() or note.author_name,
            "dashboard_url": emails.absolute_url(reverse("dashboard:home")),
        }
        period = f"{note.pk}:{when:%Y-%m-%dT%H:%M}"
        sent += emails.send(
            user=note.learner, kind="appointment_reminder", context=context, period=period
        )
    return sent


def counsellor_digest(counsellor) -> dict | None:
    """What the weekly digest says: learners per flag (the caseload selector), or None when
    nobody needs attention."""
    learners, overview = caseload_learners(counsellor, CaseloadFilters())
    groups = []
    for flag in DIGEST_FLAGS:
        flagged = [x for x in learners if flag in x.flags]
        if flagged:
            groups.append(
                {
                    "label": flags.label(flag),
                    "count": len(flagged),
                    "names": [x.get_full_name() for x in flagged[:DIGEST_NAMES_PER_FLAG]],
                    "url": emails.absolute_url(reverse("counselling:caseload") + f"?flag={flag}"),
                }
            )
    if not groups:
        return None
    return {"groups": groups, "total": overview.total}


def counsellor_digests_send(*, today: dt.date | None = None) -> int:
    """The weekly digest to each counsellor with something to say; once per counsellor and week.
    Returns the number of e-mails sent."""
    today = today or timezone.localdate()
    period = emails.period_of(today, days=7)
    counsellors = get_user_model().objects.filter(
        groups__name=roles.COUNSELLORS, is_active=True
    ).distinct()
    sent = 0
    for counsellor in counsellors:
        with translation.override(emails.language_of(counsellor)):  # the flags' labels
            digest = counsellor_digest(counsellor)
        if digest is None:
            continue
        digest["caseload_url"] = emails.absolute_url(reverse("counselling:caseload"))
        sent += emails.send(
            user=counsellor, kind="counsellor_digest", context=digest, period=period
        )
    return sent

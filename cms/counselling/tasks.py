"""Counselling background jobs: thin periodic tasks that call a service (scheduled by beat)."""

from __future__ import annotations

from celery import shared_task

from cms.emails import EMAIL_TASK_OPTIONS

from . import notifications


@shared_task(**EMAIL_TASK_OPTIONS)
def send_appointment_reminders() -> int:
    """Daily: the day before an appointment, remind the learner (once per appointment)."""
    return notifications.appointment_reminders_send()


@shared_task(**EMAIL_TASK_OPTIONS)
def send_counsellor_digests() -> int:
    """Weekly: each counsellor's learners by flag, skipped when there is nothing to say."""
    return notifications.counsellor_digests_send()

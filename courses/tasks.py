"""Course-level background work: thin tasks that take ids and call a service.

Conventions (every task of the project): arguments are ids and plain values, never objects; the
task only fetches and calls one service; services are idempotent, so a retry or a redelivery
(acks_late: a task is acknowledged after it ran) changes nothing more; callers enqueue with
`task.delay_on_commit(...)` so the worker sees committed rows. Periodic tasks are listed in
settings.CELERY_BEAT_SCHEDULE.
"""

from __future__ import annotations

from celery import shared_task

from cms.emails import EMAIL_TASK_OPTIONS

from . import reminders, services


@shared_task(
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
    acks_late=True,
)
def issue_certificate(enrollment_id: int) -> int | None:
    """Write the certificate of a completed enrollment; safe to run twice (returns its id)."""
    return services.certificate_issue_for(enrollment_id=enrollment_id)


@shared_task(acks_late=True)
def send_inactivity_reminders() -> int:
    """Daily (beat): one task per learner a reminder may be due to. Returns how many."""
    period = reminders.current_period()  # fixed here: a redelivered task keeps the same key
    user_ids = reminders.due_learner_ids()
    for user_id in user_ids:
        send_inactivity_reminder.delay_on_commit(user_id, period)
    return len(user_ids)


@shared_task(**EMAIL_TASK_OPTIONS)
def send_inactivity_reminder(user_id: int, period: str) -> bool:
    """One learner's reminder for one period: sent once, retried on temporary SMTP errors."""
    return reminders.reminder_send(user_id=user_id, period=period)

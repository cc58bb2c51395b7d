"""Course-level background work: thin tasks that take ids, fetch, and call a service."""

from __future__ import annotations

from celery import shared_task


@shared_task(
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
    acks_late=True,
)
def issue_certificate(enrollment_id: int) -> int | None:
    """Write the certificate of a completed enrollment; safe to run twice (returns its id)."""
    from .models import Enrollment
    from .services import certificate_issue

    enrollment = (
        Enrollment.objects.filter(pk=enrollment_id, completed_at__isnull=False)
        .select_related("course", "user")
        .first()
    )
    if enrollment is None:  # deleted since, or not completed: nothing to do
        return None
    return certificate_issue(enrollment=enrollment).pk

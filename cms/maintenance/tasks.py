"""Thin Celery task for the daily purge (scheduled in settings.CELERY_BEAT_SCHEDULE)."""

from celery import shared_task

from . import services


@shared_task(acks_late=True)
def purge_expired_data() -> dict[str, int]:
    return services.purge_expired_data()

"""The purge of expired data, run daily by Celery beat (cms.maintenance.tasks).

What goes, and after how long (settings.DATA_RETENTION; the privacy page states the same):
- sessions past their expiry date (SESSION_COOKIE_AGE: two weeks without a visit);
- login-failure records kept by django-axes, after DATA_RETENTION["login_failures"];
- the record of e-mails sent, after DATA_RETENTION["sent_emails"];
- accounts nobody signed in to for DATA_RETENTION["inactive_accounts"], with everything tied to
  them (cms.accounts.services.user_delete). Staff accounts are left to an administrator.

Idempotent: a second run the same day finds nothing more to delete.
"""

from __future__ import annotations

import logging
from importlib import import_module

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db.models.functions import Coalesce
from django.utils import timezone

from cms.accounts.services import user_delete
from cms.emails import SentEmail

logger = logging.getLogger(__name__)

_DB_SESSIONS = {
    "django.contrib.sessions.backends.db",
    "django.contrib.sessions.backends.cached_db",
}
ACCOUNTS_PER_RUN = 200  # a long backlog is worked through over several days, in short tasks


def purge_sessions() -> int:
    """Expired sessions, as Django's clearsessions does; returns how many rows went."""
    if settings.SESSION_ENGINE in _DB_SESSIONS:
        return Session.objects.filter(expire_date__lt=timezone.now()).delete()[0]
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()  # no count to give
    return 0


def purge_login_failures(*, now) -> int:
    cutoff = now - settings.DATA_RETENTION["login_failures"]
    deleted = 0
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        deleted += model.objects.filter(attempt_time__lt=cutoff).delete()[0]
    return deleted


def purge_sent_emails(*, now) -> int:
    cutoff = now - settings.DATA_RETENTION["sent_emails"]
    return SentEmail.objects.filter(sent_at__lt=cutoff).delete()[0]


def purge_inactive_accounts(*, now) -> int:
    cutoff = now - settings.DATA_RETENTION["inactive_accounts"]
    users = list(
        get_user_model()
        .objects.annotate(seen=Coalesce("last_login", "date_joined"))
        .filter(seen__lt=cutoff, is_staff=False, is_superuser=False)
        .order_by("seen")[:ACCOUNTS_PER_RUN]
    )
    for user in users:
        user_delete(user=user)
    return len(users)


def purge_expired_data(*, now=None) -> dict[str, int]:
    """Delete what is past its retention period. Returns the number deleted per kind."""
    now = now or timezone.now()
    counts = {
        "sessions": purge_sessions(),
        "login_failures": purge_login_failures(now=now),
        "sent_emails": purge_sent_emails(now=now),
        "inactive_accounts": purge_inactive_accounts(now=now),
    }
    logger.info("Purge of expired data: %s", counts)
    return counts

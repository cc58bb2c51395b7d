"""The purge of expired data: what goes, what stays, and that a second run changes nothing."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from cms.emails import SentEmail
from cms.maintenance.services import purge_expired_data
from cms.maintenance.tasks import purge_expired_data as purge_task
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def _ago(days):
    return timezone.now() - timedelta(days=days)


def _session(expires_in_days):
    store = SessionStore()
    store["x"] = 1
    store.create()
    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() + timedelta(days=expires_in_days)
    )
    return store.session_key


def _failure(days, email="x@example.org"):
    common = {"username": email, "ip_address": "192.0.2.1", "user_agent": "t", "path_info": "/"}
    attempt = AccessAttempt.objects.create(failures_since_start=1, **common)
    log = AccessFailureLog.objects.create(locked_out=False, **common)
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=_ago(days))
    AccessFailureLog.objects.filter(pk=log.pk).update(attempt_time=_ago(days))


def test_purge_removes_only_what_is_past_its_retention(settings, learner):
    retention = settings.DATA_RETENTION
    expired, current = _session(-1), _session(3)
    _failure(retention["login_failures"].days + 1)
    _failure(1, email="recent@example.org")
    SentEmail.objects.create(user=learner, kind="k", period="old", sent_at=_ago(400))
    SentEmail.objects.create(user=learner, kind="k", period="new", sent_at=_ago(10))
    gone = UserFactory(last_login=_ago(retention["inactive_accounts"].days + 5))
    never_came_back = UserFactory()
    User.objects.filter(pk=never_came_back.pk).update(date_joined=_ago(4 * 365))
    staff = UserFactory(is_staff=True, last_login=_ago(5 * 365))
    recent = UserFactory(last_login=_ago(30))

    counts = purge_expired_data()

    assert counts == {
        "sessions": 1,
        "login_failures": 2,
        "sent_emails": 1,
        "inactive_accounts": 2,
    }
    assert list(Session.objects.values_list("session_key", flat=True)) == [current]
    assert not Session.objects.filter(session_key=expired).exists()
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["recent@example.org"]
    assert list(SentEmail.objects.values_list("period", flat=True)) == ["new"]
    remaining = set(User.objects.values_list("pk", flat=True))
    assert {staff.pk, recent.pk, learner.pk} <= remaining
    assert not remaining & {gone.pk, never_came_back.pk}
    # Running again the same day finds nothing more.
    assert purge_expired_data() == dict.fromkeys(counts, 0)


def test_the_task_calls_the_purge_and_is_scheduled_daily(settings):
    assert purge_task.delay().get() == {
        "sessions": 0, "login_failures": 0, "sent_emails": 0, "inactive_accounts": 0,
    }
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert schedule["purge-expired-data"]["task"] == purge_task.name
    assert schedule["inactivity-reminders"]["task"] == "courses.tasks.send_inactivity_reminders"


def test_retention_periods_are_in_settings(settings):
    retention = settings.DATA_RETENTION
    assert retention["login_failures"] == timedelta(days=30)
    assert retention["sent_emails"] == timedelta(days=365)
    assert retention["inactive_accounts"] == timedelta(days=3 * 365)
    assert settings.SESSION_COOKIE_AGE == 14 * 24 * 3600


def test_the_privacy_page_states_the_retention_periods_in_settings(settings):
    """The demo privacy text and the purge say the same (change both together)."""
    from cms.demo.site import PRIVACY

    text = " ".join(str(block[1]) for block in PRIVACY["body"]).replace("\u00a0", " ")
    words = {30: "30 jours", 365: "un an", 3 * 365: "trois ans après votre dernière"}
    retention = settings.DATA_RETENTION
    assert words[retention["login_failures"].days] in text
    assert words[retention["sent_emails"].days] in text
    assert words[retention["inactive_accounts"].days] in text
    assert settings.SESSION_COOKIE_AGE == 14 * 24 * 3600
    assert "deux semaines après votre dernière visite" in text

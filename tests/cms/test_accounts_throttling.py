"""Login throttling (django-axes): per (e-mail, IP) pair, bounded in time, reset on success."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory

PASSWORD = "motdepasse-solide-42"
LIMIT = 5

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam(db):
    return UserFactory(email="sam@example.org")


def _login(client, email, password, ip="203.0.113.5", url=None):
    return client.post(
        url or reverse("accounts:login"),
        {"username": email, "password": password},
        REMOTE_ADDR=ip,
    )


def _fail(client, email, times, ip="203.0.113.5"):
    responses = [_login(client, email, "mauvais", ip=ip) for _ in range(times)]
    return responses[-1]


def test_limit_settings_are_the_agreed_ones(settings):
    assert settings.AXES_FAILURE_LIMIT == LIMIT
    assert settings.AXES_COOLOFF_TIME == timedelta(minutes=15)
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AXES_RESET_ON_SUCCESS is True


def test_lockout_after_five_failures_shows_a_french_message(client, sam):
    for _ in range(LIMIT - 1):
        assert _login(client, sam.email, "mauvais").status_code == 200
    response = _login(client, sam.email, "mauvais")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Trop de tentatives de connexion" in html
    assert "15 minutes" in html
    assert reverse("accounts:password_reset") in html
    # The right password does not get in while locked.
    response = _login(client, sam.email, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_counts_the_email_whatever_its_case(client, sam):
    for email in ["sam@example.org", "SAM@example.org", "Sam@Example.org", " sam@EXAMPLE.org", "s"]:
        _login(client, email if email != "s" else "sam@example.ORG", "mauvais")
    assert _login(client, sam.email, PASSWORD).status_code == 429


def test_a_stranger_elsewhere_cannot_lock_the_learner_out(client, sam):
    _fail(client, sam.email, LIMIT, ip="198.51.100.66")
    assert _login(client, sam.email, PASSWORD, ip="198.51.100.66").status_code == 429
    # The learner, from their own connection, still signs in.
    response = _login(client, sam.email, PASSWORD, ip="203.0.113.5")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(sam.pk)


def test_the_lock_ends_after_the_cool_off_even_if_attempts_continued(client, sam):
    _fail(client, sam.email, LIMIT + 3)
    assert _login(client, sam.email, PASSWORD).status_code == 429
    # Attempts during the lock did not extend it: move the clock 15 minutes on.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=15, seconds=1))
    response = _login(client, sam.email, PASSWORD)
    assert response.status_code == 302


def test_success_resets_the_counter(client, sam):
    _fail(client, sam.email, LIMIT - 1)
    assert _login(client, sam.email, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username=sam.email).exists()
    client.post(reverse("accounts:logout"))
    # A fresh budget: four more failures do not lock.
    assert _fail(client, sam.email, LIMIT - 1).status_code == 200
    assert _login(client, sam.email, PASSWORD).status_code == 302


def test_password_reset_unlocks(client, sam):
    import re

    from django.core import mail

    _fail(client, sam.email, LIMIT)
    client.post(reverse("accounts:password_reset"), {"email": sam.email})
    link = re.search(r"http://testserver(/compte/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(form_url, {"new_password1": "Tout-neuf-2026", "new_password2": "Tout-neuf-2026"})
    assert _login(client, sam.email, "Tout-neuf-2026").status_code == 302


def test_the_wagtail_admin_login_is_throttled_too(client):
    admin = UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)
    url = "/admin/login/"
    for _ in range(LIMIT):
        _login(client, admin.email, "mauvais", url=url)
    response = _login(client, admin.email, PASSWORD, url=url)
    assert response.status_code == 429
    assert "Trop de tentatives de connexion" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_unknown_email_is_throttled_the_same_way(client):
    response = _fail(client, "inconnu@example.org", LIMIT)
    assert response.status_code == 429

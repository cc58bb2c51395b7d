"""E-mail preferences: the profile switch, the one-click unsubscribe link, the language kept."""

import pytest
from django.conf import settings
from django.urls import reverse

from cms import emails
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
KIND = "inactivity_reminder"


def _path(user):
    return emails.unsubscribe_url(user=user, kind=KIND).removeprefix("http://testserver")


def test_the_profile_shows_and_saves_the_reminder_switch(client, learner):
    client.force_login(learner)
    url = reverse("accounts:profile")
    html = client.get(url).content.decode()
    assert 'name="email_reminders"' in html and "checked" in html
    names = {"first_name": "A", "last_name": "B", "email": learner.email}
    assert client.post(url, names).status_code == 302  # an unticked box is not sent
    learner.refresh_from_db()
    assert learner.email_reminders is False
    client.post(url, {**names, "email_reminders": "on"})
    learner.refresh_from_db()
    assert learner.email_reminders is True


def test_the_unsubscribe_link_asks_then_stops_the_kind_without_signing_in(client, learner):
    response = client.get(_path(learner))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    learner.refresh_from_db()
    assert learner.email_reminders is True  # opening the link (a mail scanner) changes nothing
    response = client.post(_path(learner), {"action": "unsubscribe"})
    assert response.status_code == 200
    assert "Vous ne recevrez plus les rappels pour reprendre un cours." in response.content.decode()
    learner.refresh_from_db()
    assert learner.email_reminders is False
    # Undo from the same page.
    client.post(_path(learner), {"action": "resubscribe"})
    learner.refresh_from_db()
    assert learner.email_reminders is True


def test_mail_clients_one_click_post_works_without_csrf_token(learner):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        _path(learner),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    learner.refresh_from_db()
    assert learner.email_reminders is False


def test_a_tampered_link_is_refused_and_changes_nothing(client, learner):
    path = _path(learner)
    bad = path[:-3] + "zz/"
    assert client.get(bad).status_code == 400
    assert client.post(bad, {"action": "unsubscribe"}).status_code == 400
    learner.refresh_from_db()
    assert learner.email_reminders is True


def test_a_link_only_stops_its_own_person(client, learner, other_learner):
    client.post(_path(other_learner), {"action": "unsubscribe"})
    learner.refresh_from_db()
    other_learner.refresh_from_db()
    assert (learner.email_reminders, other_learner.email_reminders) == (True, False)


def test_switching_language_while_signed_in_is_kept_for_emails(client, learner):
    client.force_login(learner)
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    learner.refresh_from_db()
    assert learner.preferred_language == "en"
    client.post(reverse("set_language"), {"language": "xx", "next": "/"})
    learner.refresh_from_db()
    assert learner.preferred_language == "en"


def test_switching_language_anonymously_is_kept_at_login(client):
    user = UserFactory()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.post(
        reverse("accounts:login"), {"username": user.email, "password": "motdepasse-solide-42"}
    )
    user.refresh_from_db()
    assert user.preferred_language == "en"


def test_new_accounts_default_to_french_and_reminders_on():
    user = UserFactory()
    assert (user.preferred_language, user.email_reminders) == ("fr", True)

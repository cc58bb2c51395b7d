"""Sign-up, login, logout, password reset and change, profile: through the real views."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from cms import roles
from cms.accounts import services
from tests.factories import UserFactory

User = get_user_model()
PASSWORD = "motdepasse-solide-42"
SIGNUP = {
    "first_name": "Awa",
    "last_name": "Diallo",
    "email": "Awa.Diallo@Example.org ",
    "password1": "Un-mot-de-passe-long",
    "password2": "Un-mot-de-passe-long",
}

pytestmark = pytest.mark.django_db


def _session_user_id(client):
    return client.session.get("_auth_user_id")


# --- sign-up ----------------------------------------------------------------------------------


def test_signup_page_renders_a_french_form(client):
    response = client.get(reverse("accounts:signup"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Créer un compte" in html
    for name in ("first_name", "last_name", "email", "password1", "password2"):
        assert f'name="{name}"' in html
    assert 'autocomplete="new-password"' in html


def test_signup_creates_a_learner_logs_in_and_lowercases_the_email(client):
    response = client.post(reverse("accounts:signup"), SIGNUP)
    user = User.objects.get()
    assert user.email == "awa.diallo@example.org"
    assert (user.first_name, user.last_name) == ("Awa", "Diallo")
    assert user.check_password("Un-mot-de-passe-long")
    assert list(user.groups.values_list("name", flat=True)) == [roles.LEARNERS]
    assert _session_user_id(client) == str(user.pk)
    assert response.status_code == 302


def test_signup_follows_a_safe_next_and_ignores_an_external_one(client):
    response = client.post(reverse("accounts:signup") + "?next=/cours/cv/", SIGNUP)
    assert response["Location"] == "/cours/cv/"
    client.logout()
    data = {**SIGNUP, "email": "autre@example.org", "next": "https://evil.example.com/"}
    response = client.post(reverse("accounts:signup"), data)
    assert response.status_code == 302
    assert "evil" not in response["Location"]


def test_signup_rejects_an_email_taken_in_another_case(client):
    UserFactory(email="awa.diallo@example.org")
    response = client.post(reverse("accounts:signup"), SIGNUP)
    assert response.status_code == 200
    assert "Un compte existe déjà avec cette adresse e-mail" in response.content.decode()
    assert User.objects.count() == 1
    assert _session_user_id(client) is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"password2": "autre-chose-encore"}, "Les deux mots de passe ne sont pas identiques."),
        ({"password1": "12345678901", "password2": "12345678901"}, "entièrement numérique"),
        ({"password1": "court", "password2": "court"}, "trop court"),
        ({"email": "pas-une-adresse"}, "Saisissez une adresse de courriel valide."),
        ({"first_name": "  "}, "Champ requis."),
    ],
)
def test_signup_rerenders_with_french_errors(client, changes, message):
    response = client.post(reverse("accounts:signup"), {**SIGNUP, **changes})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    assert User.objects.count() == 0


def test_signup_service_refuses_duplicates_and_adds_the_group(db):
    user = services.user_signup(
        email=" Li@Example.org", first_name="Li", last_name="Wei", password="x"
    )
    assert user.email == "li@example.org"
    assert user.groups.filter(name=roles.LEARNERS).exists()
    with pytest.raises(services.EmailAlreadyUsed):
        services.user_signup(email="LI@example.org", first_name="Li", last_name="Wei", password="x")
    assert User.objects.count() == 1


def test_signed_in_user_is_sent_away_from_signup(client, learner):
    client.force_login(learner)
    response = client.get(reverse("accounts:signup"))
    assert response.status_code == 302


# --- login / logout ---------------------------------------------------------------------------


def test_login_with_email_in_any_case(client):
    user = UserFactory(email="sam@example.org")
    response = client.post(
        reverse("accounts:login"), {"username": " SAM@Example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert _session_user_id(client) == str(user.pk)


def test_login_wrong_password_rerenders_with_a_french_message(client):
    UserFactory(email="sam@example.org")
    response = client.post(
        reverse("accounts:login"), {"username": "sam@example.org", "password": "faux"}
    )
    assert response.status_code == 200
    assert "Adresse e-mail ou mot de passe incorrect" in response.content.decode()
    assert _session_user_id(client) is None


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("/cours/cv/lecon-1/", "/cours/cv/lecon-1/"),
        ("https://evil.example.com/", None),
        ("//evil.example.com/", None),
        ("javascript:alert(1)", None),
    ],
)
def test_login_next_is_followed_only_when_it_stays_on_site(client, next_url, expected):
    UserFactory(email="sam@example.org")
    response = client.post(
        reverse("accounts:login"),
        {"username": "sam@example.org", "password": PASSWORD, "next": next_url},
    )
    assert response.status_code == 302
    if expected:
        assert response["Location"] == expected
    else:
        assert "evil" not in response["Location"] and "javascript" not in response["Location"]


def test_login_page_keeps_next_in_a_hidden_field(client):
    response = client.get(reverse("accounts:login") + "?next=/cours/cv/")
    assert '<input type="hidden" name="next" value="/cours/cv/">' in response.content.decode()


def test_logout_is_post_only(client, learner):
    client.force_login(learner)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert _session_user_id(client) == str(learner.pk)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert _session_user_id(client) is None


def test_header_menu_for_anonymous_and_learner(client, learner):
    html = client.get(reverse("accounts:login")).content.decode()
    assert reverse("accounts:signup") in html
    client.force_login(learner)
    html = client.get(reverse("accounts:profile")).content.decode()
    assert learner.display_name in html
    assert f'action="{reverse("accounts:logout")}"' in html
    assert "Mon parcours" in html


def test_login_url_setting_points_to_the_public_login(client, settings):
    from django.shortcuts import resolve_url

    assert resolve_url(settings.LOGIN_URL) == reverse("accounts:login") == "/compte/connexion/"


# --- password reset and change ----------------------------------------------------------------


def test_password_reset_by_email_in_french(client):
    user = UserFactory(email="sam@example.org", first_name="Sam")
    response = client.post(reverse("accounts:password_reset"), {"email": "Sam@Example.org"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sam@example.org"]
    assert "nouveau mot de passe" in message.subject
    assert "Bonjour Sam," in message.body
    link = re.search(r"http://testserver(/compte/\S+)", message.body).group(1)

    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "Nouveau-secret-99", "new_password2": "Nouveau-secret-99"}
    )
    assert response["Location"] == reverse("accounts:password_reset_complete")
    user.refresh_from_db()
    assert user.check_password("Nouveau-secret-99")
    # The link works once only.
    assert "n'est plus valable" in client.get(link, follow=True).content.decode()


def test_password_reset_for_unknown_email_sends_nothing_and_says_the_same(client):
    response = client.post(reverse("accounts:password_reset"), {"email": "personne@example.org"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []


def test_password_change(client, learner):
    client.force_login(learner)
    url = reverse("accounts:password_change")
    response = client.post(
        url,
        {"old_password": "faux", "new_password1": "Nouveau-99-x", "new_password2": "Nouveau-99-x"},
    )
    assert "Votre mot de passe actuel est incorrect" in response.content.decode()
    response = client.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password1": "Nouveau-99-x",
            "new_password2": "Nouveau-99-x",
        },
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password("Nouveau-99-x")
    # Still signed in (session hash updated).
    assert client.get(reverse("accounts:profile")).status_code == 200


# --- profile ----------------------------------------------------------------------------------


def test_profile_updates_names(client, learner):
    client.force_login(learner)
    response = client.post(
        reverse("accounts:profile"),
        {"first_name": " Inès ", "last_name": "Martin", "email": learner.email},
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert (learner.first_name, learner.last_name) == ("Inès", "Martin")


def test_profile_email_change_needs_the_password_and_stays_unique(client, learner, other_learner):
    client.force_login(learner)
    url = reverse("accounts:profile")
    names = {"first_name": "A", "last_name": "B"}
    response = client.post(url, {**names, "email": "nouvelle@example.org"})
    assert "Saisissez votre mot de passe actuel" in response.content.decode()
    response = client.post(
        url, {**names, "email": other_learner.email.upper(), "current_password": PASSWORD}
    )
    assert "Un compte existe déjà avec cette adresse e-mail" in response.content.decode()
    response = client.post(
        url, {**names, "email": "Nouvelle@Example.org", "current_password": PASSWORD}
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.email == "nouvelle@example.org"


def test_profile_rejected_email_does_not_leak_into_the_page_header(client, learner, other_learner):
    client.force_login(learner)
    response = client.post(
        reverse("accounts:profile"),
        {"first_name": "Zorro", "last_name": "X", "email": other_learner.email},
    )
    assert response.status_code == 200
    learner.refresh_from_db()
    assert learner.first_name != "Zorro"


# --- bad input and CSRF -----------------------------------------------------------------------


POST_URLS = [
    ("accounts:signup", False),
    ("accounts:login", False),
    ("accounts:password_reset", False),
    ("accounts:logout", True),
    ("accounts:profile", True),
    ("accounts:password_change", True),
    ("accounts:delete", True),
]


@pytest.mark.parametrize(("name", "signed_in"), POST_URLS)
def test_csrf_is_enforced_on_every_post(name, signed_in, learner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    if signed_in:
        client.force_login(learner)
    response = client.post(reverse(name), {"email": learner.email, "password": PASSWORD})
    assert response.status_code == 403
    learner.refresh_from_db()
    assert User.objects.filter(pk=learner.pk).exists()


@pytest.mark.parametrize(("name", "signed_in"), POST_URLS)
@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"email": "x" * 5000, "username": "x" * 5000, "password": "y" * 5000},
        {"email": ["a@example.org", "b@example.org"], "first_name": ["a", "b"]},
        {"email": "\x00@example.org", "username": "a\x00b", "next": "\x00"},
    ],
)
def test_malformed_posts_never_give_a_server_error(client, learner, name, signed_in, payload):
    if signed_in:
        client.force_login(learner)
    response = client.post(reverse(name), payload)
    assert response.status_code in {200, 302, 400}
    assert User.objects.filter(pk=learner.pk).exists()

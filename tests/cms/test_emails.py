"""cms.emails: rendering in the recipient's language, once per period, opt-out, SMTP errors."""

import smtplib

import pytest
from django.core import mail, signing
from django.db import IntegrityError

from cms import emails
from cms.emails import SentEmail, TransientEmailError
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

KIND = "inactivity_reminder"


def _context():
    return {
        "inactivity_days": 7,
        "courses": [
            {
                "title": "Écrire son CV",
                "next_step_title": "Les trois zones du CV",
                "next_step_url": "http://testserver/cours/cv/zones/",
                "percent": 40,
            },
            {
                "title": "Organiser sa recherche",
                "next_step_title": "Un planning",
                "next_step_url": "http://testserver/cours/org/planning/",
                "percent": 10,
            },
        ],
    }


def test_renders_html_text_and_subject_in_french_by_default():
    user = UserFactory(first_name="Awa")
    rendered = emails.render(user=user, kind=KIND, context=_context())
    assert rendered.subject == "Reprenez «\u00a0Écrire son CV\u00a0» là où vous en étiez"
    assert '<html lang="fr">' in rendered.html
    assert "Bonjour Awa," in rendered.html
    assert "depuis 7\u00a0jours" in rendered.html
    # The plain text spells out the links and leaves out the hidden preheader.
    assert "Reprendre le cours <http://testserver/cours/cv/zones/>" in rendered.text
    assert "Organiser sa recherche <http://testserver/cours/org/planning/>" in rendered.text
    assert "<" not in rendered.text.replace("<http", "")
    assert rendered.text.count("Votre prochaine étape") == 1


def test_renders_in_english_when_the_person_chose_english():
    user = UserFactory(first_name="Sam", preferred_language="en")
    rendered = emails.render(user=user, kind=KIND, context=_context())
    assert '<html lang="en">' in rendered.html
    assert rendered.subject.startswith("Pick up")
    assert "Hello Sam," in rendered.html
    assert "Bonjour" not in rendered.text


def test_unknown_language_falls_back_to_french():
    user = UserFactory(preferred_language="de")
    assert emails.language_of(user) == "fr"


def test_the_unsubscribe_link_is_signed_and_names_the_kind():
    user = UserFactory()
    rendered = emails.render(user=user, kind=KIND, context=_context())
    url = emails.unsubscribe_url(user=user, kind=KIND)
    assert url.startswith("http://testserver/compte/e-mails/arret/")
    assert url in rendered.html
    token = url.rstrip("/").rsplit("/", 1)[1]
    assert emails.read_unsubscribe_token(token) == (user.pk, emails.KINDS[KIND])
    with pytest.raises(signing.BadSignature):
        emails.read_unsubscribe_token(token[:-2] + "xx")
    forged = signing.dumps({"u": user.pk, "k": "nope"}, salt="cms.emails.unsubscribe")
    with pytest.raises(signing.BadSignature):
        emails.read_unsubscribe_token(forged)


def test_send_with_a_period_sends_once_and_records_it():
    user = UserFactory()
    assert emails.send(user=user, kind=KIND, context=_context(), period="2026-11-30") is True
    assert emails.send(user=user, kind=KIND, context=_context(), period="2026-11-30") is False
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert message.alternatives[0][1] == "text/html"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/compte/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert SentEmail.objects.filter(user=user, kind=KIND, period="2026-11-30").count() == 1
    # Another period is another e-mail.
    assert emails.send(user=user, kind=KIND, context=_context(), period="2026-12-07") is True
    assert len(mail.outbox) == 2


def test_the_database_refuses_a_second_record_for_the_same_period():
    user = UserFactory()
    SentEmail.objects.create(user=user, kind=KIND, period="p")
    with pytest.raises(IntegrityError):
        SentEmail.objects.create(user=user, kind=KIND, period="p")


def test_opted_out_or_inactive_people_get_nothing():
    opted_out = UserFactory(email_reminders=False)
    inactive = UserFactory(is_active=False)
    for user in (opted_out, inactive):
        assert emails.send(user=user, kind=KIND, context=_context(), period="p") is False
    assert mail.outbox == []
    assert not SentEmail.objects.exists()


class _FailingBackend:
    error: Exception

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise self.error


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPServerDisconnected("gone"),
        smtplib.SMTPConnectError(421, b"busy"),
        smtplib.SMTPDataError(451, b"try later"),
        smtplib.SMTPRecipientsRefused({"x@example.org": (450, b"mailbox busy")}),
        ConnectionRefusedError(111, "refused"),
        TimeoutError("timed out"),
    ],
)
def test_temporary_smtp_failures_are_transient_and_record_nothing(settings, error):
    _FailingBackend.error = error
    settings.EMAIL_BACKEND = f"{__name__}._FailingBackend"
    user = UserFactory()
    with pytest.raises(TransientEmailError):
        emails.send(user=user, kind=KIND, context=_context(), period="p")
    assert not SentEmail.objects.exists()  # a retry will send it


@pytest.mark.parametrize(
    "error",
    [
        smtplib.SMTPAuthenticationError(535, b"bad credentials"),
        smtplib.SMTPDataError(550, b"rejected"),
        smtplib.SMTPRecipientsRefused({"x@example.org": (550, b"no such user")}),
    ],
)
def test_permanent_smtp_failures_are_not_retried(settings, error):
    _FailingBackend.error = error
    settings.EMAIL_BACKEND = f"{__name__}._FailingBackend"
    with pytest.raises(type(error)):
        emails.send(user=UserFactory(), kind=KIND, context=_context(), period="p")
    assert not SentEmail.objects.exists()


def test_email_tasks_retry_with_backoff_on_transient_errors():
    options = emails.EMAIL_TASK_OPTIONS
    assert options["autoretry_for"] == (TransientEmailError,)
    assert options["retry_backoff"] and options["retry_jitter"] and options["acks_late"]


def test_periods_start_on_mondays_for_weeks():
    from datetime import date

    assert emails.period_of(date(2026, 12, 1), days=7) == "2026-11-30"  # a Tuesday
    assert emails.period_of(date(2026, 11, 30), days=7) == "2026-11-30"
    assert emails.period_of(date(2026, 12, 6), days=7) == "2026-11-30"
    assert emails.period_of(date(2026, 12, 7), days=7) == "2026-12-07"


def test_absolute_urls_use_the_site_base_url(settings):
    settings.SITE_BASE_URL = "https://cours.example.org"
    assert emails.absolute_url("/apprendre/") == "https://cours.example.org/apprendre/"
    assert emails.absolute_url("https://ailleurs.example/x") == "https://ailleurs.example/x"


def test_html_to_text_keeps_structure():
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        '<div data-text="skip">hidden</div><h1>Titre</h1><p>Un <b>mot</b>.<br>Ligne</p>'
        '<ul><li>un</li><li><a href="http://x/">deux</a></li></ul>'
        '<p><a href="http://y/">http://y/</a></p></body></html>'
    )
    assert emails.html_to_text(html) == "Titre\n\nUn mot.\nLigne\n\n- un\n- deux <http://x/>\n\nhttp://y/\n"

"""E-mails: the one module that renders and sends them (base layer).

Each kind of e-mail is ONE template, `cms/templates/email/<kind>.html`, extending
`email/base.html` (inline-styled HTML in the site's colours). The subject is the template's
`{% block subject %}`, the plain-text part is derived from the HTML, both rendered in the
recipient's language (User.preferred_language). Every kind that can be stopped names a boolean
field of the User (KINDS below): `send()` respects it, and the footer of each e-mail carries a
signed one-click link that turns it off (cms.accounts.views.unsubscribe).

`send(..., period=...)` sends at most once per (recipient, kind, period): the SentEmail row and
the message go together, so a task run twice (a retry, a redelivery after a worker died) sends one
e-mail. Temporary SMTP failures raise TransientEmailError, which tasks retry with a back-off
(EMAIL_TASK_OPTIONS).

Adding a kind (e.g. the counsellors' weekly digest): a boolean field on the User if it can be
stopped, one entry in KINDS, one template, and a thin task that calls a service which calls send().
"""

from __future__ import annotations

import re
import smtplib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import unescape
from html.parser import HTMLParser

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class EmailKind:
    name: str  # also the template: email/<name>.html
    opt_out_field: str | None  # boolean field of the User that switches this kind off
    label: str  # what a person stops receiving, for the unsubscribe page ("les rappels …")


KINDS: dict[str, EmailKind] = {
    kind.name: kind
    for kind in [
        EmailKind(
            "inactivity_reminder",
            "email_reminders",
            _("les rappels pour reprendre un cours"),
        ),
        EmailKind(
            "appointment_reminder",
            "email_appointment_reminders",
            _("les rappels de rendez-vous"),
        ),
        EmailKind(
            "counsellor_digest",
            "email_counsellor_digest",
            _("le point hebdomadaire des personnes suivies"),
        ),
    ]
}


class SentEmail(models.Model):
    """One e-mail of a kind sent to a person for a period: the unique key makes it go once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sent_emails"
    )
    kind = models.CharField(_("type"), max_length=50)
    period = models.CharField(_("période"), max_length=50)
    sent_at = models.DateTimeField(_("envoyé le"), default=timezone.now, db_index=True)

    class Meta:
        app_label = "cms"
        verbose_name = _("e-mail envoyé")
        verbose_name_plural = _("e-mails envoyés")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "period"], name="unique_sent_email_per_period"
            ),
        ]
        indexes = [models.Index(fields=["user", "kind", "sent_at"])]

    def __str__(self):
        return f"{self.kind} → {self.user_id} ({self.period})"


class TransientEmailError(Exception):
    """The relay failed in a way worth retrying later (connection lost, 4xx reply)."""


# Options for a Celery task that sends e-mail: retried on temporary failures with an exponential
# back-off (30 s, 1 min, 2 min … up to 30 min, with jitter), acknowledged only once it has run.
EMAIL_TASK_OPTIONS = {
    "autoretry_for": (TransientEmailError,),
    "retry_backoff": 30,
    "retry_backoff_max": 30 * 60,
    "retry_jitter": True,
    "max_retries": 8,
    "acks_late": True,
}


def absolute_url(path: str) -> str:
    """A link for outside a request (e-mails, PDFs): SITE_BASE_URL + path."""
    if path.startswith(("http://", "https://")):
        return path
    return f"{settings.SITE_BASE_URL}/{path.lstrip('/')}"


def period_of(moment: datetime | date, *, days: int) -> str:
    """The period a moment falls in, as the date it starts on: periods of `days` days, counted
    from Monday 1 January 2024 (so 7-day periods are calendar weeks)."""
    day = timezone.localdate(moment) if isinstance(moment, datetime) else moment
    start = date(2024, 1, 1)
    return (start + timedelta(days=((day - start).days // days) * days)).isoformat()


# --- One-click unsubscribe -------------------------------------------------------------------

_UNSUBSCRIBE_SALT = "cms.emails.unsubscribe"


def unsubscribe_token(*, user, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=_UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, EmailKind]:
    """The (user id, kind) a link was made for. Raises signing.BadSignature when forged."""
    data = signing.loads(token, salt=_UNSUBSCRIBE_SALT)
    kind = KINDS.get(data.get("k")) if isinstance(data, dict) else None
    if kind is None or kind.opt_out_field is None or not isinstance(data.get("u"), int):
        raise signing.BadSignature("Unknown e-mail kind")
    return data["u"], kind


def unsubscribe_url(*, user, kind: str) -> str:
    token = unsubscribe_token(user=user, kind=kind)
    return absolute_url(reverse("accounts:unsubscribe", kwargs={"token": token}))


def wants(user, kind: str) -> bool:
    """Whether this person may get e-mails of this kind (active account, not opted out)."""
    if not user.is_active or not user.email:
        return False
    field = KINDS[kind].opt_out_field
    return field is None or bool(getattr(user, field))


# --- Rendering --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


def language_of(user) -> str:
    language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def render(*, user, kind: str, context: dict | None = None) -> RenderedEmail:
    """The subject, text and HTML of an e-mail for `user`, in their language."""
    if kind not in KINDS:
        raise KeyError(f"Unknown e-mail kind {kind!r}: add it to cms.emails.KINDS")
    language = language_of(user)
    with translation.override(language):
        full_context = {
            "user": user,
            "kind": KINDS[kind],
            "language": language,
            "site_url": absolute_url("/"),
            "account_url": absolute_url(reverse("accounts:profile")),
            "unsubscribe_url": (
                unsubscribe_url(user=user, kind=kind) if KINDS[kind].opt_out_field else ""
            ),
            **(context or {}),
        }
        html = render_to_string(f"email/{kind}.html", full_context)
    subject = _title_of(html)
    return RenderedEmail(subject=subject, text=html_to_text(html), html=html)


def _title_of(html: str) -> str:
    match = re.search(r"<title>(.*?)</title>", html, flags=re.S)
    return _collapse(unescape(match.group(1))) if match else "Cap Emploi"


def _collapse(text: str) -> str:
    """Collapse HTML white space, but keep non-breaking spaces (French typography)."""
    return _SPACES.sub(" ", text).strip(" ")


_SPACES = re.compile(r"[ \t\r\n\f]+")


# --- Sending ----------------------------------------------------------------------------------


def _message(*, user, rendered: RenderedEmail, kind: str) -> EmailMultiAlternatives:
    headers = {}
    if KINDS[kind].opt_out_field:
        link = unsubscribe_url(user=user, kind=kind)
        # Mail clients show their own "unsubscribe" button (RFC 2369, one click: RFC 8058).
        headers = {
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers=headers,
    )
    message.attach_alternative(rendered.html, "text/html")
    return message


def _deliver(message: EmailMultiAlternatives) -> None:
    try:
        message.send()
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as exc:
        raise TransientEmailError(str(exc)) from exc
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:  # "try again later"
            raise TransientEmailError(str(exc)) from exc
        raise
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _msg in exc.recipients.values()]
        if codes and all(400 <= code < 500 for code in codes):
            raise TransientEmailError(str(exc)) from exc
        raise
    except smtplib.SMTPException:  # permanent (e.g. authentication refused): do not insist
        raise
    except OSError as exc:  # the network: refused, reset, timed out
        raise TransientEmailError(str(exc)) from exc


def send(*, user, kind: str, context: dict | None = None, period: str | None = None) -> bool:
    """Send one e-mail of `kind` to `user`. Returns True when it was sent.

    Does nothing (False) when the person switched this kind off or has no active account, or,
    with `period`, when this (user, kind, period) was already sent. The record is written in the
    same transaction as the sending: if the relay fails, nothing is recorded and a retry sends.
    Raises TransientEmailError for failures worth retrying.
    """
    if not wants(user, kind):
        return False
    rendered = render(user=user, kind=kind, context=context)
    message = _message(user=user, rendered=rendered, kind=kind)
    if period is None:
        _deliver(message)
        return True
    with transaction.atomic():
        try:
            with transaction.atomic():
                # Another worker sending the same e-mail waits here on the unique key until we
                # commit (then gets IntegrityError) or roll back (then sends it itself).
                SentEmail.objects.create(user=user, kind=kind, period=period)
        except IntegrityError:
            return False
        _deliver(message)
    return True


def already_sent(*, user, kind: str, period: str) -> bool:
    return SentEmail.objects.filter(user=user, kind=kind, period=period).exists()


# --- HTML to plain text -----------------------------------------------------------------------

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "table", "tr", "ul", "ol", "section", "footer"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "col", "source", "wbr"}
_SKIPPED = {"head", "style", "script", "title"}


class _TextMaker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool, str | None]] = []  # (tag, skipped, link target)

    @property
    def skipping(self) -> bool:
        return any(skipped for _tag, skipped, _href in self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "br":
            self.parts.append("\n")
            return
        if tag in _VOID:
            return
        skipped = tag in _SKIPPED or attributes.get("data-text") == "skip"
        self.stack.append((tag, skipped, attributes.get("href") if tag == "a" else None))
        if self.skipping:
            return
        if tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "a":
            self.parts.append("\x00")  # where the link text starts

    def handle_endtag(self, tag):
        if tag in _VOID or not any(t == tag for t, _s, _h in self.stack):
            return
        while self.stack:
            open_tag, _skipped, href = self.stack[-1]
            skipping = self.skipping
            self.stack.pop()
            if not skipping:
                self._close(open_tag, href)
            if open_tag == tag:
                break

    def _close(self, tag, href):
        if tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "a" and href:
            start = max(i for i, part in enumerate(self.parts) if part == "\x00")
            label = _collapse("".join(self.parts[start + 1 :]))
            self.parts[start:] = [f"{label} <{href}>" if label and label != href else href]

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(_SPACES.sub(" ", data))

    def text(self) -> str:
        raw = "".join(p for p in self.parts if p != "\x00")
        lines = [line.strip(" ") for line in raw.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def html_to_text(html: str) -> str:
    """A readable plain-text version of an e-mail's HTML: paragraphs, lists, links spelt out."""
    maker = _TextMaker()
    maker.feed(html)
    maker.close()
    return maker.text()

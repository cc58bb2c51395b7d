"""Who follows whom, with the learner's consent, and what counsellors wrote and opened.

Deleting a learner deletes everything here about them (CASCADE on the learner); deleting a
counsellor's account ends their links but keeps what concerns the learner (notes, access records)
with the author set to NULL and the author's name kept as text.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L: a code read aloud over the phone or copied from paper stays unambiguous.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def new_invitation_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(value: str) -> str:
    """What a learner typed, in stored form: no spaces or dashes, upper case."""
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())


class CounsellorProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="counsellor_profile",
        verbose_name=_("compte"),
    )
    invitation_code = models.CharField(
        _("code d'invitation"), max_length=CODE_LENGTH, unique=True, default=new_invitation_code
    )
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("conseiller ou conseillère")
        verbose_name_plural = _("conseillers et conseillères")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self):
        return str(self.user)

    @property
    def display_code(self) -> str:
        return f"{self.invitation_code[:4]}-{self.invitation_code[4:]}"


class LinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)


class CounsellorLink(models.Model):
    """A learner's consent to share their progress with one counsellor, until withdrawn.

    A withdrawn link is kept (the learner's history of consent); linking again makes a new row.
    """

    class EndedBy(models.TextChoices):
        LEARNER = "learner", _("la personne elle-même")
        ADMIN = "admin", _("un administrateur")

    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="counsellor_links",
        verbose_name=_("conseiller"),
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="learner_links",
        verbose_name=_("personne suivie"),
    )
    consented_at = models.DateTimeField(_("accord donné le"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("accord retiré le"), null=True, blank=True)
    withdrawn_by = models.CharField(
        _("retiré par"), max_length=16, choices=EndedBy.choices, blank=True
    )

    objects = LinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("partage avec un conseiller")
        verbose_name_plural = _("partages avec un conseiller")
        ordering = ["-consented_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["counsellor", "learner"],
                condition=Q(withdrawn_at__isnull=True),
                name="one_active_counsellor_link",
            ),
            models.CheckConstraint(
                condition=~Q(counsellor=models.F("learner")), name="counsellor_link_not_self"
            ),
        ]
        indexes = [models.Index(fields=["counsellor", "withdrawn_at"])]

    def __str__(self):
        return f"{self.learner} → {self.counsellor}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class Note(models.Model):
    """A counsellor's note on a learner: private to counsellors, or shared with the learner.

    `body_source` is what the counsellor typed (a tiny markup, see cms.counselling.markup);
    `body_html` is its HTML, cleaned by cms.sanitize before it is stored.
    """

    class Mode(models.TextChoices):
        PHONE = "phone", _("par téléphone")
        VIDEO = "video", _("en visio")
        AGENCY = "agency", _("à l'agence")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="counselling_notes",
        verbose_name=_("personne suivie"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="counselling_notes_written",
        verbose_name=_("écrite par"),
    )
    author_name = models.CharField(_("auteur"), max_length=300, blank=True)
    body_source = models.TextField(_("texte"), max_length=5000)
    body_html = models.TextField(_("texte (HTML nettoyé)"))
    shared = models.BooleanField(_("partagée avec la personne"), default=False)
    appointment_at = models.DateTimeField(_("prochain rendez-vous"), null=True, blank=True)
    appointment_mode = models.CharField(
        _("type de rendez-vous"), max_length=16, choices=Mode.choices, blank=True
    )
    created_at = models.DateTimeField(_("écrite le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        verbose_name = _("note de suivi")
        verbose_name_plural = _("notes de suivi")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["learner", "created_at"]),
            models.Index(fields=["learner", "appointment_at"]),
        ]

    def __str__(self):
        return f"{self.learner_id} · {self.created_at:%Y-%m-%d}"


class AccessLog(models.Model):
    """A counsellor opened a learner's detail, brief, an attempt, or exported them in a CSV."""

    class Action(models.TextChoices):
        DETAIL = "detail", _("a consulté votre suivi")
        BRIEF = "brief", _("a préparé la fiche de rendez-vous")
        ATTEMPT = "attempt", _("a relu une tentative de quiz")
        EXPORT = "export", _("a exporté la liste de suivi (CSV)")

    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="counselling_accesses",
        verbose_name=_("compte du conseiller"),
    )
    counsellor_name = models.CharField(_("conseiller"), max_length=300)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="counselling_access_log",
        verbose_name=_("personne suivie"),
    )
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    at = models.DateTimeField(_("le"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("consultation par un conseiller")
        verbose_name_plural = _("consultations par un conseiller")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["learner", "at"])]

    def __str__(self):
        return f"{self.counsellor_name} · {self.action} · {self.learner_id}"

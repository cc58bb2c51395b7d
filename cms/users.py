"""The custom user: the e-mail address is the login, and a learner has a display name."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


def normalise_email(value: str | None) -> str:
    """The one form of an e-mail address we store and compare: stripped, lower case."""
    return (value or "").strip().lower()


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=normalise_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    username = None
    email = models.EmailField(_("adresse e-mail"), unique=True)
    # The language of the e-mails we send: French unless the person switched the site to another
    # language while signed in (cms.accounts.views.set_language).
    preferred_language = models.CharField(
        _("langue préférée"), max_length=8, choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    # One switch per kind of e-mail that can be stopped (see cms.emails.KINDS): "Mon compte" and
    # the one-click link at the bottom of each e-mail both change it.
    email_reminders = models.BooleanField(
        _("rappels pour reprendre un cours"),
        default=True,
        help_text=_("Un e-mail quand vous n'avez pas avancé dans un cours depuis quelques jours."),
    )
    email_appointment_reminders = models.BooleanField(
        _("rappels de rendez-vous"),
        default=True,
        help_text=_("Un e-mail la veille d'un rendez-vous avec votre conseiller ou conseillère."),
    )
    email_counsellor_digest = models.BooleanField(
        _("point hebdomadaire des personnes suivies"),
        default=True,
        help_text=_("Pour les conseillers : le lundi, les personnes qui ont besoin d'un signe."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.email.split("@")[0]

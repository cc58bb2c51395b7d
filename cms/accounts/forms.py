"""Account forms: thin subclasses of Django's auth forms, with French labels and messages."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import (
    AuthenticationForm,
    BaseUserCreationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from cms.users import normalise_email

User = get_user_model()

EMAIL_TAKEN = _(
    "Un compte existe déjà avec cette adresse e-mail. "
    "Connectez-vous ou réinitialisez votre mot de passe."
)


# The identity fields shared by sign-up and profile: same labels, autocomplete hints and rules.
IDENTITY_LABELS = {
    "first_name": _("Prénom"),
    "last_name": _("Nom"),
    "email": _("Adresse e-mail"),
}
IDENTITY_WIDGETS = {
    "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
    "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
    "email": forms.EmailInput(attrs={"autocomplete": "email"}),
}


def require_identity_fields(form) -> None:
    for name in ("first_name", "last_name", "email"):
        form.fields[name].required = True
    form.fields["email"].error_messages["unique"] = EMAIL_TAKEN


class LoginForm(AuthenticationForm):
    """The e-mail is the login; the field keeps Django's name "username" (axes, Wagtail use it)."""

    username = forms.EmailField(
        label=_("Adresse e-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    password = forms.CharField(
        label=_("Mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    error_messages = {
        "invalid_login": _(
            "Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie et réessayez."
        ),
        "inactive": _("Ce compte est désactivé."),
    }

    def clean_username(self):
        return normalise_email(self.cleaned_data.get("username"))


class AdminLoginForm(WagtailLoginForm):
    """The Wagtail admin's login form (WAGTAILADMIN_USER_LOGIN_FORM): Wagtail gives its password
    field no label, so Django shows the English field name "Password" whatever the language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mot de passe")


class SignupForm(BaseUserCreationForm):
    """First name, last name, e-mail, password twice. Password rules are Django's validators."""

    password1 = forms.CharField(
        label=_("Mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_(
            "Au moins 8 caractères, pas uniquement des chiffres, pas trop proche de votre nom."
        ),
    )
    password2 = forms.CharField(
        label=_("Confirmation du mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Saisissez le même mot de passe, pour vérification."),
    )

    error_messages = {
        "password_mismatch": _("Les deux mots de passe ne sont pas identiques."),
    }

    class Meta:
        model = User
        fields = ("first_name", "last_name", "email")
        labels = IDENTITY_LABELS
        help_texts = {"email": _("Elle vous servira pour vous connecter.")}
        widgets = IDENTITY_WIDGETS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        require_identity_fields(self)

    def clean_email(self):
        email = normalise_email(self.cleaned_data.get("email"))
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(EMAIL_TAKEN, code="unique")
        return email

    def clean_first_name(self):
        return self.cleaned_data["first_name"].strip()

    def clean_last_name(self):
        return self.cleaned_data["last_name"].strip()


class ProfileForm(forms.ModelForm):
    """Names, e-mail and e-mail preferences. Changing the e-mail (the login) asks for the current
    password."""

    current_password = forms.CharField(
        label=_("Mot de passe actuel"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Obligatoire seulement si vous changez d'adresse e-mail."),
    )

    field_order = ["first_name", "last_name", "email", "current_password", "email_reminders"]

    class Meta:
        model = User
        fields = ("first_name", "last_name", "email", "email_reminders")
        labels = {
            **IDENTITY_LABELS,
            "email_reminders": _("Recevoir un rappel quand je n'avance plus dans un cours"),
        }
        help_texts = {
            "email_reminders": _(
                "Un e-mail au plus par semaine, avec un lien direct vers votre prochaine étape."
            ),
        }
        widgets = IDENTITY_WIDGETS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.original_email = self.instance.email
        require_identity_fields(self)

    def clean_email(self):
        email = normalise_email(self.cleaned_data.get("email"))
        taken = User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists()
        if taken:
            raise forms.ValidationError(EMAIL_TAKEN, code="unique")
        return email

    def clean_first_name(self):
        return self.cleaned_data["first_name"].strip()

    def clean_last_name(self):
        return self.cleaned_data["last_name"].strip()

    @property
    def email_changed(self) -> bool:
        return normalise_email(self.cleaned_data.get("email", "")) != normalise_email(
            self.original_email
        )

    def clean(self):
        cleaned = super().clean()
        if "email" in cleaned and self.email_changed:
            password = cleaned.get("current_password") or ""
            if not password:
                self.add_error(
                    "current_password",
                    _("Saisissez votre mot de passe actuel pour changer d'adresse e-mail."),
                )
            elif not self.instance.check_password(password):
                self.add_error("current_password", _("Mot de passe incorrect."))
        return cleaned


class AccountPasswordChangeForm(PasswordChangeForm):
    error_messages = {
        "password_mismatch": _("Les deux mots de passe ne sont pas identiques."),
        "password_incorrect": _("Votre mot de passe actuel est incorrect. Saisissez-le à nouveau."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = _("Mot de passe actuel")
        self.fields["new_password1"].label = _("Nouveau mot de passe")
        self.fields["new_password1"].help_text = _(
            "Au moins 8 caractères, pas uniquement des chiffres, pas trop proche de votre nom."
        )
        self.fields["new_password2"].label = _("Confirmation du nouveau mot de passe")


class AccountSetPasswordForm(SetPasswordForm):
    error_messages = {"password_mismatch": _("Les deux mots de passe ne sont pas identiques.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Nouveau mot de passe")
        self.fields["new_password1"].help_text = _(
            "Au moins 8 caractères, pas uniquement des chiffres, pas trop proche de votre nom."
        )
        self.fields["new_password2"].label = _("Confirmation du nouveau mot de passe")


class AccountPasswordResetForm(PasswordResetForm):
    email = forms.EmailField(
        label=_("Adresse e-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("L'adresse avec laquelle vous vous connectez."),
    )

    def get_users(self, email):
        # Django's version matches case-insensitively already; we only normalise spaces.
        return super().get_users(email.strip())


class AccountDeleteForm(forms.Form):
    """Confirms the deletion of one's own account with the current password."""

    password = forms.CharField(
        label=_("Votre mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Pour confirmer que c'est bien vous."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Mot de passe incorrect."), code="password_incorrect")
        return password


__all__ = [
    "AdminLoginForm",
    "LoginForm",
    "SignupForm",
    "ProfileForm",
    "AccountPasswordChangeForm",
    "AccountSetPasswordForm",
    "AccountPasswordResetForm",
    "AccountDeleteForm",
]

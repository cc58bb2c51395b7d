"""Wagtail admin forms: make a user a counsellor, renew a code, revoke a learner's link."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import services
from .models import CounsellorLink, CounsellorProfile


class CounsellorCreateForm(WagtailAdminModelForm):
    """Choosing a user gives them the counsellor role (the Counsellors group) and a code."""

    class Meta:
        model = CounsellorProfile
        fields = ["user"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = get_user_model().objects.filter(
            is_active=True, counsellor_profile__isnull=True
        )
        self.fields["user"].help_text = _(
            "Ce compte rejoint le groupe « Counsellors » et reçoit un code d'invitation."
        )

    def save(self, commit=True):
        return services.counsellor_make(user=self.cleaned_data["user"])


class CounsellorEditForm(WagtailAdminModelForm):
    renew_code = forms.BooleanField(
        label=_("Créer un nouveau code d'invitation"),
        required=False,
        help_text=_("L'ancien code ne fonctionnera plus ; les partages en cours restent actifs."),
    )

    class Meta:
        model = CounsellorProfile
        fields = []

    def save(self, commit=True):
        if self.cleaned_data.get("renew_code"):
            services.invitation_code_renew(profile=self.instance)
        return self.instance


class LinkRevokeForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(
        label=_("Révoquer ce partage"),
        required=False,
        help_text=_(
            "Le conseiller perd l'accès immédiatement ; la personne le voit dans son compte."
        ),
    )

    class Meta:
        model = CounsellorLink
        fields = []

    def save(self, commit=True):
        if self.cleaned_data.get("revoke") and self.instance.is_active:
            services.link_withdraw(link=self.instance, by=CounsellorLink.EndedBy.ADMIN)
        return self.instance

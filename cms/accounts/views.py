"""Account pages: Django's auth views (subclassed for templates and French messages), business
rules in services.py, reads in selectors.py. Every page is about the signed-in user only."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from django.views.i18n import set_language as django_set_language

from cms import emails
from cms.http import PrivatePageMixin

from . import permissions, services, summary
from .forms import (
    AccountDeleteForm,
    AccountPasswordChangeForm,
    AccountPasswordResetForm,
    AccountSetPasswordForm,
    LoginForm,
    ProfileForm,
    SignupForm,
)
from .throttling import cool_off_minutes

LANGUAGE_FIELD = "language"


def landing_url(user=None) -> str:
    """Where a user goes after signing in: the first URL given by settings.LOGIN_LANDING_RESOLVERS
    (e.g. a counsellor's caseload), else the learner's dashboard if it exists, else their account.
    """
    if user is not None and user.is_authenticated:
        for dotted in getattr(settings, "LOGIN_LANDING_RESOLVERS", []):
            url = import_string(dotted)(user)
            if url:
                return url
    try:
        return reverse("dashboard:home")
    except NoReverseMatch:
        return reverse("accounts:profile")


def safe_next_url(request: HttpRequest, *, default: str | None = None) -> str:
    """The ?next= (or posted next) URL if it points to this site, else `default`."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return landing_url(getattr(request, "user", None)) if default is None else default


def remember_language(request: HttpRequest, user) -> None:
    """Keep the language the person uses the site in (switch cookie) for their e-mails."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language:
        services.user_set_language(user=user, language=language)


@require_POST
def set_language(request: HttpRequest):
    """Django's language switch; a signed-in person's choice is also kept on the account."""
    response = django_set_language(request)
    if request.user.is_authenticated:
        services.user_set_language(user=request.user, language=request.POST.get(LANGUAGE_FIELD, ""))
    return response


class LoginView(auth_views.LoginView):
    template_name = "account/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        remember_language(self.request, form.get_user())
        return response

    def get_default_redirect_url(self):
        return landing_url(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = safe_next_url(self.request, default="")
        context["cool_off_minutes"] = cool_off_minutes()
        return context


class LogoutView(auth_views.LogoutView):
    """POST only (Django refuses GET): a link cannot sign anyone out."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("Vous êtes déconnecté. À bientôt !"))
        return response


@method_decorator(
    [sensitive_post_parameters("password1", "password2"), never_cache], name="dispatch"
)
class SignupView(FormView):
    template_name = "account/signup.html"
    form_class = SignupForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(safe_next_url(request))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = safe_next_url(self.request, default="")
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            user = services.user_signup(
                email=data["email"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                password=data["password1"],
            )
        except services.EmailAlreadyUsed:
            form.add_error("email", form.fields["email"].error_messages["unique"])
            return self.form_invalid(form)
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        remember_language(self.request, user)
        messages.success(
            self.request,
            _("Bienvenue %(name)s ! Votre compte est créé.") % {"name": user.first_name},
        )
        return redirect(safe_next_url(self.request))


class ProfileView(PrivatePageMixin, LoginRequiredMixin, FormView):
    template_name = "account/profile.html"
    extra_context = {"account_section": "profile"}
    form_class = ProfileForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.request.user
        return kwargs

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.user_update_profile(
                user=self.request.user,
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
                email_reminders=data["email_reminders"],
            )
        except services.EmailAlreadyUsed:
            form.add_error("email", form.fields["email"].error_messages["unique"])
            return self.form_invalid(form)
        messages.success(self.request, _("Vos informations sont enregistrées."))
        return redirect("accounts:profile")

    def form_invalid(self, form):
        # The ModelForm wrote the rejected values on request.user: reload them for the page header.
        self.request.user.refresh_from_db()
        return super().form_invalid(form)


class PasswordChangeView(PrivatePageMixin, auth_views.PasswordChangeView):
    template_name = "account/password_change.html"
    extra_context = {"account_section": "password"}
    form_class = AccountPasswordChangeForm
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Votre mot de passe est modifié."))
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "account/password_reset.html"
    form_class = AccountPasswordResetForm
    email_template_name = "registration/account_password_reset_email.txt"
    subject_template_name = "registration/account_password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "account/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "account/password_reset_confirm.html"
    form_class = AccountSetPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        # A new password ends any login lockout on this e-mail.
        from axes.utils import reset

        reset(username=form.user.email)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "account/password_reset_complete.html"


class MyDataView(PrivatePageMixin, LoginRequiredMixin, TemplateView):
    template_name = "account/my_data.html"
    extra_context = {"account_section": "data"}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["data_sections"] = services.data_page_sections(user=self.request.user)
        return context


class MyDataSummaryView(PrivatePageMixin, LoginRequiredMixin, TemplateView):
    """The same data as the JSON file, for a person to read or print. Only the requester's own."""

    template_name = "account/my_data_summary.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = summary.export_summary(
            services.user_data_export(user=self.request.user)
        )
        context["exported_at"] = timezone.now()
        return context

class MyDataExportView(PrivatePageMixin, LoginRequiredMixin, View):
    """The JSON download. Only ever the requester's own data: there is no id in the URL."""

    def get(self, request, *args, **kwargs):
        data = services.user_data_export(user=request.user)
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        filename = f"mes-donnees-cap-emploi-{timezone.localdate():%Y-%m-%d}.json"
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


@method_decorator([sensitive_post_parameters("password"), csrf_protect], name="dispatch")
class AccountDeleteView(PrivatePageMixin, LoginRequiredMixin, FormView):
    template_name = "account/delete.html"
    extra_context = {"account_section": "data"}
    form_class = AccountDeleteForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["refused"] = self.refused
        return context

    @property
    def refused(self) -> bool:
        # Accounts that work in the Wagtail admin are removed by an administrator.
        return not permissions.may_delete_own_account(self.request.user)

    def post(self, request, *args, **kwargs):
        if self.refused:
            return self.get(request, *args, **kwargs)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        user = self.request.user
        try:
            services.user_delete(user=user)
        except services.AccountOwnsAdminContent:  # became an editor since the page was shown
            return self.get(self.request)
        logout(self.request)
        messages.success(self.request, _("Votre compte et toutes vos données ont été supprimés."))
        return redirect("/")


@method_decorator(csrf_exempt, name="dispatch")  # the signed token is the credential (RFC 8058)
class UnsubscribeView(View):
    """Stop one kind of e-mail from the link at the bottom of each e-mail, signed in or not.

    GET shows what the link is for, with one button: mail scanners that open links must not
    unsubscribe anyone. POST applies it; mail clients' own "unsubscribe" button (the
    List-Unsubscribe-Post header, RFC 8058) posts here directly. `action=resubscribe` undoes it.
    """

    template_name = "account/unsubscribe.html"

    def _read(self, token: str):
        try:
            return emails.read_unsubscribe_token(token)
        except signing.BadSignature:
            return None

    def _render(self, request, context, status=200):
        response = TemplateResponse(request, self.template_name, context, status=status)
        response["Cache-Control"] = "no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    def get(self, request, token: str):
        read = self._read(token)
        if read is None:
            return self._render(request, {"invalid": True}, status=400)
        _user_id, kind = read
        return self._render(request, {"kind": kind, "token": token, "done": None})

    def post(self, request, token: str):
        read = self._read(token)
        if read is None:
            return self._render(request, {"invalid": True}, status=400)
        user_id, kind = read
        enabled = request.POST.get("action") == "resubscribe"
        services.user_set_email_preference(user_id=user_id, kind=kind.name, enabled=enabled)
        done = "resubscribed" if enabled else "unsubscribed"
        return self._render(request, {"kind": kind, "token": token, "done": done})

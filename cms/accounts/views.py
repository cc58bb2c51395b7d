"""Account pages: Django's auth views (subclassed for templates and French messages), business
rules in services.py, reads in selectors.py. Every page is about the signed-in user only."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView

from . import services
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


class LoginView(auth_views.LoginView):
    template_name = "account/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

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
        messages.success(request, _("Vous êtes déconnecté. À bientôt !"))
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
        messages.success(
            self.request,
            _("Bienvenue %(name)s ! Votre compte est créé.") % {"name": user.first_name},
        )
        return redirect(safe_next_url(self.request))


class ProfileView(LoginRequiredMixin, FormView):
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


class PasswordChangeView(auth_views.PasswordChangeView):
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


class MyDataView(LoginRequiredMixin, TemplateView):
    template_name = "account/my_data.html"
    extra_context = {"account_section": "data"}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["data_sections"] = services.data_page_sections(user=self.request.user)
        return context


class MyDataExportView(LoginRequiredMixin, View):
    """The JSON download. Only ever the requester's own data: there is no id in the URL."""

    def get(self, request, *args, **kwargs):
        data = services.user_data_export(user=request.user)
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        filename = f"mes-donnees-cap-emploi-{timezone.localdate():%Y-%m-%d}.json"
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


@method_decorator([sensitive_post_parameters("password"), csrf_protect], name="dispatch")
class AccountDeleteView(LoginRequiredMixin, FormView):
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
        # Staff accounts own content in the Wagtail admin: an administrator removes them.
        return self.request.user.is_staff or self.request.user.is_superuser

    def post(self, request, *args, **kwargs):
        if self.refused:
            return self.get(request, *args, **kwargs)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        user = self.request.user
        logout(self.request)
        services.user_delete(user=user)
        messages.success(self.request, _("Votre compte et toutes vos données ont été supprimés."))
        return redirect("/")

"""Login throttling hooks for django-axes (settings AXES_USERNAME_CALLABLE, AXES_LOCKOUT_CALLABLE).

Axes counts failures per (e-mail, IP address) pair; these hooks make the e-mail case-insensitive
(so "Anne@x" and "anne@x" share one counter) and turn a lockout into the login page with a clear
French message instead of a bare 403.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from cms.users import normalise_email


def login_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The e-mail being tried, normalised like the stored one (stripped, lower case)."""
    value = None
    if credentials:
        value = credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    if value is None and request is not None:
        value = request.POST.get(settings.AXES_USERNAME_FORM_FIELD)
    if not isinstance(value, str):
        return None
    return normalise_email(value) or None


def cool_off_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_response(
    request: HttpRequest, original_response=None, credentials=None
) -> HttpResponse:
    """The login page again, with the lockout explained; HTTP 429 (Too Many Requests)."""
    from .forms import LoginForm
    from .views import safe_next_url

    email = login_username(request, credentials) or ""
    form = LoginForm(request, initial={"username": email})
    response = TemplateResponse(
        request,
        "account/login.html",
        {
            "form": form,
            "locked_out": True,
            "cool_off_minutes": cool_off_minutes(),
            "next": safe_next_url(request, default=""),
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    return response.render()

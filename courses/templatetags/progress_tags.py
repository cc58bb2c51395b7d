"""Template helpers of the learner journey (progress statuses, sign-in links)."""

from django import template
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode

register = template.Library()


@register.simple_tag
def step_state(progress, step) -> str:
    """"done", "current" or "todo" for an enrolled learner; "" otherwise."""
    if progress is None or step is None:
        return ""
    return progress.status(step)


@register.simple_tag(takes_context=True)
def login_url(context, next_url: str = "") -> str:
    """The sign-in page (accounts:login when it exists, else settings.LOGIN_URL) with ?next."""
    try:
        url = reverse("accounts:login")
    except NoReverseMatch:
        url = resolve_url(settings.LOGIN_URL)
    if not next_url:
        request = context.get("request")
        next_url = request.get_full_path() if request else ""
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


@register.simple_tag(takes_context=True)
def signup_url(context) -> str:
    """The sign-up page with ?next back here, or "" while the accounts app has none."""
    try:
        url = reverse("accounts:signup")
    except NoReverseMatch:
        return ""
    request = context.get("request")
    return f"{url}?{urlencode({'next': request.get_full_path()})}" if request else url

"""Where a counsellor lands after signing in (listed in settings.LOGIN_LANDING_RESOLVERS)."""

from django.urls import reverse

from .permissions import is_counsellor


def counsellor_landing(user) -> str | None:
    return reverse("counselling:caseload") if is_counsellor(user) else None

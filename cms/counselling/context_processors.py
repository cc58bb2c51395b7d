"""The counsellor's own navigation items, for the base template's main navigation.

base.html renders `role_nav_items` (label, url, current) without knowing about counselling.
"""

from django.core.cache import cache
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from .permissions import is_counsellor


def _shows_counsellor_nav(user) -> bool:
    """Cached a few minutes per user: the group query would cost every page of every learner.
    Only the navigation waits for the cache: access is decided by permissions, live."""
    if not getattr(user, "is_authenticated", False):
        return False
    key = f"counsellor-nav:{user.pk}"
    shown = cache.get(key)
    if shown is None:
        shown = is_counsellor(user)
        cache.set(key, shown, 300)
    return shown


def _items(request) -> list[dict]:
    if not _shows_counsellor_nav(getattr(request, "user", None)):
        return []
    current = getattr(request.resolver_match, "namespace", "") == "counselling"
    name = getattr(request.resolver_match, "url_name", "")
    return [
        {
            "label": _("Mes demandeurs d'emploi"),
            "url": reverse("counselling:caseload"),
            "current": current and name in {"caseload", "learner", "brief", "attempt", "note_edit"},
        },
        {
            "label": _("Mon code d'invitation"),
            "url": reverse("counselling:invitation_code"),
            "current": current and name == "invitation_code",
        },
    ]


def role_navigation(request) -> dict:
    return {"role_nav_items": SimpleLazyObject(lambda: _items(request))}

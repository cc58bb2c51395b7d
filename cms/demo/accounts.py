"""Demo accounts, one per role, with fixed passwords printed by `load_demo`.

Looked up by e-mail: running again updates names and groups, and resets a password only when it
no longer matches the demo password (so a second run writes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms import roles


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    first_name: str
    last_name: str
    role: str  # shown in the table printed at the end
    groups: tuple[str, ...] = ()
    is_staff: bool = False
    is_superuser: bool = False


ACCOUNTS = [
    DemoAccount(
        "apprenant@example.org",
        "apprenant-demo-2026",
        "Karim",
        "Benali",
        "Apprenant",
        (roles.LEARNERS,),
    ),
    DemoAccount(
        "conseillere@example.org",
        "conseillere-demo-2026",
        "Sophie",
        "Marchand",
        "Conseillère",
        (roles.COUNSELLORS,),
    ),
    DemoAccount(
        "editeur@example.org", "editeur-demo-2026", "Thomas", "Girard", "Éditeur", (roles.EDITORS,)
    ),
    DemoAccount(
        "moderatrice@example.org",
        "moderatrice-demo-2026",
        "Nadia",
        "Lefèvre",
        "Modératrice",
        (roles.MODERATORS,),
    ),
    DemoAccount(
        "admin@example.org",
        "admin-demo-2026",
        "Claire",
        "Dumont",
        "Administratrice",
        (),
        is_staff=True,
        is_superuser=True,
    ),
]


def ensure_accounts() -> dict:
    """Create or update the demo accounts; return {e-mail: User}."""
    User = get_user_model()
    users = {}
    for account in ACCOUNTS:
        user = User.objects.filter(email__iexact=account.email).first()
        if user is None:
            user = User(email=account.email)
        wanted = {
            "first_name": account.first_name,
            "last_name": account.last_name,
            "is_staff": account.is_staff,
            "is_superuser": account.is_superuser,
            "is_active": True,
        }
        changed = user.pk is None
        for name, value in wanted.items():
            if getattr(user, name) != value:
                setattr(user, name, value)
                changed = True
        if user.pk is None or not user.check_password(account.password):
            user.set_password(account.password)
            changed = True
        if changed:
            user.save()
        missing = set(account.groups) - set(user.groups.values_list("name", flat=True))
        if missing:
            user.groups.add(*Group.objects.filter(name__in=missing))
        users[account.email] = user
    return users

"""Who may do what with their own account (the one place for these rules)."""

from __future__ import annotations

from wagtail.models import Page, Revision

from cms import roles

# Groups whose members work in the Wagtail admin (even before they have written anything).
ADMIN_GROUPS = (roles.EDITORS, roles.MODERATORS)


def owns_admin_content(user) -> bool:
    """Whether the account works in (or wrote content for) the Wagtail admin.

    Such an account is removed by an administrator, who reassigns its pages and checks its
    revisions first: staff, superusers, members of a Wagtail admin group (Editors, Moderators),
    anyone with the admin access permission, and the owner or author of any page or revision.
    At most five queries, whatever the data size.
    """
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    if user.groups.filter(name__in=ADMIN_GROUPS).exists():
        return True
    if user.has_perm("wagtailadmin.access_admin"):
        return True
    return (
        Page.objects.filter(owner=user).exists() or Revision.objects.filter(user=user).exists()
    )


def may_delete_own_account(user) -> bool:
    """A signed-in learner (or counsellor) may delete their own account from the public site."""
    return user.is_authenticated and not owns_admin_content(user)

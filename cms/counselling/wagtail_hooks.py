"""Wagtail admin: administrators manage counsellors (role and invitation code) and can revoke a
learner's link. They see who is linked to whom, never a learner's progress (see permissions.py).
Links are made only by learners (no "add" here) and kept as history (no "delete")."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin_forms import CounsellorCreateForm, CounsellorEditForm, LinkRevokeForm
from .models import CounsellorLink, CounsellorProfile


class NoAddNoDeletePolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in {"add", "delete"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(CounsellorLink, NoAddNoDeletePolicy(CounsellorLink))


class CounsellorViewSet(ModelViewSet):
    model = CounsellorProfile
    icon = "user"
    menu_label = _("Conseillers")
    list_display = ["user", Column("display_code", label=_("Code d'invitation")), "created_at"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return CounsellorEditForm if for_update else CounsellorCreateForm


class CounsellorLinkViewSet(ModelViewSet):
    model = CounsellorLink
    icon = "link"
    menu_label = _("Partages")
    list_display = ["learner", "counsellor", "consented_at", "withdrawn_at", "withdrawn_by"]
    list_filter = ["withdrawn_by"]
    search_fields = [
        "learner__first_name",
        "learner__last_name",
        "learner__email",
        "counsellor__last_name",
        "counsellor__email",
    ]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return LinkRevokeForm


class CounsellingGroup(ViewSetGroup):
    menu_label = _("Accompagnement")
    menu_icon = "group"
    items = (CounsellorViewSet("counsellors"), CounsellorLinkViewSet("counsellor_links"))


@hooks.register("register_admin_viewset")
def register_counselling_viewsets():
    return CounsellingGroup()

"""The one place that decides what a counsellor may see. Every counsellor view, export and e-mail
goes through it.

Rules:
- The workspace is for members of the "Counsellors" group (cms.roles): one query, remembered on
  the user object for the rest of the request (the navigation asks too).
- Superusers are not counsellors by default: they manage counsellors and revoke links in the
  Wagtail admin, which shows who is linked to whom but no learner's progress. Nobody sees a
  learner's progress without that learner's consent to that counsellor; an admin who is also in
  the Counsellors group sees only the learners linked to them, like any counsellor.
- A counsellor sees a learner only while the learner's link to them is active: once withdrawn
  (by the learner or an admin), the very next request answers 404, as for a learner never linked.
  A 404 rather than a 403, so that the workspace does not reveal who has an account.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import F, QuerySet
from django.http import Http404

from cms import roles


def is_counsellor(user) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    cached = getattr(user, "_is_counsellor", None)
    if cached is None:
        cached = user.groups.filter(name=roles.COUNSELLORS).exists()
        user._is_counsellor = cached
    return cached


def visible_learners(counsellor, *, with_link_date: bool = False) -> QuerySet:
    """The learners whose data `counsellor` may see now: those with an active link to them.

    A join on the active link (at most one per counsellor and learner: a unique constraint), so
    `with_link_date` can annotate `linked_at` (when the learner agreed) at no extra cost.
    """
    User = get_user_model()
    if not is_counsellor(counsellor):
        return User.objects.none()
    learners = User.objects.filter(
        is_active=True,
        learner_links__counsellor_id=counsellor.pk,
        learner_links__withdrawn_at__isnull=True,
    )
    if with_link_date:
        learners = learners.annotate(linked_at=F("learner_links__consented_at"))
    return learners


def visible_learner(counsellor, learner_id) -> object:
    """The learner if `counsellor` may see them, else Http404 (never linked, or withdrawn)."""
    learner = visible_learners(counsellor).filter(pk=learner_id).first()
    if learner is None:
        raise Http404
    return learner


def can_view(counsellor, learner) -> bool:
    return visible_learners(counsellor).filter(pk=learner.pk).exists()


def counsellor_required(view):
    """Anonymous: to the login page. Signed in without the counsellor role: 403."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_counsellor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped

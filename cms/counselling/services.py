"""State changes of the counsellor workspace. Keyword-only, transactional, safe to repeat.

- Linking is the learner's act (they typed or followed the counsellor's code and accepted); a
  second acceptance returns the active link. Withdrawing ends it at once (the permissions read
  the link on every request); a withdrawn link stays as history.
- Notes are cleaned on the way in (markup.to_html -> cms.sanitize).
- Every opening of a learner's detail, brief, an attempt or an export is recorded (AccessLog).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms import roles

from . import markup
from .models import (
    AccessLog,
    CounsellorLink,
    CounsellorProfile,
    Note,
    new_invitation_code,
    normalise_code,
)


class NotACounsellor(Exception):
    """The invitation code matches no counsellor (or their account is closed)."""


class CannotLinkToSelf(Exception):
    """A counsellor following courses cannot share their progress with themselves."""


def counsellor_profile(*, user) -> CounsellorProfile:
    """The counsellor's profile with their invitation code, created the first time."""
    try:
        with transaction.atomic():
            profile, _created = CounsellorProfile.objects.get_or_create(user=user)
            return profile
    except IntegrityError:  # concurrent first visits, or (very rarely) a code already taken
        return CounsellorProfile.objects.get_or_create(user=user)[0]


@transaction.atomic
def counsellor_make(*, user) -> CounsellorProfile:
    """Give `user` the counsellor role (the Counsellors group) and a profile."""
    group, _created = Group.objects.get_or_create(name=roles.COUNSELLORS)
    user.groups.add(group)
    return counsellor_profile(user=user)


@transaction.atomic
def invitation_code_renew(*, profile: CounsellorProfile) -> CounsellorProfile:
    """A new code (the old one stops working); existing links are not affected."""
    for _try in range(5):
        code = new_invitation_code()
        if not CounsellorProfile.objects.filter(invitation_code=code).exists():
            profile.invitation_code = code
            profile.save(update_fields=["invitation_code"])
            return profile
    raise RuntimeError("Could not draw a free invitation code")


def profile_for_code(code: str) -> CounsellorProfile:
    profile = (
        CounsellorProfile.objects.filter(invitation_code=normalise_code(code), user__is_active=True)
        .select_related("user")
        .first()
    )
    if profile is None:
        raise NotACounsellor(code)
    return profile


def link_accept(*, learner, profile: CounsellorProfile) -> tuple[CounsellorLink, bool]:
    """The learner agrees to share with this counsellor. Returns (link, created)."""
    if profile.user_id == learner.pk:
        raise CannotLinkToSelf
    existing = CounsellorLink.objects.active().filter(counsellor=profile.user, learner=learner)
    link = existing.first()
    if link is not None:
        return link, False
    try:
        with transaction.atomic():
            return CounsellorLink.objects.create(counsellor=profile.user, learner=learner), True
    except IntegrityError:  # accepted twice at once: the unique active link decides
        return existing.get(), False


@transaction.atomic
def link_withdraw(*, link: CounsellorLink, by: str = CounsellorLink.EndedBy.LEARNER) -> bool:
    """End a link now. Returns False when it had already ended."""
    updated = CounsellorLink.objects.filter(pk=link.pk, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now(), withdrawn_by=by
    )
    link.refresh_from_db(fields=["withdrawn_at", "withdrawn_by"])
    return bool(updated)


def _appointment(appointment_at, appointment_mode) -> dict:
    if appointment_at is None:
        return {"appointment_at": None, "appointment_mode": ""}
    return {"appointment_at": appointment_at, "appointment_mode": appointment_mode or ""}


def note_create(
    *, learner, author, body: str, shared: bool, appointment_at=None, appointment_mode: str = ""
) -> Note:
    return Note.objects.create(
        learner=learner,
        author=author,
        author_name=author.display_name if author else "",
        body_source=body.strip(),
        body_html=markup.to_html(body),
        shared=shared,
        **_appointment(appointment_at, appointment_mode),
    )


def note_update(
    *, note: Note, body: str, shared: bool, appointment_at=None, appointment_mode: str = ""
) -> Note:
    note.body_source = body.strip()
    note.body_html = markup.to_html(body)
    note.shared = shared
    for name, value in _appointment(appointment_at, appointment_mode).items():
        setattr(note, name, value)
    note.save()
    return note


def note_delete(*, note: Note) -> None:
    Note.objects.filter(pk=note.pk).delete()


def access_record(*, counsellor, learners: Iterable, action: str) -> int:
    """Record that `counsellor` opened (or exported) these learners' data: one bulk INSERT (split
    by Django into statements of at most 199 rows on SQLite, for its limit of 999 variables)."""
    rows = [
        AccessLog(
            counsellor=counsellor,
            counsellor_name=counsellor.display_name,
            learner_id=getattr(learner, "pk", learner),
            action=action,
        )
        for learner in learners
    ]
    AccessLog.objects.bulk_create(rows)
    return len(rows)

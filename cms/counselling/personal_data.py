"""What the workspace holds about a learner, for "Mes données" (export, page, deletion).

- personal_data(user): the learner's links (consent dates), the notes written about them (shared
  and private: it is their data), the access log; and, for a counsellor, the codes they hand out.
- data_page_section(user): the section shown on the "Mes données" page (links, shared notes and
  who opened their data, when), rendered by cms.accounts without importing this app.
Rows go with the learner's account (ON DELETE CASCADE); a counsellor's deletion keeps them.
"""

from __future__ import annotations

from quizzes.models import AttemptGrant

from .models import AccessLog, CounsellorLink, CounsellorProfile, Note
from .selectors import learner_access_log, learner_links, shared_notes


def personal_data(user) -> dict:
    links = CounsellorLink.objects.filter(learner=user).select_related("counsellor")
    notes = Note.objects.filter(learner=user).order_by("created_at", "pk")
    log = AccessLog.objects.filter(learner=user).order_by("at", "pk")
    profile = CounsellorProfile.objects.filter(user=user).first()
    return {
        "counsellor_links": [
            {
                "counsellor": link.counsellor.display_name,
                "consented_at": link.consented_at,
                "withdrawn_at": link.withdrawn_at,
                "withdrawn_by": link.withdrawn_by,
            }
            for link in links.order_by("consented_at", "pk")
        ],
        "counselling_notes": [
            {
                "author": note.author_name,
                "created_at": note.created_at,
                "updated_at": note.updated_at,
                "shared_with_you": note.shared,
                "text": note.body_source,
                "appointment_at": note.appointment_at,
                "appointment_mode": note.appointment_mode,
            }
            for note in notes
        ],
        "counsellor_access_log": [
            {"counsellor": entry.counsellor_name, "action": entry.action, "at": entry.at}
            for entry in log
        ],
        "attempt_grants": [
            {
                "quiz": grant.quiz.title,
                "granted_at": grant.granted_at,
                "granted_by": grant.granted_by.display_name if grant.granted_by else None,
                "reason": grant.reason,
            }
            for grant in AttemptGrant.objects.filter(learner=user)
            .select_related("quiz", "granted_by")
            .order_by("granted_at", "pk")
        ],
        "counsellor_profile": (
            {"invitation_code": profile.display_code, "created_at": profile.created_at}
            if profile
            else None
        ),
    }


def data_page_section(user) -> dict:
    return {
        "template": "counselling/includes/my_data_section.html",
        "links": learner_links(user=user),
        "notes": shared_notes(user=user),
        "access_log": learner_access_log(user=user, limit=100),
    }

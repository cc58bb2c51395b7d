"""The meeting brief: what changed since the last note, and topics to raise, drawn from the
learner's detail (no query of its own)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import flags
from .selectors import LearnerDetail


@dataclass
class Brief:
    detail: LearnerDetail
    since: object  # datetime of the last note, or None
    steps_since: int
    quizzes_since: int
    topics: list[str] = field(default_factory=list)


def meeting_brief(detail: LearnerDetail) -> Brief:
    last_note = detail.notes[0] if detail.notes else None
    since = last_note.created_at if last_note else None
    steps_since = sum(
        1 for e in detail.timeline if e.kind == "step" and (since is None or e.at > since)
    )
    quizzes_since = sum(
        1 for e in detail.timeline if e.kind == "quiz" and (since is None or e.at > since)
    )
    return Brief(
        detail=detail,
        since=since,
        steps_since=steps_since,
        quizzes_since=quizzes_since,
        topics=suggested_topics(detail),
    )


def suggested_topics(detail: LearnerDetail, limit: int = 8) -> list[str]:
    """Plain sentences for the counsellor, from flags, quiz difficulties and self-assessments."""
    t = detail.thresholds
    topics = []
    active = set(detail.flags)
    if flags.INACTIVE in active:
        topics.append(
            _(
                "Faire le point sur ce qui freine en ce moment et fixer un petit objectif "
                "pour la semaine."
            )
        )
    if flags.STALLED in active:
        for progress in detail.progress:
            if not progress.completed and progress.next_step:
                topics.append(
                    _("Regarder ensemble l'étape « %(step)s » (%(course)s).")
                    % {"step": progress.next_step.page.title, "course": progress.course.title}
                )
                break
    for line in detail.quizzes:
        if line.out_of_attempts:
            topics.append(
                _(
                    "Décider d'une tentative supplémentaire au quiz « %(quiz)s » "
                    "après avoir revu la leçon."
                )
                % {"quiz": line.quiz.title}
            )
        for lesson in line.lessons[:2] if line.difficulties else []:
            topics.append(_("Revoir la leçon « %(lesson)s ».") % {"lesson": lesson.title})
    latest: dict[str, int] = {}
    for item in detail.self_assessments:
        latest[item.prompt] = item.value
    for prompt, value in latest.items():
        if value <= t.low_confidence:
            topics.append(
                _("Parler de : « %(prompt)s » (réponse %(value)s sur 5).")
                % {"prompt": prompt, "value": value}
            )
    if flags.COMPLETED in active:
        for progress in detail.progress:
            if progress.completed and progress.certificate:
                topics.append(
                    _("Valoriser le certificat « %(course)s » dans le CV et les candidatures.")
                    % {"course": progress.course.title}
                )
    seen, unique = set(), []
    for topic in topics:
        if topic not in seen:
            seen.add(topic)
            unique.append(topic)
    return unique[:limit]

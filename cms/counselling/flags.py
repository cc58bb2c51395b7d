"""The caseload's flags: pure rules (no database access) over the facts that the caseload
selector aggregates for each learner, with thresholds from settings.

Facts (selectors.caseload_facts gathers them in one pass over aggregated rows):
- last_activity: the latest of a step opened, a step completed, a quiz submitted, an enrolment;
  None when the learner has done nothing yet (then linked_at counts);
- last_progress: the latest step completed or enrolment;
- open_course: an enrolment not completed, with a step opened;
- failed_quizzes: quizzes failed at least COUNSELLING_FAILED_ATTEMPTS times and not passed since;
- exhausted_quizzes: graded quizzes with every allowed attempt used (grants included), not passed;
- confidence: the latest self-assessment answer (1-5), None if none;
- last_completed_at: the latest course completion.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

INACTIVE = "inactive"
STALLED = "stalled"
FAILED = "failed"
EXHAUSTED = "exhausted"
LOW_CONFIDENCE = "low_confidence"
COMPLETED = "completed"
ALL = [INACTIVE, STALLED, FAILED, EXHAUSTED, LOW_CONFIDENCE, COMPLETED]
# Flags that call for the counsellor's attention (a recent completion is good news).
CONCERNS = [INACTIVE, STALLED, FAILED, EXHAUSTED, LOW_CONFIDENCE]


@dataclass(frozen=True)
class Thresholds:
    now: datetime
    inactive_days: int
    stalled_days: int
    failed_attempts: int
    low_confidence: int
    recent_completion_days: int

    @classmethod
    def from_settings(cls, now: datetime | None = None) -> Thresholds:
        return cls(
            now=now or timezone.now(),
            inactive_days=getattr(settings, "COUNSELLING_INACTIVE_DAYS", 14),
            stalled_days=getattr(settings, "COUNSELLING_STALLED_DAYS", 14),
            failed_attempts=getattr(settings, "COUNSELLING_FAILED_ATTEMPTS", 2),
            low_confidence=getattr(settings, "COUNSELLING_LOW_CONFIDENCE", 2),
            recent_completion_days=getattr(settings, "COUNSELLING_RECENT_COMPLETION_DAYS", 14),
        )

    @property
    def inactive_before(self) -> datetime:
        return self.now - timedelta(days=self.inactive_days)

    @property
    def stalled_before(self) -> datetime:
        return self.now - timedelta(days=self.stalled_days)

    @property
    def completed_after(self) -> datetime:
        return self.now - timedelta(days=self.recent_completion_days)


@dataclass
class Facts:
    linked_at: datetime | None = None
    last_activity: datetime | None = None
    last_progress: datetime | None = None
    open_course: bool = False
    failed_quizzes: int = 0
    exhausted_quizzes: int = 0
    confidence: int | None = None
    last_completed_at: datetime | None = None


def quiz_failed(*, fails: int, passes: int, t: Thresholds) -> bool:
    return passes == 0 and fails >= t.failed_attempts


def quiz_exhausted(*, used: int, passes: int, max_attempts: int | None, granted: int) -> bool:
    """Every allowed attempt used (the quiz's limit plus the attempts a counsellor granted)."""
    return max_attempts is not None and passes == 0 and used >= max_attempts + granted


def evaluate(f: Facts, t: Thresholds) -> list[str]:
    """The flags of one learner, in the order of ALL."""
    if f.last_activity is not None:
        quiet = f.last_activity < t.inactive_before
    else:
        quiet = f.linked_at is not None and f.linked_at < t.inactive_before
    result = []
    if quiet:
        result.append(INACTIVE)
    # Still coming back (so not "inactive"), but no step completed for a while.
    if (
        f.open_course
        and not quiet
        and f.last_activity is not None
        and f.last_progress is not None
        and f.last_progress < t.stalled_before
    ):
        result.append(STALLED)
    if f.failed_quizzes:
        result.append(FAILED)
    if f.exhausted_quizzes:
        result.append(EXHAUSTED)
    if f.confidence is not None and f.confidence <= t.low_confidence:
        result.append(LOW_CONFIDENCE)
    if f.last_completed_at is not None and f.last_completed_at >= t.completed_after:
        result.append(COMPLETED)
    return result


def label(flag: str, t: Thresholds | None = None) -> str:
    t = t or Thresholds.from_settings()
    labels = {
        INACTIVE: ngettext(
            "Inactif depuis %(n)d jour", "Inactif depuis %(n)d jours", t.inactive_days
        )
        % {"n": t.inactive_days},
        STALLED: ngettext("Bloqué depuis %(n)d jour", "Bloqué depuis %(n)d jours", t.stalled_days)
        % {"n": t.stalled_days},
        FAILED: ngettext("Quiz échoué %(n)d fois", "Quiz échoué %(n)d fois", t.failed_attempts)
        % {"n": t.failed_attempts},
        EXHAUSTED: _("Plus de tentative"),
        LOW_CONFIDENCE: _("Peu confiant"),
        COMPLETED: _("Cours terminé récemment"),
    }
    return str(labels[flag])


def short_labels() -> dict[str, str]:
    """Labels for the filter and summary strip (the same wording everywhere)."""
    t = Thresholds.from_settings()
    return {flag: label(flag, t) for flag in ALL}


def description(flag: str, t: Thresholds | None = None) -> str:
    t = t or Thresholds.from_settings()
    texts = {
        INACTIVE: _("Aucune activité depuis %(n)d jours ou plus.") % {"n": t.inactive_days},
        STALLED: _("Revient sur la plateforme mais n'a terminé aucune étape depuis %(n)d jours.")
        % {"n": t.stalled_days},
        FAILED: _("A échoué au moins %(n)d fois au même quiz, sans l'avoir réussi depuis.")
        % {"n": t.failed_attempts},
        EXHAUSTED: _("A utilisé toutes ses tentatives à un quiz sans le réussir."),
        LOW_CONFIDENCE: _("Sa dernière auto-évaluation est de %(n)d sur 5 ou moins.")
        % {"n": t.low_confidence},
        COMPLETED: _("A terminé un cours ces %(n)d derniers jours.")
        % {"n": t.recent_completion_days},
    }
    return str(texts[flag])

"""The caseload's flags: pure rules (no database access) over facts the caseload selector
annotates on each learner, with thresholds from settings.

Each rule is a Q condition over those annotated names, so the same definition filters in SQL
(filter, sort and paginate the caseload in the database) and marks each row.

Facts (annotated by selectors.caseload_queryset):
- last_activity: the latest of a step opened, a step completed, a quiz submitted, an enrolment;
  NULL when the learner has done nothing yet (then linked_at counts);
- last_progress: the latest step completed or enrolment;
- open_course: an enrolment not completed, with a step opened;
- failed_quizzes: quizzes failed at least COUNSELLING_FAILED_ATTEMPTS times and not passed since;
- exhausted_quizzes: graded quizzes with every allowed attempt used (grants included), not passed;
- confidence: the latest self-assessment answer (1-5), NULL if none;
- last_completed_at: the latest course completion.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

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


def conditions(t: Thresholds) -> dict[str, Q]:
    """flag -> condition over the annotated facts."""
    quiet = Q(last_activity__lt=t.inactive_before) | Q(
        last_activity__isnull=True, linked_at__lt=t.inactive_before
    )
    return {
        INACTIVE: quiet,
        # Still coming back (so not "inactive"), but no step completed for a while.
        STALLED: Q(open_course=True, last_progress__lt=t.stalled_before) & ~quiet,
        FAILED: Q(failed_quizzes__gt=0),
        EXHAUSTED: Q(exhausted_quizzes__gt=0),
        LOW_CONFIDENCE: Q(confidence__lte=t.low_confidence),
        COMPLETED: Q(last_completed_at__gte=t.completed_after),
    }


def label(flag: str, t: Thresholds | None = None) -> str:
    t = t or Thresholds.from_settings()
    labels = {
        INACTIVE: ngettext_lazy(
            "Inactif depuis %(n)d jour", "Inactif depuis %(n)d jours", t.inactive_days
        )
        % {"n": t.inactive_days},
        STALLED: ngettext_lazy(
            "Bloqué depuis %(n)d jour", "Bloqué depuis %(n)d jours", t.stalled_days
        )
        % {"n": t.stalled_days},
        FAILED: ngettext_lazy("Quiz échoué %(n)d fois", "Quiz échoué %(n)d fois", t.failed_attempts)
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

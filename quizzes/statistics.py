"""Item statistics of a quiz for editors (Moodle's quiz statistics, simplified).

Two queries whatever the number of attempts (the attempts, then their answers), computed in Python.

Definitions, over the submitted attempts in the date range:

- **attempts**, **mean score** (0-100) and **pass rate** (share of attempts passed; practice
  quizzes have none).
- **Facility index** of a question: the mean credit earned on it, as a percentage (100 = everyone
  answered it right; with partial credit, a half-right answer counts 0.5).
- **Discrimination index** (classic upper/lower groups method, as in Moodle's original item
  analysis): rank the N attempts by total score (ties broken by attempt id), take the
  ``g = max(1, round(0.27 * N))`` best attempts (upper group U) and the g weakest (lower group L);
  then ``D = (sum of credits on the question in U - sum of credits in L) / g``, from -1 to +1.
  A missing answer counts 0. D is not computed (None) with fewer than 2 attempts. A good question
  has D >= 0.3; D <= 0 means the strongest learners do no better on it than the weakest (a
  question to reread).
- **Wrong answers** (each question type decides, see ``QuestionType.statistics``): the spread of
  the answers that did not earn full credit, most frequent first, top ``SPREAD_SIZE``, with the
  number of distinct ones: the wrong choices picked (each wrongly ticked choice counts for
  multiple choice), every distinct wrong text typed (after normalisation) for short answers, so
  that an editor can add a variant to the accepted answers, the wrong orders for ordering
  questions. The first one is the "most chosen wrong answer".
- **Self-assessment**: never scored; reported as the number of answers at each level 1-5 and the
  mean level (blank answers aside).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from . import grading
from .models import QuizAnswer, QuizAttempt, QuizPage
from .question_types.base import SPREAD_SIZE

__all__ = ["SPREAD_SIZE", "QuestionStats", "QuizStats", "quiz_statistics", "write_csv"]

GROUP_SHARE = 0.27


@dataclass
class QuestionStats:
    number: int
    question: grading.Question
    answers: int = 0
    facility: float | None = None  # 0-100
    discrimination: float | None = None  # -1..1
    spread: list[tuple[str, int]] = field(default_factory=list)  # wrong answers, most frequent
    spread_distinct: int = 0  # distinct wrong answers (the spread shows the first SPREAD_SIZE)
    scale_counts: list[int] = field(default_factory=list)  # self-assessment: counts of 1..5
    scale_mean: float | None = None

    @property
    def type_label(self) -> str:
        return str(self.question.kind.label)

    @property
    def template(self) -> str:
        """The question type's template for its statistics cells (admin)."""
        return self.question.kind.stats_template

    @property
    def wrong_answer(self) -> str:
        return self.spread[0][0] if self.spread else ""

    @property
    def wrong_count(self) -> int:
        return self.spread[0][1] if self.spread else 0


@dataclass
class QuizStats:
    quiz: QuizPage
    date_from: dt.date | None
    date_to: dt.date | None
    attempts: int
    learners: int
    mean_score: float | None
    pass_rate: float | None  # 0-100; None for practice quizzes or no attempt
    questions: list[QuestionStats]


def _attempts(quiz: QuizPage, date_from, date_to) -> QuerySet:
    attempts = QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False)
    if date_from:
        attempts = attempts.filter(submitted_at__date__gte=date_from)
    if date_to:
        attempts = attempts.filter(submitted_at__date__lte=date_to)
    return attempts


def discrimination_index(ranked_attempt_ids: list[int], credits: dict[int, float]) -> float | None:
    """D for one question (see the module docstring); ranked_attempt_ids: best first."""
    n = len(ranked_attempt_ids)
    if n < 2:
        return None
    g = max(1, round(GROUP_SHARE * n))
    upper, lower = ranked_attempt_ids[:g], ranked_attempt_ids[-g:]
    return (sum(credits.get(a, 0.0) for a in upper) - sum(credits.get(a, 0.0) for a in lower)) / g


def quiz_statistics(
    quiz: QuizPage, *, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> QuizStats:
    attempts = list(
        _attempts(quiz, date_from, date_to).values_list("id", "user_id", "score", "passed")
    )
    answers = QuizAnswer.objects.filter(
        attempt__in=_attempts(quiz, date_from, date_to)
    ).values_list("attempt_id", "question_id", "response", "credit")

    by_question: dict[str, list[tuple[int, object, float | None]]] = defaultdict(list)
    for attempt_id, question_id, response, credit in answers:
        by_question[question_id].append((attempt_id, response, credit))

    ranked = [a[0] for a in sorted(attempts, key=lambda a: (-(a[2] or 0.0), a[0]))]
    scores = [a[2] for a in attempts if a[2] is not None]
    passes = [a[3] for a in attempts if a[3] is not None]

    question_stats = []
    for number, question in enumerate(quiz.get_questions(), start=1):
        rows = by_question.get(question.id, [])
        stats = QuestionStats(number=number, question=question, answers=len(rows))
        if question.kind.graded and rows:
            credits = {a: (c or 0.0) for a, _r, c in rows}
            stats.facility = 100.0 * sum(credits.values()) / len(rows)
            stats.discrimination = discrimination_index(ranked, credits)
        for name, value in question.kind.statistics(question, rows).items():
            setattr(stats, name, value)
        question_stats.append(stats)

    return QuizStats(
        quiz=quiz,
        date_from=date_from,
        date_to=date_to,
        attempts=len(attempts),
        learners=len({a[1] for a in attempts}),
        mean_score=sum(scores) / len(scores) if scores else None,
        pass_rate=100.0 * sum(passes) / len(passes) if passes and not quiz.is_practice else None,
        questions=question_stats,
    )


def _cell(value) -> str:
    """CSV cells that a spreadsheet would run as formulas are defused with a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _number(value, digits=1) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def write_csv(stats: QuizStats, out) -> None:
    writer = csv.writer(out)
    writer.writerow([_cell(v) for v in (_("Quiz"), stats.quiz.title)])
    writer.writerow(
        [
            _("Période"),
            stats.date_from.isoformat() if stats.date_from else "",
            stats.date_to.isoformat() if stats.date_to else "",
        ]
    )
    writer.writerow([_("Tentatives"), stats.attempts])
    writer.writerow([_("Apprenants"), stats.learners])
    writer.writerow([_("Score moyen (%)"), _number(stats.mean_score)])
    writer.writerow([_("Taux de réussite (%)"), _number(stats.pass_rate)])
    writer.writerow([])
    writer.writerow(
        [
            _("N°"),
            _("Identifiant"),
            _("Type"),
            _("Question"),
            _("Réponses"),
            _("Indice de facilité (%)"),
            _("Indice de discrimination"),
            _("Mauvaise réponse la plus choisie"),
            _("Nombre"),
            _("Auto-évaluation : réponses 1 à 5"),
            _("Auto-évaluation : moyenne"),
            _("Mauvaises réponses (nombre)"),
        ]
    )
    for q in stats.questions:
        writer.writerow(
            [
                q.number,
                q.question.id,
                q.type_label,
                _cell(q.question.prompt),
                q.answers,
                _number(q.facility),
                _number(q.discrimination, 2),
                _cell(q.wrong_answer),
                q.wrong_count or "",
                " / ".join(str(c) for c in q.scale_counts),
                _number(q.scale_mean, 2),
                _cell(" ; ".join(f"{label} ({count})" for label, count in q.spread)),
            ]
        )

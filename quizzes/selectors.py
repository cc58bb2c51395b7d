"""Read-side queries about quiz attempts, each with a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse

from . import grading
from .models import AttemptGrant, QuizAnswer, QuizAttempt, QuizPage
from .pages import FeedbackTiming, GradingMethod


@dataclass
class QuizOverview:
    """A learner's situation on one quiz."""

    quiz: QuizPage
    submitted: list[QuizAttempt]  # oldest first
    open_attempt: QuizAttempt | None
    limit: int | None
    granted: int = 0  # extra attempts given by a counsellor (AttemptGrant)

    @property
    def attempts_used(self) -> int:
        return len(self.submitted) + (1 if self.open_attempt else 0)

    @property
    def attempts_allowed(self) -> int | None:
        """The quiz's limit plus the attempts a counsellor granted (None: unlimited)."""
        return None if self.limit is None else self.limit + self.granted

    @property
    def attempts_left(self) -> int | None:
        if self.limit is None:
            return None
        return max(0, self.attempts_allowed - len(self.submitted))

    @property
    def has_passed(self) -> bool:
        return any(a.passed for a in self.submitted)

    @property
    def can_start(self) -> bool:
        return self.open_attempt is None and (self.attempts_left is None or self.attempts_left > 0)

    @property
    def grade(self) -> float | None:
        """The quiz grade by the quiz's grading method (None before any graded attempt)."""
        graded = [a for a in self.submitted if a.score is not None and not a.is_practice]
        if not graded:
            return None
        if self.quiz.grading_method == GradingMethod.LAST:
            return graded[-1].score
        return max(a.score for a in graded)

    @property
    def feedback_allowed(self) -> bool:
        return feedback_allowed(self.quiz, self.submitted, self.limit)


def feedback_allowed(quiz: QuizPage, submitted: list[QuizAttempt], limit: int | None) -> bool:
    """Correct answers and explanations are shown immediately, or once the learner has passed the
    quiz or used every attempt (feedback timing). Practice quizzes always show them."""
    if quiz.is_practice or quiz.feedback_timing == FeedbackTiming.IMMEDIATE:
        return True
    if any(a.passed for a in submitted):
        return True
    return limit is not None and len(submitted) >= limit


def granted_attempts(*, user_ref, quiz_ref) -> Coalesce:
    """The number of attempts granted to a learner on a quiz, as a subquery expression."""
    grants = (
        AttemptGrant.objects.filter(learner=user_ref, quiz=quiz_ref)
        .values("learner")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(grants, output_field=IntegerField()), 0)


def quiz_overview(user, quiz: QuizPage) -> QuizOverview:
    """One query (grants ride along on the attempt rows: there are none before an attempt)."""
    attempts = list(
        QuizAttempt.objects.filter(user=user, quiz=quiz)
        .annotate(granted=granted_attempts(user_ref=OuterRef("user"), quiz_ref=OuterRef("quiz")))
        .order_by("number")
    )
    return QuizOverview(
        quiz=quiz,
        submitted=[a for a in attempts if a.submitted_at is not None],
        open_attempt=next((a for a in attempts if a.submitted_at is None), None),
        limit=quiz.attempt_limit,
        granted=attempts[0].granted if attempts else 0,
    )


@dataclass
class AnswerReview:
    number: int
    question: grading.Question
    answer: QuizAnswer | None
    choices: tuple  # as shown in the attempt
    selected: set
    text: str
    order: list  # ordering: the learner's order as Choice objects
    scale: int | None

    @property
    def choice_rows(self) -> list[dict]:
        return [{"choice": c, "selected": c.id in self.selected} for c in self.choices]

    @property
    def status(self) -> str:
        """ "correct", "partial", "wrong", or "ungraded" (self-assessment, or no answer kept)."""
        if self.answer is None or self.answer.credit is None:
            return "ungraded"
        if self.answer.credit >= 1:
            return "correct"
        return "partial" if self.answer.credit > 0 else "wrong"

    @property
    def selected_feedback(self) -> list:
        return [c for c in self.choices if c.id in self.selected and c.feedback]


def attempt_review(attempt: QuizAttempt) -> list[AnswerReview]:
    """Each question of a submitted attempt with the learner's answer (attempt.quiz and
    attempt.answers should be loaded: see attempt_for_owner)."""
    answers = {a.question_id: a for a in attempt.answers.all()}
    questions = grading.attempt_questions(attempt.quiz.get_questions(), attempt.question_order)
    rows = []
    for number, question in enumerate(questions, start=1):
        answer = answers.get(question.id)
        response = answer.response if answer else None
        choices = grading.displayed_choices(question, attempt.choice_order or {})
        selected: set = set()
        text = ""
        order: list = []
        scale = None
        if isinstance(response, str) and question.type in grading.CHOICE_TYPES:
            selected = {response}
        elif isinstance(response, list) and question.type == grading.MULTIPLE_CHOICE:
            selected = set(response)
        elif isinstance(response, str) and question.type == grading.SHORT_TEXT:
            text = response
        elif isinstance(response, list) and question.type == grading.ORDERING:
            by_id = {c.id: c for c in question.choices}
            order = [by_id[i] for i in response if i in by_id]
        elif isinstance(response, int):
            scale = response
        rows.append(AnswerReview(number, question, answer, choices, selected, text, order, scale))
    return rows


def attempt_for_owner(user, attempt_id: int) -> QuizAttempt | None:
    """A submitted or open attempt of `user`, with its quiz and answers: two queries."""
    return (
        QuizAttempt.objects.filter(pk=attempt_id, user=user)
        .select_related("quiz")
        .prefetch_related(Prefetch("answers", queryset=QuizAnswer.objects.order_by("pk")))
        .first()
    )


def recent_results(user, *, limit: int = 5) -> list[dict]:
    """The learner's latest submitted attempts, newest first, for the dashboard: one query
    (plus, once per process, Wagtail's cached site root paths for the URLs)."""
    attempts = (
        QuizAttempt.objects.filter(user=user, submitted_at__isnull=False)
        .select_related("quiz")
        .order_by("-submitted_at", "-pk")[:limit]
    )
    return [
        {
            "quiz_title": a.quiz.title,
            "quiz_url": a.quiz.url,
            "attempt_id": a.pk,
            "review_url": reverse("quizzes:attempt", args=[a.pk]),
            "number": a.number,
            "score": None if a.is_practice else a.score,
            "passed": a.passed,
            "is_practice": a.is_practice,
            "submitted_at": a.submitted_at,
        }
        for a in attempts
    ]

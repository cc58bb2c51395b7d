"""Quiz reads: attempts, reviews, recent results, the quizzes a user may edit."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page
from wagtail.permissions import policy_registry

from courses.models import StepCompletion
from courses.selectors import Outline, course_of_step, course_outline

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
    """THE feedback rule, for every view of an attempt (result and review page, data export...):
    whether correctness, correct answers and explanations may be shown. They are shown
    immediately, or once the learner has passed the quiz or used every attempt (feedback timing).
    Practice quizzes always show them. `submitted`: the learner's submitted attempts of `quiz`."""
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
    """One question of a submitted attempt, with what its type's review template shows."""

    number: int
    question: grading.Question
    answer: QuizAnswer | None
    choices: tuple  # as shown in the attempt
    context: dict = field(default_factory=dict)  # from the question type's review_context

    @property
    def template(self) -> str:
        return self.question.kind.review_template

    @property
    def status(self) -> str:
        """ "correct", "partial", "wrong", or "ungraded" (self-assessment, or no answer kept)."""
        if self.answer is None or self.answer.credit is None:
            return "ungraded"
        if self.answer.credit >= 1:
            return "correct"
        return "partial" if self.answer.credit > 0 else "wrong"

    @property
    def missed(self) -> bool:
        return self.status in ("partial", "wrong")

    @property
    def blank(self) -> bool:
        """An optional question left blank."""
        return self.answer is not None and self.answer.response is None


class AttemptReview(list):
    """The AnswerReview rows of an attempt (a list), plus the lessons to revise:

    - ``missed_lessons``: the live lessons chosen by the editor for the questions answered wrong
      (or partly wrong), in question order, each once;
    - ``linked_lessons``: the lessons of every graded question, for when the corrections are
      withheld (listing only the missed ones would tell which answers were wrong).
    """

    missed_lessons: list
    linked_lessons: list


def attempt_review(attempt: QuizAttempt, answers: list | None = None) -> AttemptReview:
    """Each question of a submitted attempt with the learner's answer (attempt.quiz and
    attempt.answers should be loaded: see attempt_for_owner; `answers` replaces the stored ones,
    for an editor's preview). One more query when the questions name lessons to revise."""
    answers = {a.question_id: a for a in (attempt.answers.all() if answers is None else answers)}
    questions = grading.attempt_questions(attempt.quiz.get_questions(), attempt.question_order)
    rows = AttemptReview()
    for number, question in enumerate(questions, start=1):
        answer = answers.get(question.id)
        choices = grading.displayed_choices(question, attempt.choice_order or {})
        context = {}
        if answer is not None:
            credit = answer.credit
            context = question.kind.review_context(question, answer.response, choices, credit)
        rows.append(AnswerReview(number, question, answer, choices, context))
    linked = list(dict.fromkeys(r.question.lesson_id for r in rows if r.question.lesson_id))
    missed = {r.question.lesson_id for r in rows if r.missed}
    lessons = _live_pages(linked)
    rows.linked_lessons = lessons
    rows.missed_lessons = [p for p in lessons if p.pk in missed]
    return rows


def _live_pages(ids: list[int]) -> list[Page]:
    """Live pages by id, in the order of `ids`: one query (none without ids)."""
    if not ids:
        return []
    by_id = Page.objects.live().in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]


def lessons_to_do(*, user, quiz: QuizPage, outline: Outline | None = None) -> list[Page]:
    """The lessons the learner must still finish before the quiz opens: only for a quiz whose
    editor required them (``lessons_required``), the live steps of the quiz's module placed
    before it, other quizzes aside, without a StepCompletion of `user`. Decided on the server:
    the start service refuses while this is not empty.

    Queries: none when not required or signed out; one (completions), plus two when no outline
    is given (course, outline).
    """
    if not quiz.lessons_required or not getattr(user, "is_authenticated", False):
        return []
    outline = outline or course_outline(course_of_step(quiz))
    current = outline.step(quiz.pk)
    if current is None:  # not live (a draft), so not in the outline
        return []
    before = []
    for step in current.module.steps:
        if step.page.pk == quiz.pk:
            break
        if step.page.content_type_id != quiz.content_type_id:  # another quiz is not a lesson
            before.append(step.page)
    if not before:
        return []
    done = set(
        StepCompletion.objects.filter(
            user_id=user.pk, step_id__in=[p.pk for p in before]
        ).values_list("step_id", flat=True)
    )
    return [p for p in before if p.pk not in done]


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
            "review_url": a.quiz.result_url(a.pk),
            "number": a.number,
            "score": None if a.is_practice else a.score,
            "passed": a.passed,
            "is_practice": a.is_practice,
            "submitted_at": a.submitted_at,
        }
        for a in attempts
    ]


def quizzes_for_user(user):
    """The quiz pages `user` may edit (and so see the item statistics of)."""
    policy = policy_registry.get_by_type(Page)
    editable = policy.instances_user_has_permission_for(user, "change")
    return QuizPage.objects.filter(
        pk__in=editable.filter(content_type=ContentType.objects.get_for_model(QuizPage)).values(
            "pk"
        )
    )


def preview_attempt(quiz: QuizPage) -> tuple[QuizAttempt, list[QuizAnswer]]:
    """An unsaved attempt answering every question right, for the editors' preview of the result
    page (no database write)."""
    questions = quiz.get_questions()
    responses = {q.id: q.kind.correct_response(q) for q in questions}
    result = grading.grade(questions, {k: v for k, v in responses.items() if v is not None})
    attempt = QuizAttempt(
        quiz=quiz, number=1, question_order=[q.id for q in questions], choice_order={},
        score=result.score, passed=None if quiz.is_practice else result.passed(quiz.pass_mark),
        is_practice=quiz.is_practice, submitted_at=timezone.now(),
    )
    answers = [
        QuizAnswer(
            question_id=r.question_id, question_type=r.question_type, response=r.response,
            is_correct=r.is_correct, credit=r.credit,
        )
        for r in result.questions
    ]
    return attempt, answers

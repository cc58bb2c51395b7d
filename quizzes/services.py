"""State changes of quizzes: starting and submitting attempts. Keyword-only, transactional, safe to
repeat (a second start returns the open attempt; a second submit returns the first result)."""

from __future__ import annotations

import random

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.services import step_complete

from . import grading
from .models import AttemptGrant, QuizAnswer, QuizAttempt, QuizPage
from .selectors import lessons_to_do


class AttemptRefused(Exception):
    """An attempt cannot start now (the message is for the learner)."""


class AttemptLimitReached(AttemptRefused):
    """The learner has used every attempt the quiz allows."""


class LessonsNotDone(AttemptRefused):
    """The quiz requires the module's lessons before it (lessons_required), and some are not
    done yet (see selectors.lessons_to_do)."""


def _lessons_message(missing: list) -> str:
    if len(missing) == 1:
        return _("Terminez d'abord la leçon « %(title)s » : ce quiz s'ouvre ensuite.") % {
            "title": missing[0].title
        }
    return ngettext(
        "Terminez d'abord la leçon de ce module qui reste : ce quiz s'ouvre ensuite.",
        "Terminez d'abord les %(count)d leçons de ce module qui restent : ce quiz s'ouvre ensuite.",
        len(missing),
    ) % {"count": len(missing)}


def _orders(quiz: QuizPage, rng: random.Random) -> tuple[list[str], dict[str, list[str]]]:
    questions = quiz.get_questions()
    question_order = [q.id for q in questions]
    if quiz.shuffle_questions:
        rng.shuffle(question_order)
    choice_order: dict[str, list[str]] = {}
    for question in questions:
        ids = question.kind.display_order(question, shuffle_choices=quiz.shuffle_choices, rng=rng)
        if ids is not None:
            choice_order[question.id] = ids
    return question_order, choice_order


def attempt_start(*, user, quiz: QuizPage, rng: random.Random | None = None) -> QuizAttempt:
    """Start an attempt, or return the one in progress. Refused (AttemptRefused) past the attempt
    limit, and while lessons the quiz requires are not done (LessonsNotDone).

    The question and choice orders are drawn now and recorded, so the attempt always shows the
    same order (and the review shows what the learner saw).
    """
    rng = rng or random.SystemRandom()
    for _try in range(3):
        attempts = list(QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("number"))
        in_progress = next((a for a in attempts if a.submitted_at is None), None)
        if in_progress is not None:
            return in_progress
        limit = quiz.attempt_limit
        if limit is not None:
            limit += AttemptGrant.objects.filter(learner=user, quiz=quiz).count()
        if limit is not None and len(attempts) >= limit:
            raise AttemptLimitReached(
                ngettext(
                    "Vous avez utilisé votre tentative pour ce quiz. Vous pouvez relire vos "
                    "réponses et les explications.",
                    "Vous avez utilisé vos %(count)d tentatives pour ce quiz. Vous pouvez relire "
                    "vos réponses et les explications.",
                    limit,
                )
                % {"count": limit}
            )
        missing = lessons_to_do(user=user, quiz=quiz)
        if missing:
            raise LessonsNotDone(_lessons_message(missing))
        question_order, choice_order = _orders(quiz, rng)
        try:
            with transaction.atomic():
                return QuizAttempt.objects.create(
                    user=user,
                    quiz=quiz,
                    number=(attempts[-1].number + 1) if attempts else 1,
                    question_order=question_order,
                    choice_order=choice_order,
                    is_practice=quiz.is_practice,
                )
        except IntegrityError:
            continue  # a concurrent start won the race: read again
    raise AttemptLimitReached(_("Impossible de commencer le quiz pour le moment. Réessayez."))


def attempt_submit(*, attempt: QuizAttempt, answers: dict) -> QuizAttempt:
    """Grade and record an attempt once; a repeated or concurrent submission returns it unchanged.

    `answers` maps question ids to responses (see quizzes.grading); ill-formed answers raise
    grading.InvalidAnswers and record nothing. A passed attempt (or any practice submission)
    completes the quiz step of the course. Queries: a constant number, whatever the number of
    questions (the answers are bulk-created).
    """
    with transaction.atomic():
        locked = (
            QuizAttempt.objects.select_for_update(of=("self",))
            .select_related("quiz", "user")
            .get(pk=attempt.pk)
        )
        if locked.submitted_at is not None:
            return locked
        quiz = locked.quiz
        questions = grading.attempt_questions(quiz.get_questions(), locked.question_order)
        clean = grading.validate_answers(questions, answers)
        result = grading.grade(questions, clean)
        QuizAnswer.objects.bulk_create(
            [
                QuizAnswer(
                    attempt=locked,
                    question_id=r.question_id,
                    question_type=r.question_type,
                    response=r.response,
                    is_correct=r.is_correct,
                    credit=r.credit,
                )
                for r in result.questions
            ]
        )
        locked.score = result.score
        locked.is_practice = quiz.is_practice
        locked.passed = None if quiz.is_practice else result.passed(quiz.pass_mark)
        locked.submitted_at = timezone.now()
        locked.save(update_fields=["score", "passed", "submitted_at", "is_practice"])
        if locked.passed or quiz.is_practice:
            step_complete(user=locked.user, step=quiz)
    for name in ("score", "passed", "submitted_at", "is_practice"):
        setattr(attempt, name, getattr(locked, name))
    return locked


class GrantNotNeeded(Exception):
    """The learner can still start an attempt (or has passed): no extra attempt to give."""


def attempt_grant(*, learner, quiz: QuizPage, granted_by, reason: str = "") -> AttemptGrant:
    """Give a learner who has used every attempt of a quiz one more, recorded with who and why.

    Refused (GrantNotNeeded) when the quiz has no limit, is passed, or attempts are left; a
    repeated or concurrent call for the same situation returns the grant already recorded.
    """
    submitted = QuizAttempt.objects.filter(user=learner, quiz=quiz, submitted_at__isnull=False)
    used = submitted.count()
    existing = AttemptGrant.objects.filter(learner=learner, quiz=quiz, after_attempts=used).first()
    if existing is not None:
        return existing
    limit = quiz.attempt_limit
    granted = AttemptGrant.objects.filter(learner=learner, quiz=quiz).count()
    if limit is None or submitted.filter(passed=True).exists() or used < limit + granted:
        raise GrantNotNeeded
    try:
        with transaction.atomic():
            return AttemptGrant.objects.create(
                learner=learner,
                quiz=quiz,
                granted_by=granted_by,
                reason=(reason or "").strip()[:300],
                after_attempts=used,
            )
    except IntegrityError:  # the same grant, recorded by a concurrent request
        return AttemptGrant.objects.get(learner=learner, quiz=quiz, after_attempts=used)

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Enrollment, StepCompletion
from quizzes.grading import InvalidAnswers
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import AttemptLimitReached, attempt_start, attempt_submit
from tests.quizzes.factories import QuizPageFactory, many_questions, sample_questions
from tests.support.caches import cold_outlines

pytestmark = pytest.mark.django_db


def wrong_answers():
    return {
        "q-single": "c-loisirs",
        "q-multi": ["c-religion"],
        "q-tf": "false",
        "q-text": "un CV",
        "q-order": ["o-4", "o-3", "o-2", "o-1"],
        "q-self": 2,
    }


def test_start_records_orders_and_reuses_the_open_attempt(learner):
    quiz = QuizPageFactory(shuffle_questions=True, shuffle_choices=True)
    attempt = attempt_start(user=learner, quiz=quiz, rng=random.Random(1))
    assert attempt.number == 1
    assert sorted(attempt.question_order) == sorted(q.id for q in quiz.get_questions())
    # Ordering items are shuffled (see test_display_order); choices are recorded per question.
    assert sorted(attempt.choice_order["q-order"]) == ["o-1", "o-2", "o-3", "o-4"]
    assert sorted(attempt.choice_order["q-single"]) == ["c-formation", "c-loisirs", "c-photo"]
    assert "q-text" not in attempt.choice_order
    assert attempt_start(user=learner, quiz=quiz) == attempt
    assert QuizAttempt.objects.count() == 1


def test_without_shuffle_the_authored_order_is_kept(learner):
    quiz = QuizPageFactory()
    attempt = attempt_start(user=learner, quiz=quiz)
    assert attempt.question_order == [q.id for q in quiz.get_questions()]
    assert attempt.choice_order["q-single"] == ["c-formation", "c-loisirs", "c-photo"]


def test_submit_grades_stores_every_answer_and_completes_the_step(learner):
    quiz = QuizPageFactory()
    _questions, key = sample_questions()
    attempt = attempt_start(user=learner, quiz=quiz)
    result = attempt_submit(attempt=attempt, answers=key)
    assert result.score == 100.0 and result.passed is True and result.submitted_at
    rows = {a.question_id: a for a in QuizAnswer.objects.filter(attempt=attempt)}
    assert set(rows) == {"q-single", "q-multi", "q-tf", "q-text", "q-order", "q-self"}
    assert rows["q-text"].response == "Lettre de Motivation !"
    assert rows["q-self"].response == 3 and rows["q-self"].credit is None
    assert rows["q-self"].is_correct is None
    assert rows["q-multi"].is_correct is True
    assert StepCompletion.objects.filter(user=learner, step_id=quiz.pk).exists()
    assert Enrollment.objects.filter(user=learner).exists()


def test_failed_attempt_does_not_complete_the_step(learner):
    quiz = QuizPageFactory()
    attempt = attempt_start(user=learner, quiz=quiz)
    result = attempt_submit(attempt=attempt, answers=wrong_answers())
    assert result.score == 0.0 and result.passed is False
    assert not StepCompletion.objects.filter(user=learner).exists()


def test_practice_quiz_completes_on_submission_and_keeps_no_pass_flag(learner):
    quiz = QuizPageFactory(is_practice=True, max_attempts=1)
    attempt = attempt_start(user=learner, quiz=quiz)
    result = attempt_submit(attempt=attempt, answers=wrong_answers())
    assert result.passed is None and result.is_practice
    assert StepCompletion.objects.filter(user=learner, step_id=quiz.pk).exists()
    # Practice never blocks: the attempt limit does not apply.
    assert attempt_start(user=learner, quiz=quiz).number == 2


def test_submitting_twice_grades_once(learner):
    quiz = QuizPageFactory()
    _questions, key = sample_questions()
    attempt = attempt_start(user=learner, quiz=quiz)
    first = attempt_submit(attempt=attempt, answers=wrong_answers())
    again = attempt_submit(attempt=QuizAttempt.objects.get(pk=attempt.pk), answers=key)
    assert again.score == first.score == 0.0
    assert again.submitted_at == first.submitted_at
    assert QuizAnswer.objects.filter(attempt=attempt).count() == 6


def test_attempts_past_the_limit_are_refused(learner):
    quiz = QuizPageFactory(max_attempts=2)
    for _ in range(2):
        attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers())
    with pytest.raises(AttemptLimitReached, match="vos 2 tentatives"):
        attempt_start(user=learner, quiz=quiz)
    assert QuizAttempt.objects.filter(user=learner).count() == 2


def test_invalid_answers_record_nothing(learner):
    quiz = QuizPageFactory()
    attempt = attempt_start(user=learner, quiz=quiz)
    answers = wrong_answers() | {"q-single": "c-inconnu"}
    with pytest.raises(InvalidAnswers):
        attempt_submit(attempt=attempt, answers=answers)
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.score is None
    assert not QuizAnswer.objects.exists()


def _submit_queries(learner, n):
    quiz = QuizPageFactory(questions=many_questions(n))
    attempt = attempt_start(user=learner, quiz=quiz)
    answers = {f"q-{i}": f"q-{i}-a" for i in range(n)}
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    cold_outlines()
    with CaptureQueriesContext(connection) as ctx:
        result = attempt_submit(attempt=attempt, answers=answers)
    assert result.passed and QuizAnswer.objects.filter(attempt=attempt).count() == n
    return len(ctx.captured_queries)


def test_submit_query_count_does_not_grow_with_questions(learner):
    at_5 = _submit_queries(learner, 5)
    at_50 = _submit_queries(learner, 50)
    print(f"submit queries: 5 questions -> {at_5}, 50 questions -> {at_50}")
    assert at_5 == at_50
    # 5 of ours (incl. savepoint) + step_complete (enrol, complete, record activity, course done)
    assert at_5 <= 21

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder

from quizzes.personal_data import personal_data
from quizzes.selectors import recent_results
from quizzes.services import attempt_start, attempt_submit
from tests.quizzes.factories import QuizPageFactory, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db


def test_recent_results_newest_first_with_a_fixed_query_count(
    learner, other_learner, django_assert_num_queries
):
    graded, practice = QuizPageFactory(title="Quiz CV"), QuizPageFactory(is_practice=True)
    _q, key = sample_questions()
    attempt_submit(attempt=attempt_start(user=learner, quiz=graded), answers=wrong_answers())
    attempt_submit(attempt=attempt_start(user=learner, quiz=graded), answers=key)
    attempt_submit(attempt=attempt_start(user=learner, quiz=practice), answers=key)
    attempt_start(user=learner, quiz=graded)  # open: not a result
    attempt_submit(attempt=attempt_start(user=other_learner, quiz=graded), answers=key)
    recent_results(learner)  # warm Wagtail's site root paths cache
    with django_assert_num_queries(1):
        results = recent_results(learner)
    assert [r["is_practice"] for r in results] == [True, False, False]
    assert results[0]["score"] is None and results[0]["passed"] is None
    assert results[1]["quiz_title"] == "Quiz CV" and results[1]["score"] == 100.0
    assert results[1]["passed"] is True and results[1]["quiz_url"] == graded.url
    assert results[2]["passed"] is False and results[2]["submitted_at"]
    assert len(recent_results(learner, limit=2)) == 2


def test_personal_data_has_every_attempt_and_answer(learner, other_learner):
    quiz = QuizPageFactory()
    attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers())
    attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=attempt_start(user=other_learner, quiz=quiz), answers=wrong_answers())
    data = personal_data(learner)
    json.dumps(data, cls=DjangoJSONEncoder)  # exportable as JSON
    attempts = data["quiz_attempts"]
    assert [a["number"] for a in attempts] == [1, 2]
    assert attempts[1]["submitted_at"] is None and attempts[1]["answers"] == []
    answers = {a["question"]: a for a in attempts[0]["answers"]}
    assert answers["Comment appelle-t-on la lettre qui accompagne un CV ?"]["answer"] == "un CV"
    assert answers["À quel point êtes-vous à l'aise pour rédiger votre CV ?"]["answer"] == (
        "2 sur 5 (1 = Pas du tout à l'aise, 5 = Tout à fait à l'aise)"
    )


@pytest.mark.parametrize("method, expected", [("highest", 100.0), ("last", 0.0)])
def test_grade_across_attempts_follows_the_grading_method(learner, method, expected):
    from quizzes.selectors import quiz_overview

    quiz = QuizPageFactory(grading_method=method, max_attempts=3)
    _q, key = sample_questions()
    attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=key)
    attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers())
    overview = quiz_overview(learner, quiz)
    assert overview.grade == expected
    assert overview.has_passed and overview.attempts_left == 1 and overview.can_start

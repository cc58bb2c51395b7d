"""Property-based tests of the submit endpoint: whatever a browser sends, never a 500, and never a
recorded answer that is not what grading.validate_answers and grading.grade would produce."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes import grading
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import attempt_start
from tests.quizzes.factories import QuizPageFactory, form_data, sample_questions

pytestmark = pytest.mark.django_db

printable = st.characters(blacklist_categories=("Cs",))  # what a browser can encode
texts = st.text(alphabet=printable, max_size=30)
values = st.one_of(
    texts,
    st.text(alphabet=printable, min_size=190, max_size=260),  # around the length limit
    st.sampled_from(
        [
            "c-formation",
            "c-loisirs",
            "c-photo",
            "c-coord",
            "c-exp",
            "c-religion",
            "true",
            "false",
            "1",
            "2",
            "3",
            "4",
            "5",
            "0",
            "-1",
            "6",
            "o-1",
            "",
            " ",
            "9999999999999999999",
            "1.5",
            "\x00",
            "<script>alert(1)</script>",
            "q-single",
        ]
    ),
    st.lists(texts, max_size=4),
)
KEY_NAMES = [
    "q_q-single",
    "q_q-multi",
    "q_q-tf",
    "q_q-text",
    "q_q-self",
    "q_q-order__o-1",
    "q_q-order__o-2",
    "q_q-order__o-3",
    "q_q-order__o-4",
    "q_q-order",
    "q_autre",
    "attempt",
    "action",
]
mutations = st.dictionaries(st.one_of(st.sampled_from(KEY_NAMES), texts), values, max_size=6)
removals = st.lists(st.sampled_from(KEY_NAMES), max_size=4, unique=True)


@pytest.fixture
def quiz_and_learner(learner):
    return QuizPageFactory(), learner


def check_recorded(attempt, quiz):
    rows = {a.question_id: a for a in QuizAnswer.objects.filter(attempt=attempt)}
    questions = grading.attempt_questions(quiz.get_questions(), attempt.question_order)
    answers = {qid: row.response for qid, row in rows.items()}
    clean = grading.validate_answers(questions, answers)  # raises if a wrong row was recorded
    result = grading.grade(questions, clean)
    assert attempt.score == result.score
    for r in result.questions:
        assert rows[r.question_id].credit == r.credit
        assert rows[r.question_id].is_correct == r.is_correct


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutations=mutations, removals=removals, start_valid=st.booleans())
def test_tampered_posts_never_500_and_record_nothing_wrong(
    client, quiz_and_learner, mutations, removals, start_valid
):
    quiz, learner = quiz_and_learner
    client.force_login(learner)
    attempt = attempt_start(user=learner, quiz=quiz)
    data = form_data(attempt, sample_questions()[1]) if start_valid else {"action": "submit"}
    for key in removals:
        data.pop(key, None)
    data.update(mutations)
    response = client.post(quiz.url, data)
    assert response.status_code in (302, 400), response.status_code
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    if attempt.submitted_at is None:
        assert not QuizAnswer.objects.filter(attempt=attempt).exists()
    else:
        check_recorded(attempt, quiz)
    # Every recorded answer row, of every attempt so far, is a well-formed one.
    for submitted in QuizAttempt.objects.filter(submitted_at__isnull=False):
        check_recorded(submitted, quiz)

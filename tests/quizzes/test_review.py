"""The review of an attempt: a wrong choice is marked wrong in words and with an icon (not by
colour alone); the optional self-assessment; short answers marked as a person would."""

import re

import pytest
from django.urls import reverse

from quizzes import grading
from quizzes.grading import Question, validate_answers
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from quizzes.statistics import quiz_statistics
from tests.factories import UserFactory
from tests.quizzes.factories import QuizPageFactory, form_data, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db


def review_html(client, user, quiz, answers):
    attempt = attempt_submit(attempt=attempt_start(user=user, quiz=quiz), answers=answers)
    client.force_login(user)
    return client.get(reverse("quizzes:attempt", args=[attempt.pk]), follow=True).content.decode()


def choice_item(html, text):
    """The <li> of a choice in the review."""
    match = re.search(
        r"<li class=\"flex flex-col gap-1 rounded-md[^>]*>(?:(?!</li>).)*?<span>"
        + re.escape(text)
        + r"</span>(?:(?!</li>).)*</li>",
        html,
        re.S,
    )
    assert match, text
    return match.group(0)


def test_a_wrong_choice_is_marked_incorrect_in_words(client, learner):
    html = review_html(client, learner, QuizPageFactory(), wrong_answers())
    wrong = choice_item(html, "Les loisirs")
    assert "Votre choix — incorrect" in wrong and "<svg aria-hidden" in wrong
    right = choice_item(html, "La formation")
    assert "Bonne réponse" in right and "Votre choix" not in right
    missed = choice_item(html, "Vos coordonnées")  # a correct choice not ticked
    assert "Bonne réponse, non cochée" in missed
    assert "mal placé" in html  # ordering items, in words too


def test_a_right_choice_is_marked_correct(client, learner):
    html = review_html(client, learner, QuizPageFactory(), sample_questions()[1])
    assert "Votre choix — correct" in choice_item(html, "La formation")
    assert "incorrect" not in html and "bien placé" in html


def test_without_feedback_a_choice_is_only_the_learners_choice(client, learner):
    quiz = QuizPageFactory(max_attempts=3, feedback_timing="after_pass_or_last")
    html = review_html(client, learner, quiz, wrong_answers())
    assert "Votre choix" in choice_item(html, "Les loisirs")
    assert "Votre choix — " not in html and "placé" not in html


# -- the optional self-assessment ------------------------------------------------------------------


def test_validate_answers_accepts_a_missing_or_blank_self_assessment():
    scale = Question("x", grading.SELF_ASSESSMENT, "?")
    assert validate_answers([scale], {}) == {"x": None}
    assert validate_answers([scale], {"x": None}) == {"x": None}
    result = grading.grade([scale], {})
    assert result.questions[0].response is None and result.questions[0].credit is None


def test_the_form_does_not_require_the_self_assessment(client, learner):
    quiz = QuizPageFactory()
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    attempt = QuizAttempt.objects.get(user=learner)
    page = client.get(quiz.url).content.decode()
    assert "Facultatif." in page
    key = sample_questions()[1]
    key.pop("q-self")
    response = client.post(quiz.url, form_data(attempt, key))
    assert response.status_code == 302
    row = QuizAnswer.objects.get(attempt=attempt, question_id="q-self")
    assert row.response is None and row.credit is None and row.is_correct is None
    attempt.refresh_from_db()
    assert attempt.score == 100.0
    html = client.get(response["Location"]).content.decode()
    assert "Vous n'avez pas répondu à cette question facultative." in html
    # Statistics count the levels given, not the blank.
    other = UserFactory()
    attempt_submit(attempt=attempt_start(user=other, quiz=quiz), answers=wrong_answers())
    stats = {q.question.id: q for q in quiz_statistics(quiz).questions}
    assert stats["q-self"].scale_counts == [0, 1, 0, 0, 0] and stats["q-self"].answers == 2


def test_a_graded_question_is_still_required(client, learner):
    quiz = QuizPageFactory()
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    attempt = QuizAttempt.objects.get(user=learner)
    key = sample_questions()[1]
    key.pop("q-text")
    assert client.post(quiz.url, form_data(attempt, key)).status_code == 400


# -- short answers, through the whole flow ---------------------------------------------------------


@pytest.mark.parametrize(
    "typed, right",
    [
        ("la lettre de motivation", True),
        ("une lettre de motivaton", True),
        ("lettre de candidatur", True),
        ("un CV", False),
    ],
)
def test_short_answers_are_marked_as_a_person_would(learner, typed, right):
    quiz = QuizPageFactory()
    attempt = attempt_submit(
        attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers() | {"q-text": typed}
    )
    assert QuizAnswer.objects.get(attempt=attempt, question_id="q-text").is_correct is right

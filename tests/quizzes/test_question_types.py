"""The question type registry: the one list of types, and adding a type is one class + one
registration. A throw-away "numeric answer" type is registered here, used end to end (quiz, form,
submission, grading, review, statistics, export), then unregistered."""

import math
import random
from dataclasses import dataclass

import pytest
from django import forms
from django.urls import reverse
from wagtail import blocks

from quizzes import grading, stream_data
from quizzes.blocks import QuestionStreamBlock
from quizzes.models import QuizAnswer, QuizAttempt, QuizPage
from quizzes.personal_data import personal_data
from quizzes.question_types import InvalidAnswers, Question, QuestionType, registry
from quizzes.question_types.base import QuestionBase, field_name
from quizzes.statistics import quiz_statistics
from tests.factories import UserFactory
from tests.quizzes.factories import QuizPageFactory, sample_questions

BUILT_IN = (
    "single_choice",
    "multiple_choice",
    "true_false",
    "short_text",
    "ordering",
    "self_assessment",
)


# -- the throw-away type: ONE class (and its block), ONE registration ----------------------------


class NumericBlock(QuestionBase):
    expected = blocks.FloatBlock(label="Valeur attendue")
    tolerance = blocks.FloatBlock(label="Écart toléré", required=False)


@dataclass(frozen=True)
class NumericQuestion(Question):
    expected: float = 0.0
    tolerance: float = 0.0


class NumericAnswer(QuestionType):
    """Response: a finite number; credit 1 within the tolerance."""

    name = "numeric_answer"
    label = "Réponse chiffrée"
    block_class = NumericBlock

    def question_from_block(self, child):
        value = child.value
        return NumericQuestion(
            **self.common(child),
            expected=float(value["expected"]),
            tolerance=float(value.get("tolerance") or 0),
        )

    def add_fields(self, fields, question, choices):
        name = field_name(question.id)
        fields[name] = forms.FloatField(label=question.prompt)
        return [name]

    def validate(self, question, response):
        if type(response) not in (int, float) or not math.isfinite(response):
            raise InvalidAnswers(f"bad number for {question.id}")
        return float(response)

    def credit(self, question, response):
        return 1.0 if abs(response - question.expected) <= question.tolerance else 0.0

    def correct_response(self, question):
        return question.expected

    def review_context(self, question, response, choices, credit):
        return {"text": self.answer_text(question, response), "expected": f"{question.expected:g}"}

    def answer_text(self, question, response):
        return f"{response:g}" if type(response) in (int, float) else ""


def numeric_block(prompt="Combien de semaines dure un préavis d'un mois ?", expected=4.0):
    return {
        "type": "numeric_answer",
        "id": "q-num",
        "value": {"question": prompt, "expected": expected, "tolerance": 0.5, "explanation": ""},
    }


@pytest.fixture
def numeric_type():
    registry.register(NumericAnswer())
    try:
        yield registry.get("numeric_answer")
    finally:
        registry.unregister("numeric_answer")


def quiz_field_blocks():
    return QuizPage._meta.get_field("questions").stream_block.child_blocks


# -- the registry ---------------------------------------------------------------------------------


def test_the_registry_lists_the_built_in_types_and_builds_the_stream_block():
    assert registry.names() == BUILT_IN
    assert tuple(quiz_field_blocks()) == BUILT_IN
    assert tuple(QuestionStreamBlock().child_blocks) == BUILT_IN
    assert grading.QUESTION_TYPES == BUILT_IN
    assert grading.GRADED_TYPES == BUILT_IN[:-1]


def test_a_name_is_registered_once():
    with pytest.raises(ValueError):
        registry.register(QuestionType())  # no name
    with pytest.raises(ValueError):
        registry.register(type(registry.get("ordering"))())
    with pytest.raises(registry.UnknownQuestionType):
        registry.get("numeric_answer")


def test_grading_refuses_an_unregistered_type():
    question = Question("q", "numeric_answer", "?")
    with pytest.raises(InvalidAnswers):
        grading.grade([question], {"q": 1})
    with pytest.raises(InvalidAnswers):
        grading.validate_answers([question], {"q": 1})


def test_registering_reaches_existing_stream_blocks_and_unregistering_removes_it(numeric_type):
    assert "numeric_answer" in quiz_field_blocks()
    assert grading.QUESTION_TYPES == BUILT_IN + ("numeric_answer",)
    registry.unregister("numeric_answer")
    assert "numeric_answer" not in quiz_field_blocks()
    assert registry.names() == BUILT_IN
    registry.register(NumericAnswer())  # for the fixture to take it out again


def test_every_type_gives_full_marks_to_its_correct_response(numeric_type, db):
    quiz = QuizPageFactory(questions=sample_questions()[0] + [numeric_block()])
    questions = quiz.get_questions()
    assert {q.type for q in questions} == set(registry.names())
    key = {q.id: q.kind.correct_response(q) for q in questions}
    key = {k: v for k, v in key.items() if v is not None}  # the optional self-assessment left out
    result = grading.grade(questions, grading.validate_answers(questions, key))
    assert result.score == 100.0
    for question in questions:
        order = question.kind.display_order(question, shuffle_choices=True, rng=random.Random(3))
        assert order is None or sorted(order) == sorted(question.choice_ids)


# -- the throw-away type end to end ---------------------------------------------------------------


@pytest.mark.django_db
def test_a_new_type_works_end_to_end(client, numeric_type, editor):
    single = stream_data.single_choice(
        "Un préavis se négocie-t-il ?",
        [("Parfois", True), ("Jamais", False)],
        id="q-single",
        ids=["c-oui", "c-non"],
    )
    quiz = QuizPageFactory(questions=[numeric_block(), single], max_attempts=2)
    assert [q.type for q in QuizPage.objects.get(pk=quiz.pk).get_questions()] == [
        "numeric_answer",
        "single_choice",
    ]
    learner = UserFactory()
    client.force_login(learner)

    # The form: the type's field, in the default text template.
    client.post(quiz.url, {"action": "start"})
    attempt = QuizAttempt.objects.get(user=learner, submitted_at__isnull=True)
    page = client.get(quiz.url).content.decode()
    assert 'name="q_q-num"' in page and "Combien de semaines" in page

    # A bad number re-renders the form (400); a good one is graded by the type.
    data = {"action": "submit", "attempt": attempt.pk, "q_q-single": "c-oui"}
    assert client.post(quiz.url, data | {"q_q-num": "beaucoup"}).status_code == 400
    response = client.post(quiz.url, data | {"q_q-num": "4.2"})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100.0 and attempt.passed
    row = QuizAnswer.objects.get(attempt=attempt, question_id="q-num")
    assert (row.question_type, row.response, row.credit) == ("numeric_answer", 4.2, 1.0)

    # The review: the type's review context in the default template.
    review = client.get(reverse("quizzes:attempt", args=[attempt.pk]), follow=True).content.decode()
    assert "4.2" in review and "Bonne réponse :" in review

    # Statistics: facility and the spread of wrong answers, from the type.
    other = UserFactory()
    client.force_login(other)
    client.post(quiz.url, {"action": "start"})
    wrong = QuizAttempt.objects.get(user=other)
    data = {"action": "submit", "attempt": wrong.pk, "q_q-single": "c-non"}
    client.post(quiz.url, data | {"q_q-num": "12"})
    stats = {q.question.id: q for q in quiz_statistics(quiz).questions}
    assert stats["q-num"].facility == 50.0 and stats["q-num"].spread == [("12", 1)]
    assert stats["q-num"].type_label == "Réponse chiffrée"
    client.force_login(editor)
    html = client.get(reverse("quiz_stats:detail", args=[quiz.pk])).content.decode()
    assert "<li>12 (1)</li>" in html and "Réponse chiffrée" in html

    # Export: the answer as text.
    exported = personal_data(learner)["quiz_attempts"][0]["answers"]
    assert exported[0]["answer"] == "4.2" and exported[0]["question_type"] == "Réponse chiffrée"

"""Grading: a pure function from (questions, answers) to a result. No database, no request.

Questions are plain frozen dataclasses built from the quiz's StreamField (see
``quizzes.blocks.questions_from_stream``); answers are a dict ``{question_id: response}``:

===============  =================================================  =========================
question type    response                                           credit (0 to 1)
===============  =================================================  =========================
single_choice    the id (str) of the chosen choice                  1 if it is the correct one
true_false       "true" or "false"                                  1 if it is the right one
multiple_choice  a list of chosen choice ids (at least one)         see below
short_text       the typed text (str, at most MAX_TEXT_LENGTH)      1 if it matches an
                                                                    accepted answer, normalised
ordering         the list of every item id, in the learner's order  see below
self_assessment  an int from 1 to 5                                 not graded (None)
===============  =================================================  =========================

Partial credit rules:

- **Multiple choice** ("select all that apply"):
  ``credit = max(0, (correct selected - wrong selected) / number of correct choices)``.
  Ticking every choice earns ``(c - w) / c``, often 0: guessing everything is not rewarded.
- **Ordering**: ``credit = items placed at their correct position / number of items``.

A question is *correct* when its credit is 1. The quiz score is
``100 * sum(credits) / number of graded questions`` (self-assessments are kept but never scored);
a quiz without any graded question scores 100. A missing answer earns 0 (the form refuses missing
answers; grading stays total so that it can never fail on a partial dict).

Short-text comparison (``normalize_text``): Unicode NFKD, accents (combining marks) removed,
casefold, punctuation replaced by spaces, runs of spaces collapsed, surrounding spaces stripped. So
"  Lettre de MOTIVATION ! " matches "lettre de motivation" and "Élan" matches "elan".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
SHORT_TEXT = "short_text"
ORDERING = "ordering"
SELF_ASSESSMENT = "self_assessment"

QUESTION_TYPES = (SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_TEXT, ORDERING, SELF_ASSESSMENT)
CHOICE_TYPES = (SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE)
GRADED_TYPES = (SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_TEXT, ORDERING)

MAX_TEXT_LENGTH = 200
SCALE = (1, 2, 3, 4, 5)
TRUE_ID, FALSE_ID = "true", "false"


@dataclass(frozen=True)
class Choice:
    """A choice of a choice question, or an item of an ordering question (in the correct order)."""

    id: str
    text: str
    correct: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    choices: tuple[Choice, ...] = ()
    accepted_answers: tuple[str, ...] = ()
    explanation: str = ""
    # Self-assessment scale labels (1 and 5).
    low_label: str = ""
    high_label: str = ""

    @property
    def graded(self) -> bool:
        return self.type in GRADED_TYPES

    @property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    question_type: str
    response: object
    credit: float | None  # None for a self-assessment
    is_correct: bool | None  # None for a self-assessment

    @property
    def graded(self) -> bool:
        return self.credit is not None


@dataclass(frozen=True)
class Result:
    score: float  # 0 to 100
    questions: tuple[QuestionResult, ...] = field(default_factory=tuple)

    def passed(self, pass_mark: float) -> bool:
        return self.score >= pass_mark

    def by_question(self) -> dict[str, QuestionResult]:
        return {r.question_id: r for r in self.questions}


class InvalidAnswers(ValueError):
    """Answers that do not fit the questions (unknown ids, wrong types, too long...)."""


def normalize_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    chars = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category.startswith("M"):  # combining accents
            continue
        if category.startswith("P") or category.startswith("S") or char.isspace():
            chars.append(" ")
        else:
            chars.append(char)
    return " ".join("".join(chars).casefold().split())


def _credit(question: Question, response) -> float:
    if response is None:
        return 0.0
    if question.type in (SINGLE_CHOICE, TRUE_FALSE):
        choice = question.choice(response)
        return 1.0 if choice is not None and choice.correct else 0.0
    if question.type == MULTIPLE_CHOICE:
        selected = set(response)
        correct = {c.id for c in question.choices if c.correct}
        if not correct:
            return 0.0
        wrong = selected - correct
        return max(0.0, (len(selected & correct) - len(wrong)) / len(correct))
    if question.type == SHORT_TEXT:
        accepted = {normalize_text(a) for a in question.accepted_answers}
        accepted.discard("")
        return 1.0 if normalize_text(response) in accepted else 0.0
    if question.type == ORDERING:
        expected = question.choice_ids
        if not expected:
            return 0.0
        placed = sum(1 for a, b in zip(response, expected, strict=False) if a == b)
        return placed / len(expected)
    raise InvalidAnswers(f"unknown question type {question.type!r}")


def grade(questions: Sequence[Question], answers: Mapping[str, object]) -> Result:
    """Grade `answers` against `questions` (see the module docstring for the rules)."""
    results = []
    for question in questions:
        response = answers.get(question.id)
        if not question.graded:
            results.append(QuestionResult(question.id, question.type, response, None, None))
            continue
        credit = min(1.0, max(0.0, _credit(question, response)))
        results.append(QuestionResult(question.id, question.type, response, credit, credit == 1.0))
    graded = [r.credit for r in results if r.credit is not None]
    score = 100.0 * sum(graded) / len(graded) if graded else 100.0
    return Result(score=round(score, 2), questions=tuple(results))


def validate_answers(questions: Sequence[Question], answers: object) -> dict[str, object]:
    """Check that `answers` answers exactly `questions`, each with a well-formed response.

    Returns a clean copy; raises InvalidAnswers otherwise. The web form already does this for the
    browser; the service calls it again because a service never trusts its caller.
    """
    if not isinstance(answers, Mapping):
        raise InvalidAnswers("answers must be a mapping")
    by_id = {q.id: q for q in questions}
    unknown = set(answers) - set(by_id)
    if unknown:
        raise InvalidAnswers(
            f"answers to questions not in the attempt: {sorted(map(str, unknown))}"
        )
    clean: dict[str, object] = {}
    for question in questions:
        if question.id not in answers:
            raise InvalidAnswers(f"missing answer to {question.id}")
        response = answers[question.id]
        ids = question.choice_ids
        if question.type in (SINGLE_CHOICE, TRUE_FALSE):
            if not isinstance(response, str) or response not in ids:
                raise InvalidAnswers(f"unknown choice for {question.id}")
        elif question.type == MULTIPLE_CHOICE:
            if (
                not isinstance(response, list | tuple)
                or not response
                or not all(isinstance(r, str) and r in ids for r in response)
                or len(set(response)) != len(response)
            ):
                raise InvalidAnswers(f"bad choices for {question.id}")
            response = [i for i in ids if i in set(response)]  # canonical order
        elif question.type == SHORT_TEXT:
            if not isinstance(response, str) or len(response) > MAX_TEXT_LENGTH:
                raise InvalidAnswers(f"bad text for {question.id}")
            response = response.strip()
            if not response:
                raise InvalidAnswers(f"empty text for {question.id}")
        elif question.type == ORDERING:
            if (
                not isinstance(response, list | tuple)
                or len(response) != len(ids)
                or set(response) != set(ids)
            ):
                raise InvalidAnswers(f"bad order for {question.id}")
            response = list(response)
        elif question.type == SELF_ASSESSMENT:
            if type(response) is not int or response not in SCALE:
                raise InvalidAnswers(f"bad scale value for {question.id}")
        else:
            raise InvalidAnswers(f"unknown question type {question.type!r}")
        clean[question.id] = response
    return clean


def attempt_questions(
    questions: Sequence[Question], question_order: Sequence[str]
) -> list[Question]:
    """The questions of an attempt, in the attempt's order; questions removed since are skipped."""
    by_id = {q.id: q for q in questions}
    return [by_id[qid] for qid in question_order if qid in by_id]


def displayed_choices(question: Question, choice_order: Mapping[str, Sequence[str]]) -> tuple:
    """The choices (or ordering items) of `question` in the order recorded for the attempt.

    Choices added since the attempt started come last; removed ones are skipped.
    """
    order = [i for i in (choice_order.get(question.id) or []) if isinstance(i, str)]
    by_id = {c.id: c for c in question.choices}
    shown = [by_id[i] for i in order if i in by_id]
    seen = {c.id for c in shown}
    return tuple(shown + [c for c in question.choices if c.id not in seen])

"""Grading: a pure function from (questions, answers) to a result. No database, no request.

Questions are plain frozen dataclasses built from the quiz's StreamField (see
``quizzes.blocks.questions_from_stream``); answers are a dict ``{question_id: response}``. Each
question type (``quizzes.question_types``, one class per type, listed by its registry) decides
what a well-formed response is and what credit it earns:

===============  =================================================  =========================
question type    response                                           credit (0 to 1)
===============  =================================================  =========================
single_choice    the id (str) of the chosen choice                  1 if it is the correct one
true_false       "true" or "false"                                  1 if it is the right one
multiple_choice  a list of chosen choice ids (at least one)         see below
short_text       the typed text (str, at most MAX_TEXT_LENGTH)      1 if it matches an
                                                                    accepted answer (see below)
ordering         the list of every item id, in the learner's order  see below
self_assessment  an int from 1 to 5, or nothing (optional)          not graded (None)
===============  =================================================  =========================

Partial credit rules:

- **Multiple choice** ("select all that apply"):
  ``credit = max(0, (correct selected - wrong selected) / number of correct choices)``.
  Ticking every choice earns ``(c - w) / c``, often 0: guessing everything is not rewarded.
- **Ordering**: ``credit = items placed at their correct position / number of items``.

A question is *correct* when its credit is 1. The quiz score is
``100 * sum(credits) / number of graded questions`` (self-assessments are kept but never scored);
a quiz without any graded question scores 100. A missing answer earns 0 (the form refuses missing
answers to required questions; grading stays total so that it can never fail on a partial dict).
A question that is not required (self-assessment) may be left out: it is recorded as None.

Short answers are marked as a person would (``quizzes.text_matching``): after ``normalize_text``
(accents, case, punctuation and spaces ignored: "  Lettre de MOTIVATION ! " is "lettre de
motivation"), the filler words ``text_matching.FILLER_WORDS`` (le, la, les, l, un, une, des, du,
de, d, au, aux, en, format, fichier) are dropped from both sides, so "le format PDF" matches
"PDF"; the answer is accepted when both are then equal, or when the accepted answer has at least
6 characters and they differ by a single typo (one letter missing, added or changed, or two
neighbouring letters swapped: Damerau-Levenshtein distance at most 1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .question_types import registry
from .question_types.data import MAX_TEXT_LENGTH, Choice, InvalidAnswers, Question
from .question_types.multiple_choice import MultipleChoice
from .question_types.ordering import Ordering
from .question_types.self_assessment import SCALE, SelfAssessment
from .question_types.short_text import ShortText
from .question_types.single_choice import SingleChoice
from .question_types.true_false import FALSE_ID, TRUE_ID, TrueFalse
from .text_matching import normalize_text

__all__ = [
    "MAX_TEXT_LENGTH",
    "SCALE",
    "TRUE_ID",
    "FALSE_ID",
    "Choice",
    "InvalidAnswers",
    "Question",
    "QuestionResult",
    "Result",
    "attempt_questions",
    "displayed_choices",
    "grade",
    "normalize_text",
    "validate_answers",
]

# The built-in type names, for callers that build questions by hand (tests, demo data).
SINGLE_CHOICE = SingleChoice.name
MULTIPLE_CHOICE = MultipleChoice.name
TRUE_FALSE = TrueFalse.name
SHORT_TEXT = ShortText.name
ORDERING = Ordering.name
SELF_ASSESSMENT = SelfAssessment.name


def __getattr__(name: str):
    # The lists of types come from the registry, the one place that lists them.
    if name == "QUESTION_TYPES":
        return registry.names()
    if name == "GRADED_TYPES":
        return tuple(t.name for t in registry.all_types() if t.graded)
    raise AttributeError(name)


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    question_type: str
    response: object
    credit: float | None  # None for an ungraded question (self-assessment)
    is_correct: bool | None  # None for an ungraded question

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


def _kind(question: Question):
    try:
        return registry.get(question.type)
    except registry.UnknownQuestionType:
        raise InvalidAnswers(f"unknown question type {question.type!r}") from None


def grade(questions: Sequence[Question], answers: Mapping[str, object]) -> Result:
    """Grade `answers` against `questions` (see the module docstring for the rules)."""
    results = []
    for question in questions:
        kind = _kind(question)
        response = answers.get(question.id)
        if not kind.graded:
            results.append(QuestionResult(question.id, question.type, response, None, None))
            continue
        credit = 0.0 if response is None else kind.credit(question, response)
        credit = min(1.0, max(0.0, credit))
        results.append(QuestionResult(question.id, question.type, response, credit, credit == 1.0))
    graded = [r.credit for r in results if r.credit is not None]
    score = 100.0 * sum(graded) / len(graded) if graded else 100.0
    return Result(score=round(score, 2), questions=tuple(results))


def validate_answers(questions: Sequence[Question], answers: object) -> dict[str, object]:
    """Check that `answers` answers exactly `questions`, each with a well-formed response.

    A question that is not required (self-assessment) may be missing or None: its clean answer is
    None. Returns a clean copy; raises InvalidAnswers otherwise. The web form already does this
    for the browser; the service calls it again because a service never trusts its caller.
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
        kind = _kind(question)
        response = answers.get(question.id)
        if response is None:
            if kind.required:
                raise InvalidAnswers(f"missing answer to {question.id}")
            clean[question.id] = None
            continue
        clean[question.id] = kind.validate(question, response)
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

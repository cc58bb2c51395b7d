"""The plain data a question type grades: frozen dataclasses, no database, no request.

A type that needs more data than these fields subclasses ``Question`` (frozen, fields with
defaults) and builds it in its ``question_from_block``.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import registry

MAX_TEXT_LENGTH = 200


class InvalidAnswers(ValueError):
    """Answers that do not fit the questions (unknown ids, wrong types, too long...)."""


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
    # The lesson to revise when the answer is wrong (a page id), chosen by the editor.
    lesson_id: int | None = None

    @property
    def kind(self):
        """The registered QuestionType of this question (raises UnknownQuestionType)."""
        return registry.get(self.type)

    @property
    def graded(self) -> bool:
        return self.kind.graded

    @property
    def choice_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.choices)

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)

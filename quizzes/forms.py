"""The quiz form, built from an attempt's questions in the attempt's order (like Wagtail's
FormBuilder builds a form from form fields). Each question type adds its own field(s) and reads
its answer back (quizzes.question_types). Works without JavaScript: radios, checkboxes, a text
input, a numbered select per item for ordering questions, a 1-5 radio scale for self-assessment."""

from __future__ import annotations

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from . import grading
from .question_types.base import PREFIX, field_name

__all__ = ["PREFIX", "QuestionRow", "QuizForm", "field_name"]


@dataclass
class QuestionRow:
    """What the template needs to show one question."""

    number: int
    question: grading.Question
    choices: tuple
    fields: list = field(default_factory=list)  # bound fields
    errors: list = field(default_factory=list)
    help_text: str = ""

    @property
    def type(self) -> str:
        return self.question.type

    @property
    def kind(self):
        return self.question.kind

    @property
    def template(self) -> str:
        """The question type's own template for its field(s)."""
        return self.kind.form_template

    @property
    def field(self):
        return self.fields[0]


class QuizForm(forms.Form):
    required_css_class = "required"

    def __init__(self, *args, quiz, attempt=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.quiz = quiz
        self.attempt = attempt
        questions = quiz.get_questions()
        if attempt is not None:
            questions = grading.attempt_questions(questions, attempt.question_order)
            choice_order = attempt.choice_order or {}
        else:  # an editor's preview: authored order
            choice_order = {}
        self.questions = questions
        self._layout: list[tuple[grading.Question, tuple, list[str]]] = []
        for question in questions:
            choices = grading.displayed_choices(question, choice_order)
            names = question.kind.add_fields(self.fields, question, choices)
            self._layout.append((question, choices, names))

    def clean(self):
        cleaned = super().clean()
        # Answers to questions that are not in this attempt: a tampered form.
        expected = set(self.fields)
        unexpected = [k for k in self.data if k.startswith(PREFIX) and k not in expected]
        if unexpected:
            raise forms.ValidationError(
                _("Le formulaire contient des réponses inattendues. Rechargez la page."),
                code="unexpected",
            )
        for question, _choices, names in self._layout:
            message = question.kind.clean_form(cleaned, question, names)
            if message:
                self.add_error(names[0], message)
        return cleaned

    def rows(self) -> list[QuestionRow]:
        rows = []
        for number, (question, choices, names) in enumerate(self._layout, start=1):
            bound = [self[n] for n in names]
            errors = [e for b in bound for e in b.errors]
            rows.append(
                QuestionRow(
                    number,
                    question,
                    choices,
                    bound,
                    list(dict.fromkeys(errors)),
                    question.kind.form_help(question, bound),
                )
            )
        return rows

    def answers(self) -> dict[str, object]:
        """The cleaned answers as {question_id: response} (see quizzes.grading)."""
        return {
            question.id: question.kind.answer_from_form(self.cleaned_data, question, choices, names)
            for question, choices, names in self._layout
        }

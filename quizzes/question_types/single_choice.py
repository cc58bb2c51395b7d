"""Single choice: one correct choice among several; credit 1 if it is the one picked."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks

from .base import (
    PREVIEW_TEMPLATE,
    ChoiceBlock,
    QuestionBase,
    QuestionType,
    block_error,
    choice_rows,
    choices_from_list,
    explanation_block,
    field_name,
    lesson_block,
    require_str_in,
)
from .data import Question


class SingleChoiceBlock(QuestionBase):
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Réponses proposées"), min_num=2)
    explanation = explanation_block()
    lesson = lesson_block()

    class Meta:
        icon = "radio-full"
        label = _("Choix unique")
        template = PREVIEW_TEMPLATE
        description = _("Une seule bonne réponse parmi plusieurs.")
        preview_value = {
            "question": "Quelle rubrique placer en premier sur un CV pour un premier emploi ?",
            "choices": [
                {"text": "La formation", "is_correct": True, "feedback": ""},
                {"text": "Les loisirs", "is_correct": False, "feedback": ""},
            ],
            "explanation": "Sans expérience, la formation montre d'abord ce que vous savez faire.",
        }

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for c in value["choices"] if c["is_correct"])
        if correct != 1:
            raise block_error(
                "choices",
                ngettext(
                    "Cochez exactement une bonne réponse (%(n)d cochée).",
                    "Cochez exactement une bonne réponse (%(n)d cochées).",
                    correct,
                )
                % {"n": correct},
            )
        return value


class SingleChoice(QuestionType):
    """Response: the id (str) of the chosen choice."""

    name = "single_choice"
    label = _("Choix unique")
    block_class = SingleChoiceBlock
    form_template = "quizzes/question_types/form/choices.html"
    review_template = "quizzes/question_types/review/choices.html"
    multiple = False  # for the templates: radios, not checkboxes

    def question_from_block(self, child) -> Question:
        return Question(**self.common(child), choices=choices_from_list(child.value["choices"]))

    def display_order(self, question, *, shuffle_choices, rng):
        ids = list(question.choice_ids)
        if shuffle_choices:
            rng.shuffle(ids)
        return ids

    def add_fields(self, fields, question, choices):
        name = field_name(question.id)
        fields[name] = forms.ChoiceField(
            label=question.prompt,
            choices=[(c.id, c.text) for c in choices],
            widget=forms.RadioSelect,
            error_messages=self.REQUIRED_MESSAGES,
        )
        return [name]

    def validate(self, question, response):
        return require_str_in(response, question.choice_ids, question)

    def credit(self, question, response):
        choice = question.choice(response)
        return 1.0 if choice is not None and choice.correct else 0.0

    def correct_response(self, question):
        return next(c.id for c in question.choices if c.correct)

    def selected_ids(self, response) -> set:
        return {response} if isinstance(response, str) else set()

    def review_context(self, question, response, choices, credit):
        return {
            "choice_rows": choice_rows(choices, self.selected_ids(response)),
            "multiple": self.multiple,
        }

    def answer_text(self, question, response):
        choice = question.choice(response) if isinstance(response, str) else None
        return choice.text if choice else ""

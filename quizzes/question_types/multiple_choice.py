"""Multiple choice ("select all that apply"), with partial credit.

``credit = max(0, (correct selected - wrong selected) / number of correct choices)``: ticking
every choice earns ``(c - w) / c``, often 0, so guessing everything is not rewarded.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import (
    PREVIEW_TEMPLATE,
    ChoiceBlock,
    QuestionBase,
    block_error,
    explanation_block,
    field_name,
    lesson_block,
)
from .data import InvalidAnswers
from .single_choice import SingleChoice


class MultipleChoiceBlock(QuestionBase):
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Réponses proposées"), min_num=2)
    explanation = explanation_block()
    lesson = lesson_block()

    class Meta:
        icon = "tick-inverse"
        label = _("Choix multiple")
        template = PREVIEW_TEMPLATE
        description = _(
            "Plusieurs bonnes réponses. Note : (bonnes cochées − mauvaises cochées) / bonnes, "
            "au minimum 0."
        )
        preview_value = {
            "question": "Quelles informations ont leur place sur un CV ?",
            "choices": [
                {"text": "Vos coordonnées", "is_correct": True, "feedback": ""},
                {"text": "Vos expériences", "is_correct": True, "feedback": ""},
                {"text": "Votre numéro de sécurité sociale", "is_correct": False, "feedback": ""},
            ],
            "explanation": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if not any(c["is_correct"] for c in value["choices"]):
            raise block_error("choices", _("Cochez au moins une bonne réponse."))
        return value


class MultipleChoice(SingleChoice):
    """Response: the list of chosen choice ids (at least one), stored in the authored order."""

    name = "multiple_choice"
    label = _("Choix multiple")
    block_class = MultipleChoiceBlock
    multiple = True

    def add_fields(self, fields, question, choices):
        name = field_name(question.id)
        fields[name] = forms.MultipleChoiceField(
            label=question.prompt,
            choices=[(c.id, c.text) for c in choices],
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Cochez toutes les bonnes réponses."),
            error_messages={
                "required": _("Cochez au moins une réponse."),
                "invalid_choice": _("Choisissez parmi les réponses proposées."),
            },
        )
        return [name]

    def validate(self, question, response):
        ids = question.choice_ids
        if (
            not isinstance(response, list | tuple)
            or not response
            or not all(isinstance(r, str) and r in ids for r in response)
            or len(set(response)) != len(response)
        ):
            raise InvalidAnswers(f"bad choices for {question.id}")
        return [i for i in ids if i in set(response)]  # canonical order

    def credit(self, question, response):
        selected = set(response)
        correct = {c.id for c in question.choices if c.correct}
        if not correct:
            return 0.0
        wrong = selected - correct
        return max(0.0, (len(selected & correct) - len(wrong)) / len(correct))

    def correct_response(self, question):
        return [c.id for c in question.choices if c.correct]

    def selected_ids(self, response) -> set:
        return {r for r in response if isinstance(r, str)} if isinstance(response, list) else set()

    def wrong_labels(self, question, response):
        """Each wrongly ticked choice counts."""
        picked = self.selected_ids(response)
        return [c.text for c in question.choices if c.id in picked and not c.correct]

    def answer_text(self, question, response):
        picked = self.selected_ids(response)
        return [c.text for c in question.choices if c.id in picked]

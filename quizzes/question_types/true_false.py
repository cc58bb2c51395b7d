"""True or false: a statement; the two choices "Vrai" and "Faux" (ids "true" and "false")."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import PREVIEW_TEMPLATE, QuestionBase, explanation_block, lesson_block
from .data import Choice, Question
from .single_choice import SingleChoice

TRUE_ID, FALSE_ID = "true", "false"


class TrueFalseBlock(QuestionBase):
    correct_answer = blocks.ChoiceBlock(
        label=_("Bonne réponse"),
        choices=[(TRUE_ID, _("Vrai")), (FALSE_ID, _("Faux"))],
        default=TRUE_ID,
    )
    feedback_true = blocks.TextBlock(label=_("Retour si « Vrai »"), required=False, max_length=400)
    feedback_false = blocks.TextBlock(label=_("Retour si « Faux »"), required=False, max_length=400)
    explanation = explanation_block()
    lesson = lesson_block()

    class Meta:
        icon = "tick"
        label = _("Vrai ou faux")
        template = PREVIEW_TEMPLATE
        description = _("Une affirmation, vraie ou fausse.")
        preview_value = {
            "question": "Une lettre de motivation doit être adaptée à chaque offre.",
            "correct_answer": "true",
            "explanation": "Le recruteur repère vite une lettre envoyée à tout le monde.",
        }


class TrueFalse(SingleChoice):
    """Response: "true" or "false". Always shown in that order."""

    name = "true_false"
    label = _("Vrai ou faux")
    block_class = TrueFalseBlock

    def question_from_block(self, child) -> Question:
        value = child.value
        correct = value["correct_answer"]
        true = Choice(TRUE_ID, str(_("Vrai")), correct == TRUE_ID, value.get("feedback_true") or "")
        false = Choice(
            FALSE_ID, str(_("Faux")), correct == FALSE_ID, value.get("feedback_false") or ""
        )
        return Question(**self.common(child), choices=(true, false))

    def display_order(self, question, *, shuffle_choices, rng):
        return None  # "Vrai" then "Faux", always

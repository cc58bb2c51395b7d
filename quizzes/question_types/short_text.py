"""Short answer: the learner types a few words, compared with the accepted answers the way a
person would mark them (see ``quizzes.text_matching``: case, accents, punctuation, filler words
such as "le" or "format", and one typo in answers of 6 characters or more do not count)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail import blocks

from .. import text_matching
from .base import (
    PREVIEW_TEMPLATE,
    QuestionBase,
    QuestionType,
    block_error,
    explanation_block,
    field_name,
    lesson_block,
)
from .data import MAX_TEXT_LENGTH, InvalidAnswers, Question


class ShortTextBlock(QuestionBase):
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(label=_("Réponse acceptée"), max_length=MAX_TEXT_LENGTH),
        label=_("Réponses acceptées"),
        help_text=_(
            "Comparées sans tenir compte des majuscules, des accents, de la ponctuation, des "
            "espaces ni des petits mots (le, la, les, l', un, une, des, du, de, d', au, aux, en, "
            "format, fichier). Une faute de frappe (une lettre en trop, en moins, changée ou deux "
            "lettres inversées) est acceptée dans les réponses de 6 caractères ou plus. Ajoutez "
            "les autres variantes (synonymes, sigles) comme réponses acceptées."
        ),
    )
    explanation = explanation_block()
    lesson = lesson_block()

    class Meta:
        icon = "edit"
        label = _("Réponse courte")
        template = PREVIEW_TEMPLATE
        description = _(
            "L'apprenant écrit quelques mots ; plusieurs réponses peuvent être acceptées."
        )
        preview_value = {
            "question": "Comment appelle-t-on la lettre qui accompagne un CV ?",
            "accepted_answers": ["lettre de motivation", "lettre de candidature"],
            "explanation": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if not any(text_matching.normalize_text(a) for a in value["accepted_answers"]):
            raise block_error("accepted_answers", _("Indiquez au moins une réponse acceptée."))
        return value


class ShortText(QuestionType):
    """Response: the typed text (str, at most MAX_TEXT_LENGTH, not blank)."""

    name = "short_text"
    label = _("Réponse courte")
    block_class = ShortTextBlock
    form_template = "quizzes/question_types/form/text.html"
    review_template = "quizzes/question_types/review/short_text.html"

    def question_from_block(self, child) -> Question:
        return Question(
            **self.common(child), accepted_answers=tuple(child.value["accepted_answers"])
        )

    def add_fields(self, fields, question, choices):
        name = field_name(question.id)
        fields[name] = forms.CharField(
            label=question.prompt,
            max_length=MAX_TEXT_LENGTH,
            help_text=_("Quelques mots suffisent."),
            error_messages={
                **self.REQUIRED_MESSAGES,
                "max_length": ngettext_lazy(
                    "Votre réponse doit faire au plus %(limit_value)d caractère.",
                    "Votre réponse doit faire au plus %(limit_value)d caractères.",
                    "limit_value",
                ),
            },
        )
        fields[name].widget.attrs.update(autocomplete="off", spellcheck="true")
        return [name]

    def validate(self, question, response):
        if not isinstance(response, str) or len(response) > MAX_TEXT_LENGTH:
            raise InvalidAnswers(f"bad text for {question.id}")
        response = response.strip()
        if not response:
            raise InvalidAnswers(f"empty text for {question.id}")
        return response

    def credit(self, question, response):
        matches = any(text_matching.text_matches(response, a) for a in question.accepted_answers)
        return 1.0 if matches else 0.0

    def correct_response(self, question):
        return question.accepted_answers[0]

    def review_context(self, question, response, choices, credit):
        return {"text": self.answer_text(question, response)}

    def wrong_labels(self, question, response):
        """Normalised, so that "Un CV" and "un cv !" count as one wrong answer."""
        text = text_matching.normalize_text(response) if isinstance(response, str) else ""
        return [text] if text else []

    def answer_text(self, question, response):
        return response if isinstance(response, str) else ""

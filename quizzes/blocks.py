"""Question blocks of a quiz. A block's id (StreamField child id) is the question's identity; a
choice's id (ListBlock item id) is the choice's identity. Rewording keeps both, so attempts and
statistics survive edits.

``questions_from_stream`` turns the StreamField value into the plain dataclasses of
``quizzes.grading`` (no database).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError

from . import grading

TEMPLATE = "quizzes/blocks/question_preview.html"


def _error(field: str, message) -> StructBlockValidationError:
    return StructBlockValidationError(
        block_errors={field: ListBlockValidationError(non_block_errors=[ValidationError(message)])}
    )


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Réponse proposée"), max_length=200)
    is_correct = blocks.BooleanBlock(label=_("Bonne réponse"), required=False)
    feedback = blocks.TextBlock(
        label=_("Retour si choisie"),
        required=False,
        max_length=400,
        help_text=_("Affiché à l'apprenant qui choisit cette réponse."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Réponse")


class QuestionBase(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), max_length=400, rows=2)

    class Meta:
        template = TEMPLATE


def _explanation():
    return blocks.TextBlock(
        label=_("Explication"),
        required=False,
        max_length=800,
        help_text=_("Pourquoi la bonne réponse est la bonne ; affichée selon le réglage du quiz."),
    )


class SingleChoiceBlock(QuestionBase):
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Réponses proposées"), min_num=2)
    explanation = _explanation()

    class Meta:
        icon = "radio-full"
        label = _("Choix unique")
        template = TEMPLATE
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
            raise _error(
                "choices",
                ngettext(
                    "Cochez exactement une bonne réponse (%(n)d cochée).",
                    "Cochez exactement une bonne réponse (%(n)d cochées).",
                    correct,
                )
                % {"n": correct},
            )
        return value


class MultipleChoiceBlock(QuestionBase):
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Réponses proposées"), min_num=2)
    explanation = _explanation()

    class Meta:
        icon = "tick-inverse"
        label = _("Choix multiple")
        template = TEMPLATE
        description = _(
            "Plusieurs bonnes réponses. Note : (bonnes cochées − mauvaises cochées) / bonnes, "
            "au minimum 0."
        )
        preview_value = {
            "question": "Quelles informations ont leur place sur un CV ?",
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
            raise _error("choices", _("Cochez au moins une bonne réponse."))
        return value


class TrueFalseBlock(QuestionBase):
    correct_answer = blocks.ChoiceBlock(
        label=_("Bonne réponse"),
        choices=[(grading.TRUE_ID, _("Vrai")), (grading.FALSE_ID, _("Faux"))],
        default=grading.TRUE_ID,
    )
    feedback_true = blocks.TextBlock(label=_("Retour si « Vrai »"), required=False, max_length=400)
    feedback_false = blocks.TextBlock(label=_("Retour si « Faux »"), required=False, max_length=400)
    explanation = _explanation()

    class Meta:
        icon = "tick"
        label = _("Vrai ou faux")
        template = TEMPLATE
        description = _("Une affirmation, vraie ou fausse.")
        preview_value = {
            "question": "Une lettre de motivation doit être adaptée à chaque offre.",
            "correct_answer": "true",
            "explanation": "Le recruteur repère vite une lettre envoyée à tout le monde.",
        }


class ShortTextBlock(QuestionBase):
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(label=_("Réponse acceptée"), max_length=grading.MAX_TEXT_LENGTH),
        label=_("Réponses acceptées"),
        help_text=_(
            "Comparées sans tenir compte des majuscules, des accents, de la ponctuation "
            "ni des espaces."
        ),
    )
    explanation = _explanation()

    class Meta:
        icon = "edit"
        label = _("Réponse courte")
        template = TEMPLATE
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
        if not any(grading.normalize_text(a) for a in value["accepted_answers"]):
            raise _error("accepted_answers", _("Indiquez au moins une réponse acceptée."))
        return value


class OrderingBlock(QuestionBase):
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Élément"), max_length=200),
        label=_("Éléments, dans le bon ordre"),
        help_text=_("Saisissez-les dans le bon ordre ; ils seront mélangés pour l'apprenant."),
    )
    explanation = _explanation()

    class Meta:
        icon = "list-ol"
        label = _("Remise en ordre")
        template = TEMPLATE
        description = _("Remettre des étapes dans l'ordre. Note : part des éléments bien placés.")
        preview_value = {
            "question": "Dans quel ordre mener une candidature ?",
            "items": ["Lire l'offre", "Adapter son CV", "Envoyer la candidature", "Relancer"],
            "explanation": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if len(value["items"]) < 2:
            raise _error("items", _("Une remise en ordre demande au moins 2 éléments."))
        return value


class SelfAssessmentBlock(QuestionBase):
    low_label = blocks.CharBlock(
        label=_("Libellé de 1"), max_length=60, default=_("Pas du tout à l'aise")
    )
    high_label = blocks.CharBlock(
        label=_("Libellé de 5"), max_length=60, default=_("Tout à fait à l'aise")
    )

    class Meta:
        icon = "user"
        label = _("Auto-évaluation")
        template = TEMPLATE
        description = _("Une échelle de confiance de 1 à 5, conservée mais jamais notée.")
        preview_value = {
            "question": "À quel point êtes-vous à l'aise pour rédiger votre CV ?",
            "low_label": "Pas du tout à l'aise",
            "high_label": "Tout à fait à l'aise",
        }


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    short_text = ShortTextBlock()
    ordering = OrderingBlock()
    self_assessment = SelfAssessmentBlock()

    class Meta:
        min_num = 1


def _choices(list_value) -> tuple[grading.Choice, ...]:
    return tuple(
        grading.Choice(
            id=str(child.id),
            text=child.value["text"],
            correct=bool(child.value["is_correct"]),
            feedback=child.value.get("feedback") or "",
        )
        for child in list_value.bound_blocks
    )


def question_from_block(child) -> grading.Question:
    """One StreamField child (a bound block with .id, .block_type, .value) as a grading.Question."""
    value, kind, qid = child.value, child.block_type, str(child.id)
    common = {"id": qid, "type": kind, "prompt": value["question"]}
    explanation = value.get("explanation") or ""
    if kind in (grading.SINGLE_CHOICE, grading.MULTIPLE_CHOICE):
        return grading.Question(
            **common, choices=_choices(value["choices"]), explanation=explanation
        )
    if kind == grading.TRUE_FALSE:
        correct = value["correct_answer"]
        return grading.Question(
            **common,
            choices=(
                grading.Choice(
                    grading.TRUE_ID,
                    str(_("Vrai")),
                    correct == grading.TRUE_ID,
                    value.get("feedback_true") or "",
                ),
                grading.Choice(
                    grading.FALSE_ID,
                    str(_("Faux")),
                    correct == grading.FALSE_ID,
                    value.get("feedback_false") or "",
                ),
            ),
            explanation=explanation,
        )
    if kind == grading.SHORT_TEXT:
        return grading.Question(
            **common, accepted_answers=tuple(value["accepted_answers"]), explanation=explanation
        )
    if kind == grading.ORDERING:
        items = tuple(
            grading.Choice(id=str(child.id), text=child.value, correct=True)
            for child in value["items"].bound_blocks
        )
        return grading.Question(**common, choices=items, explanation=explanation)
    if kind == grading.SELF_ASSESSMENT:
        return grading.Question(
            **common, low_label=value["low_label"], high_label=value["high_label"]
        )
    raise ValueError(f"unknown question block {kind!r}")


def questions_from_stream(stream_value) -> list[grading.Question]:
    return [question_from_block(child) for child in stream_value]

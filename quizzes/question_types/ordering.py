"""Ordering: put items back in order; credit = items placed at their correct position / items.

Shown in a uniformly shuffled order (the correct order may come up: refusing it would tell the
learner that the shown order is wrong, which gives away a two-item question).
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks

from .base import (
    PREVIEW_TEMPLATE,
    QuestionBase,
    QuestionType,
    block_error,
    explanation_block,
    field_name,
    lesson_block,
)
from .data import Choice, InvalidAnswers, Question


class OrderingBlock(QuestionBase):
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Élément"), max_length=200),
        label=_("Éléments, dans le bon ordre"),
        help_text=_("Saisissez-les dans le bon ordre ; ils seront mélangés pour l'apprenant."),
    )
    explanation = explanation_block()
    lesson = lesson_block()

    class Meta:
        icon = "list-ol"
        label = _("Remise en ordre")
        template = PREVIEW_TEMPLATE
        description = _("Remettre des étapes dans l'ordre. Note : part des éléments bien placés.")
        preview_value = {
            "question": "Dans quel ordre mener une candidature ?",
            "items": ["Lire l'offre", "Adapter son CV", "Envoyer la candidature", "Relancer"],
            "explanation": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if len(value["items"]) < 2:
            raise block_error("items", _("Une remise en ordre demande au moins 2 éléments."))
        return value


class Ordering(QuestionType):
    """Response: the list of every item id, in the learner's order. The question's choices are
    the items in the correct order."""

    name = "ordering"
    label = _("Remise en ordre")
    block_class = OrderingBlock
    form_template = "quizzes/question_types/form/ordering.html"
    review_template = "quizzes/question_types/review/ordering.html"

    def question_from_block(self, child) -> Question:
        items = tuple(
            Choice(id=str(item.id), text=item.value, correct=True)
            for item in child.value["items"].bound_blocks
        )
        return Question(**self.common(child), choices=items)

    def display_order(self, question, *, shuffle_choices, rng):
        ids = list(question.choice_ids)
        rng.shuffle(ids)  # always, whatever the quiz settings; every order equally likely
        return ids

    def add_fields(self, fields, question, choices):
        positions = [("", _("Choisir…"))] + [(str(n), str(n)) for n in range(1, len(choices) + 1)]
        names = []
        for choice in choices:
            name = field_name(question.id, choice.id)
            fields[name] = forms.TypedChoiceField(
                label=choice.text,
                choices=positions,
                coerce=int,
                error_messages={
                    "required": _("Choisissez une position."),
                    "invalid_choice": _("Choisissez une position de la liste."),
                },
            )
            names.append(name)
        return names

    def form_help(self, question, bound_fields):
        n = len(bound_fields)
        return ngettext(
            "Donnez une position à chaque élément, de 1 (en premier) à %(n)d.",
            "Donnez une position à chaque élément, de 1 (en premier) à %(n)d.",
            n,
        ) % {"n": n}

    def clean_form(self, cleaned, question, names):
        positions = [cleaned.get(n) for n in names]
        if None in positions:
            return None  # the missing positions already have their own error
        if sorted(positions) != list(range(1, len(names) + 1)):
            return _("Donnez à chaque élément une position différente, de 1 à %(n)d.") % {
                "n": len(names)
            }
        return None

    def answer_from_form(self, cleaned, question, choices, names):
        by_position = sorted(
            zip((cleaned[n] for n in names), choices, strict=True), key=lambda pair: pair[0]
        )
        return [choice.id for _position, choice in by_position]

    def validate(self, question, response):
        ids = question.choice_ids
        if (
            not isinstance(response, list | tuple)
            or len(response) != len(ids)
            or not all(isinstance(r, str) for r in response)
            or set(response) != set(ids)
        ):
            raise InvalidAnswers(f"bad order for {question.id}")
        return list(response)

    def credit(self, question, response):
        expected = question.choice_ids
        if not expected:
            return 0.0
        placed = sum(1 for a, b in zip(response, expected, strict=False) if a == b)
        return placed / len(expected)

    def correct_response(self, question):
        return list(question.choice_ids)

    def review_context(self, question, response, choices, credit):
        expected = question.choice_ids
        by_id = {c.id: c for c in question.choices}
        learner = [i for i in response if i in by_id] if isinstance(response, list) else []
        return {
            "order": [
                {"item": by_id[i], "in_place": position < len(expected) and expected[position] == i}
                for position, i in enumerate(learner)
            ],
            "correct_order": list(question.choices),
        }

    def answer_text(self, question, response):
        by_id = {c.id: c.text for c in question.choices}
        return [by_id.get(i, "?") for i in response] if isinstance(response, list) else []

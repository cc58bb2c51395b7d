"""Self-assessment: a confidence scale from 1 to 5, kept but never scored, and optional (a
learner may leave it blank: it is then recorded as no answer)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import PREVIEW_TEMPLATE, QuestionBase, QuestionType, field_name
from .data import InvalidAnswers, Question

SCALE = (1, 2, 3, 4, 5)


def level(response) -> int | None:
    """The scale level of a recorded response (None: blank, or not a level)."""
    return response if type(response) is int and response in SCALE else None


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
        template = PREVIEW_TEMPLATE
        description = _("Une échelle de confiance de 1 à 5, conservée mais jamais notée.")
        preview_value = {
            "question": "À quel point êtes-vous à l'aise pour rédiger votre CV ?",
            "low_label": "Pas du tout à l'aise",
            "high_label": "Tout à fait à l'aise",
        }


class SelfAssessment(QuestionType):
    """Response: an int from 1 to 5, or None when left blank."""

    name = "self_assessment"
    label = _("Auto-évaluation")
    graded = False
    required = False
    block_class = SelfAssessmentBlock
    form_template = "quizzes/question_types/form/scale.html"
    review_template = "quizzes/question_types/review/scale.html"
    stats_template = "quizzes/question_types/stats/scale.html"

    def question_from_block(self, child) -> Question:
        value = child.value
        return Question(
            **self.common(child), low_label=value["low_label"], high_label=value["high_label"]
        )

    def add_fields(self, fields, question, choices):
        name = field_name(question.id)
        labels = {1: question.low_label, 5: question.high_label}
        fields[name] = forms.TypedChoiceField(
            label=question.prompt,
            choices=[(str(n), f"{n} – {labels[n]}" if n in labels else str(n)) for n in SCALE],
            coerce=int,
            empty_value=None,
            required=False,
            widget=forms.RadioSelect,
            help_text=_(
                "Facultatif. Il n'y a pas de bonne ou de mauvaise réponse : ceci n'est pas noté."
            ),
            error_messages=self.REQUIRED_MESSAGES,
        )
        return [name]

    def validate(self, question, response):
        if level(response) is None:
            raise InvalidAnswers(f"bad scale value for {question.id}")
        return response

    def review_context(self, question, response, choices, credit):
        return {"value": level(response)}

    def statistics(self, question, rows):
        """The number of answers at each level 1-5, and the mean level (blank answers aside)."""
        levels = [level(r) for _a, r, _c in rows if level(r) is not None]
        return {
            "scale_counts": [levels.count(level) for level in SCALE],
            "scale_mean": sum(levels) / len(levels) if levels else None,
        }

    def answer_text(self, question, response):
        if level(response) is None:
            return ""
        return gettext("%(value)d sur 5 (1 = %(low)s, 5 = %(high)s)") % {
            "value": response,
            "low": question.low_label,
            "high": question.high_label,
        }

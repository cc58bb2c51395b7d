"""The quiz form, built from an attempt's questions in the attempt's order (like Wagtail's
FormBuilder builds a form from form fields). Works without JavaScript: radios, checkboxes, a text
input, a numbered select per item for ordering questions, a 1-5 radio scale for self-assessment."""

from __future__ import annotations

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from . import grading

PREFIX = "q_"


def field_name(question_id: str, item_id: str | None = None) -> str:
    return f"{PREFIX}{question_id}" + (f"__{item_id}" if item_id else "")


@dataclass
class QuestionRow:
    """What the template needs to show one question."""

    number: int
    question: grading.Question
    choices: tuple
    fields: list = field(default_factory=list)  # bound fields
    errors: list = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.question.type

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
            names = self._add_fields(question, choices)
            self._layout.append((question, choices, names))

    def _add_fields(self, question, choices) -> list[str]:
        name = field_name(question.id)
        kind = question.type
        messages = {
            "required": _("Répondez à cette question pour continuer."),
            "invalid_choice": _("Choisissez une des réponses proposées."),
        }
        if kind in (grading.SINGLE_CHOICE, grading.TRUE_FALSE):
            self.fields[name] = forms.ChoiceField(
                label=question.prompt,
                choices=[(c.id, c.text) for c in choices],
                widget=forms.RadioSelect,
                error_messages=messages,
            )
        elif kind == grading.MULTIPLE_CHOICE:
            self.fields[name] = forms.MultipleChoiceField(
                label=question.prompt,
                choices=[(c.id, c.text) for c in choices],
                widget=forms.CheckboxSelectMultiple,
                help_text=_("Cochez toutes les bonnes réponses."),
                error_messages={
                    "required": _("Cochez au moins une réponse."),
                    "invalid_choice": _("Choisissez parmi les réponses proposées."),
                },
            )
        elif kind == grading.SHORT_TEXT:
            self.fields[name] = forms.CharField(
                label=question.prompt,
                max_length=grading.MAX_TEXT_LENGTH,
                help_text=_("Quelques mots suffisent."),
                error_messages={
                    **messages,
                    "max_length": ngettext_lazy(
                        "Votre réponse doit faire au plus %(limit_value)d caractère.",
                        "Votre réponse doit faire au plus %(limit_value)d caractères.",
                        "limit_value",
                    ),
                },
            )
            self.fields[name].widget.attrs.update(autocomplete="off", spellcheck="true")
        elif kind == grading.SELF_ASSESSMENT:
            labels = {1: question.low_label, 5: question.high_label}
            self.fields[name] = forms.TypedChoiceField(
                label=question.prompt,
                choices=[
                    (str(n), f"{n} – {labels[n]}" if n in labels else str(n)) for n in grading.SCALE
                ],
                coerce=int,
                widget=forms.RadioSelect,
                help_text=_("Il n'y a pas de bonne ou de mauvaise réponse : ceci n'est pas noté."),
                error_messages=messages,
            )
        elif kind == grading.ORDERING:
            positions = [("", _("Choisir…"))] + [
                (str(n), str(n)) for n in range(1, len(choices) + 1)
            ]
            names = []
            for choice in choices:
                item_name = field_name(question.id, choice.id)
                self.fields[item_name] = forms.TypedChoiceField(
                    label=choice.text,
                    choices=positions,
                    coerce=int,
                    error_messages={
                        "required": _("Choisissez une position."),
                        "invalid_choice": _("Choisissez une position de la liste."),
                    },
                )
                names.append(item_name)
            return names
        return [name]

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
            if question.type != grading.ORDERING:
                continue
            positions = [cleaned.get(n) for n in names]
            if None in positions:
                continue  # the missing positions already have their own error
            if sorted(positions) != list(range(1, len(names) + 1)):
                self.add_error(
                    names[0],
                    _("Donnez à chaque élément une position différente, de 1 à %(n)d.")
                    % {"n": len(names)},
                )
        return cleaned

    def rows(self) -> list[QuestionRow]:
        rows = []
        for number, (question, choices, names) in enumerate(self._layout, start=1):
            bound = [self[n] for n in names]
            errors = [e for b in bound for e in b.errors]
            rows.append(QuestionRow(number, question, choices, bound, list(dict.fromkeys(errors))))
        return rows

    def answers(self) -> dict[str, object]:
        """The cleaned answers as {question_id: response} (see quizzes.grading)."""
        answers: dict[str, object] = {}
        for question, choices, names in self._layout:
            if question.type == grading.ORDERING:
                by_position = sorted(
                    zip((self.cleaned_data[n] for n in names), choices, strict=True),
                    key=lambda pair: pair[0],
                )
                answers[question.id] = [choice.id for _pos, choice in by_position]
            else:
                answers[question.id] = self.cleaned_data[names[0]]
        return answers

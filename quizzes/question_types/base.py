"""What every question type provides, and the block pieces the built-in types share.

A question type is ONE class (one file in this package) holding everything about it:

- its StreamField block (``block_class``) and how to build the grading dataclass from a block;
- how choices are ordered for an attempt (``display_order``);
- its form field(s), its cross-field checks and how to read the answer back from cleaned data;
- validation of a response and PURE grading (``validate``, ``credit``: no database, no request);
- review rendering (``review_template`` + ``review_context``);
- statistics (``statistics``: the spread of wrong answers by default) and ``stats_template``;
- export (``answer_text``: the answer as readable text, for the learner's data export).

Register an instance with ``quizzes.question_types.registry.register``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError

from .data import Choice, InvalidAnswers, Question

PREFIX = "q_"
PREVIEW_TEMPLATE = "quizzes/blocks/question_preview.html"
SPREAD_SIZE = 10  # wrong answers listed per question in the statistics


def field_name(question_id: str, item_id: str | None = None) -> str:
    """The form field name of a question (or of one item of it, e.g. an ordering position)."""
    return f"{PREFIX}{question_id}" + (f"__{item_id}" if item_id else "")


# -- block pieces ----------------------------------------------------------------------------------


def block_error(field: str, message) -> StructBlockValidationError:
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
        template = PREVIEW_TEMPLATE


def explanation_block():
    return blocks.TextBlock(
        label=_("Explication"),
        required=False,
        max_length=800,
        help_text=_("Pourquoi la bonne réponse est la bonne ; affichée selon le réglage du quiz."),
    )


def lesson_block():
    # A page type string, not an import: quizzes never import the lessons app.
    return blocks.PageChooserBlock(
        page_type="lessons.LessonPage",
        required=False,
        label=_("Leçon à revoir"),
        help_text=_(
            "Facultatif. Proposée sur la page de résultat à qui se trompe à cette question."
        ),
    )


def choices_from_list(list_value) -> tuple[Choice, ...]:
    return tuple(
        Choice(
            id=str(child.id),
            text=child.value["text"],
            correct=bool(child.value["is_correct"]),
            feedback=child.value.get("feedback") or "",
        )
        for child in list_value.bound_blocks
    )


# -- the type --------------------------------------------------------------------------------------


class QuestionType:
    name: str = ""  # the StreamField block name, stored in QuizAnswer.question_type
    label = ""  # for editors (statistics), translated
    graded = True  # False: kept but never scored (credit None)
    required = True  # False: the learner may leave it blank
    block_class: type[blocks.Block] | None = None
    form_template = "quizzes/question_types/form/text.html"
    review_template = "quizzes/question_types/review/text.html"
    stats_template = "quizzes/question_types/stats/graded.html"

    REQUIRED_MESSAGES = {
        "required": _("Répondez à cette question pour continuer."),
        "invalid_choice": _("Choisissez une des réponses proposées."),
    }

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    # -- content -------------------------------------------------------------------------------

    def make_block(self) -> blocks.Block:
        return self.block_class()

    def common(self, child) -> dict:
        """The Question fields every type fills from its block (a bound StreamField child)."""
        value = child.value
        lesson = value.get("lesson")  # a LessonPage, or None (no lesson, or deleted since)
        return {
            "id": str(child.id),
            "type": self.name,
            "prompt": value["question"],
            "explanation": value.get("explanation") or "",
            "lesson_id": getattr(lesson, "pk", None),
        }

    def question_from_block(self, child) -> Question:
        return Question(**self.common(child))

    def display_order(self, question: Question, *, shuffle_choices: bool, rng) -> list[str] | None:
        """The choice ids in the order to show them in a new attempt (None: nothing to order)."""
        return None

    # -- form ----------------------------------------------------------------------------------

    def add_fields(self, fields: dict, question: Question, choices: Sequence[Choice]) -> list[str]:
        """Add the question's form field(s) to `fields`; return their names."""
        raise NotImplementedError

    def form_help(self, question: Question, bound_fields: list) -> str:
        return bound_fields[0].help_text if bound_fields else ""

    def clean_form(self, cleaned: dict, question: Question, names: list[str]) -> str | None:
        """A cross-field error message (shown on the first field), or None."""
        return None

    def answer_from_form(
        self, cleaned: dict, question: Question, choices: Sequence[Choice], names: list[str]
    ):
        return cleaned.get(names[0])

    # -- grading (pure) ------------------------------------------------------------------------

    def validate(self, question: Question, response) -> object:
        """A clean copy of a (non-None) response; raise InvalidAnswers when it is ill-formed."""
        raise NotImplementedError

    def credit(self, question: Question, response) -> float:
        """From 0 to 1, for a validated, non-None response of a graded type."""
        raise NotImplementedError

    def correct_response(self, question: Question):
        """A response earning full credit (None for an ungraded type)."""
        return None

    # -- review --------------------------------------------------------------------------------

    def review_context(
        self, question: Question, response, choices: Sequence[Choice], credit: float | None
    ) -> dict:
        """What `review_template` shows (the template also gets `feedback` and `row`)."""
        return {"text": self.answer_text(question, response)}

    # -- statistics ----------------------------------------------------------------------------

    def wrong_labels(self, question: Question, response) -> list[str]:
        """What a wrong response counts as in the spread of wrong answers."""
        text = self.answer_text(question, response)
        if isinstance(text, list):
            return [" → ".join(text)]
        return [text] if text else []

    def statistics(self, question: Question, rows) -> dict:
        """Extra figures for one question from its answers (attempt_id, response, credit).

        Default: the spread of wrong answers, most frequent first (ties by text), top
        SPREAD_SIZE, with the number of distinct wrong answers.
        """
        counter: Counter = Counter()
        for _attempt, response, credit in rows:
            if response is None or (credit is not None and credit >= 1):
                continue
            try:
                counter.update(self.wrong_labels(question, response))
            except (TypeError, ValueError, KeyError, AttributeError):
                continue  # a response recorded under an older shape of the question
        spread = sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))
        return {"spread": spread[:SPREAD_SIZE], "spread_distinct": len(spread)}

    # -- export --------------------------------------------------------------------------------

    def answer_text(self, question: Question, response) -> str | list[str]:
        """The response as the learner would read it (texts, not ids)."""
        return "" if response is None else str(response)


def require_str_in(response, ids, question: Question) -> str:
    if not isinstance(response, str) or response not in ids:
        raise InvalidAnswers(f"unknown choice for {question.id}")
    return response


def choice_rows(choices: Sequence[Choice], selected: set) -> list[dict]:
    """Each shown choice with whether the learner picked it (for the choice review template)."""
    return [{"choice": c, "selected": c.id in selected} for c in choices]

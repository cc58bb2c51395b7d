"""Question types: one class per type, one file per type, and the registry that lists them.

The built-in types are registered here, at import of the package, in the order of the editor's
"add a question" menu. Adding a type: write one file (a QuestionType subclass with its block) and
register an instance, here or from an app's ``AppConfig.ready``.
"""

from . import registry
from .base import QuestionType
from .data import MAX_TEXT_LENGTH, Choice, InvalidAnswers, Question
from .multiple_choice import MultipleChoice
from .ordering import Ordering
from .self_assessment import SelfAssessment
from .short_text import ShortText
from .single_choice import SingleChoice
from .true_false import TrueFalse

for _type in (SingleChoice, MultipleChoice, TrueFalse, ShortText, Ordering, SelfAssessment):
    registry.register(_type())

__all__ = [
    "MAX_TEXT_LENGTH",
    "Choice",
    "InvalidAnswers",
    "Question",
    "QuestionType",
    "registry",
]

"""The quiz's question StreamBlock, built from the question type registry. A block's id
(StreamField child id) is the question's identity; a choice's id (ListBlock item id) is the
choice's identity. Rewording keeps both, so attempts and statistics survive edits.

``questions_from_stream`` turns the StreamField value into the plain dataclasses of
``quizzes.grading`` (no database beyond the lesson choosers' page look-up, one per block type).
"""

from __future__ import annotations

from wagtail import blocks

from .question_types import Question, registry


class QuestionStreamBlock(blocks.StreamBlock):
    """One child block per registered question type (see quizzes.question_types)."""

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__(registry.child_blocks() + list(local_blocks or []), **kwargs)
        registry.track_stream_block(self)

    class Meta:
        min_num = 1


def question_from_block(child) -> Question:
    """One StreamField child (a bound block with .id, .block_type, .value) as a grading.Question."""
    try:
        kind = registry.get(child.block_type)
    except registry.UnknownQuestionType:
        raise ValueError(f"unknown question block {child.block_type!r}") from None
    return kind.question_from_block(child)


def questions_from_stream(stream_value) -> list[Question]:
    return [question_from_block(child) for child in stream_value]

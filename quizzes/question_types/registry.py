"""The one list of question types: ``register`` / ``unregister`` / ``get`` / ``all_types``.

The built-in types are registered when the ``quizzes.question_types`` package is imported (see its
``__init__``). A type registered later (a test, another app's ``AppConfig.ready``) is added to every
question StreamBlock already built, so the quiz field accepts it at once; ``unregister`` takes it
out again.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import QuestionType


class UnknownQuestionType(LookupError):
    """No question type is registered under this name."""


_types: dict[str, QuestionType] = {}
_stream_blocks: list[weakref.ref] = []


def register(question_type: QuestionType) -> QuestionType:
    """Add a type (an instance of a QuestionType subclass); its name must be new."""
    name = question_type.name
    if not name or name in _types:
        raise ValueError(f"question type {name!r} is already registered (or has no name)")
    _types[name] = question_type
    for stream_block in _live_stream_blocks():
        _add_child(stream_block, question_type)
    return question_type


def unregister(name: str) -> None:
    _types.pop(name, None)
    for stream_block in _live_stream_blocks():
        stream_block.child_blocks.pop(name, None)


def get(name: str) -> QuestionType:
    try:
        return _types[name]
    except KeyError:
        raise UnknownQuestionType(name) from None


def all_types() -> list[QuestionType]:
    """In registration order (the order of the editor's "add a question" menu)."""
    return list(_types.values())


def names() -> tuple[str, ...]:
    return tuple(_types)


def child_blocks() -> list[tuple[str, object]]:
    """A fresh (name, block) pair per type, for building a question StreamBlock."""
    return [(t.name, t.make_block()) for t in _types.values()]


def track_stream_block(stream_block) -> None:
    """Remember a question StreamBlock so that later registrations reach it."""
    _stream_blocks.append(weakref.ref(stream_block))


def _live_stream_blocks() -> list:
    alive = [ref() for ref in _stream_blocks]
    _stream_blocks[:] = [weakref.ref(b) for b in alive if b is not None]
    return [b for b in alive if b is not None]


def _add_child(stream_block, question_type: QuestionType) -> None:
    block = question_type.make_block()
    block.set_name(question_type.name)
    stream_block.child_blocks[question_type.name] = block

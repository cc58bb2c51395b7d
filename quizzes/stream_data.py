"""Build question blocks in StreamField's raw JSON form, with explicit stable ids.

Used by the demo content and the tests. A choice is ``(text, is_correct)`` or
``(text, is_correct, feedback)``; pass ``id=`` / ``ids=`` to fix ids, otherwise uuids are drawn.
Graded questions take ``lesson=`` (a lesson page id): the lesson to revise when it is missed.
"""

from __future__ import annotations

import uuid


def _id(value: str | None) -> str:
    return value or str(uuid.uuid4())


def _with_lesson(block: dict, lesson: int | None) -> dict:
    if lesson is not None:
        block["value"]["lesson"] = lesson
    return block


def _choice_items(choices, ids=None):
    ids = ids or [None] * len(choices)
    items = []
    for choice, cid in zip(choices, ids, strict=True):
        text, correct, *rest = choice
        items.append(
            {
                "type": "item",
                "id": _id(cid),
                "value": {"text": text, "is_correct": correct, "feedback": rest[0] if rest else ""},
            }
        )
    return items


def single_choice(prompt, choices, *, explanation="", id=None, ids=None, lesson=None) -> dict:
    block = {
        "type": "single_choice",
        "id": _id(id),
        "value": {
            "question": prompt,
            "choices": _choice_items(choices, ids),
            "explanation": explanation,
        },
    }
    return _with_lesson(block, lesson)


def multiple_choice(prompt, choices, *, explanation="", id=None, ids=None, lesson=None) -> dict:
    block = single_choice(prompt, choices, explanation=explanation, id=id, ids=ids, lesson=lesson)
    block["type"] = "multiple_choice"
    return block


def true_false(
    prompt,
    answer: bool,
    *,
    explanation="",
    feedback_true="",
    feedback_false="",
    id=None,
    lesson=None,
) -> dict:
    block = {
        "type": "true_false",
        "id": _id(id),
        "value": {
            "question": prompt,
            "correct_answer": "true" if answer else "false",
            "feedback_true": feedback_true,
            "feedback_false": feedback_false,
            "explanation": explanation,
        },
    }
    return _with_lesson(block, lesson)


def short_text(prompt, accepted, *, explanation="", id=None, lesson=None) -> dict:
    block = {
        "type": "short_text",
        "id": _id(id),
        "value": {
            "question": prompt,
            "accepted_answers": [{"type": "item", "id": _id(None), "value": a} for a in accepted],
            "explanation": explanation,
        },
    }
    return _with_lesson(block, lesson)


def ordering(prompt, items, *, explanation="", id=None, ids=None, lesson=None) -> dict:
    ids = ids or [None] * len(items)
    block = {
        "type": "ordering",
        "id": _id(id),
        "value": {
            "question": prompt,
            "items": [
                {"type": "item", "id": _id(iid), "value": text}
                for text, iid in zip(items, ids, strict=True)
            ],
            "explanation": explanation,
        },
    }
    return _with_lesson(block, lesson)


def self_assessment(
    prompt, *, low="Pas du tout à l'aise", high="Tout à fait à l'aise", id=None
) -> dict:
    return {
        "type": "self_assessment",
        "id": _id(id),
        "value": {"question": prompt, "low_label": low, "high_label": high},
    }

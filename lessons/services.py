"""Lesson completion: the lesson side of courses.services.step_complete."""

from __future__ import annotations

from courses.services import StepNotAvailable, step_complete

from .models import LessonPage


def lesson_complete(*, user, lesson: LessonPage) -> bool:
    """Mark a live lesson as done for `user` (idempotent). True when newly completed.

    Raises courses.services.StepNotAvailable when the lesson is not live in a live course.
    """
    if not lesson.live:
        raise StepNotAvailable
    return step_complete(user=user, step=lesson)

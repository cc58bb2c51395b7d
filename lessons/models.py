"""Lesson pages (content) and lesson activity."""

from .pages import LessonPage  # noqa: F401

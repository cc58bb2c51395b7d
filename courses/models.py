"""Course content (pages) and what learners do with courses (activity models)."""

from .pages import CourseIndexPage, CoursePage, ModulePage, Topic  # noqa: F401

"""Course content (pages) and what learners do with courses (activity models)."""

from .activity import Certificate, Enrollment, StepCompletion  # noqa: F401
from .pages import CourseIndexPage, CoursePage, ModulePage, Topic  # noqa: F401

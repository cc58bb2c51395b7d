"""Read-side queries for the catalogue, course outlines and step navigation.

Each function has a fixed number of queries, whatever the number of modules, steps or courses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .pages import CourseIndexPage, CoursePage, ModulePage, Topic

DURATION_FILTERS = [
    ("court", _("Moins d'1 heure"), Q(estimated_duration_minutes__lt=60)),
    (
        "moyen",
        _("1 à 3 heures"),
        Q(estimated_duration_minutes__gte=60, estimated_duration_minutes__lte=180),
    ),
    ("long", _("Plus de 3 heures"), Q(estimated_duration_minutes__gt=180)),
]


@dataclass
class OutlineStep:
    page: Page
    module: OutlineModule
    number: int  # 1-based position in the whole course

    @property
    def id(self) -> int:
        return self.page.pk


@dataclass
class OutlineModule:
    page: Page
    number: int
    steps: list[OutlineStep] = field(default_factory=list)


@dataclass
class Outline:
    course: CoursePage
    modules: list[OutlineModule]

    @property
    def steps(self) -> list[OutlineStep]:
        return [step for module in self.modules for step in module.steps]

    def neighbours(self, page_id: int) -> tuple[OutlineStep | None, OutlineStep | None]:
        steps = self.steps
        for i, step in enumerate(steps):
            if step.page.pk == page_id:
                previous = steps[i - 1] if i > 0 else None
                following = steps[i + 1] if i + 1 < len(steps) else None
                return previous, following
        return None, None

    def step(self, page_id: int) -> OutlineStep | None:
        return next((s for s in self.steps if s.page.pk == page_id), None)


def course_outline(course: CoursePage) -> Outline:
    """The live modules of a course and their live steps, in tree order: one query."""
    pages = (
        Page.objects.live()
        .descendant_of(course)
        .filter(depth__in=[course.depth + 1, course.depth + 2])
        .order_by("path")
        .only("id", "title", "slug", "url_path", "path", "depth", "content_type_id", "live")
    )
    modules: list[OutlineModule] = []
    step_number = 0
    for page in pages:
        if page.depth == course.depth + 1:
            modules.append(OutlineModule(page=page, number=len(modules) + 1))
        elif modules and page.path.startswith(modules[-1].page.path):
            step_number += 1
            module = modules[-1]
            module.steps.append(OutlineStep(page=page, module=module, number=step_number))
    return Outline(course=course, modules=modules)


def step_context(step: Page) -> dict:
    """Course, module, outline and previous/next step around a lesson or quiz: two queries."""
    course_path = step.path[: CoursePage.steplen * (step.depth - 2)]
    course = CoursePage.objects.get(path=course_path)
    outline = course_outline(course)
    current = outline.step(step.pk)
    previous, following = outline.neighbours(step.pk)
    return {
        "course": course,
        "outline": outline,
        "current_step": current,
        "module": current.module if current else None,
        "previous_step": previous,
        "next_step": following,
    }


def catalogue_courses(index: CourseIndexPage, *, topic_slug: str = "", duration: str = ""):
    courses = (
        CoursePage.objects.live()
        .child_of(index)
        .select_related("topic", "cover_image")
        .prefetch_related("cover_image__renditions")
        .order_by("path")
    )
    if topic_slug:
        courses = courses.filter(topic__slug=topic_slug)
    for key, _label, condition in DURATION_FILTERS:
        if duration == key:
            courses = courses.filter(condition)
    return courses


def topics_in_use(index: CourseIndexPage):
    live_courses = CoursePage.objects.live().child_of(index)
    return Topic.objects.filter(courses__in=live_courses).distinct().order_by("name")


def featured_courses(*, limit: int = 6):
    return (
        CoursePage.objects.live()
        .select_related("topic", "cover_image")
        .prefetch_related("cover_image__renditions")
        .order_by("path")[:limit]
    )


__all__ = ["ModulePage", "course_outline", "step_context", "catalogue_courses"]

"""Read side of learner progress: a course's progress, the step to resume, the dashboard.

Definitions (decided here, on the server):
- progress of a course or module = live steps completed / live steps (lessons and quizzes alike;
  a quiz is completed only when passed, or submitted if it is a practice quiz);
- the next step ("Reprendre") = the first step not completed, in outline order; when every step is
  done, the last step visited (or the first step if none was recorded);
- a step's status for an enrolled learner: "done", "current" (the next step) or "todo".

Each function has a fixed number of queries, whatever the number of courses, modules or steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import F, Q
from wagtail.models import Page

from .models import Certificate, CoursePage, Enrollment, StepCompletion
from .selectors import Outline, OutlineModule, OutlineStep, course_outline

DONE, CURRENT, TODO = "done", "current", "todo"


def _percent(done: int, total: int) -> int:
    return round(100 * done / total) if total else 0


@dataclass
class ModuleProgress:
    module: OutlineModule
    done: int
    total: int

    @property
    def percent(self) -> int:
        return _percent(self.done, self.total)


@dataclass
class CourseProgress:
    outline: Outline
    enrollment: Enrollment
    done_ids: set[int]
    next_step: OutlineStep | None
    modules: list[ModuleProgress] = field(default_factory=list)

    @property
    def course(self) -> CoursePage:
        return self.outline.course

    @property
    def total(self) -> int:
        return sum(m.total for m in self.modules)

    @property
    def done(self) -> int:
        return sum(m.done for m in self.modules)

    @property
    def percent(self) -> int:
        return _percent(self.done, self.total)

    @property
    def completed(self) -> bool:
        return bool(self.enrollment.completed_at)

    @property
    def started(self) -> bool:
        return bool(self.done_ids) or self.enrollment.last_step_id is not None

    def status(self, step: OutlineStep) -> str:
        if step.page.pk in self.done_ids:
            return DONE
        if self.next_step is not None and step.page.pk == self.next_step.page.pk:
            return CURRENT
        return TODO

    @property
    def certificate(self) -> Certificate | None:
        try:
            return self.enrollment.certificate
        except Certificate.DoesNotExist:
            return None


def next_step(outline: Outline, done_ids: set[int], last_step_id: int | None) -> OutlineStep | None:
    """First step not done in outline order; if all are done, the last visited (or the first)."""
    steps = outline.steps
    for step in steps:
        if step.page.pk not in done_ids:
            return step
    if not steps:
        return None
    last = outline.step(last_step_id) if last_step_id else None
    return last or steps[0]


def build_progress(outline: Outline, enrollment: Enrollment, done_ids: set[int]) -> CourseProgress:
    live_ids = {s.page.pk for s in outline.steps}
    done_ids = done_ids & live_ids
    progress = CourseProgress(
        outline=outline,
        enrollment=enrollment,
        done_ids=done_ids,
        next_step=next_step(outline, done_ids, enrollment.last_step_id),
    )
    progress.modules = [
        ModuleProgress(
            module=module,
            done=sum(1 for s in module.steps if s.page.pk in done_ids),
            total=len(module.steps),
        )
        for module in outline.modules
    ]
    return progress


def course_progress(*, user, course: CoursePage, outline: Outline | None = None):
    """The progress of `user` in `course`, or None when not signed in or not enrolled.

    Two queries (enrollment, completions), plus one for the outline when not given.
    """
    if not getattr(user, "is_authenticated", False):
        return None
    enrollment = (
        Enrollment.objects.filter(user_id=user.pk, course_id=course.pk)
        .select_related("certificate")
        .first()
    )
    if enrollment is None:
        return None
    enrollment.course = course
    outline = outline or course_outline(course)
    done_ids = set(
        StepCompletion.objects.filter(user_id=user.pk, course_id=course.pk).values_list(
            "step_id", flat=True
        )
    )
    return build_progress(outline, enrollment, done_ids)


def step_is_done(*, user, step: Page) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return StepCompletion.objects.filter(user_id=user.pk, step_id=step.pk).exists()


def course_outlines(courses: list[CoursePage]) -> dict[int, Outline]:
    """The live outlines of several courses in ONE query (the pages under any of the courses)."""
    if not courses:
        return {}
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth__in=[course.depth + 1, course.depth + 2])
    pages = (
        Page.objects.live()
        .filter(condition)
        .order_by("path")
        .only("id", "title", "slug", "url_path", "path", "depth", "content_type_id", "live")
    )
    by_path = {course.path: course for course in courses}
    outlines = {course.pk: Outline(course=course, modules=[]) for course in courses}
    numbers = {course.pk: 0 for course in courses}
    for page in pages:
        course = by_path.get(page.path[: CoursePage.steplen * (page.depth - 1)])
        if course is not None and page.depth == course.depth + 1:
            modules = outlines[course.pk].modules
            modules.append(OutlineModule(page=page, number=len(modules) + 1))
            continue
        course = by_path.get(page.path[: CoursePage.steplen * (page.depth - 2)])
        if course is None:
            continue
        modules = outlines[course.pk].modules
        if modules and page.path.startswith(modules[-1].page.path):
            numbers[course.pk] += 1
            module = modules[-1]
            module.steps.append(OutlineStep(page=page, module=module, number=numbers[course.pk]))
    return outlines


@dataclass
class Dashboard:
    in_progress: list[CourseProgress]
    completed: list[CourseProgress]
    quiz_results: list | None  # None when the quiz app offers no results to show

    @property
    def is_empty(self) -> bool:
        return not self.in_progress and not self.completed


def _recent_quiz_results(user, limit: int):
    try:
        from quizzes.selectors import recent_results
    except ImportError:
        return None
    return list(recent_results(user, limit=limit))


def learner_dashboard(*, user, quiz_results_limit: int = 5) -> Dashboard:
    """Everything "Mon parcours" shows, in a fixed number of queries for any number of courses:
    courses in progress (live ones only) and completed courses (kept with their certificate even
    if the course is unpublished later). Queries: enrollments with their course and certificate
    (1), all outlines (1), all completions (1), plus quizzes.selectors.recent_results (1 today)
    when the quiz app provides it."""
    enrollments = list(
        Enrollment.objects.filter(user_id=user.pk)
        .filter(Q(course__live=True) | Q(completed_at__isnull=False))
        .select_related("course", "certificate")
        .order_by(F("last_activity_at").desc(nulls_last=True), "-enrolled_at")
    )
    outlines = course_outlines([e.course for e in enrollments])
    done_by_course: dict[int, set[int]] = {e.course_id: set() for e in enrollments}
    if enrollments:
        completions = StepCompletion.objects.filter(
            user_id=user.pk, course_id__in=list(done_by_course)
        ).values_list("course_id", "step_id")
        for course_id, step_id in completions:
            done_by_course[course_id].add(step_id)
    in_progress, completed = [], []
    for enrollment in enrollments:
        progress = build_progress(
            outlines[enrollment.course_id], enrollment, done_by_course[enrollment.course_id]
        )
        (completed if enrollment.completed_at else in_progress).append(progress)
    completed.sort(key=lambda p: p.enrollment.completed_at, reverse=True)
    return Dashboard(
        in_progress=in_progress,
        completed=completed,
        quiz_results=_recent_quiz_results(user, quiz_results_limit),
    )

"""Read side of courses: the catalogue, course outlines, step navigation and learner progress.

Each function has a fixed number of queries, whatever the number of modules, steps or courses.

Progress definitions (decided here, on the server):
- progress of a course or module = live steps completed / live steps (lessons and quizzes alike;
  a quiz is completed only when passed, or submitted if it is a practice quiz);
- the next step ("Reprendre") = the first step not completed, in outline order; when every step is
  done, the last step the learner acted on (or the first step if none was recorded);
- a step's status for an enrolled learner: "done", "current" (the next step) or "todo".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.page_serving import cached_by_version, content_version

from .models import Certificate, CourseIndexPage, CoursePage, Enrollment, StepCompletion, Topic

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
    url: str = ""  # the page's URL, as {% pageurl %} would give it (see course_outlines)

    @property
    def id(self) -> int:
        return self.page.pk


@dataclass
class OutlineModule:
    page: Page
    number: int
    steps: list[OutlineStep] = field(default_factory=list)
    url: str = ""


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


def course_path(step: Page) -> str:
    """The tree path of the course a step (lesson, quiz) belongs to: two levels up."""
    return step.path[: CoursePage.steplen * (step.depth - 2)]


def course_of_step(step: Page) -> CoursePage:
    """The course a step belongs to: from the cache (under the page version, like the outlines)
    or one query. Raises CoursePage.DoesNotExist."""
    path = course_path(step)
    return cached_by_version(f"course-at:{path}", lambda: CoursePage.objects.get(path=path))


def course_outline(course: CoursePage) -> Outline:
    """The live modules of a course and their live steps, in tree order: one query."""
    return course_outlines([course])[course.pk]


def course_outlines(courses: list[CoursePage]) -> dict[int, Outline]:
    """The live outlines of several courses: from the cache, or in ONE query for those missing.

    Outlines are cached under the page cache's version (cms.page_serving.content_version): any
    publish, unpublish, move, save or deletion of a page forgets them all.
    """
    version = content_version()
    keys = {course.pk: f"outline:{version}:{course.pk}" for course in courses}
    cached = cache.get_many(list(keys.values())) if courses else {}
    outlines = {}
    for course in courses:
        if keys[course.pk] in cached:
            outlines[course.pk] = replace(cached[keys[course.pk]], course=course)
    missing = [course for course in courses if course.pk not in outlines]
    built = _build_outlines(missing)
    if built:
        cache.set_many(
            {keys[pk]: replace(o, course=None) for pk, o in built.items()},
            settings.PAGE_CACHE_SECONDS,
        )
    outlines.update(built)
    return {course.pk: outlines[course.pk] for course in courses}


def _build_outlines(courses: list[CoursePage]) -> dict[int, Outline]:
    outlines = {course.pk: Outline(course=course, modules=[]) for course in courses}
    if not courses:
        return outlines
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
    numbers = {course.pk: 0 for course in courses}
    # A page below a course has the course's URL followed by the rest of its url_path: one URL
    # lookup per course instead of one per link ({% pageurl %} costs ~50 µs, 60 times a page).
    urls = {}
    steplen = CoursePage.steplen

    def url(course, page) -> str:
        if course.pk not in urls:
            urls[course.pk] = course.get_url() or ""
        base = urls[course.pk]
        return base + page.url_path[len(course.url_path) :] if base else ""

    for page in pages:
        # A module sits one level below its course, a step two levels below.
        course = by_path.get(page.path[: steplen * (page.depth - 1)])
        if course is not None and page.depth == course.depth + 1:
            modules = outlines[course.pk].modules
            modules.append(OutlineModule(page=page, number=len(modules) + 1, url=url(course, page)))
            continue
        course = by_path.get(page.path[: steplen * (page.depth - 2)])
        if course is None:
            continue
        modules = outlines[course.pk].modules
        if modules and page.path.startswith(modules[-1].page.path):
            numbers[course.pk] += 1
            module = modules[-1]
            module.steps.append(
                OutlineStep(
                    page=page, module=module, number=numbers[course.pk], url=url(course, page)
                )
            )
    return outlines


def step_context(step: Page) -> dict:
    """Course, module, outline and previous/next step around a lesson or quiz: two queries."""
    course = course_of_step(step)
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


def _duration_condition(duration: str) -> Q:
    """The filter of a duration key; an unknown or empty key filters nothing."""
    for key, _label, condition in DURATION_FILTERS:
        if duration == key:
            return condition
    return Q()


def _catalogue(index: CourseIndexPage):
    return CoursePage.objects.live().child_of(index)


def catalogue_courses(index: CourseIndexPage, *, topic_slug: str = "", duration: str = ""):
    courses = (
        _catalogue(index)
        .select_related("topic", "cover_image")
        .prefetch_related("cover_image__renditions")
        .order_by("path")
    )
    if topic_slug:
        courses = courses.filter(topic__slug=topic_slug)
    return courses.filter(_duration_condition(duration))


def topics_in_use(index: CourseIndexPage, *, duration: str = ""):
    """Topics of the live courses, each with `course_count`: its courses of that duration.

    One query. A topic keeps its place with a count of 0 when the duration filter empties it,
    so the list does not jump around while a learner tries filters.
    """
    live = _catalogue(index)
    return (
        Topic.objects.filter(courses__in=live)
        .annotate(
            course_count=Count(
                "courses",
                filter=Q(courses__in=live.filter(_duration_condition(duration))),
                distinct=True,
            )
        )
        .order_by("name")
    )


@dataclass
class DurationOption:
    key: str
    label: str
    course_count: int


@dataclass
class CatalogueCounts:
    """How many courses each filter option holds, given the other filter's choice."""

    durations: list[DurationOption]
    all_durations: int  # courses of the chosen topic, any duration
    all_topics: int  # courses of the chosen duration, any topic


def catalogue_counts(
    index: CourseIndexPage, *, topic_slug: str = "", duration: str = ""
) -> CatalogueCounts:
    """The counts shown beside the catalogue filters ("CV (2)"): one query."""
    of_topic = Q(topic__slug=topic_slug) if topic_slug else Q(pk__isnull=False)
    of_duration = _duration_condition(duration) or Q(pk__isnull=False)
    counts = _catalogue(index).aggregate(
        all_durations=Count("pk", filter=of_topic),
        all_topics=Count("pk", filter=of_duration),
        **{
            f"duration_{key}": Count("pk", filter=of_topic & condition)
            for key, _label, condition in DURATION_FILTERS
        },
    )
    return CatalogueCounts(
        durations=[
            DurationOption(key=key, label=label, course_count=counts[f"duration_{key}"])
            for key, label, _condition in DURATION_FILTERS
        ],
        all_durations=counts["all_durations"],
        all_topics=counts["all_topics"],
    )


def featured_courses(*, limit: int = 6):
    return (
        CoursePage.objects.live()
        .select_related("topic", "cover_image")
        .prefetch_related("cover_image__renditions")
        .order_by("path")[:limit]
    )


# --- Learner progress -----------------------------------------------------------------------------
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
    def new_steps(self) -> list[OutlineStep]:
        """Steps added since the course was completed (it stays completed): empty otherwise."""
        if not self.completed:
            return []
        return [step for step in self.outline.steps if step.page.pk not in self.done_ids]

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


def course_progress(
    *, user, course: CoursePage, outline: Outline | None = None
) -> CourseProgress | None:
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

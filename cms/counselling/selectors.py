"""Read side of the counsellor workspace. Each function has a fixed number of queries, whatever
the size of the caseload, the number of lessons or of attempts.

The caseload is ONE selector (caseload_queryset + caseload_rows): the page, the CSV export and the
weekly digest e-mail read the same rows, filtered, sorted and flagged the same way.
Every function takes the counsellor and starts from permissions.visible_learners.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import islice

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    CharField,
    Count,
    DateTimeField,
    Exists,
    F,
    FloatField,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone

from courses.models import CoursePage, Enrollment, StepCompletion
from courses.selectors import CourseProgress, Outline, build_progress, course_outlines
from quizzes import grading
from quizzes.models import AttemptGrant, QuizAnswer, QuizAttempt, QuizPage
from quizzes.selectors import granted_attempts

from . import flags
from .models import AccessLog, CounsellorLink, Note
from .permissions import visible_learners

CHART_WEEKS = 8
DEFAULT_SORT = "attention"


@dataclass(frozen=True)
class CaseloadFilters:
    q: str = ""
    flag: str = ""
    course_id: int | None = None
    sort: str = DEFAULT_SORT


# --- The caseload --------------------------------------------------------------------------------
#
# One pass over aggregated rows: ONE query (a UNION ALL of per-learner aggregates over each
# activity table, plus the weekly activity) gives every fact of every learner of the caseload;
# flags.py turns facts into flags in Python. The summary strip needs every learner's flags anyway,
# so filtering, sorting and paginating then happen on that pass (compact rows, no model objects);
# only the page's learners get their courses loaded (one more query).

COLUMNS = [
    *("kind", "uid", "d1", "d2", "d3", "n1", "n2", "n3", "n4", "n5", "n6", "f1", "t1", "t2", "t3")
]
_DATE = {"d1", "d2", "d3"}
_TEXT = {"t1", "t2", "t3"}


def _fill(skip=(), **given) -> dict:
    """Every column of the union: the given expressions, typed NULLs for the rest."""
    columns = {}
    for name in COLUMNS[2:]:
        if name in skip:
            continue
        if name in given:
            columns[name] = given[name]
        else:
            columns[name] = _null(
                DateTimeField()
                if name in _DATE
                else CharField()
                if name in _TEXT
                else FloatField()
                if name == "f1"
                else IntegerField()
            )
    return columns


def _null(output_field):
    """A typed NULL: PostgreSQL types an untyped NULL of a UNION's first branch as text."""
    return Cast(Value(None), output_field)


_POSITION = {name: i for i, name in enumerate(COLUMNS)}


class _Row(tuple):
    """A row of the union read by column name (tuples are cheaper than dicts for 10,000 rows)."""

    __slots__ = ()

    def __getitem__(self, name):
        return tuple.__getitem__(self, _POSITION[name])


def _per_learner(queryset: QuerySet, kind: str, group=(), **aggregates) -> QuerySet:
    return (
        queryset.order_by()
        .annotate(uid=F("user"))
        .values("uid", *group)
        .annotate(kind=Value(kind), **_fill(**aggregates))
        .values(*COLUMNS)
    )


@dataclass
class LearnerFacts:
    """A learner of the caseload: who, and the facts the flags are computed from."""

    pk: int
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    facts: flags.Facts = field(default_factory=flags.Facts)
    score_total: float = 0.0
    score_count: int = 0
    flags: list[str] = field(default_factory=list)

    def get_full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.email.split("@")[0]

    @property
    def linked_at(self):
        return self.facts.linked_at

    @property
    def last_activity(self):
        return self.facts.last_activity

    @property
    def quiz_average(self) -> float | None:
        return self.score_total / self.score_count if self.score_count else None

    concerns: int = 0  # flags that call for attention (all but a recent completion)


@dataclass
class WeekActivity:
    start: date
    steps: int = 0
    learners: int = 0
    quizzes: int = 0


@dataclass
class Overview:
    total: int
    counts: dict[str, int]  # flag -> learners
    weeks: list[WeekActivity]

    @property
    def max_steps(self) -> int:
        return max([w.steps for w in self.weeks] + [1])


def _narrowed(queryset: QuerySet, filters: CaseloadFilters) -> QuerySet:
    """Search and course filters (the flag filter comes later: the summary counts ignore it)."""
    for term in filters.q.split()[:5]:
        queryset = queryset.filter(
            Q(first_name__icontains=term) | Q(last_name__icontains=term) | Q(email__icontains=term)
        )
    if filters.course_id:
        queryset = queryset.filter(
            Exists(Enrollment.objects.filter(user=OuterRef("pk"), course_id=filters.course_id))
        )
    return queryset


def _week_starts(now: datetime) -> list[date]:
    today = timezone.localtime(now).date()
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=i) for i in range(CHART_WEEKS - 1, -1, -1)]


def _latest(*values):
    present = [v for v in values if v is not None]
    return max(present) if present else None


def caseload_facts(
    counsellor, filters: CaseloadFilters, t: flags.Thresholds, *, learner_id=None, weeks=True
) -> tuple[list[LearnerFacts], list[WeekActivity]]:
    """Every visible learner (searched, filtered by course) with facts and flags, and the weekly
    activity of the last 8 weeks: ONE query, whatever the size of the caseload."""
    learners = _narrowed(visible_learners(counsellor, with_link_date=True), filters)
    if learner_id is not None:
        learners = learners.filter(pk=learner_id)
    ids = learners.values("pk")
    confidence = (
        QuizAnswer.objects.filter(
            attempt__user=OuterRef("pk"), question_type=grading.SELF_ASSESSMENT
        )
        .order_by("-attempt__submitted_at", "-pk")
        .values("response")[:1]
    )
    branches = [
        learners.order_by()
        .annotate(
            kind=Value("user"),
            uid=F("pk"),
            **_fill(
                d1=F("linked_at"),
                n1=Cast(Subquery(confidence), IntegerField()),
                t1=F("first_name"),
                t2=F("last_name"),
                t3=F("email"),
            ),
        )
        .values(*COLUMNS),
        _per_learner(
            Enrollment.objects.filter(user__in=ids),
            "enrol",
            d1=Max(Coalesce("last_activity_at", "enrolled_at")),
            d2=Max("enrolled_at"),
            d3=Max("completed_at"),
            n1=Count("pk", filter=Q(completed_at__isnull=True, last_step__isnull=False)),
        ),
        _per_learner(StepCompletion.objects.filter(user__in=ids), "step", d1=Max("completed_at")),
        _per_learner(
            QuizAttempt.objects.filter(user__in=ids, submitted_at__isnull=False),
            "quiz",
            group=("quiz",),
            d1=Max("submitted_at"),
            n1=Count("pk", filter=Q(is_practice=False, passed=False)),
            n2=Count("pk", filter=Q(is_practice=False, passed=True)),
            n3=Count("pk", filter=Q(is_practice=False)),
            n4=Max("quiz__max_attempts", filter=Q(quiz__is_practice=False)),
            n5=Max(granted_attempts(user_ref=OuterRef("user"), quiz_ref=OuterRef("quiz"))),
            n6=Count("score", filter=Q(is_practice=False)),
            f1=Sum("score", filter=Q(is_practice=False)),
        ),
    ]
    starts = _week_starts(t.now)
    if weeks:
        # The week of each row as a CASE over the 8 week starts (plain comparisons: a database
        # function per row, like TruncWeek on SQLite, costs more than the rest of the pass).
        bounds = [timezone.make_aware(datetime.combine(d, datetime.min.time())) for d in starts]
        for kind, model, moment in (
            ("wstep", StepCompletion, "completed_at"),
            ("wquiz", QuizAttempt, "submitted_at"),
        ):
            week = Case(
                *[
                    When(**{f"{moment}__gte": bounds[i]}, then=Value(i))
                    for i in range(len(bounds) - 1, -1, -1)
                ],
                output_field=IntegerField(),
            )
            branches.append(
                model.objects.filter(user__in=ids, **{f"{moment}__gte": bounds[0]})
                .order_by()
                .annotate(n3=week)
                .values("n3")
                .annotate(
                    kind=Value(kind),
                    uid=_null(IntegerField()),
                    **_fill(skip=("n3",), n1=Count("pk"), n2=Count("user", distinct=True)),
                )
                .values(*COLUMNS)
            )
    union = branches[0].union(*branches[1:], all=True)

    by_id: dict[int, LearnerFacts] = {}
    activity: dict[int, list] = {}
    week_rows = {start: WeekActivity(start=start) for start in starts}
    for values in union.values_list(*COLUMNS):
        row = _Row(values)
        kind, uid = row["kind"], row["uid"]
        if kind in ("wstep", "wquiz"):
            week = week_rows.get(starts[row["n3"]]) if row["n3"] is not None else None
            if week is not None and kind == "wstep":
                week.steps, week.learners = week.steps + row["n1"], week.learners + row["n2"]
            elif week is not None:
                week.quizzes += row["n1"]
            continue
        learner = by_id.setdefault(uid, LearnerFacts(pk=uid))
        f = learner.facts
        dates = activity.setdefault(uid, [None, None, None])  # activity, completion, enrolled
        if kind == "user":
            learner.first_name, learner.last_name = row["t1"] or "", row["t2"] or ""
            learner.email = row["t3"] or ""
            f.linked_at, f.confidence = row["d1"], row["n1"]
        elif kind == "enrol":
            dates[0] = _latest(dates[0], row["d1"])
            dates[2] = row["d2"]
            f.last_completed_at, f.open_course = row["d3"], bool(row["n1"])
        elif kind == "step":
            dates[1] = row["d1"]
        else:  # one graded or practice quiz of this learner
            dates[0] = _latest(dates[0], row["d1"])
            fails, passes, used = row["n1"] or 0, row["n2"] or 0, row["n3"] or 0
            f.failed_quizzes += flags.quiz_failed(fails=fails, passes=passes, t=t)
            f.exhausted_quizzes += flags.quiz_exhausted(
                used=used, passes=passes, max_attempts=row["n4"], granted=row["n5"] or 0
            )
            learner.score_total += row["f1"] or 0.0
            learner.score_count += row["n6"] or 0
    result = []
    for uid, learner in by_id.items():
        if learner.facts.linked_at is None:  # not (or no longer) visible: no "user" row
            continue
        last_activity, last_completion, last_enrolled = activity[uid]
        learner.facts.last_activity = _latest(last_activity, last_completion)
        learner.facts.last_progress = _latest(last_completion, last_enrolled)
        learner.flags = flags.evaluate(learner.facts, t)
        learner.concerns = sum(1 for name in learner.flags if name in flags.CONCERNS)
        result.append(learner)
    return result, list(week_rows.values())


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


_NEVER = datetime.min.replace(tzinfo=UTC)


def _sort_key(sort: str):
    def name(x: LearnerFacts):
        return (_fold(x.last_name), _fold(x.first_name), x.pk)

    def stamp(x: LearnerFacts) -> float:
        return (x.last_activity or _NEVER).timestamp()

    keys = {
        "attention": lambda x: (-x.concerns, x.last_activity is not None, stamp(x), *name(x)),
        "name": name,
        "activity": lambda x: (x.last_activity is not None, stamp(x), *name(x)),
        "-activity": lambda x: (x.last_activity is None, -stamp(x), *name(x)),
        "-quiz": lambda x: (x.quiz_average is None, -(x.quiz_average or 0), *name(x)),
        "quiz": lambda x: (x.quiz_average is None, x.quiz_average or 0, *name(x)),
    }
    return keys.get(sort, keys[DEFAULT_SORT])


def caseload_learners(
    counsellor, filters: CaseloadFilters, t: flags.Thresholds | None = None
) -> tuple[list[LearnerFacts], Overview]:
    """The caseload's learners, filtered (search, course, flag) and sorted, with the overview
    (learners per flag before the flag filter, weekly activity): one query."""
    t = t or flags.Thresholds.from_settings()
    learners, weeks = caseload_facts(counsellor, filters, t)
    counts = dict.fromkeys(flags.ALL, 0)
    for learner in learners:
        for name in learner.flags:
            counts[name] += 1
    overview = Overview(total=len(learners), counts=counts, weeks=weeks)
    if filters.flag in flags.ALL:
        learners = [x for x in learners if filters.flag in x.flags]
    learners.sort(key=_sort_key(filters.sort))
    return learners, overview


@dataclass
class CourseLine:
    course: CoursePage
    done: int
    total: int
    completed_at: datetime | None

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class CaseloadRow:
    learner: LearnerFacts
    courses: list[CourseLine] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return self.learner.flags

    @property
    def last_activity(self) -> datetime | None:
        return self.learner.last_activity

    @property
    def quiz_average(self) -> float | None:
        return self.learner.quiz_average


def caseload_courses(counsellor) -> list[CoursePage]:
    """The courses any visible learner is enrolled in (for the course filter): one query."""
    enrolled = Enrollment.objects.filter(
        course=OuterRef("pk"), user__in=visible_learners(counsellor).values("pk")
    )
    return list(CoursePage.objects.filter(Exists(enrolled)).order_by("title", "pk"))


def caseload_rows(learners: list, outlines: dict[int, Outline]) -> list[CaseloadRow]:
    """Rows with each learner's courses and progress: ONE query for any number of learners."""
    rows = {learner.pk: CaseloadRow(learner=learner) for learner in learners}
    if not learners:
        return []
    live_steps = [s.page.pk for o in outlines.values() for s in o.steps]
    done = (
        StepCompletion.objects.filter(
            user=OuterRef("user"), course=OuterRef("course"), step_id__in=live_steps
        )
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    enrollments = (
        Enrollment.objects.filter(user_id__in=list(rows))
        .annotate(done=Coalesce(Subquery(done, output_field=IntegerField()), 0))
        .order_by(F("last_activity_at").desc(nulls_last=True), "course_id")
        .values("user_id", "course_id", "done", "completed_at")
    )
    for enrollment in enrollments:
        row = rows[enrollment["user_id"]]
        outline = outlines.get(enrollment["course_id"])
        if outline is not None:
            row.courses.append(
                CourseLine(
                    course=outline.course,
                    done=enrollment["done"],
                    total=len(outline.steps),
                    completed_at=enrollment["completed_at"],
                )
            )
    return list(rows.values())


@dataclass
class CaseloadPage:
    filters: CaseloadFilters
    overview: Overview
    page_obj: object
    rows: list[CaseloadRow]
    courses: list[CoursePage]
    thresholds: flags.Thresholds

    @property
    def matching(self) -> int:
        return self.page_obj.paginator.count


def caseload_page(
    *, counsellor, filters: CaseloadFilters, page_number=1, per_page: int | None = None
) -> CaseloadPage:
    """The caseload screen: courses (1), outlines (1), the one pass (1), the page's courses (1).
    Four queries for 10 or 10,000 learners."""
    t = flags.Thresholds.from_settings()
    per_page = per_page or getattr(settings, "COUNSELLING_PAGE_SIZE", 25)
    courses = caseload_courses(counsellor)
    outlines = course_outlines(courses)
    if filters.course_id and filters.course_id not in outlines:
        filters = CaseloadFilters(q=filters.q, flag=filters.flag, sort=filters.sort)
    learners, overview = caseload_learners(counsellor, filters, t)
    page_obj = Paginator(learners, per_page).get_page(page_number)
    return CaseloadPage(
        filters=filters,
        overview=overview,
        page_obj=page_obj,
        rows=caseload_rows(list(page_obj.object_list), outlines),
        courses=courses,
        thresholds=t,
    )


def _chunks(iterable, size: int) -> Iterator[list]:
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def caseload_iter(
    *, counsellor, filters: CaseloadFilters, chunk_size: int = 500
) -> Iterator[list[CaseloadRow]]:
    """Every row of the caseload, in the screen's order, chunk by chunk: for the CSV and the
    digest. Three queries up front (courses, outlines, the one pass: compact facts, no model
    objects), then one per chunk for its learners' courses; rows are built a chunk at a time."""
    t = flags.Thresholds.from_settings()
    outlines = course_outlines(caseload_courses(counsellor))
    learners, _overview = caseload_learners(counsellor, filters, t)
    for chunk in _chunks(learners, chunk_size):
        yield caseload_rows(chunk, outlines)


# --- One learner ---------------------------------------------------------------------------------


@dataclass
class AttemptLine:
    attempt: QuizAttempt
    wrong: list  # grading.Question answered wrong or partly (graded questions only)


@dataclass
class QuizLine:
    quiz: QuizPage
    course: CoursePage | None
    attempts: list[AttemptLine]
    granted: int
    lessons: list  # the lesson pages of the quiz's module, before it (what the questions teach)

    @property
    def submitted(self) -> list[AttemptLine]:
        return [a for a in self.attempts if a.attempt.submitted_at]

    @property
    def passed(self) -> bool:
        return any(a.attempt.passed for a in self.submitted)

    @property
    def failures(self) -> int:
        return sum(1 for a in self.submitted if a.attempt.passed is False)

    @property
    def allowed(self) -> int | None:
        limit = self.quiz.attempt_limit
        return None if limit is None else limit + self.granted

    @property
    def out_of_attempts(self) -> bool:
        allowed = self.allowed
        return allowed is not None and not self.passed and len(self.submitted) >= allowed

    @property
    def best(self) -> float | None:
        scores = [a.attempt.score for a in self.submitted if a.attempt.score is not None]
        return max(scores) if scores else None

    @property
    def difficulties(self) -> list:
        """Questions missed in the latest attempt (what to go over together)."""
        return self.submitted[-1].wrong if self.submitted and not self.passed else []


@dataclass
class SelfAssessment:
    at: datetime
    quiz: QuizPage
    prompt: str
    value: int


@dataclass
class TimelineEvent:
    at: datetime
    kind: str  # enrolled, step, quiz, completed, note, grant
    text: str
    extra: str = ""


@dataclass
class LearnerDetail:
    learner: object  # with facts and flags annotated
    progress: list[CourseProgress]
    quizzes: list[QuizLine]
    self_assessments: list[SelfAssessment]
    timeline: list[TimelineEvent]
    notes: list[Note]
    thresholds: flags.Thresholds

    @property
    def flags(self) -> list[str]:
        return self.learner.flags

    @property
    def certificates(self) -> list:
        return [p.certificate for p in self.progress if p.certificate]


def _lessons_before(outline: Outline | None, quiz_id: int, quiz_type_id: int) -> list:
    if outline is None:
        return []
    step = outline.step(quiz_id)
    if step is None:
        return []
    lessons = []
    for other in step.module.steps:
        if other.page.pk == quiz_id:
            break
        if other.page.content_type_id != quiz_type_id:
            lessons.append(other.page)
    return lessons


def learner_detail(*, counsellor, learner_id: int, timeline_limit: int = 60) -> LearnerDetail:
    """Everything the detail page and the brief show: nine queries, whatever the number of
    courses, lessons, attempts or notes. Raises Http404 if the counsellor may not see them."""
    from django.http import Http404

    t = flags.Thresholds.from_settings()
    found, _weeks = caseload_facts(
        counsellor, CaseloadFilters(), t, learner_id=learner_id, weeks=False
    )  # 1: the permission check and the facts and flags at once
    if not found:
        raise Http404
    learner = found[0]
    enrollments = list(
        Enrollment.objects.filter(user_id=learner.pk)
        .select_related("course", "certificate")
        .order_by(F("last_activity_at").desc(nulls_last=True), "-enrolled_at")
    )  # 2
    outlines = course_outlines([e.course for e in enrollments])  # 3
    completions = list(
        StepCompletion.objects.filter(user_id=learner.pk)
        .select_related("step")
        .only("step_id", "course_id", "completed_at", "step__title")
        .order_by("-completed_at")
    )  # 4
    done_by_course: dict[int, set[int]] = {e.course_id: set() for e in enrollments}
    for completion in completions:
        done_by_course.setdefault(completion.course_id, set()).add(completion.step_id)
    progress = [
        build_progress(outlines[e.course_id], e, done_by_course.get(e.course_id, set()))
        for e in enrollments
    ]
    attempts = list(
        QuizAttempt.objects.filter(user_id=learner.pk)
        .select_related("quiz")
        .prefetch_related(Prefetch("answers", queryset=QuizAnswer.objects.order_by("pk")))
        .order_by("quiz_id", "number")
    )  # 5, 6
    grants = list(AttemptGrant.objects.filter(learner_id=learner.pk).order_by("granted_at"))  # 7
    notes = list(Note.objects.filter(learner_id=learner.pk).order_by("-created_at", "-pk"))  # 8
    quiz_type_id = ContentType.objects.get_for_model(QuizPage).pk  # cached per process
    outline_by_step = {s.page.pk: o for o in outlines.values() for s in o.steps}

    quizzes: dict[int, QuizLine] = {}
    assessments: list[SelfAssessment] = []
    for attempt in attempts:
        quiz = attempt.quiz
        if quiz.pk not in quizzes:
            outline = outline_by_step.get(quiz.pk)
            quizzes[quiz.pk] = QuizLine(
                quiz=quiz,
                course=outline.course if outline else None,
                attempts=[],
                granted=sum(1 for g in grants if g.quiz_id == quiz.pk),
                lessons=_lessons_before(outline, quiz.pk, quiz_type_id),
            )
        questions = {q.id: q for q in quiz.get_questions()}
        wrong = []
        for answer in attempt.answers.all():
            question = questions.get(answer.question_id)
            if question is None:
                continue
            if answer.question_type == grading.SELF_ASSESSMENT and isinstance(answer.response, int):
                assessments.append(
                    SelfAssessment(
                        at=attempt.submitted_at or attempt.started_at,
                        quiz=quiz,
                        prompt=question.prompt,
                        value=answer.response,
                    )
                )
            elif answer.credit is not None and answer.credit < 1:
                wrong.append(question)
        quizzes[quiz.pk].attempts.append(AttemptLine(attempt=attempt, wrong=wrong))
    assessments.sort(key=lambda a: a.at)

    timeline = _timeline(enrollments, completions, attempts, notes, grants)[:timeline_limit]
    return LearnerDetail(
        learner=learner,
        progress=progress,
        quizzes=sorted(
            quizzes.values(),
            key=lambda q: max(a.attempt.started_at for a in q.attempts),
            reverse=True,
        ),
        self_assessments=assessments,
        timeline=timeline,
        notes=notes,
        thresholds=t,
    )


def _timeline(enrollments, completions, attempts, notes, grants) -> list[TimelineEvent]:
    events = []
    for e in enrollments:
        events.append(TimelineEvent(e.enrolled_at, "enrolled", e.course.title))
        if e.completed_at:
            events.append(TimelineEvent(e.completed_at, "completed", e.course.title))
    for c in completions:
        events.append(TimelineEvent(c.completed_at, "step", c.step.title))
    for a in attempts:
        if a.submitted_at:
            score = "" if a.is_practice or a.score is None else f"{a.score:.0f}"
            events.append(TimelineEvent(a.submitted_at, "quiz", a.quiz.title, score))
    for n in notes:
        events.append(
            TimelineEvent(n.created_at, "note", n.author_name, "shared" if n.shared else "")
        )
    for g in grants:
        events.append(TimelineEvent(g.granted_at, "grant", g.reason))
    events.sort(key=lambda e: e.at, reverse=True)
    return events


def attempt_for_counsellor(*, counsellor, learner_id: int, attempt_id: int):
    """A submitted attempt of a learner the counsellor may see, with quiz and answers (3 queries:
    the permission check, the attempt, its answers). Raises Http404 otherwise."""
    from django.http import Http404

    learner = visible_learners(counsellor).filter(pk=learner_id).first()
    if learner is None:
        raise Http404
    attempt = (
        QuizAttempt.objects.filter(pk=attempt_id, user=learner, submitted_at__isnull=False)
        .select_related("quiz")
        .prefetch_related(Prefetch("answers", queryset=QuizAnswer.objects.order_by("pk")))
        .first()
    )
    if attempt is None:
        raise Http404
    return learner, attempt


# --- The learner's side ---------------------------------------------------------------------------


@dataclass
class LearnerCounselling:
    """What "Mon parcours" shows about counselling: shared notes and the next appointment."""

    notes: list[Note]
    next_appointment: Note | None

    @property
    def is_empty(self) -> bool:
        return not self.notes and self.next_appointment is None


def learner_counselling(*, user, notes_limit: int = 3) -> LearnerCounselling:
    """Two queries. An appointment is always shown to the learner (even on a private note: only
    its text stays private)."""
    notes = list(
        Note.objects.filter(learner_id=user.pk, shared=True).order_by("-created_at", "-pk")[
            :notes_limit
        ]
    )
    appointment = (
        Note.objects.filter(learner_id=user.pk, appointment_at__gte=timezone.now())
        .order_by("appointment_at", "pk")
        .first()
    )
    return LearnerCounselling(notes=notes, next_appointment=appointment)


def learner_links(*, user) -> list[CounsellorLink]:
    """The learner's links, active first: one query."""
    return list(
        CounsellorLink.objects.filter(learner_id=user.pk)
        .select_related("counsellor")
        .order_by(F("withdrawn_at").desc(nulls_first=True), "-consented_at")
    )


def learner_access_log(*, user, limit: int | None = 200) -> list[AccessLog]:
    entries = AccessLog.objects.filter(learner_id=user.pk).order_by("-at", "-pk")
    return list(entries[:limit] if limit else entries)


def shared_notes(*, user) -> list[Note]:
    return list(Note.objects.filter(learner_id=user.pk, shared=True).order_by("-created_at", "-pk"))

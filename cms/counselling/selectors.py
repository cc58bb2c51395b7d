"""Read side of the counsellor workspace. Each function has a fixed number of queries, whatever
the size of the caseload, the number of lessons or of attempts.

The caseload is ONE selector (caseload_queryset + caseload_rows): the page, the CSV export and the
weekly digest e-mail read the same rows, filtered, sorted and flagged the same way.
Every function takes the counsellor and starts from permissions.visible_learners.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import islice

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Avg,
    BooleanField,
    Case,
    Count,
    DateTimeField,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Greatest, NullIf, TruncWeek
from django.utils import timezone

from courses.models import CoursePage, Enrollment, StepCompletion
from courses.selectors import CourseProgress, Outline, build_progress, course_outlines
from quizzes import grading
from quizzes.models import AttemptGrant, QuizAnswer, QuizAttempt, QuizPage
from quizzes.selectors import granted_attempts

from . import flags
from .models import AccessLog, CounsellorLink, Note
from .permissions import visible_learners

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # stands for "never" inside GREATEST (NULL-safe)
CHART_WEEKS = 8

SORTS = {
    # key: ORDER BY (every one ends with the primary key, so pages never overlap)
    "attention": ("-concerns", F("last_activity").asc(nulls_first=True), "last_name", "pk"),
    "name": ("last_name", "first_name", "pk"),
    "-activity": (F("last_activity").desc(nulls_last=True), "last_name", "pk"),
    "activity": (F("last_activity").asc(nulls_first=True), "last_name", "pk"),
    "-quiz": (F("quiz_average").desc(nulls_last=True), "last_name", "pk"),
    "quiz": (F("quiz_average").asc(nulls_last=True), "last_name", "pk"),
}
DEFAULT_SORT = "attention"


@dataclass(frozen=True)
class CaseloadFilters:
    q: str = ""
    flag: str = ""
    course_id: int | None = None
    sort: str = DEFAULT_SORT


# --- The caseload --------------------------------------------------------------------------------


def _latest(queryset: QuerySet, expression) -> Subquery:
    return Subquery(
        queryset.values("user").annotate(m=Max(expression)).values("m")[:1],
        output_field=DateTimeField(),
    )


def _never(expression):
    return Coalesce(expression, Value(EPOCH, output_field=DateTimeField()))


def _facts(queryset: QuerySet, counsellor_id: int, t: flags.Thresholds) -> QuerySet:
    """Annotate the facts that flags.conditions reads (see flags.py for their meaning)."""
    user = OuterRef("pk")
    enrollments = Enrollment.objects.filter(user=user)
    completions = StepCompletion.objects.filter(user=user)
    submitted = QuizAttempt.objects.filter(user=user, submitted_at__isnull=False)
    graded = submitted.filter(is_practice=False)
    last_enrolled = _latest(enrollments, "enrolled_at")
    last_completion = _latest(completions, "completed_at")
    failed = (
        graded.values("user", "quiz")
        .annotate(
            fails=Count("pk", filter=Q(passed=False)), passes=Count("pk", filter=Q(passed=True))
        )
        .filter(fails__gte=t.failed_attempts, passes=0)
    )
    exhausted = (
        graded.filter(quiz__max_attempts__isnull=False, quiz__is_practice=False)
        .values("user", "quiz", "quiz__max_attempts")
        .annotate(
            used=Count("pk"),
            passes=Count("pk", filter=Q(passed=True)),
            granted=granted_attempts(user_ref=OuterRef("user"), quiz_ref=OuterRef("quiz")),
        )
        .filter(passes=0, used__gte=F("quiz__max_attempts") + F("granted"))
    )
    confidence = (
        QuizAnswer.objects.filter(attempt__user=user, question_type=grading.SELF_ASSESSMENT)
        .order_by("-attempt__submitted_at", "-pk")
        .values("response")[:1]
    )
    average = (
        graded.filter(score__isnull=False).values("user").annotate(a=Avg("score")).values("a")[:1]
    )
    linked_at = (
        CounsellorLink.objects.active()
        .filter(counsellor_id=counsellor_id, learner=user)
        .values("consented_at")[:1]
    )
    return queryset.annotate(
        linked_at=Subquery(linked_at, output_field=DateTimeField()),
        last_activity=NullIf(
            Greatest(
                _never(_latest(enrollments, Coalesce("last_activity_at", "enrolled_at"))),
                _never(last_completion),
                _never(_latest(submitted, "submitted_at")),
            ),
            Value(EPOCH, output_field=DateTimeField()),
        ),
        last_progress=Greatest(_never(last_completion), _never(last_enrolled)),
        open_course=Exists(enrollments.filter(completed_at__isnull=True, last_step__isnull=False)),
        failed_quizzes=Case(When(Exists(failed), then=1), default=0, output_field=IntegerField()),
        exhausted_quizzes=Case(
            When(Exists(exhausted), then=1), default=0, output_field=IntegerField()
        ),
        confidence=Cast(Subquery(confidence), IntegerField()),
        last_completed_at=_latest(enrollments, "completed_at"),
        quiz_average=Subquery(average, output_field=FloatField()),
    )


def _flagged(queryset: QuerySet, t: flags.Thresholds) -> QuerySet:
    conditions = flags.conditions(t)
    queryset = queryset.annotate(
        **{
            f"flag_{name}": ExpressionWrapper(condition, output_field=BooleanField())
            for name, condition in conditions.items()
        }
    )
    concerns = sum(
        (Case(When(conditions[name], then=1), default=0) for name in flags.CONCERNS),
        start=Value(0),
    )
    return queryset.annotate(concerns=ExpressionWrapper(concerns, output_field=IntegerField()))


def _narrowed(queryset: QuerySet, filters: CaseloadFilters) -> QuerySet:
    """Search and course filters (the flag filter comes after: the summary counts ignore it)."""
    for term in filters.q.split()[:5]:
        queryset = queryset.filter(
            Q(first_name__icontains=term) | Q(last_name__icontains=term) | Q(email__icontains=term)
        )
    if filters.course_id:
        queryset = queryset.filter(
            Exists(Enrollment.objects.filter(user=OuterRef("pk"), course_id=filters.course_id))
        )
    return queryset


def caseload_base(counsellor, filters: CaseloadFilters, t: flags.Thresholds) -> QuerySet:
    """Visible learners, searched and filtered by course, with their facts and flags."""
    queryset = _narrowed(visible_learners(counsellor), filters)
    return _flagged(_facts(queryset, counsellor.pk, t), t)


def caseload_queryset(counsellor, filters: CaseloadFilters, t: flags.Thresholds | None = None):
    """The caseload's learners: filtered (search, course, flag), flagged and sorted, in SQL."""
    t = t or flags.Thresholds.from_settings()
    queryset = caseload_base(counsellor, filters, t)
    if filters.flag in flags.ALL:
        queryset = queryset.filter(**{f"flag_{filters.flag}": True})
    return queryset.order_by(*SORTS.get(filters.sort, SORTS[DEFAULT_SORT]))


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
    learner: object  # the User, with the annotated facts and flag_* booleans
    courses: list[CourseLine] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return [name for name in flags.ALL if getattr(self.learner, f"flag_{name}", False)]

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
        Enrollment.objects.filter(user_id__in=[learner.pk for learner in learners])
        .annotate(done=Coalesce(Subquery(done, output_field=IntegerField()), 0))
        .order_by(F("last_activity_at").desc(nulls_last=True), "course_id")
        .values("user_id", "course_id", "done", "completed_at")
    )
    rows = {learner.pk: CaseloadRow(learner=learner) for learner in learners}
    for enrollment in enrollments if learners else []:
        outline = outlines.get(enrollment["course_id"])
        if outline is None:
            continue
        rows[enrollment["user_id"]].courses.append(
            CourseLine(
                course=outline.course,
                done=enrollment["done"],
                total=len(outline.steps),
                completed_at=enrollment["completed_at"],
            )
        )
    return list(rows.values())


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


def _week_starts(now: datetime) -> list[date]:
    today = timezone.localtime(now).date()
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=i) for i in range(CHART_WEEKS - 1, -1, -1)]


def caseload_overview(counsellor, filters: CaseloadFilters, t: flags.Thresholds) -> Overview:
    """Learners per flag (search and course applied, not the flag filter) and the activity of the
    last 8 weeks, in ONE query (a UNION of three aggregates)."""
    base = caseload_base(counsellor, filters, t)
    starts = _week_starts(t.now)
    since = timezone.make_aware(datetime.combine(starts[0], datetime.min.time()))
    none = Value(None, output_field=DateTimeField())
    zero = Value(0, output_field=IntegerField())
    columns = ["kind", "week", "n", *[f"c_{name}" for name in flags.ALL]]
    summary = (
        base.order_by()
        .annotate(kind=Value("summary"), week=none)
        .values("kind", "week")
        .annotate(
            n=Count("pk"),
            **{f"c_{name}": Count("pk", filter=Q(**{f"flag_{name}": True})) for name in flags.ALL},
        )
        .values(*columns)
    )
    learner_ids = _narrowed(visible_learners(counsellor), filters).values("pk")
    steps = (
        StepCompletion.objects.filter(user__in=learner_ids, completed_at__gte=since)
        .order_by()
        .annotate(kind=Value("steps"), week=TruncWeek("completed_at"))
        .values("kind", "week")
        .annotate(
            n=Count("pk"),
            **{f"c_{name}": zero for name in flags.ALL[1:]},
            c_inactive=Count("user", distinct=True),
        )
        .values(*columns)
    )
    quizzes = (
        QuizAttempt.objects.filter(user__in=learner_ids, submitted_at__gte=since)
        .order_by()
        .annotate(kind=Value("quizzes"), week=TruncWeek("submitted_at"))
        .values("kind", "week")
        .annotate(n=Count("pk"), **{f"c_{name}": zero for name in flags.ALL})
        .values(*columns)
    )
    weeks = {start: WeekActivity(start=start) for start in starts}
    total, counts = 0, {name: 0 for name in flags.ALL}
    for row in summary.union(steps, quizzes, all=True):
        if row["kind"] == "summary":
            total = row["n"]
            counts = {name: row[f"c_{name}"] for name in flags.ALL}
            continue
        week = row["week"]
        start = (timezone.localtime(week) if timezone.is_aware(week) else week).date()
        if start not in weeks:
            continue
        if row["kind"] == "steps":
            weeks[start].steps += row["n"]
            weeks[start].learners += row["c_inactive"]  # distinct learners (see the steps query)
        else:
            weeks[start].quizzes += row["n"]
    return Overview(total=total, counts=counts, weeks=list(weeks.values()))


class KnownCountPaginator:
    """A Paginator whose count is already known (from the overview): no COUNT query."""

    def __new__(cls, object_list, per_page, count):
        from django.core.paginator import Paginator

        paginator = Paginator(object_list, per_page)
        paginator.count = count  # cached_property: set before first use
        return paginator


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
    """The caseload screen: courses (1), outlines (1), overview (1), one page of learners (1),
    their courses (1). Five queries for 10 or 10,000 learners."""
    t = flags.Thresholds.from_settings()
    per_page = per_page or getattr(settings, "COUNSELLING_PAGE_SIZE", 25)
    courses = caseload_courses(counsellor)
    outlines = course_outlines(courses)
    if filters.course_id and filters.course_id not in outlines:
        filters = CaseloadFilters(q=filters.q, flag=filters.flag, sort=filters.sort)
    overview = caseload_overview(counsellor, filters, t)
    matching = overview.counts[filters.flag] if filters.flag in flags.ALL else overview.total
    paginator = KnownCountPaginator(caseload_queryset(counsellor, filters, t), per_page, matching)
    page_obj = paginator.get_page(page_number)
    learners = list(page_obj.object_list)
    return CaseloadPage(
        filters=filters,
        overview=overview,
        page_obj=page_obj,
        rows=caseload_rows(learners, outlines),
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
    """Every row of the caseload, in chunks, in the screen's order: for the CSV and the digest.

    Memory stays bounded (a server-side cursor where the database has one, chunked fetches
    otherwise); two queries up front, then one per chunk for the learners' courses.
    """
    t = flags.Thresholds.from_settings()
    outlines = course_outlines(caseload_courses(counsellor))
    learners = caseload_queryset(counsellor, filters, t).iterator(chunk_size=chunk_size)
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
        return CaseloadRow(learner=self.learner).flags

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
    learner = (
        caseload_base(counsellor, CaseloadFilters(), t).filter(pk=learner_id).first()
    )  # 1: the permission check and the flags at once
    if learner is None:
        raise Http404
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

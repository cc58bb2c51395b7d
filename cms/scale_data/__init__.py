"""Scale data: a few course pages and a large, realistic, reproducible volume of learner activity.

``generate(size=..., seed=...)`` adds, to a migrated database:
- a few courses of 50 steps (see ``content``), created through Wagtail's tree API;
- learners (10 for XS ... 100,000 for XL) with enrolments, step completions, quiz attempts with
  their graded answers, certificates of completed courses (rows only: no PDF), all drawn from the
  seed (see ``activity``) and written with ``bulk_create`` in batches;
- counsellors (one per 200 learners, each with a profile and an invitation code) and their
  caseloads: 40 % of the learners share their progress with one of them (``CounsellorLink``).

Every account is under ``EMAIL_DOMAIN`` with an unusable password (sessions are made directly by
whoever needs a signed-in client, e.g. the bench). ``remove()`` deletes what ``generate`` added.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from cms import roles
from cms.counselling.models import CODE_ALPHABET, CODE_LENGTH, CounsellorLink, CounsellorProfile
from courses.models import Certificate, Enrollment, StepCompletion
from quizzes.models import QuizAnswer, QuizAttempt

from . import content
from .activity import CourseInfo, QuizInfo, StepInfo, plan_learner

SIZES = {"XS": 10, "S": 100, "M": 1_000, "L": 10_000, "XL": 100_000}
COURSES = {"XS": 2, "S": 3, "M": 3, "L": 3, "XL": 3}
LEARNERS_PER_COUNSELLOR = 200
SHARING_SHARE = 0.4  # learners who share their progress with a counsellor
EMAIL_DOMAIN = "echelle.example.org"
UNUSABLE_PASSWORD = "!scale-data"  # starts with "!": no password logs in
CHUNK = 2_000  # learners planned and written together


@dataclass
class Report:
    size: str
    seed: int
    counts: dict[str, int] = field(default_factory=dict)
    timings: list[tuple[str, float]] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(s for _name, s in self.timings)


@contextmanager
def _dates_from_data(*models):
    """Let bulk_create keep the drawn dates of auto_now_add fields (reproducible, spread out)."""
    fields = [f for m in models for f in m._meta.concrete_fields if getattr(f, "auto_now_add", 0)]
    for f in fields:
        f.auto_now_add = False
    try:
        yield
    finally:
        for f in fields:
            f.auto_now_add = True


class _Batches:
    def __init__(self, batch_size: int):
        self.batch_size = batch_size
        self.counts: dict[str, int] = {}

    def write(self, name: str, model, rows: list) -> list:
        model.objects.bulk_create(rows, batch_size=self.batch_size)
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        return rows


def _course_infos(courses: list[content.Course]) -> list[CourseInfo]:
    infos = []
    for course in courses:
        steps = []
        for step in course.steps:
            quiz = None
            if step.is_quiz:
                quiz = QuizInfo(page=step.page, questions=tuple(step.page.get_questions()))
            steps.append(StepInfo(page_id=step.page.pk, quiz=quiz))
        infos.append(CourseInfo(page_id=course.page.pk, steps=tuple(steps)))
    return infos


def _write_learners(plans, batches: _Batches, learners_group: Group) -> list[int]:
    User = get_user_model()
    users = batches.write(
        "learners",
        User,
        [
            User(
                email=p.email,
                first_name=p.first_name,
                last_name=p.last_name,
                password=UNUSABLE_PASSWORD,
                date_joined=p.date_joined,
                last_login=p.last_login,
            )
            for p in plans
        ],
    )
    Membership = User.groups.through
    batches.write(
        "group memberships",
        Membership,
        [Membership(user_id=u.pk, group_id=learners_group.pk) for u in users],
    )
    pairs = [(user, e) for user, p in zip(users, plans, strict=True) for e in p.enrollments]
    enrollments = batches.write(
        "enrollments",
        Enrollment,
        [
            Enrollment(
                user_id=user.pk,
                course_id=e.course_id,
                enrolled_at=e.enrolled_at,
                last_step_id=e.last_step_id,
                last_activity_at=e.last_activity_at,
                completed_at=e.completed_at,
            )
            for user, e in pairs
        ],
    )
    batches.write(
        "certificates",
        Certificate,
        [
            Certificate(
                user_id=row.user_id,
                course_id=row.course_id,
                enrollment_id=row.pk,
                code=e.certificate_code,
                issued_at=e.completed_at + timedelta(minutes=1),
            )
            for row, (_user, e) in zip(enrollments, pairs, strict=True)
            if e.completed_at
        ],
    )
    batches.write(
        "step completions",
        StepCompletion,
        [
            StepCompletion(user_id=user.pk, course_id=e.course_id, step_id=step_id, completed_at=at)
            for user, e in pairs
            for step_id, at in e.completions
        ],
    )
    planned = [(user, a) for user, e in pairs for a in e.attempts]
    attempts = batches.write(
        "quiz attempts",
        QuizAttempt,
        [
            QuizAttempt(
                user_id=user.pk,
                quiz_id=a.quiz_id,
                number=a.number,
                started_at=a.started_at,
                submitted_at=a.submitted_at,
                question_order=a.question_order,
                choice_order=a.choice_order,
                score=a.score,
                passed=a.passed,
                is_practice=a.is_practice,
            )
            for user, a in planned
        ],
    )
    batches.write(
        "quiz answers",
        QuizAnswer,
        [
            QuizAnswer(
                attempt_id=row.pk,
                question_id=r.question_id,
                question_type=r.question_type,
                response=r.response,
                is_correct=r.is_correct,
                credit=r.credit,
            )
            for row, (_user, a) in zip(attempts, planned, strict=True)
            for r in a.answers
        ],
    )
    return [(u.pk, u.date_joined) for u in users]


def _write_counsellors(
    count: int, learners: list[tuple[int, datetime]], seed: int, batches, anchor
):
    """Counsellors with their profile, and the learners who share their progress with one of
    them (SHARING_SHARE of all), each consent given between sign-up and the anchor."""
    User = get_user_model()
    rng = random.Random(f"scale-data/{seed}/counsellors")
    counsellors = batches.write(
        "counsellors",
        User,
        [
            User(
                email=f"conseiller.{i:04d}@{EMAIL_DOMAIN}",
                first_name=rng.choice(["Sophie", "Olivier", "Malika", "Jean", "Aurélie"]),
                last_name=rng.choice(["Marchand", "Perrin", "Benaïssa", "Colin", "Faure"]),
                password=UNUSABLE_PASSWORD,
                date_joined=anchor - timedelta(days=400),
            )
            for i in range(1, count + 1)
        ],
    )
    group = Group.objects.get(name=roles.COUNSELLORS)
    Membership = User.groups.through
    batches.write(
        "group memberships",
        Membership,
        [Membership(user_id=u.pk, group_id=group.pk) for u in counsellors],
    )
    codes = set()
    while len(codes) < len(counsellors):
        codes.add("".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)))
    batches.write(
        "counsellor profiles",
        CounsellorProfile,
        [
            CounsellorProfile(user_id=u.pk, invitation_code=code, created_at=u.date_joined)
            for u, code in zip(counsellors, sorted(codes), strict=True)
        ],
    )
    return batches.write(
        "caseload links",
        CounsellorLink,
        [
            CounsellorLink(
                counsellor_id=rng.choice(counsellors).pk,
                learner_id=learner_id,
                consented_at=joined + (anchor - joined) * rng.uniform(0, 1),
            )
            for learner_id, joined in learners
            if rng.random() < SHARING_SHARE
        ],
    )


def link_caseload(counsellor_id: int, learner_ids, *, batch_size: int = 1_000) -> int:
    """Make `counsellor_id` follow these learners too (the bench's one large caseload); the
    learners they follow already are skipped. Returns the links added."""
    following = set(
        CounsellorLink.objects.active()
        .filter(counsellor_id=counsellor_id)
        .values_list("learner_id", flat=True)
    )
    rows = [
        CounsellorLink(counsellor_id=counsellor_id, learner_id=pk)
        for pk in learner_ids
        if pk not in following
    ]
    CounsellorLink.objects.bulk_create(rows, batch_size=batch_size)
    return len(rows)


def generate(
    *,
    size: str,
    seed: int = 1,
    anchor: datetime | None = None,
    batch_size: int = 1_000,
    log: Callable[[str], None] = lambda _line: None,
) -> Report:
    """Add the scale data of `size` (see SIZES) drawn from `seed`; dates end at `anchor`
    (default: today, midnight UTC). Refuses to run twice: call remove() first."""
    if size not in SIZES:
        raise ValueError(f"unknown size {size!r}; choose one of {', '.join(SIZES)}")
    if exists():
        raise ValueError("scale data already exists: remove it first")
    anchor = anchor or timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    report = Report(size=size, seed=seed)
    batches = _Batches(batch_size)

    started = time.perf_counter()
    with transaction.atomic():
        courses = content.build_courses(COURSES[size])
    report.timings.append(("pages", time.perf_counter() - started))
    report.counts["courses"] = len(courses)
    report.counts["pages"] = sum(1 + content.MODULES_PER_COURSE + len(c.steps) for c in courses)
    log(f"  pages: {report.counts['pages']} in {report.timings[-1][1]:.1f} s")

    infos = _course_infos(courses)
    learners_group = Group.objects.get(name=roles.LEARNERS)
    learners: list[tuple[int, datetime]] = []
    started = time.perf_counter()
    total = SIZES[size]
    with _dates_from_data(Enrollment, StepCompletion, QuizAttempt, Certificate):
        for first in range(1, total + 1, CHUNK):
            indexes = range(first, min(first + CHUNK, total + 1))
            plans = [
                plan_learner(
                    seed=seed, index=i, courses=infos, anchor=anchor, email_domain=EMAIL_DOMAIN
                )
                for i in indexes
            ]
            with transaction.atomic():
                learners += _write_learners(plans, batches, learners_group)
            if total > CHUNK:
                log(f"  learners: {len(learners):,} / {total:,}")
    report.timings.append(("learner activity", time.perf_counter() - started))

    started = time.perf_counter()
    with transaction.atomic(), _dates_from_data(CounsellorProfile, CounsellorLink):
        _write_counsellors(
            max(1, total // LEARNERS_PER_COUNSELLOR), learners, seed, batches, anchor
        )
    report.timings.append(("counsellors", time.perf_counter() - started))
    report.counts.update(batches.counts)
    return report


def exists() -> bool:
    return get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").exists() or (
        content.CoursePage.objects.filter(slug__startswith=content.SLUG_PREFIX).exists()
    )


@transaction.atomic
def remove() -> None:
    """Delete every account and course that generate() added (their activity goes with them)."""
    get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").delete()
    content.remove_courses()

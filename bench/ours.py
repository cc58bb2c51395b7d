"""Our site, in the bench process: sessions, the URLs to measure, quiz submissions to replay,
query counts, page weight, and the database checks after the synchronised start.

Import after django.setup() (bench/run.py does it with bench.settings and the run's database).
"""

from __future__ import annotations

import gzip
import random
import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.contrib.staticfiles import finders
from django.db import connection
from django.db.models import Count, Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import get_random_string

from cms import roles
from cms.scale_data import activity, content
from courses.models import Enrollment, StepCompletion
from quizzes import grading
from quizzes.forms import field_name
from quizzes.models import QuizAnswer, QuizAttempt, QuizPage

from .urls import BARE_PATH

CSRF_SECRET = get_random_string(32)  # sent as cookie and form field: Django accepts the pair


def session_for(users) -> dict[int, str]:
    """A signed-in session per user, written in one bulk insert: {user id: session key}."""
    keys, rows = {}, []
    expire = timezone.now() + timedelta(days=14)
    for user in users:
        store = SessionStore()
        data = {
            SESSION_KEY: str(user.pk),
            BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
            HASH_SESSION_KEY: user.get_session_auth_hash(),
        }
        key = get_random_string(32, "abcdefghijklmnopqrstuvwxyz0123456789")
        rows.append(Session(session_key=key, session_data=store.encode(data), expire_date=expire))
        keys[user.pk] = key
    Session.objects.bulk_create(rows, batch_size=1_000)
    return keys


def cookie(session_key: str) -> str:
    return f"sessionid={session_key}; csrftoken={CSRF_SECRET}"


def form_fields(question: grading.Question, response) -> list[tuple[str, str]]:
    """The POST fields of a response, as the quiz form names them."""
    name = field_name(question.id)
    if question.type == grading.MULTIPLE_CHOICE:
        return [(name, choice) for choice in response]
    if question.type == grading.ORDERING:
        return [
            (field_name(question.id, item), str(position))
            for position, item in enumerate(response, start=1)
        ]
    return [(name, str(response))]


def submit_body(quiz: QuizPage, attempt_id: int, rng: random.Random) -> str:
    fields = [("csrfmiddlewaretoken", CSRF_SECRET), ("action", "submit")]
    fields.append(("attempt", str(attempt_id)))
    for question in quiz.get_questions():
        response = activity.draw_response(question, rng, rng.random() < 0.75)
        fields += form_fields(question, response)
    return urlencode(fields)


def start_body() -> str:
    return urlencode([("csrfmiddlewaretoken", CSRF_SECRET), ("action", "start")])


@dataclass
class Site:
    """What the bench measures on our site, found in (or added to) the scale data."""

    courses: list[content.Course]
    learner: object  # signed in for the learner pages: enrolled in course 1, halfway through
    learner_cookie: str
    course_path: str
    lesson_path: str
    dashboard_path: str
    work_dir: Path

    @classmethod
    def prepare(cls, work_dir: Path) -> Site:
        courses = content.existing_courses()
        course = courses[0]
        # The learner of the signed-in pages: in course 1, not finished, closest to halfway.
        enrollments = (
            Enrollment.objects.filter(course=course.page, completed_at__isnull=True)
            .annotate(
                done=Count(
                    "user__step_completions",
                    filter=Q(user__step_completions__course=course.page),
                )
            )
            .select_related("user")
        )
        enrollment = min(enrollments, key=lambda e: (abs(e.done - 25), e.pk))
        learner = enrollment.user
        lesson = course.steps[22].page  # module 3, lesson 3: the middle of the course
        return cls(
            courses=courses,
            learner=learner,
            learner_cookie=cookie(session_for([learner])[learner.pk]),
            course_path=course.page.url,
            lesson_path=lesson.url,
            dashboard_path=reverse("dashboard:home"),
            work_dir=work_dir,
        )

    # -- quiz submissions --------------------------------------------------------------------
    @property
    def sync_quiz(self) -> QuizPage:
        """The quiz of the synchronised start: graded, with no limit of attempts."""
        return next(q for q in self.courses[0].quizzes if not q.is_practice and not q.max_attempts)

    def quiz_submissions(self, count: int, *, seed: int) -> QuizPool:
        """`count` attempts opened for (learner, quiz) pairs that have none, ready to submit
        (the synchronised start's quiz is left alone)."""
        User = get_user_model()
        quizzes = [
            q
            for c in self.courses
            for q in c.quizzes
            if not q.is_practice and q.pk != self.sync_quiz.pk
        ]
        taken = set(QuizAttempt.objects.values_list("user_id", "quiz_id"))
        learners = list(
            User.objects.filter(groups__name=roles.LEARNERS)
            .exclude(pk=self.learner.pk)
            .order_by("pk")
        )
        rng = random.Random(f"bench/{seed}/submissions")
        pairs = [(u, q) for q in quizzes for u in learners if (u.pk, q.pk) not in taken]
        rng.shuffle(pairs)
        pairs = pairs[:count]
        sessions = session_for({u.pk: u for u, _q in pairs}.values())
        attempts = []
        for user, quiz in pairs:
            question_order, choice_order = activity.draw_orders(quiz, rng)
            attempts.append(
                QuizAttempt(
                    user=user,
                    quiz=quiz,
                    number=1,
                    question_order=question_order,
                    choice_order=choice_order,
                    is_practice=False,
                )
            )
        QuizAttempt.objects.bulk_create(attempts, batch_size=1_000)
        entries = [
            (a.pk, quiz.url, cookie(sessions[user.pk]), submit_body(quiz, a.pk, rng))
            for a, (user, quiz) in zip(attempts, pairs, strict=True)
        ]
        return QuizPool(entries=entries, data=self.work_dir / "quiz-submit.tsv")

    # -- in-process counts ---------------------------------------------------------------------
    @staticmethod
    def count_queries(requests: list[tuple[str, str, str | None]]) -> int:
        """Queries of the last of `requests` ((path, cookie, POST body or None)); the earlier
        ones fill per-process caches."""
        count = 0
        for path, session_cookie, body in requests:
            client = _client(session_cookie)
            with CaptureQueriesContext(connection) as ctx:
                if body:
                    client.generic("POST", path, body, "application/x-www-form-urlencoded")
                else:
                    client.get(path)
            count = len(ctx.captured_queries)
        return count

    @staticmethod
    def page_weight(path: str, session_cookie: str = "") -> dict:
        """HTML + the CSS and JS files it links, raw and gzip (images and videos not counted)."""
        html = _client(session_cookie).get(path).content
        text = html.decode()
        css = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text)
        css += re.findall(r'<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"', text)
        js = re.findall(r'<script[^>]+src="([^"]+)"', text)
        parts = {
            "HTML": html,
            "CSS": b"".join(_static(u) for u in dict.fromkeys(css)),
            "JS": b"".join(_static(u) for u in dict.fromkeys(js)),
        }
        weight = {
            name: (len(data), len(gzip.compress(data, 6)) if data else 0)
            for name, data in parts.items()
        }
        weight["total"] = tuple(sum(w[i] for w in weight.values()) for i in (0, 1))
        return weight


def _client(session_cookie: str) -> Client:
    client = Client()
    for part in filter(None, session_cookie.split("; ")):
        name, value = part.split("=", 1)
        client.cookies[name] = value
    return client


def _static(url: str) -> bytes:
    found = finders.find(url.split(settings.STATIC_URL, 1)[-1].split("?")[0])
    return Path(found).read_bytes() if found else b""


@dataclass
class QuizPool:
    """Open attempts and the POST that submits each; a run replays the ones still open."""

    entries: list[tuple[int, str, str, str]]  # (attempt id, path, cookie, body)
    data: Path

    def take(self, n: int) -> list[tuple[int, str, str, str]]:
        """Reserve `n` entries for in-process use (never replayed by wrk)."""
        taken, self.entries = self.entries[:n], self.entries[n:]
        return taken

    def prepare(self) -> tuple[Path, int]:
        open_ids = set(
            QuizAttempt.objects.filter(
                pk__in=[e[0] for e in self.entries], submitted_at__isnull=True
            ).values_list("pk", flat=True)
        )
        self.entries = [e for e in self.entries if e[0] in open_ids]
        self.data.write_text("".join(f"{p}\t{c}\t{b}\n" for _pk, p, c, b in self.entries))
        return self.data, len(self.entries)


# -- checks after the synchronised start ----------------------------------------------------------
def check_sync_start(quiz: QuizPage, user_ids: list[int], submitted_ok: set[int]) -> dict:
    """One attempt per learner, no duplicate, every answer of every acknowledged submission."""
    attempts = list(QuizAttempt.objects.filter(quiz=quiz, user_id__in=user_ids))
    per_user: dict[int, list[QuizAttempt]] = {}
    for attempt in attempts:
        per_user.setdefault(attempt.user_id, []).append(attempt)
    answers = dict(
        QuizAnswer.objects.filter(attempt__in=attempts)
        .values_list("attempt_id")
        .annotate(n=Count("id"))
    )
    questions = len(quiz.get_questions())
    lost = [
        uid
        for uid in submitted_ok
        if not any(a.submitted_at and answers.get(a.pk) == questions for a in per_user.get(uid, []))
    ]
    completions = StepCompletion.objects.filter(step_id=quiz.pk, user_id__in=user_ids).count()
    return {
        "learners": len(user_ids),
        "with one attempt": sum(1 for uid in user_ids if len(per_user.get(uid, [])) == 1),
        "without attempt": sum(1 for uid in user_ids if not per_user.get(uid)),
        "duplicates": sum(max(0, len(per_user.get(uid, [])) - 1) for uid in user_ids),
        "submitted": sum(1 for a in attempts if a.submitted_at),
        "partial answers": sum(
            1 for a in attempts if a.submitted_at and answers.get(a.pk) != questions
        ),
        "lost answers": len(lost),
        "passed, step completed": completions,
    }


def sync_start_learners(count: int, quiz: QuizPage, *, besides) -> tuple[list, dict[int, str]]:
    """`count` learners with no attempt on `quiz`, other than `besides` (the learner whose pages
    are measured), and a session for each."""
    User = get_user_model()
    learners = list(
        User.objects.filter(groups__name=roles.LEARNERS)
        .exclude(pk=besides.pk)
        .exclude(quiz_attempts__quiz=quiz)
        .order_by("pk")[:count]
    )
    return learners, session_for(learners)


def bare_path() -> str:
    return BARE_PATH

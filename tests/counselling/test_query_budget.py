"""Speed is proven by query counts: the counsellor's pages and exports against the budgets of
tests/performance/test_query_budgets.py (every budget number lives there, none here).

Each page is measured at two sizes 100 times apart and must cost the same at both: the caseload
(three orders and searches, then a flag filter and a later page) and its CSV export at 10 and
5,000 learners; the learner detail and the meeting brief for a learner with 1 and one with 100
of everything (lessons done, submitted attempts with their answers, notes, extra attempts
granted), in a course of 1 lesson and one of 100. The CSV alone grows, by a fixed number of
queries per chunk of rows it streams (see csv_queries).
"""

import inspect
import math

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms import roles
from cms.counselling.exports import caseload_csv
from cms.counselling.models import AccessLog, Note
from cms.counselling.services import note_create
from courses.models import StepCompletion
from courses.services import enrollment_create, step_complete
from quizzes.models import AttemptGrant, QuizAnswer, QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from tests.counselling.factories import bulk_caseload, link
from tests.factories import UserFactory, build_course
from tests.performance.test_query_budgets import (
    ACTIVITY_LARGE,
    ACTIVITY_SMALL,
    BUDGETS,
    CASELOAD_LARGE,
    CASELOAD_SMALL,
    CSV_CHUNK,
)
from tests.quizzes.factories import QuizPageFactory
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db

CASELOAD_QUERIES = ["", "?sort=activity&course={course}", "?q=Nom0000&sort=-quiz"]
FLAGGED = "?flag=inactive&sort=name&page=3"  # of 10 learners a few: page 1 is served


def _queries(client, url) -> int:
    """Queries of the second GET of `url` (the first warms per-process caches: site root paths,
    content types), a streamed body read to its end inside the count."""
    for _ in range(2):
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries)


def _access_log_statements(rows: int) -> int:
    """INSERT statements of `rows` access-log entries in one bulk_create: one, except on SQLite,
    where Django splits it to stay under 999 variables per statement (199 rows of 5 columns)."""
    fields = [f for f in AccessLog._meta.concrete_fields if not f.primary_key]
    return math.ceil(rows / connection.ops.bulk_batch_size(fields, [None] * rows))


def csv_queries(rows: int) -> int:
    """The CSV export's queries for `rows` learners: a fixed part (the user, the role check,
    then selectors.caseload_iter's courses, outlines and one pass), then for each chunk of CSV_CHUNK
    rows the chunk's courses (caseload_rows) and its access-log INSERT (exports.caseload_csv).

    The per-chunk queries are by design, not a regression: they let 10,000 rows stream without
    sitting in memory as model objects. So the export is budgeted per chunk, and asserted equal
    to this formula at both sizes."""
    per_chunk = BUDGETS["counsellor caseload CSV export, per 500 rows"]
    chunks = [min(CSV_CHUNK, rows - start) for start in range(0, rows, CSV_CHUNK)]
    return BUDGETS["counsellor caseload CSV export"] + sum(
        per_chunk - 1 + _access_log_statements(n) for n in chunks
    )


def _measure_caseload(client, course) -> dict:
    counts = {
        "counsellor caseload": [
            _queries(client, reverse("counselling:caseload") + q.format(course=course.pk))
            for q in CASELOAD_QUERIES
        ],
        "counsellor caseload, flag filter + later page": _queries(
            client, reverse("counselling:caseload") + FLAGGED
        ),
        "counsellor caseload CSV export": _queries(client, reverse("counselling:export")),
    }
    flagged = client.get(reverse("counselling:caseload") + FLAGGED).context["caseload"]
    assert flagged.rows, "an empty page saves a query: measure a page with rows"
    return counts


def test_caseload_and_its_csv_cost_the_same_for_10_and_5000_learners(client, settings):
    # Gone quiet after 3 days: a few of the 10 learners (activity 0 to 9 days old) are flagged.
    settings.COUNSELLING_INACTIVE_DAYS = 3
    course, lessons = build_course(modules=2, lessons_per_module=3)
    measured = {}
    for size in (CASELOAD_SMALL, CASELOAD_LARGE):
        counsellor = UserFactory(groups=[roles.COUNSELLORS])
        bulk_caseload(counsellor, size, course=course, steps=lessons, prefix=f"s{size}-")
        client.force_login(counsellor)
        measured[size] = _measure_caseload(client, course)
    small, large = measured[CASELOAD_SMALL], measured[CASELOAD_LARGE]
    print(f"\ncaseload queries: {CASELOAD_SMALL} learners {small}, {CASELOAD_LARGE} {large}")

    page = "counsellor caseload"
    assert small[page] == large[page] == [BUDGETS[page]] * len(CASELOAD_QUERIES), page
    page = "counsellor caseload, flag filter + later page"
    assert small[page] == large[page] == BUDGETS[page], page
    page = "counsellor caseload CSV export"
    assert small[page] == csv_queries(CASELOAD_SMALL), (page, small[page])
    assert large[page] == csv_queries(CASELOAD_LARGE), (page, large[page])

    page = client.get(reverse("counselling:caseload")).content.decode()
    assert ">5000 personnes suivies" in " ".join(page.split()).replace("> ", ">")  # not 5010
    csv = b"".join(client.get(reverse("counselling:export")).streaming_content).decode()
    assert len(csv.splitlines()) == CASELOAD_LARGE + 1  # the header, then every learner


def _learner_with_activity(counsellor, n: int):
    """A learner of `counsellor` in a course of `n` lessons then a one-attempt quiz, with `n` of
    everything: lessons done, submitted attempts (with answers), notes, attempts granted. The
    first of each goes through the services; the others are copies (bulk_create), for speed."""
    learner = UserFactory(groups=[roles.LEARNERS])
    link(counsellor, learner)
    course, lessons = build_course(modules=max(1, n // 10), lessons_per_module=min(n, 10))
    quiz = QuizPageFactory(parent=lessons[-1].get_parent(), max_attempts=1)
    enrollment_create(user=learner, course=course)
    step_complete(user=learner, step=lessons[0])
    StepCompletion.objects.bulk_create(
        StepCompletion(user=learner, step=lesson, course=course) for lesson in lessons[1:n]
    )
    first = attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers())
    answers = list(first.answers.all())
    copies = QuizAttempt.objects.bulk_create(
        QuizAttempt(
            user=learner,
            quiz=quiz,
            number=number,
            submitted_at=first.submitted_at,
            score=first.score,
            passed=first.passed,
            question_order=first.question_order,
            choice_order=first.choice_order,
        )
        for number in range(2, n + 1)
    )
    if copies and not copies[0].pk:  # backends that do not return ids
        copies = list(QuizAttempt.objects.filter(user=learner, number__gte=2))
    QuizAnswer.objects.bulk_create(
        QuizAnswer(
            attempt=attempt,
            question_id=a.question_id,
            question_type=a.question_type,
            response=a.response,
            is_correct=a.is_correct,
            credit=a.credit,
        )
        for attempt in copies
        for a in answers
    )
    note = note_create(learner=learner, author=counsellor, body="Point **CV**.", shared=True)
    Note.objects.bulk_create(
        Note(
            learner=learner,
            author=counsellor,
            author_name=note.author_name,
            body_source=note.body_source,
            body_html=note.body_html,
            shared=i % 2 == 0,
        )
        for i in range(1, n)
    )
    AttemptGrant.objects.bulk_create(
        AttemptGrant(learner=learner, quiz=quiz, granted_by=counsellor, after_attempts=i)
        for i in range(1, n + 1)
    )
    assert QuizAttempt.objects.filter(user=learner, submitted_at__isnull=False).count() == n
    assert StepCompletion.objects.filter(user=learner).count() == n
    assert Note.objects.filter(learner=learner).count() == n
    return learner


def test_learner_detail_and_brief_cost_the_same_for_1_and_100_of_everything(client, counsellor):
    few = _learner_with_activity(counsellor, ACTIVITY_SMALL)
    many = _learner_with_activity(counsellor, ACTIVITY_LARGE)
    client.force_login(counsellor)
    counts = {
        page: [_queries(client, reverse(name, args=[learner.pk])) for learner in (few, many)]
        for page, name in [
            ("counsellor learner detail", "counselling:learner"),
            ("counsellor learner brief", "counselling:brief"),
        ]
    }
    print(f"\nqueries ({ACTIVITY_SMALL} of everything, {ACTIVITY_LARGE}): {counts}")
    for page, (small, large) in counts.items():
        assert small == large == BUDGETS[page], (page, small, large)
    detail = client.get(reverse("counselling:learner", args=[many.pk])).content.decode()
    assert "Point <strong>CV</strong>" in detail


def test_every_counsellor_budget_is_measured_here():
    measured = {
        "counsellor caseload",
        "counsellor caseload, flag filter + later page",
        "counsellor caseload CSV export",
        "counsellor caseload CSV export, per 500 rows",
        "counsellor learner detail",
        "counsellor learner brief",
    }
    assert measured == {page for page in BUDGETS if page.startswith("counsellor")}
    assert inspect.signature(caseload_csv).parameters["chunk_size"].default == CSV_CHUNK

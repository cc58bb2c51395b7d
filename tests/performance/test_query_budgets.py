"""Query budgets of every page that reads learner data, in one place: BUDGETS.

Each page is measured at two sizes at least 100 times apart and must cost the SAME number of
queries at both, equal to its budget. The second request is counted (the first fills
per-process caches, as in production). A regression is a one-line diff of BUDGETS.

- The learner's pages (lesson, course, dashboard, quiz, quiz submit, "Mes données" export), here:
  SMALL and LARGE other learners with their activity; the measured learner's own attempts grow
  100 times too.
- The counsellor's pages, in tests/counselling/test_query_budget.py against the numbers here:
  the caseload (and a flag filter on a later page) and its CSV export at CASELOAD_SMALL and
  CASELOAD_LARGE learners; the learner detail and the meeting brief for a learner with
  ACTIVITY_SMALL and one with ACTIVITY_LARGE of everything (lessons done, attempts, notes,
  grants). The CSV is the one page that grows, by design: a fixed part, then the same queries
  for each chunk of CSV_CHUNK rows it streams.
"""

import pytest
from django.contrib.auth.hashers import make_password
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import Enrollment, StepCompletion
from courses.services import enrollment_create, step_complete
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from tests.factories import UserFactory, build_course
from tests.quizzes.factories import QuizPageFactory, form_data, sample_questions

pytestmark = pytest.mark.django_db

# page -> its number of queries, whatever the size. After the first request, what only changes
# with the pages (which page a URL leads to, a step's course, course outlines, the outline's
# HTML) comes from the cache under the page version, which any page change moves on.
BUDGETS = {
    # The learner's pages
    "lesson, signed-in learner": 4,  # user, the page, enrollment, completions
    "lesson, anonymous (cached)": 1,  # the page, then its HTML from the cache
    "course, signed-in learner": 5,
    "course, anonymous (cached)": 1,
    "dashboard": 6,  # + the counsellor's shared notes and the next appointment
    "quiz page, signed-in learner": 5,
    "quiz submit": 17,
    "my data export": 15,  # + the counselling sections (links, notes, access log, grants)
    # The counsellor's pages: the user and the role check, then the selectors' queries
    "counsellor caseload": 5,  # courses, the one pass, the page's courses
    "counsellor caseload, flag filter + later page": 5,
    "counsellor learner detail": 11,  # the pass, 7 reads of the learner's data, access log, site
    "counsellor learner brief": 10,  # the same reads (selectors.learner_detail), access log
    "counsellor caseload CSV export": 4,  # courses, the one pass; then per chunk:
    "counsellor caseload CSV export, per 500 rows": 2,  # its courses, its access-log INSERT
}
SMALL, LARGE = 2, 200  # other learners, each with an enrolment, completions and a quiz attempt
CASELOAD_SMALL, CASELOAD_LARGE = 10, 5000  # learners of the counsellor
ACTIVITY_SMALL, ACTIVITY_LARGE = 1, 100  # lessons done, attempts, notes, grants of one learner
CSV_CHUNK = 500  # rows of the CSV export per chunk (exports.caseload_csv)
LEARNER_PAGES = [page for page in BUDGETS if not page.startswith("counsellor")]


def crowd(size: int, course, lessons, quiz) -> None:
    """`size` other learners, each enrolled with two completions and a submitted attempt."""
    User = UserFactory._meta.model
    password = make_password("x")
    users = User.objects.bulk_create(
        User(
            email=f"crowd{size}-{i}@example.org",
            first_name="A",
            last_name=str(i),
            password=password,
        )
        for i in range(size)
    )
    Enrollment.objects.bulk_create(Enrollment(user=u, course=course) for u in users)
    StepCompletion.objects.bulk_create(
        StepCompletion(user=u, step_id=lesson.pk, course=course)
        for u in users
        for lesson in lessons[:2]
    )
    attempts = QuizAttempt.objects.bulk_create(
        QuizAttempt(
            user=u, quiz=quiz, number=1, score=50.0, passed=False, submitted_at=u.date_joined
        )
        for u in users
    )
    QuizAnswer.objects.bulk_create(
        QuizAnswer(
            attempt=a,
            question_id="q-single",
            question_type="single_choice",
            response="wrong",
            is_correct=False,
            credit=0.0,
        )
        for a in attempts
    )


@pytest.fixture
def world(learner):
    course, lessons = build_course(modules=2, lessons_per_module=3)
    module = lessons[-1].get_parent()
    questions, key = sample_questions()
    quiz = QuizPageFactory(parent=module, questions=questions, max_attempts=None)
    enrollment_create(user=learner, course=course)
    step_complete(user=learner, step=lessons[0])
    attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=key)
    return {"course": course, "lessons": lessons, "quiz": quiz, "key": key}


def count(client, url: str) -> int:
    """Queries of the second GET of `url` (the first fills per-process caches)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def measure(client, learner, world) -> dict[str, int]:
    from django.test import Client

    lesson, course, quiz = world["lessons"][3], world["course"], world["quiz"]
    anonymous = Client()
    counts = {
        "lesson, anonymous (cached)": count(anonymous, lesson.url),
        "course, anonymous (cached)": count(anonymous, course.url),
    }
    client.force_login(learner)
    counts["lesson, signed-in learner"] = count(client, lesson.url)
    counts["course, signed-in learner"] = count(client, course.url)
    counts["dashboard"] = count(client, reverse("dashboard:home"))
    counts["quiz page, signed-in learner"] = count(client, quiz.url)
    counts["my data export"] = count(client, reverse("accounts:my_data_export"))
    # A fresh attempt submitted through the page: the whole POST.
    attempt = attempt_start(user=learner, quiz=quiz)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(quiz.url, form_data(attempt, world["key"]))
    assert response.status_code == 302
    counts["quiz submit"] = len(queries)
    return counts


def test_every_budget_holds_and_does_not_grow_with_the_data(client, learner, world):
    crowd(SMALL, world["course"], world["lessons"], world["quiz"])
    small = measure(client, learner, world)
    crowd(LARGE - SMALL, world["course"], world["lessons"], world["quiz"])
    # The measured learner's own history grows too: 100 times more attempts.
    for _ in range(LARGE // SMALL - 1):
        attempt = attempt_start(user=learner, quiz=world["quiz"])
        attempt_submit(attempt=attempt, answers=world["key"])
    large = measure(client, learner, world)
    print("\nqueries per page (small, large):", small, large)
    assert set(small) == set(large) == set(LEARNER_PAGES)
    for page in LEARNER_PAGES:
        assert small[page] == large[page] == BUDGETS[page], (page, small[page], large[page])
    assert UserFactory._meta.model.objects.count() == LARGE + 1
    assert QuizAttempt.objects.filter(user=learner).count() >= LARGE // SMALL

"""Query budgets of every page that reads learner data, in one place.

Each page is measured at two sizes at least 100 times apart (learners and their activity, quiz
attempts) and must cost the SAME number of queries at both, within its budget. The second
request is counted (the first fills per-process caches, as in production). A regression is a
one-line diff of BUDGETS. The counsellor's pages (caseload at 10 and 5,000 learners, learner
detail at 2 and 20 lessons) have theirs in tests/counselling/test_query_budget.py.
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

# page -> at most this many queries, whatever the size.
BUDGETS = {
    "lesson, signed-in learner": 7,
    "lesson, anonymous (cached)": 2,
    "course, signed-in learner": 7,
    "course, anonymous (cached)": 2,
    "dashboard": 7,  # + the counsellor's shared notes and the next appointment
    "quiz page, signed-in learner": 8,
    "quiz submit": 20,
    "my data export": 15,  # + the counselling sections (links, notes, access log, grants)
}
SMALL, LARGE = 2, 200  # other learners, each with an enrolment, completions and a quiz attempt


def crowd(size: int, course, lessons, quiz) -> None:
    """`size` other learners, each enrolled with two completions and a submitted attempt."""
    User = UserFactory._meta.model
    password = make_password("x")
    users = User.objects.bulk_create(
        User(email=f"crowd{size}-{i}@example.org", first_name="A", last_name=str(i),
             password=password)
        for i in range(size)
    )
    Enrollment.objects.bulk_create(Enrollment(user=u, course=course) for u in users)
    StepCompletion.objects.bulk_create(
        StepCompletion(user=u, step_id=lesson.pk, course=course)
        for u in users for lesson in lessons[:2]
    )
    attempts = QuizAttempt.objects.bulk_create(
        QuizAttempt(
            user=u, quiz=quiz, number=1, score=50.0, passed=False, submitted_at=u.date_joined
        )
        for u in users
    )
    QuizAnswer.objects.bulk_create(
        QuizAnswer(attempt=a, question_id="q-single", question_type="single_choice",
                   response="wrong", is_correct=False, credit=0.0)
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
    for page, budget in BUDGETS.items():
        assert small[page] <= budget, f"{page}: {small[page]} queries (budget {budget})"
        assert large[page] == small[page], f"{page}: {small[page]} -> {large[page]} queries"
    assert UserFactory._meta.model.objects.count() == LARGE + 1
    assert QuizAttempt.objects.filter(user=learner).count() >= LARGE // SMALL

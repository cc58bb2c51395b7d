"""Speed is proven by query counts: the caseload page costs the same for 10 and 5,000 learners,
and the learner detail the same for 2 lessons and 20, 1 attempt and 6."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.services import step_complete
from quizzes.services import attempt_start, attempt_submit
from tests.counselling.factories import bulk_caseload, link
from tests.factories import build_course
from tests.quizzes.factories import QuizPageFactory
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db

CASELOAD_QUERY_BUDGET = 10


def _queries(client, url) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("query", ["", "?sort=activity&course={course}", "?q=Nom0000&sort=-quiz"])
def test_caseload_queries_are_the_same_for_10_and_5000_learners(
    client, counsellor, django_user_model, query
):
    from cms import roles
    from tests.factories import UserFactory

    course, lessons = build_course(modules=2, lessons_per_module=3)
    query = query.format(course=course.pk)
    bulk_caseload(counsellor, 10, course=course, steps=lessons, prefix="small")
    client.force_login(counsellor)
    small = _queries(client, reverse("counselling:caseload") + query)

    other = UserFactory(groups=[roles.COUNSELLORS])
    bulk_caseload(other, 5000, course=course, steps=lessons, prefix="large")
    client.force_login(other)
    large = _queries(client, reverse("counselling:caseload") + query)
    print(f"caseload queries: 10 learners -> {small}, 5000 learners -> {large}")
    assert small == large <= CASELOAD_QUERY_BUDGET
    page = client.get(reverse("counselling:caseload") + query).content.decode()
    if not query:
        assert ">5000 personnes suivies" in " ".join(page.split()).replace("> ", ">")  # not 5010
    # A flag filter and a later page stay within the budget too.
    flagged = _queries(client, reverse("counselling:caseload") + "?flag=inactive&sort=name&page=3")
    assert flagged <= CASELOAD_QUERY_BUDGET


def _detail_queries(client, learner) -> int:
    return _queries(client, reverse("counselling:learner", args=[learner.pk]))


def test_learner_detail_queries_do_not_grow_with_lessons_or_attempts(
    client, counsellor, learner, other_learner
):
    small_course, small_lessons = build_course(modules=1, lessons_per_module=2)
    QuizPageFactory(parent=small_lessons[0].get_parent())
    large_course, large_lessons = build_course(modules=4, lessons_per_module=5)
    quiz = QuizPageFactory(parent=large_lessons[-1].get_parent(), max_attempts=None)
    link(counsellor, learner)
    link(counsellor, other_learner)
    step_complete(user=learner, step=small_lessons[0])
    attempt_submit(
        attempt=attempt_start(
            user=learner, quiz=small_lessons[0].get_parent().get_children().last().specific
        ),
        answers=wrong_answers(),
    )
    for lesson in large_lessons[:15]:
        step_complete(user=other_learner, step=lesson)
    for _ in range(6):
        attempt_submit(
            attempt=attempt_start(user=other_learner, quiz=quiz), answers=wrong_answers()
        )
    client.force_login(counsellor)
    few, many = _detail_queries(client, learner), _detail_queries(client, other_learner)
    print(f"learner detail queries: {few} (2 lessons, 1 attempt), {many} (20 lessons, 6 attempts)")
    assert few == many

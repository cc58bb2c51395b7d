"""The caseload: each flag, filters, search, sort, pagination, and the CSV that matches it."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.counselling import flags, selectors
from cms.counselling.exports import caseload_csv
from cms.counselling.models import AccessLog
from courses.models import Enrollment, StepCompletion
from courses.services import enrollment_create, enrollment_touch, step_complete
from quizzes.models import QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from tests.counselling.factories import bulk_caseload, link
from tests.factories import UserFactory
from tests.quizzes.factories import sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db


def _row_flags(counsellor, learner, **filters):
    page = selectors.caseload_page(
        counsellor=counsellor, filters=selectors.CaseloadFilters(**filters), per_page=100
    )
    return {row.learner.pk: row.flags for row in page.rows}.get(learner.pk)


def _age(user, days):
    """Move all of a learner's activity `days` back."""
    past = timezone.now() - timedelta(days=days)
    Enrollment.objects.filter(user=user).update(enrolled_at=past, last_activity_at=past)
    StepCompletion.objects.filter(user=user).update(completed_at=past)
    QuizAttempt.objects.filter(user=user).update(started_at=past, submitted_at=past)


def test_each_flag(counsellor, course_with_quiz, settings):
    course, lessons, quiz = course_with_quiz
    people = {name: UserFactory() for name in ["quiet", "stuck", "failing", "low", "done", "fine"]}
    for user in people.values():
        link(counsellor, user)
        step_complete(user=user, step=lessons[0])
    # Gone quiet: nothing for 20 days.
    _age(people["quiet"], 20)
    # Stuck: came back yesterday, nothing completed for 20 days.
    _age(people["stuck"], 20)
    enrollment_touch(user=people["stuck"], step=lessons[1])
    # Failing twice (out of attempts too: the quiz allows two).
    for _ in range(2):
        attempt_submit(
            attempt=attempt_start(user=people["failing"], quiz=quiz), answers=wrong_answers()
        )
    # Low confidence: passed, but rated their confidence 1 out of 5.
    _q, key = sample_questions()
    attempt_submit(
        attempt=attempt_start(user=people["low"], quiz=quiz), answers={**key, "q-self": 1}
    )
    # Completed the course.
    step_complete(user=people["done"], step=lessons[1])
    attempt_submit(attempt=attempt_start(user=people["done"], quiz=quiz), answers=key)

    assert _row_flags(counsellor, people["quiet"]) == [flags.INACTIVE]
    assert _row_flags(counsellor, people["stuck"]) == [flags.STALLED]
    assert _row_flags(counsellor, people["failing"]) == [flags.FAILED, flags.EXHAUSTED] + (
        [flags.LOW_CONFIDENCE] if wrong_answers()["q-self"] <= 2 else []
    )
    assert _row_flags(counsellor, people["low"]) == [flags.LOW_CONFIDENCE]
    assert _row_flags(counsellor, people["done"]) == [flags.COMPLETED]
    assert _row_flags(counsellor, people["fine"]) == []
    # Thresholds come from settings.
    settings.COUNSELLING_INACTIVE_DAYS = 30
    assert flags.INACTIVE not in _row_flags(counsellor, people["quiet"])


def test_a_grant_clears_out_of_attempts(counsellor, learner, course_with_quiz):
    from quizzes.services import attempt_grant

    _course, _lessons, quiz = course_with_quiz
    link(counsellor, learner)
    for _ in range(2):
        attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers())
    assert flags.EXHAUSTED in _row_flags(counsellor, learner)
    attempt_grant(learner=learner, quiz=quiz, granted_by=counsellor, reason="Leçon revue")
    assert flags.EXHAUSTED not in _row_flags(counsellor, learner)


def test_filters_search_sort_and_summary(client, counsellor, course_with_quiz):
    course, lessons, _quiz = course_with_quiz
    users = bulk_caseload(counsellor, 30, course=course, steps=lessons)
    client.force_login(counsellor)
    url = reverse("counselling:caseload")
    page = selectors.caseload_page(counsellor=counsellor, filters=selectors.CaseloadFilters())
    assert page.overview.total == 30 and page.matching == 30
    assert len(page.rows) == 25 and page.page_obj.paginator.num_pages == 2
    inactive = page.overview.counts[flags.INACTIVE]
    assert 0 < inactive < 30
    response = client.get(url, {"flag": "inactive"})
    assert response.context["caseload"].matching == inactive
    assert all(flags.INACTIVE in r.flags for r in response.context["caseload"].rows)
    response = client.get(url, {"q": "nom00007"})
    assert [r.learner.pk for r in response.context["caseload"].rows] == [users[7].pk]
    response = client.get(url, {"sort": "name", "page": 2})
    names = [r.learner.last_name for r in response.context["caseload"].rows]
    assert names == sorted(names) and names[0] == "Nom00025"
    response = client.get(url, {"sort": "-activity"})
    dates = [r.last_activity for r in response.context["caseload"].rows]
    assert dates == sorted(dates, reverse=True)
    # Unknown values never break the page.
    assert (
        client.get(url, {"flag": "x", "course": "abc", "sort": "y", "page": "z"}).status_code == 200
    )
    other_course, _ = __import__("tests.factories", fromlist=["build_course"]).build_course(
        modules=1
    )
    enrollment_create(user=users[3], course=other_course)
    response = client.get(url, {"course": other_course.pk})
    assert [r.learner.pk for r in response.context["caseload"].rows] == [users[3].pk]


def _read_csv(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def test_csv_matches_the_screen(client, counsellor, course_with_quiz):
    course, lessons, _quiz = course_with_quiz
    bulk_caseload(counsellor, 30, course=course, steps=lessons)
    client.force_login(counsellor)
    query = {"flag": "inactive", "sort": "name"}
    screen = client.get(reverse("counselling:caseload"), query).context["caseload"]
    response = client.get(reverse("counselling:export"), query)
    assert response.streaming and response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    rows = _read_csv(response)
    assert rows[0][:4] == ["Nom", "Adresse e-mail", "Cours et progression", "Dernière activité"]
    assert [r[0] for r in rows[1:]] == [row.learner.get_full_name() for row in screen.rows]
    first = screen.rows[0]
    assert rows[1][3] == timezone.localtime(first.last_activity).strftime("%d/%m/%Y")
    assert rows[1][2] == f"{course.title}\u00a0: {first.courses[0].percent}\u00a0%"
    assert "Inactif depuis 14 jours" in rows[1][5]
    # Every exported learner is told (access log), once.
    assert AccessLog.objects.filter(action="export").count() == screen.matching


def test_csv_defuses_formulas_and_uses_decimal_commas(counsellor, course_with_quiz):
    _course, _lessons, quiz = course_with_quiz
    evil = UserFactory(first_name='=HYPERLINK("http://x")', last_name="@SUM(A1)")
    link(counsellor, evil)
    _q, key = sample_questions()
    attempt_submit(attempt=attempt_start(user=evil, quiz=quiz), answers={**key, "q-text": "non"})
    body = "".join(caseload_csv(counsellor=counsellor, filters=selectors.CaseloadFilters()))
    row = list(csv.reader(io.StringIO(body[1:]), delimiter=";"))[1]
    assert row[0].startswith("'=")
    average = QuizAttempt.objects.get(user=evil).score
    assert row[4] == f"{average:.1f}".replace(".", ",")


def test_csv_is_streamed_in_chunks(counsellor, course_with_quiz):
    course, lessons, _quiz = course_with_quiz
    bulk_caseload(counsellor, 1200, course=course, steps=lessons)
    chunks = caseload_csv(
        counsellor=counsellor, filters=selectors.CaseloadFilters(), chunk_size=500
    )
    header = next(chunks)
    assert header.startswith("\ufeffNom;")
    sizes = [chunk.count("\n") for chunk in chunks]
    assert sizes == [500, 500, 200]  # one piece per chunk, never the whole file at once

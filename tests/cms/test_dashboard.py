"""'Mon parcours': content, empty state, and a query count that does not grow with courses."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.dashboard.selectors import learner_dashboard
from courses.services import enrollment_create, step_complete
from tests.factories import CourseIndexPageFactory, build_course
from tests.support.caches import cold_outlines

pytestmark = pytest.mark.django_db

URL = reverse("dashboard:home")


def text_of(response) -> str:
    return re.sub(r"\s+", " ", BeautifulSoup(response.content, "html.parser").get_text(" "))


@pytest.fixture
def index():
    return CourseIndexPageFactory()


def test_empty_dashboard_points_to_the_catalogue(client, learner, index):
    client.force_login(learner)
    response = client.get(URL)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert "Vous n'avez pas encore commencé de cours" in page.get_text()
    assert page.find("a", href=index.url)


def test_dashboard_shows_progress_next_step_and_certificate(
    client, learner, index, django_capture_on_commit_callbacks
):
    started, started_lessons = build_course(modules=2, lessons_per_module=2, index=index)
    done, done_lessons = build_course(modules=1, lessons_per_module=2, index=index)
    step_complete(user=learner, step=started_lessons[0])
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in done_lessons:
            step_complete(user=learner, step=lesson)
    client.force_login(learner)
    response = client.get(URL)
    page = BeautifulSoup(response.content, "html.parser")
    text = text_of(response)
    bars = {
        bar["aria-valuenow"] for bar in page.select("#in-progress-title ~ ul [role=progressbar]")
    }
    assert "25" in bars  # the course
    assert "50" in bars and "0" in bars  # its modules
    resume_links = [a for a in page.find_all("a") if "Reprendre" in a.get_text()]
    assert resume_links[0]["href"] == started_lessons[1].url
    assert done.title in text and "Terminé le" in text
    certificate = learner.certificates.get()
    assert page.find("a", href=reverse("courses:certificate_download", args=[certificate.pk]))


def _dashboard_queries(user) -> int:
    cold_outlines()  # the worst case: outlines built, not read from the cache
    with CaptureQueriesContext(connection) as ctx:
        learner_dashboard(user=user)
    return len(ctx.captured_queries)


def _view_queries(client) -> int:
    client.get(URL)  # warm Wagtail's site-root cache
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(URL)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_query_count_is_the_same_for_1_and_20_courses(client, learner, other_learner, index):
    courses = [build_course(modules=2, lessons_per_module=2, index=index) for _ in range(20)]
    # learner: 1 course; other_learner: 20 courses, some started, some completed.
    step_complete(user=learner, step=courses[0][1][0])
    for i, (course, lessons) in enumerate(courses):
        enrollment_create(user=other_learner, course=course)
        if i % 3 == 0:
            step_complete(user=other_learner, step=lessons[0])
        if i % 5 == 0:
            for lesson in lessons:
                step_complete(user=other_learner, step=lesson)

    one, twenty = _dashboard_queries(learner), _dashboard_queries(other_learner)
    # enrollments + outlines + completions (3), + recent quiz results (1)
    assert one == twenty == 4

    client.force_login(learner)
    view_one = _view_queries(client)
    client.force_login(other_learner)
    view_twenty = _view_queries(client)
    print(f"dashboard queries: selector {one}/{twenty}, whole view {view_one}/{view_twenty}")
    assert view_one == view_twenty


def test_demo_progress_fills_the_demo_learners_dashboard_once(
    client, index, django_capture_on_commit_callbacks
):
    from cms.demo.progress import load_demo_progress
    from courses.models import Certificate, Enrollment, StepCompletion
    from tests.factories import UserFactory

    learner = UserFactory(email="apprenant@example.org")
    cv, _ = build_course(modules=2, lessons_per_module=2, index=index, slug="reussir-son-cv")
    search, search_lessons = build_course(
        modules=3, lessons_per_module=2, index=index, slug="organiser-sa-recherche-d-emploi"
    )
    with django_capture_on_commit_callbacks(execute=True):
        first = load_demo_progress()
    counts = (Enrollment.objects.count(), StepCompletion.objects.count())
    assert load_demo_progress() == first  # idempotent
    assert (Enrollment.objects.count(), StepCompletion.objects.count()) == counts

    assert first["organiser-sa-recherche-d-emploi"] == 33
    dashboard = learner_dashboard(user=learner)
    assert [p.course.pk for p in dashboard.completed] == [cv.pk]
    assert [p.course.pk for p in dashboard.in_progress] == [search.pk]
    assert dashboard.in_progress[0].next_step.page.pk == search_lessons[2].pk
    certificate = Certificate.objects.get(user=learner)
    assert certificate.file and certificate.code == first["reussir-son-cv"]


def test_unpublished_courses_leave_in_progress_but_completed_ones_stay(learner, index):
    started, started_lessons = build_course(modules=1, lessons_per_module=2, index=index)
    done, done_lessons = build_course(modules=1, lessons_per_module=1, index=index)
    step_complete(user=learner, step=started_lessons[0])
    step_complete(user=learner, step=done_lessons[0])
    started.unpublish()
    done.unpublish()
    dashboard = learner_dashboard(user=learner)
    assert dashboard.in_progress == []
    assert [p.course.pk for p in dashboard.completed] == [done.pk]

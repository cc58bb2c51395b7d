"""Permission matrix over every learner URL: anonymous, the learner, another learner."""

from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

from courses.models import Certificate
from courses.services import certificate_issue, enrollment_create, step_complete
from tests.factories import build_course

pytestmark = pytest.mark.django_db

LOGIN = "login"


@pytest.fixture
def world(learner):
    """`learner` has completed course A (with its certificate) and is enrolled in course B."""
    course_a, lessons_a = build_course(modules=1, lessons_per_module=1)
    course_b, lessons_b = build_course(modules=1, lessons_per_module=2)
    step_complete(user=learner, step=lessons_a[0])
    certificate = certificate_issue(enrollment=learner.enrollments.get(course=course_a))
    enrollment_create(user=learner, course=course_b)
    return {
        "certificate": certificate,
        "course_b": course_b,
        "lesson_b": lessons_b[0],
    }


def cases(world):
    cert, course, lesson = world["certificate"], world["course_b"], world["lesson_b"]
    # (name, method, url, anonymous, owner, other learner)
    return [
        ("dashboard", "get", reverse("dashboard:home"), LOGIN, 200, 200),
        ("enrol", "post", reverse("courses:enrol", args=[course.pk]), LOGIN, 302, 302),
        ("leave page", "get", reverse("courses:leave", args=[course.pk]), LOGIN, 200, 404),
        ("leave", "post", reverse("courses:leave", args=[course.pk]), LOGIN, 302, 404),
        ("complete", "post", reverse("lessons:complete", args=[lesson.pk]), LOGIN, 302, 302),
        ("certificate", "get", reverse("courses:certificate_download", args=[cert.pk]),
         LOGIN, 200, 404),
        ("verify", "get", reverse("courses:certificate_verify") + f"?code={cert.code}",
         200, 200, 200),
        ("course page", "get", course.url, 200, 200, 200),
        ("lesson page", "get", lesson.url, 200, 200, 200),
    ]


def check(response, expected, name):
    if expected == LOGIN:
        assert response.status_code == 302, name
        assert urlparse(response["Location"]).path == resolve_url(settings.LOGIN_URL), name
    else:
        assert response.status_code == expected, (name, response.status_code)


@pytest.mark.parametrize("who", ["anonymous", "owner", "other"])
def test_matrix(client, world, learner, other_learner, who):
    user = {"anonymous": None, "owner": learner, "other": other_learner}[who]
    column = {"anonymous": 3, "owner": 4, "other": 5}[who]
    if user:
        client.force_login(user)
    # The state-changing POSTs go last (enrolling would change what "leave" answers).
    order = {"leave": 1, "enrol": 2, "complete": 3}
    for case in sorted(cases(world), key=lambda c: order.get(c[0], 0)):
        name, method, url = case[:3]
        check(getattr(client, method)(url), case[column], f"{who}: {name}")


def test_other_learner_cannot_see_the_learners_data(client, world, other_learner):
    client.force_login(other_learner)
    response = client.get(reverse("dashboard:home"))
    assert world["course_b"].title.encode() not in response.content
    assert world["certificate"].code.encode() not in response.content
    assert Certificate.objects.filter(user=other_learner).count() == 0

"""Permission matrix over every account URL: anonymous, learner, another learner.

Account URLs carry no id: each one is about the signed-in user, so "another learner" can only ever
reach their own data; the matrix checks that the content served is the requester's.
"""

import json

import pytest
from django.urls import reverse

from courses.models import Enrollment
from tests.factories import build_course

pytestmark = pytest.mark.django_db

PRIVATE = ["profile", "password_change", "my_data", "my_data_export", "delete"]
PUBLIC = ["signup", "login", "password_reset", "password_reset_done", "password_reset_complete"]


def _url(name):
    return reverse(f"accounts:{name}")


@pytest.mark.parametrize("name", PRIVATE)
def test_anonymous_is_sent_to_login_with_next(client, name):
    response = client.get(_url(name))
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('accounts:login')}?next={_url(name)}"


@pytest.mark.parametrize("name", PRIVATE)
def test_anonymous_post_changes_nothing(client, name, learner):
    response = client.post(_url(name), {"password": "motdepasse-solide-42"})
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]
    learner.refresh_from_db()


@pytest.mark.parametrize("name", PUBLIC)
def test_public_pages_open_to_anonymous(client, name):
    assert client.get(_url(name)).status_code == 200


@pytest.mark.parametrize("name", PRIVATE)
@pytest.mark.parametrize("who", ["learner", "other_learner"])
def test_each_learner_sees_only_their_own_account(
    client, request, name, who, learner, other_learner
):
    me = request.getfixturevalue(who)
    someone_else = other_learner if me == learner else learner
    client.force_login(me)
    response = client.get(_url(name))
    assert response.status_code == 200
    body = response.content.decode()
    assert someone_else.email not in body
    if name in {"profile", "my_data_export"}:
        assert me.email in body


def test_password_reset_confirm_with_a_bad_token_is_refused(client, learner):
    url = reverse(
        "accounts:password_reset_confirm", kwargs={"uidb64": "MQ", "token": "set-password"}
    )
    response = client.get(url)
    assert response.status_code == 200
    assert "n'est plus valable" in response.content.decode()


def test_export_of_each_learner_holds_only_their_rows(client, learner, other_learner):
    course, lessons = build_course(modules=1, lessons_per_module=1)
    other_course, _ = build_course(modules=1, lessons_per_module=1)
    Enrollment.objects.create(user=learner, course=course)
    Enrollment.objects.create(user=other_learner, course=other_course)
    for me, expected in [(learner, course.title), (other_learner, other_course.title)]:
        client.force_login(me)
        data = json.loads(client.get(_url("my_data_export")).content)
        assert [e["course"] for e in data["courses"]["enrollments"]] == [expected]


def test_another_learner_cannot_delete_someone_else(client, learner, other_learner):
    # The form deletes the requester, whatever is posted; a foreign password is simply wrong.
    client.force_login(other_learner)
    response = client.post(
        _url("delete"), {"password": "motdepasse-solide-42", "user": learner.pk, "id": learner.pk}
    )
    assert response.status_code == 302
    assert type(learner).objects.filter(pk=learner.pk).exists()
    assert not type(learner).objects.filter(pk=other_learner.pk).exists()

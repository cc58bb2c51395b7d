"""The permission matrix: every counsellor URL and export, for every kind of visitor.

Decision for administrators: a superuser who is not in the Counsellors group gets 403 in the
workspace (like an editor); admins manage counsellors and revoke links in the Wagtail admin,
which shows who is linked to whom but never a learner's progress.
"""

import pytest
from django.urls import reverse

from cms import roles
from cms.counselling.models import CounsellorLink
from cms.counselling.services import link_withdraw, note_create
from quizzes.services import attempt_start, attempt_submit
from tests.counselling.factories import link
from tests.factories import UserFactory
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db

# (name, method, needs a learner, expected status for the linked counsellor)
LEARNER_URLS = [
    ("learner", "get", 200),
    ("brief", "get", 200),
    ("attempt", "get", 200),
    ("note_create", "post", 302),
    ("note_edit", "get", 200),
    ("note_delete", "post", 302),
    ("grant", "post", 302),
]
CASELOAD_URLS = [("caseload", "get", 200), ("export", "get", 200), ("invitation_code", "get", 200)]
VISITORS = ["anonymous", "learner", "linked", "unlinked", "withdrawn", "editor", "admin"]


@pytest.fixture
def world(counsellor, learner, course_with_quiz):
    _course, _lessons, quiz = course_with_quiz
    link(counsellor, learner)
    attempt = attempt_submit(
        attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers()
    )
    return {"quiz": quiz, "attempt": attempt}


def _url(name, learner, world):
    if name in {"caseload", "export", "invitation_code"}:
        return reverse(f"counselling:{name}")
    args = [learner.pk]
    if name == "attempt":
        args.append(world["attempt"].pk)
    elif name in {"note_edit", "note_delete"}:
        # A fresh note each time: the delete of one case must not break the next.
        args.append(note_create(learner=learner, author=None, body="Note", shared=False).pk)
    elif name == "grant":
        args.append(world["quiz"].pk)
    return reverse(f"counselling:{name}", args=args)


def _visitor(kind, client, counsellor, learner):
    if kind == "anonymous":
        return
    if kind == "learner":
        user = learner
    elif kind in {"linked", "withdrawn"}:
        user = counsellor
        if kind == "withdrawn":
            link_withdraw(link=CounsellorLink.objects.active().get(learner=learner))
    elif kind == "unlinked":
        user = UserFactory(groups=[roles.COUNSELLORS])
    elif kind == "editor":
        user = UserFactory(groups=[roles.EDITORS])
    else:
        user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)


def _expected(kind, linked_status, per_learner):
    if kind == "anonymous":
        return 302
    if kind in {"learner", "editor", "admin"}:
        return 403
    if per_learner and kind in {"unlinked", "withdrawn"}:
        return 404
    return linked_status


CASES = [
    (name, method, status, per_learner, kind)
    for per_learner, urls in ((True, LEARNER_URLS), (False, CASELOAD_URLS))
    for name, method, status in urls
    for kind in VISITORS
]


@pytest.mark.parametrize("name,method,status,per_learner,kind", CASES)
def test_permission_matrix(
    client, counsellor, learner, world, name, method, status, per_learner, kind
):
    _visitor(kind, client, counsellor, learner)
    url = _url(name, learner, world)
    data = {"body": "Point d'étape", "shared": "0"} if method == "post" else {}
    response = getattr(client, method)(url, data)
    assert response.status_code == _expected(kind, status, per_learner), (kind, name)
    if kind == "anonymous":
        assert response["Location"].startswith(reverse("accounts:login"))
    if response.status_code == 200:
        assert "no-store" in response["Cache-Control"]


def test_the_matrix_covers_every_counsellor_url():
    from cms.counselling.urls import urlpatterns

    learner_side = {"sharing", "withdraw", "invitation"}
    covered = {name for name, *_ in LEARNER_URLS + CASELOAD_URLS}
    assert {p.name for p in urlpatterns} - learner_side == covered
    assert len(CASES) == len(covered) * len(VISITORS)


def test_withdrawal_stops_access_at_once(client, counsellor, learner, linked):
    client.force_login(counsellor)
    url = reverse("counselling:learner", args=[learner.pk])
    assert client.get(url).status_code == 200
    client2 = client.__class__()
    client2.force_login(learner)
    response = client2.post(reverse("counselling:withdraw", args=[linked.pk]))
    assert response.status_code == 302
    assert client.get(url).status_code == 404
    caseload = client.get(reverse("counselling:caseload")).content.decode()
    assert learner.get_full_name() not in caseload


def test_a_learner_cannot_withdraw_someone_elses_link(client, other_learner, linked):
    client.force_login(other_learner)
    assert client.post(reverse("counselling:withdraw", args=[linked.pk])).status_code == 404
    assert CounsellorLink.objects.get(pk=linked.pk).is_active

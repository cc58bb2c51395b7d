"""'Mes données': the JSON export holds the requester's data only; deletion removes everything."""

import json

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import FileField
from django.db.models.fields.files import FieldFile
from django.urls import reverse

from cms import roles
from cms.accounts import services
from courses.models import Enrollment, StepCompletion
from tests.factories import UserFactory, build_course

User = get_user_model()
PASSWORD = "motdepasse-solide-42"

pytestmark = pytest.mark.django_db


def _activity(user, course, lessons, done=2):
    Enrollment.objects.create(user=user, course=course, last_step=lessons[done - 1])
    for lesson in lessons[:done]:
        StepCompletion.objects.create(user=user, step=lesson, course=course)


@pytest.fixture
def course():
    return build_course(modules=2, lessons_per_module=2)


# --- export -----------------------------------------------------------------------------------


def test_export_contains_the_account_and_own_activity_only(learner, other_learner, course):
    course_page, lessons = course
    _activity(learner, course_page, lessons, done=2)
    _activity(other_learner, course_page, lessons, done=4)
    AccessAttempt.objects.create(
        username=learner.email,
        ip_address="203.0.113.5",
        user_agent="Firefox",
        failures_since_start=2,
        get_data="",
        post_data="",
        http_accept="",
        path_info="/compte/connexion/",
    )
    AccessAttempt.objects.create(
        username=other_learner.email,
        ip_address="198.51.100.1",
        user_agent="x",
        failures_since_start=1,
        get_data="",
        post_data="",
        http_accept="",
        path_info="/",
    )

    data = services.user_data_export(user=learner)

    assert data["account"]["email"] == learner.email
    assert data["account"]["first_name"] == learner.first_name
    assert data["account"]["groups"] == [roles.LEARNERS]
    assert "password" not in json.dumps(data, default=str)
    assert [e["course"] for e in data["courses"]["enrollments"]] == [course_page.title]
    assert data["courses"]["enrollments"][0]["last_step"] == lessons[1].title
    assert [c["step"] for c in data["courses"]["step_completions"]] == [
        lessons[0].title,
        lessons[1].title,
    ]
    attempts = data["security"]["failed_login_attempts"]
    assert [(a["ip_address"], a["failures"]) for a in attempts] == [("203.0.113.5", 2)]
    assert other_learner.email not in json.dumps(data, default=str)


def test_export_download_is_json_attachment_of_the_requester(
    client, learner, other_learner, course
):
    course_page, lessons = course
    _activity(other_learner, course_page, lessons, done=3)
    client.force_login(learner)
    response = client.get(reverse("accounts:my_data_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="mes-donnees-')
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == learner.email
    assert data["courses"]["enrollments"] == []
    assert data["courses"]["step_completions"] == []
    assert other_learner.email not in response.content.decode()


def test_export_query_count_does_not_grow_with_activity(learner, django_assert_max_num_queries):
    course_page, lessons = build_course(modules=1, lessons_per_module=2)
    _activity(learner, course_page, lessons, done=1)
    # 9 for the account, courses and quizzes, 5 for counselling (links, notes, access log,
    # attempt grants, counsellor code).
    with django_assert_max_num_queries(14) as one:
        services.user_data_export(user=learner)
    for _ in range(5):
        more, more_lessons = build_course(modules=2, lessons_per_module=3)
        _activity(learner, more, more_lessons, done=6)
    with django_assert_max_num_queries(len(one.captured_queries)):
        data = services.user_data_export(user=learner)
    assert len(data["courses"]["enrollments"]) == 6
    assert len(data["courses"]["step_completions"]) == 31


def test_my_data_page_links_the_download_and_the_deletion(client, learner):
    client.force_login(learner)
    html = client.get(reverse("accounts:my_data")).content.decode()
    assert reverse("accounts:my_data_export") in html
    assert reverse("accounts:delete") in html


# --- deletion ---------------------------------------------------------------------------------


def test_delete_with_the_right_password_removes_every_record(
    client, learner, other_learner, course
):
    course_page, lessons = course
    _activity(learner, course_page, lessons, done=3)
    _activity(other_learner, course_page, lessons, done=1)
    AccessAttempt.objects.create(
        username=learner.email,
        ip_address="203.0.113.5",
        user_agent="x",
        failures_since_start=1,
        get_data="",
        post_data="",
        http_accept="",
        path_info="/",
    )
    client.force_login(learner)

    response = client.post(reverse("accounts:delete"), {"password": PASSWORD})

    assert response.status_code == 302
    assert not User.objects.filter(pk=learner.pk).exists()
    assert not Enrollment.objects.filter(user_id=learner.pk).exists()
    assert not StepCompletion.objects.filter(user_id=learner.pk).exists()
    assert not AccessAttempt.objects.filter(username=learner.email).exists()
    assert "_auth_user_id" not in client.session
    # Someone else's data is untouched.
    assert Enrollment.objects.filter(user=other_learner).count() == 1
    assert StepCompletion.objects.filter(user=other_learner).count() == 1


def test_delete_with_a_wrong_password_keeps_the_account(client, learner):
    client.force_login(learner)
    response = client.post(reverse("accounts:delete"), {"password": "faux"})
    assert response.status_code == 200
    assert "Mot de passe incorrect." in response.content.decode()
    assert User.objects.filter(pk=learner.pk).exists()


def test_staff_accounts_cannot_delete_themselves_here(client, editor):
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    response = client.post(reverse("accounts:delete"), {"password": PASSWORD})
    assert response.status_code == 200
    assert "demandez à un administrateur" in response.content.decode()
    assert User.objects.filter(pk=editor.pk).exists()


def test_user_delete_is_idempotent(learner):
    services.user_delete(user=learner)
    services.user_delete(user=learner)
    assert not User.objects.filter(email=learner.email).exists()


# A personal-data module as other apps write them, to check stored files are removed.
def personal_data(user) -> dict:
    return {"files": [f.name for f in stored_files(user)]}


_FILES: dict[int, list] = {}


def stored_files(user) -> list:
    return _FILES.get(user.pk, [])


def test_delete_removes_stored_files_after_commit(settings, django_capture_on_commit_callbacks):
    settings.PERSONAL_DATA_MODULES = [*settings.PERSONAL_DATA_MODULES, __name__]
    user = UserFactory()
    name = default_storage.save("certificates/test-attestation.pdf", ContentFile(b"%PDF-1.4"))
    field = FileField(storage=default_storage)
    _FILES[user.pk] = [FieldFile(None, field, name)]
    assert services.user_data_export(user=user)[__name__.split(".")[0]] == {"files": [name]}
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            services.user_delete(user=user)
        # The file stays until the deletion is committed, then goes.
        assert default_storage.exists(name)
        for callback in callbacks:
            callback()
    finally:
        _FILES.clear()
    assert not default_storage.exists(name)
    assert not User.objects.filter(pk=user.pk).exists()


def test_personal_data_modules_skips_missing_ones(settings):
    settings.PERSONAL_DATA_MODULES = ["courses.personal_data", "nosuchapp.personal_data"]
    assert [label for label, _m in services.personal_data_modules()] == ["courses"]


def test_certificates_are_exported_and_their_pdf_removed_with_the_account(
    learner, course, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    from courses.models import Certificate
    from courses.services import certificate_issue

    course_page, lessons = course
    _activity(learner, course_page, lessons, done=len(lessons))
    enrollment = Enrollment.objects.get(user=learner)
    enrollment.completed_at = timezone.now()
    enrollment.save()
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(enrollment=enrollment)
    certificate.refresh_from_db()
    storage = certificate.file.storage
    assert certificate.file and storage.exists(certificate.file.name)
    assert not default_storage.exists(certificate.file.name)  # never in the public media

    exported = services.user_data_export(user=learner)["courses"]["certificates"]
    assert exported == [
        {
            "course": course_page.title,
            "code": certificate.display_code,
            "issued_at": certificate.issued_at,
            "download_url": f"http://testserver/apprendre/certificats/{certificate.pk}/telecharger/",
        }
    ]
    assert "certificates/" not in str(services.user_data_export(user=learner))

    with django_capture_on_commit_callbacks(execute=True):
        services.user_delete(user=learner)
    assert not Certificate.objects.filter(pk=certificate.pk).exists()
    assert not storage.exists(certificate.file.name)

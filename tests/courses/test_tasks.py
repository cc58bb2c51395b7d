"""The certificate task: eager (as in development) and through a real Celery worker on Redis."""

import time

import pytest

from courses.models import Certificate, Enrollment
from courses.services import enrollment_create, step_complete
from courses.tasks import issue_certificate
from tests.factories import build_course
from tests.support.services import require_redis


def _complete(user, lessons):
    for lesson in lessons:
        step_complete(user=user, step=lesson)
    return Enrollment.objects.get(user=user)


@pytest.mark.django_db
def test_task_writes_the_certificate_once(learner):
    _course, lessons = build_course(modules=1, lessons_per_module=2)
    enrollment = _complete(learner, lessons)  # on_commit does not fire inside the test transaction
    assert not Certificate.objects.exists()
    first = issue_certificate.delay(enrollment.pk).get()
    second = issue_certificate.delay(enrollment.pk).get()
    assert first == second == Certificate.objects.get(enrollment=enrollment).pk


@pytest.mark.django_db
def test_task_ignores_unfinished_or_deleted_enrollments(learner):
    course, _lessons = build_course(modules=1, lessons_per_module=2)
    enrollment, _ = enrollment_create(user=learner, course=course)
    assert issue_certificate.delay(enrollment.pk).get() is None
    assert issue_certificate.delay(987654).get() is None
    assert not Certificate.objects.exists()


@pytest.mark.django_db
def test_task_retries_on_storage_errors(learner, monkeypatch):
    from courses import services

    _course, lessons = build_course(modules=1, lessons_per_module=1)
    enrollment = _complete(learner, lessons)
    calls = []

    def failing(**kwargs):
        calls.append(kwargs)
        raise OSError("disk full")

    monkeypatch.setattr(services, "certificate_issue_for", failing)
    assert OSError in issue_certificate.autoretry_for
    # In eager mode the retry is raised (a worker would schedule it with a back-off).
    from celery.exceptions import Retry

    with pytest.raises(Retry) as retry:
        issue_certificate.apply(args=[enrollment.pk], throw=True)
    assert isinstance(retry.value.exc, OSError)
    assert len(calls) == 1
    assert issue_certificate.max_retries == 5


@pytest.fixture
def redis_celery_app():
    """The project's Celery app pointed at Redis (TEST_REDIS_URL), not eager, for one test.
    Fails (never skips) when Redis does not answer."""
    redis_url = require_redis()
    from cms.celery import app

    keys = ["broker_url", "result_backend", "task_always_eager"]
    saved = {key: app.conf[key] for key in keys}

    def reset_connections():
        app._pool = None
        app.__dict__.pop("amqp", None)
        app._backend_cache = None
        if hasattr(app._local, "backend"):
            del app._local.backend

    app.conf.update(
        broker_url=redis_url,
        result_backend=redis_url,
        task_always_eager=False,
    )
    reset_connections()
    app.control.purge()
    yield app
    app.conf.update(saved)
    reset_connections()


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_completing_a_course_issues_the_certificate_through_a_real_worker(
    redis_celery_app, learner
):
    from celery.contrib.testing.worker import start_worker

    _course, lessons = build_course(modules=1, lessons_per_module=2)
    with start_worker(redis_celery_app, perform_ping_check=False, loglevel="WARNING"):
        # Each step_complete commits; the last one enqueues the task on commit.
        enrollment = _complete(learner, lessons)
        assert enrollment.completed_at is not None
        deadline = time.monotonic() + 30
        certificate = None
        while time.monotonic() < deadline:
            certificate = Certificate.objects.filter(enrollment=enrollment).exclude(file="").first()
            if certificate:
                break
            time.sleep(0.2)
        assert certificate is not None, "the worker did not write the certificate"
        # Run again through the broker: same certificate, no second row.
        result = issue_certificate.delay(enrollment.pk)
        assert result.get(timeout=30) == certificate.pk
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    with certificate.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_reminder_task_runs_once_through_a_real_worker(redis_celery_app, learner):
    """The beat task fans out through the broker; the worker sends the e-mail once."""
    from datetime import timedelta

    from celery.contrib.testing.worker import start_worker
    from django.core import mail
    from django.utils import timezone

    from cms.emails import SentEmail
    from courses.tasks import send_inactivity_reminders

    _course, lessons = build_course(modules=1, lessons_per_module=2)
    step_complete(user=learner, step=lessons[0])
    Enrollment.objects.filter(user=learner).update(
        last_activity_at=timezone.now() - timedelta(days=9)
    )
    with start_worker(redis_celery_app, perform_ping_check=False, loglevel="WARNING"):
        assert send_inactivity_reminders.delay().get(timeout=30) == 1
        deadline = time.monotonic() + 30
        while not SentEmail.objects.filter(user=learner).exists():
            assert time.monotonic() < deadline, "the worker did not send the reminder"
            time.sleep(0.2)
        assert send_inactivity_reminders.delay().get(timeout=30) == 0
    assert SentEmail.objects.filter(user=learner).count() == 1
    assert [m.to for m in mail.outbox] == [[learner.email]]

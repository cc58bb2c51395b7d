"""The job conventions hold for every task of the project (docs/deploy.md, "Background jobs")."""

import inspect

from django.conf import settings

from cms.celery import app

PROJECT_APPS = ("cms.", "courses.", "lessons.", "quizzes.")


def _project_tasks():
    app.loader.import_default_modules()
    return {name: task for name, task in app.tasks.items() if name.startswith(PROJECT_APPS)}


def test_every_scheduled_task_exists():
    tasks = _project_tasks()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in tasks


def test_every_task_is_acknowledged_late_and_takes_plain_values():
    tasks = _project_tasks()
    assert {
        "courses.tasks.issue_certificate",
        "courses.tasks.send_inactivity_reminders",
        "courses.tasks.send_inactivity_reminder",
        "cms.maintenance.tasks.purge_expired_data",
    } <= set(tasks)
    for name, task in tasks.items():
        assert task.acks_late, name
        for parameter in inspect.signature(task.run).parameters.values():
            assert parameter.annotation in {"int", "str", int, str}, (name, parameter)
    assert settings.CELERY_TASK_ACKS_LATE and settings.CELERY_WORKER_PREFETCH_MULTIPLIER == 1


def test_email_tasks_retry_on_transient_errors():
    from cms.emails import TransientEmailError

    task = _project_tasks()["courses.tasks.send_inactivity_reminder"]
    assert task.autoretry_for == (TransientEmailError,)
    assert task.retry_backoff and task.max_retries == 8

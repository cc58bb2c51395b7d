"""Concurrent submissions of one attempt grade it once (select_for_update on PostgreSQL).

Run with a PostgreSQL DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/mooc
.venv/bin/python -m pytest -m services tests/quizzes
"""

import threading

import pytest
from django.db import connection, connections

from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from tests.factories import UserFactory
from tests.quizzes.factories import QuizPageFactory, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_concurrent_submits_grade_once():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (row locks)")
    quiz = QuizPageFactory()
    attempt = attempt_start(user=UserFactory(), quiz=quiz)
    _q, key = sample_questions()
    barrier = threading.Barrier(4)
    results, errors = [], []

    def submit(answers):
        try:
            barrier.wait()
            results.append(
                attempt_submit(attempt=QuizAttempt.objects.get(pk=attempt.pk), answers=answers)
            )
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(a,)) for a in (key, wrong_answers()) * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len({(r.score, r.submitted_at) for r in results}) == 1
    assert QuizAnswer.objects.filter(attempt=attempt).count() == 6


def test_concurrent_starts_open_one_attempt():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    quiz = QuizPageFactory()
    user = UserFactory()
    barrier = threading.Barrier(4)
    started, errors = [], []

    def start():
        try:
            barrier.wait()
            started.append(attempt_start(user=user, quiz=quiz).pk)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(set(started)) == 1
    assert QuizAttempt.objects.filter(user=user).count() == 1

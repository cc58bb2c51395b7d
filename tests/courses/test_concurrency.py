"""The same completion (and enrolment) sent 8 times at once leaves exactly one row.

Each thread has its own database connection (Django opens one per thread) and a barrier releases
them together, so the requests really overlap on PostgreSQL. On SQLite (the default test
database, shared-cache in memory) a write that meets another one is refused at once with
"database table is locked"; the thread then sends its request again, as a browser would on an
error, until it is answered. Either way all 8 calls are answered, exactly one reports the row as
new, and exactly one row exists. Run it on PostgreSQL with
DATABASE_URL=postgres://postgres@127.0.0.1:5432/capemploi \
    pytest tests/courses/test_concurrency.py
"""

import threading
import time

import pytest
from django.db import OperationalError, close_old_connections, connection

from courses.models import Enrollment, StepCompletion
from courses.services import enrollment_create
from lessons.services import lesson_complete
from tests.factories import build_course

THREADS = 8


def run_together(fn, n=THREADS):
    barrier = threading.Barrier(n)
    results, errors = [], []
    lock = threading.Lock()

    def worker():
        try:
            barrier.wait()
            for _attempt in range(200):
                try:
                    value = fn()
                except OperationalError as exc:  # SQLite: "database table is locked"
                    with lock:
                        errors.append(exc)
                    time.sleep(0.01)
                    continue
                with lock:
                    results.append(value)
                return
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_same_completion_sent_8_times_in_parallel_gives_one_row(learner):
    _course, lessons = build_course(modules=1, lessons_per_module=2)
    lesson = lessons[0]

    results, errors = run_together(lambda: lesson_complete(user=learner, lesson=lesson))

    assert len(results) == THREADS  # every call answered
    if connection.vendor == "postgresql":
        assert not errors, errors  # PostgreSQL waits on the unique index instead of refusing
    assert results.count(True) == 1, results  # exactly one thread recorded it
    assert StepCompletion.objects.filter(user=learner, step=lesson).count() == 1
    assert Enrollment.objects.filter(user=learner).count() == 1
    print(
        f"\n{connection.vendor}: {len(results)} calls answered ({results.count(True)} created), "
        f"{len(errors)} lock refusals re-sent; rows: 1"
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_same_enrolment_sent_8_times_in_parallel_gives_one_row(learner):
    course, _lessons = build_course(modules=1, lessons_per_module=1)

    results, errors = run_together(lambda: enrollment_create(user=learner, course=course)[1])

    assert len(results) == THREADS
    if connection.vendor == "postgresql":
        assert not errors, errors
    assert results.count(True) == 1, results
    assert Enrollment.objects.filter(user=learner, course=course).count() == 1

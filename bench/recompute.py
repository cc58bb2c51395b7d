"""Progress recomputation at scale, run by bench/run.py in a subprocess on a built database.

Inside one transaction that is rolled back (the database is left as it was): clears every
enrollment's completion date, then recomputes all of them, course by course, with the set-based
courses.services.enrollments_refresh_completion; checks that exactly the enrollments completed
before are completed again. Prints one JSON line.
"""

import json
import time

import django

django.setup()

from django.db import transaction  # noqa: E402

from courses.models import CoursePage, Enrollment, StepCompletion  # noqa: E402
from courses.services import enrollments_refresh_completion  # noqa: E402


def main():
    enrollments = Enrollment.objects.count()
    completions = StepCompletion.objects.count()
    with transaction.atomic():
        before = set(
            Enrollment.objects.filter(completed_at__isnull=False).values_list("pk", flat=True)
        )
        Enrollment.objects.update(completed_at=None)
        started = time.perf_counter()
        recomputed = sum(
            enrollments_refresh_completion(course=course) for course in CoursePage.objects.all()
        )
        seconds = time.perf_counter() - started
        after = set(
            Enrollment.objects.filter(completed_at__isnull=False).values_list("pk", flat=True)
        )
        transaction.set_rollback(True)  # certificates enqueued on commit are dropped with it
    print(
        json.dumps(
            {
                "enrollments": enrollments,
                "completions": completions,
                "completed": recomputed,
                "matches": after == before,
                "seconds": seconds,
            }
        )
    )


if __name__ == "__main__":
    main()

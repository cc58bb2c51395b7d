"""Steps of the worker-kill test, run in their own process against a file database.

    python -m tests.support.worker_scenario setup          -> prints the idle learner's id
    python -m tests.support.worker_scenario enqueue ID P   -> sends the reminder task to the broker
    python -m tests.support.worker_scenario count ID       -> prints the SentEmail rows for ID
"""

import sys

import django


def main(argv: list[str]) -> None:
    django.setup()
    from datetime import timedelta

    from django.utils import timezone

    from cms.emails import SentEmail
    from courses.models import Enrollment
    from courses.services import step_complete
    from courses.tasks import send_inactivity_reminder
    from tests.factories import UserFactory, build_course

    command = argv[0]
    if command == "setup":
        _course, lessons = build_course(modules=1, lessons_per_module=2)
        user = UserFactory()
        step_complete(user=user, step=lessons[0])
        Enrollment.objects.filter(user=user).update(
            last_activity_at=timezone.now() - timedelta(days=10)
        )
        print(user.pk)
    elif command == "enqueue":
        send_inactivity_reminder.delay(int(argv[1]), argv[2])
    elif command == "count":
        print(SentEmail.objects.filter(user_id=int(argv[1])).count())
    else:
        raise SystemExit(f"unknown step {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])

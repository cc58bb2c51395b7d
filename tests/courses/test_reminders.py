"""Inactivity reminders: who gets one, what it links to, and that it goes once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.emails import SentEmail
from courses.models import Enrollment
from courses.reminders import KIND, current_period, due_learner_ids, reminder_send
from courses.services import enrollment_create, enrollment_leave, step_complete
from courses.tasks import send_inactivity_reminder, send_inactivity_reminders
from tests.factories import UserFactory, build_course
from tests.support.caches import cold_outlines

pytestmark = pytest.mark.django_db


def _idle(enrollment, days):
    Enrollment.objects.filter(pk=enrollment.pk).update(
        last_activity_at=timezone.now() - timedelta(days=days),
        enrolled_at=timezone.now() - timedelta(days=days + 1),
    )


@pytest.fixture
def course_and_lessons():
    return build_course(modules=1, lessons_per_module=3)


@pytest.fixture
def idle_learner(learner, course_and_lessons):
    """Enrolled, first lesson done, then nothing for ten days."""
    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    _idle(Enrollment.objects.get(user=learner, course=course), days=10)
    return learner


def test_an_idle_learner_is_reminded_of_their_next_step(idle_learner, course_and_lessons):
    course, lessons = course_and_lessons
    assert due_learner_ids() == [idle_learner.pk]
    assert reminder_send(user_id=idle_learner.pk, period=current_period()) is True
    [message] = mail.outbox
    assert message.to == [idle_learner.email]
    assert course.title in message.subject
    html = message.alternatives[0][0]
    # Straight to the next step (the second lesson), on the public base URL.
    assert f'href="http://testserver{lessons[1].url}"' in html
    assert lessons[1].title in message.body
    assert "33\u00a0%" in html


def test_recent_activity_gets_no_reminder(learner, course_and_lessons):
    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    _idle(Enrollment.objects.get(user=learner), days=3)
    assert due_learner_ids() == []
    assert reminder_send(user_id=learner.pk, period=current_period()) is False


def test_never_for_a_completed_course(learner, course_and_lessons):
    _course, lessons = course_and_lessons
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    _idle(Enrollment.objects.get(user=learner), days=30)
    assert due_learner_ids() == []
    assert reminder_send(user_id=learner.pk, period=current_period()) is False
    assert mail.outbox == []


def test_never_for_a_course_the_learner_left(idle_learner, course_and_lessons):
    course, _lessons = course_and_lessons
    enrollment_leave(user=idle_learner, course=course)
    assert due_learner_ids() == []
    assert reminder_send(user_id=idle_learner.pk, period=current_period()) is False


def test_never_for_an_unpublished_course(idle_learner, course_and_lessons):
    course, _lessons = course_and_lessons
    course.unpublish()
    assert due_learner_ids() == []


def test_never_when_the_learner_switched_reminders_off(idle_learner):
    idle_learner.email_reminders = False
    idle_learner.save()
    assert due_learner_ids() == []
    assert reminder_send(user_id=idle_learner.pk, period=current_period()) is False
    assert mail.outbox == []


def test_enrolled_but_never_started_counts_from_the_enrolment(learner, course_and_lessons):
    course, lessons = course_and_lessons
    enrollment, _ = enrollment_create(user=learner, course=course)
    Enrollment.objects.filter(pk=enrollment.pk).update(
        enrolled_at=timezone.now() - timedelta(days=8)
    )
    assert reminder_send(user_id=learner.pk, period=current_period()) is True
    assert f"http://testserver{lessons[0].url}" in mail.outbox[0].body


def test_one_reminder_per_stretch_of_inactivity(idle_learner, course_and_lessons):
    _course, lessons = course_and_lessons
    assert reminder_send(user_id=idle_learner.pk, period="2026-11-23") is True
    # Next period, still idle: nothing more until the learner comes back.
    assert due_learner_ids() == []
    assert reminder_send(user_id=idle_learner.pk, period="2026-11-30") is False
    # They come back, then go quiet again: a new reminder becomes due.
    step_complete(user=idle_learner, step=lessons[1])
    enrollment = Enrollment.objects.get(user=idle_learner)
    Enrollment.objects.filter(pk=enrollment.pk).update(last_activity_at=timezone.now())
    SentEmail.objects.update(sent_at=timezone.now() - timedelta(days=20))
    _idle(enrollment, days=9)
    assert due_learner_ids() == [idle_learner.pk]
    assert reminder_send(user_id=idle_learner.pk, period="2026-11-30") is True
    assert len(mail.outbox) == 2


def test_the_task_run_twice_sends_one_email(idle_learner):
    period = current_period()
    assert send_inactivity_reminder.delay(idle_learner.pk, period).get() is True
    assert send_inactivity_reminder.delay(idle_learner.pk, period).get() is False
    assert len(mail.outbox) == 1
    assert SentEmail.objects.filter(user=idle_learner, kind=KIND, period=period).count() == 1


def test_the_daily_task_fans_out_one_task_per_learner(
    idle_learner, course_and_lessons, django_capture_on_commit_callbacks
):
    course, lessons = course_and_lessons
    other = UserFactory()
    step_complete(user=other, step=lessons[0])
    _idle(Enrollment.objects.get(user=other), days=12)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_inactivity_reminders.delay().get() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([idle_learner.email, other.email])
    # The beat firing again the same day sends nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        assert send_inactivity_reminders.delay().get() == 0
    assert len(mail.outbox) == 2


def test_the_reminder_is_written_in_the_learners_language(idle_learner):
    idle_learner.preferred_language = "en"
    idle_learner.save()
    reminder_send(user_id=idle_learner.pk, period=current_period())
    assert '<html lang="en">' in mail.outbox[0].alternatives[0][0]
    assert "Bonjour" not in mail.outbox[0].body


def test_waiting_courses_query_count_does_not_grow_with_courses(learner):
    from courses.reminders import waiting_courses

    def idle_in(n):
        for _ in range(n):
            course, lessons = build_course(modules=2, lessons_per_module=2)
            step_complete(user=learner, step=lessons[0])
        for enrollment in Enrollment.objects.filter(user=learner):
            _idle(enrollment, days=10)

    idle_in(1)
    cold_outlines()
    with CaptureQueriesContext(connection) as one:
        assert len(waiting_courses(user=learner)) == 1
    idle_in(3)
    cold_outlines()
    with CaptureQueriesContext(connection) as four:
        assert len(waiting_courses(user=learner)) == 3  # settings.REMINDER_MAX_COURSES
    assert len(four) == len(one) <= 5


def test_a_temporary_smtp_failure_is_retried_and_records_nothing(idle_learner, settings):
    from celery.exceptions import Retry

    from cms.emails import TransientEmailError

    settings.EMAIL_BACKEND = "tests.cms.test_emails._FailingBackend"
    import smtplib

    from tests.cms.test_emails import _FailingBackend

    _FailingBackend.error = smtplib.SMTPServerDisconnected("relay restarted")
    with pytest.raises(Retry) as retry:
        send_inactivity_reminder.apply(args=[idle_learner.pk, current_period()], throw=True)
    assert isinstance(retry.value.exc, TransientEmailError)
    assert not SentEmail.objects.exists()
    # The relay is back: the retry sends it.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_inactivity_reminder.delay(idle_learner.pk, current_period()).get() is True
    assert len(mail.outbox) == 1

"""The counselling e-mails: appointment reminders (learners) and the weekly digest (counsellors).
Each runs once, respects consent and the opt-out, and is skipped when there is nothing to say."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from cms.counselling import notifications
from cms.counselling.models import Note
from cms.counselling.services import link_withdraw
from courses.models import Enrollment
from tests.counselling.factories import link

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 12, 1)


def appointment(counsellor, learner, day: dt.date, hour: int = 10) -> Note:
    at = timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 30)))
    return Note.objects.create(
        learner=learner, author=counsellor, author_name="Sophie Marchand", body_source="RDV",
        body_html="<p>RDV</p>", appointment_at=at, appointment_mode=Note.Mode.AGENCY,
    )


def test_the_learner_is_reminded_the_day_before_once(counsellor, learner):
    link(counsellor, learner)
    appointment(counsellor, learner, TODAY + dt.timedelta(days=1))
    appointment(counsellor, learner, TODAY + dt.timedelta(days=3))  # not yet
    assert notifications.appointment_reminders_send(today=TODAY) == 1
    assert notifications.appointment_reminders_send(today=TODAY) == 0  # a second run sends none
    [message] = mail.outbox
    assert message.to == [learner.email]
    assert "2 décembre 2026 à 10:30" in message.subject
    assert str(Note.Mode.AGENCY.label).capitalize() in message.body
    assert counsellor.get_full_name() in message.body
    assert "List-Unsubscribe" in message.extra_headers


def test_no_reminder_once_consent_is_withdrawn_or_for_who_opted_out(counsellor, learner):
    shared = link(counsellor, learner)
    appointment(counsellor, learner, TODAY + dt.timedelta(days=1))
    link_withdraw(link=shared)
    assert notifications.appointment_reminders_send(today=TODAY) == 0
    link(counsellor, learner)
    learner.email_appointment_reminders = False
    learner.save(update_fields=["email_appointment_reminders"])
    assert notifications.appointment_reminders_send(today=TODAY) == 0
    assert mail.outbox == []


def test_the_digest_lists_learners_by_flag_once_a_week(counsellor, learner, course_with_quiz):
    course, _lessons, _quiz = course_with_quiz
    link(counsellor, learner)
    Enrollment.objects.create(user=learner, course=course)
    Enrollment.objects.filter(user=learner).update(
        last_activity_at=timezone.now() - dt.timedelta(days=40)
    )
    assert notifications.counsellor_digests_send(today=TODAY) == 1
    assert notifications.counsellor_digests_send(today=TODAY + dt.timedelta(days=2)) == 0  # week
    [message] = mail.outbox
    assert message.to == [counsellor.email]
    assert learner.get_full_name() in message.body
    digest = notifications.counsellor_digest(counsellor)
    assert digest["groups"] and all(group["count"] >= 1 for group in digest["groups"])


def test_no_digest_when_nobody_needs_attention(counsellor):
    assert notifications.counsellor_digest(counsellor) is None
    assert notifications.counsellor_digests_send(today=TODAY) == 0
    assert mail.outbox == []

"""One more attempt given by a counsellor: recorded once, counted by the limit, shown."""

import pytest

from quizzes.models import AttemptGrant
from quizzes.selectors import quiz_overview
from quizzes.services import (
    AttemptLimitReached,
    GrantNotNeeded,
    attempt_grant,
    attempt_start,
    attempt_submit,
)
from tests.quizzes.factories import QuizPageFactory, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db


def _fail(user, quiz):
    return attempt_submit(attempt=attempt_start(user=user, quiz=quiz), answers=wrong_answers())


def test_a_grant_allows_exactly_one_more_attempt(learner, counsellor, client):
    quiz = QuizPageFactory(max_attempts=1)
    _fail(learner, quiz)
    with pytest.raises(AttemptLimitReached):
        attempt_start(user=learner, quiz=quiz)
    grant = attempt_grant(learner=learner, quiz=quiz, granted_by=counsellor, reason="Revu ensemble")
    again = attempt_grant(learner=learner, quiz=quiz, granted_by=counsellor, reason="double clic")
    assert again.pk == grant.pk and AttemptGrant.objects.count() == 1
    overview = quiz_overview(learner, quiz)
    assert overview.granted == 1 and overview.attempts_left == 1 and overview.can_start
    client.force_login(learner)
    assert "accordé une tentative supplémentaire" in client.get(quiz.url).content.decode()
    _fail(learner, quiz)
    with pytest.raises(AttemptLimitReached):
        attempt_start(user=learner, quiz=quiz)
    assert quiz_overview(learner, quiz).attempts_left == 0


def test_no_grant_when_attempts_are_left_or_passed_or_unlimited(learner, counsellor):
    limited, unlimited = QuizPageFactory(max_attempts=2), QuizPageFactory(max_attempts=None)
    _fail(learner, limited)
    with pytest.raises(GrantNotNeeded):
        attempt_grant(learner=learner, quiz=limited, granted_by=counsellor)
    with pytest.raises(GrantNotNeeded):
        attempt_grant(learner=learner, quiz=unlimited, granted_by=counsellor)
    _q, key = sample_questions()
    attempt_submit(attempt=attempt_start(user=learner, quiz=limited), answers=key)
    with pytest.raises(GrantNotNeeded):
        attempt_grant(learner=learner, quiz=limited, granted_by=counsellor)
    assert not AttemptGrant.objects.exists()


def test_quiz_overview_is_still_one_query(learner, counsellor, django_assert_num_queries):
    quiz = QuizPageFactory(max_attempts=1)
    _fail(learner, quiz)
    attempt_grant(learner=learner, quiz=quiz, granted_by=counsellor)
    with django_assert_num_queries(1):
        overview = quiz_overview(learner, quiz)
    assert overview.granted == 1


def test_the_grant_survives_the_counsellors_deletion(learner, counsellor):
    quiz = QuizPageFactory(max_attempts=1)
    _fail(learner, quiz)
    attempt_grant(learner=learner, quiz=quiz, granted_by=counsellor)
    counsellor.delete()
    assert AttemptGrant.objects.get().granted_by is None
    assert quiz_overview(learner, quiz).can_start

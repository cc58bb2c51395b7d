"""The result page says where the learner stands and what to do next: retry, the way forward when
no attempt is left (ask the counsellor, revise the lessons of the missed questions), and an old
attempt's review follows the quiz's current state."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes import stream_data
from quizzes.selectors import attempt_for_owner, attempt_review
from quizzes.services import attempt_start, attempt_submit
from tests.factories import LessonPageFactory, ModulePageFactory, build_course
from tests.quizzes.factories import QuizPageFactory, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def module():
    course, _lessons = build_course(modules=0)
    return ModulePageFactory(parent=course)


@pytest.fixture
def lessons(module):
    return [
        LessonPageFactory(parent=module, title="Les rubriques du CV"),
        LessonPageFactory(parent=module, title="La lettre de motivation"),
    ]


def quiz_with_lessons(module, lessons, **kwargs):
    """Two questions, each naming a lesson to revise, and a third naming none."""
    questions = [
        stream_data.single_choice(
            "Quelle rubrique en premier ?",
            [("La formation", True), ("Les loisirs", False)],
            id="q-cv",
            ids=["c-formation", "c-loisirs"],
            lesson=lessons[0].pk,
        ),
        stream_data.short_text(
            "La lettre qui accompagne un CV ?",
            ["lettre de motivation"],
            id="q-lettre",
            lesson=lessons[1].pk,
        ),
        stream_data.true_false("Un CV tient sur une page.", True, id="q-tf"),
    ]
    return QuizPageFactory(parent=module, questions=questions, **kwargs)


def take(client, user, quiz, answers):
    attempt = attempt_submit(attempt=attempt_start(user=user, quiz=quiz), answers=answers)
    client.force_login(user)
    response = client.get(reverse("quizzes:attempt", args=[attempt.pk]), follow=True)
    return attempt, response.content.decode()


MISS_CV = {"q-cv": "c-loisirs", "q-lettre": "la lettre de motivation", "q-tf": "false"}


def test_failed_with_attempts_left_invites_a_retry(client, learner):
    quiz = QuizPageFactory(max_attempts=3)
    _attempt, html = take(client, learner, quiz, wrong_answers())
    assert "Pas encore : vous pouvez réessayer" in html
    assert "Il vous reste 2 tentatives." in html
    assert "Réessayer le quiz" in html
    assert "demandez une nouvelle tentative" not in html


def test_failed_with_no_attempt_left_states_the_way_forward(client, learner, module, lessons):
    quiz = quiz_with_lessons(module, lessons, max_attempts=1)
    _attempt, html = take(client, learner, quiz, MISS_CV)
    assert "vous avez utilisé toutes vos tentatives" in html
    assert "vous pouvez réessayer" not in html and "Réessayer le quiz" not in html
    assert "Il vous reste 0" not in html
    assert "demandez une nouvelle tentative à votre conseiller" in html
    assert f'href="{reverse("accounts:profile")}"' in html and "Mon compte" in html
    # The lesson of the missed question, as a link; not the lesson of the question answered right.
    assert "Leçons à revoir" in html
    assert f'href="{lessons[0].url}"' in html and "Les rubriques du CV" in html
    assert "La lettre de motivation</a>" not in html


def test_lessons_of_missed_questions_are_listed_once_each_in_question_order(
    learner, module, lessons
):
    quiz = quiz_with_lessons(module, lessons)
    attempt = attempt_submit(
        attempt=attempt_start(user=learner, quiz=quiz),
        answers={"q-cv": "c-loisirs", "q-lettre": "un CV", "q-tf": "false"},
    )
    attempt = attempt_for_owner(learner, attempt.pk)
    with CaptureQueriesContext(connection) as ctx:
        rows = attempt_review(attempt)
    assert [p.pk for p in rows.missed_lessons] == [lessons[0].pk, lessons[1].pk]
    assert [p.pk for p in rows.linked_lessons] == [lessons[0].pk, lessons[1].pk]
    # The questions (with their two lesson choosers) and the lessons: a fixed number.
    assert len(ctx.captured_queries) <= 3


def test_an_unpublished_lesson_is_not_proposed(learner, module, lessons):
    quiz = quiz_with_lessons(module, lessons)
    lessons[0].unpublish()
    attempt = attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=MISS_CV)
    assert attempt_review(attempt_for_owner(learner, attempt.pk)).missed_lessons == []


def test_withheld_corrections_list_every_linked_lesson_not_the_missed_ones(
    client, learner, module, lessons
):
    quiz = quiz_with_lessons(module, lessons, max_attempts=3, feedback_timing="after_pass_or_last")
    _attempt, html = take(client, learner, quiz, MISS_CV)
    assert "Pour vous préparer, relisez les leçons liées à ce quiz" in html
    assert "Les rubriques du CV" in html and "La lettre de motivation" in html  # both: no hint


def test_an_old_failed_attempt_follows_the_current_state_once_passed(client, learner):
    quiz = QuizPageFactory(max_attempts=3)
    failed, _html = take(client, learner, quiz, wrong_answers())
    take(client, learner, quiz, sample_questions()[1])
    html = client.get(reverse("quizzes:attempt", args=[failed.pk]), follow=True).content.decode()
    assert "vous avez réussi le quiz depuis" in html
    assert "Réessayer le quiz" not in html and "vous pouvez réessayer" not in html
    assert "Il vous reste" not in html
    assert "Étape suivante" in html or "Retour au quiz" in html


def test_an_old_failed_attempt_when_none_is_left(client, learner):
    quiz = QuizPageFactory(max_attempts=2)
    first, _html = take(client, learner, quiz, wrong_answers())
    take(client, learner, quiz, wrong_answers())
    html = client.get(reverse("quizzes:attempt", args=[first.pk]), follow=True).content.decode()
    assert "Réessayer le quiz" not in html and "vous pouvez réessayer" not in html
    assert "demandez une nouvelle tentative" in html


def test_an_old_failed_attempt_while_another_is_open(client, learner):
    quiz = QuizPageFactory(max_attempts=3)
    first, _html = take(client, learner, quiz, wrong_answers())
    attempt_start(user=learner, quiz=quiz)
    html = client.get(reverse("quizzes:attempt", args=[first.pk]), follow=True).content.decode()
    assert "une nouvelle tentative est en cours" in html
    assert "Reprendre le quiz" in html and "Réessayer le quiz" not in html


def test_the_quiz_page_says_how_many_attempts_before_starting(client, learner):
    client.force_login(learner)
    html = client.get(QuizPageFactory(max_attempts=3).url).content.decode()
    assert "Vous avez droit à 3 tentatives pour réussir ce quiz." in html
    html = client.get(QuizPageFactory(max_attempts=1).url).content.decode()
    assert "Vous avez droit à 1 tentative pour réussir ce quiz." in html
    html = client.get(QuizPageFactory().url).content.decode()
    assert "Vous avez droit" not in html and "Tentatives illimitées" in html


def test_the_quiz_page_shows_the_way_forward_when_no_attempt_is_left(client, learner):
    quiz = QuizPageFactory(max_attempts=1)
    take(client, learner, quiz, wrong_answers())
    html = client.get(quiz.url).content.decode()
    assert "Vous avez utilisé toutes vos tentatives" in html
    assert "demandez une nouvelle tentative" in html and "Commencer le quiz" not in html

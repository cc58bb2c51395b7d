"""A quiz can require the module's lessons before it opens (QuizPage.lessons_required): the quiz
page lists the lessons left instead of the start button, and the start service refuses."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.selectors import course_outline
from courses.services import step_complete
from quizzes.models import QuizAttempt
from quizzes.selectors import lessons_to_do
from quizzes.services import AttemptRefused, LessonsNotDone, attempt_start
from tests.factories import LessonPageFactory, ModulePageFactory, build_course
from tests.quizzes.factories import QuizPageFactory
from tests.support.caches import cold_outlines

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    course, _lessons = build_course(modules=0)
    module = ModulePageFactory(parent=course)
    first = LessonPageFactory(parent=module, title="Les rubriques du CV")
    second = LessonPageFactory(parent=module, title="Mettre en page")
    practice = QuizPageFactory(parent=module, title="Entraînement", is_practice=True)
    quiz = QuizPageFactory(parent=module, lessons_required=True)
    after = LessonPageFactory(parent=module, title="Après le quiz")
    other_module = ModulePageFactory(parent=course)
    LessonPageFactory(parent=other_module, title="Autre module")
    return {
        "course": course,
        "quiz": quiz,
        "first": first,
        "second": second,
        "practice": practice,
        "after": after,
    }


def ids(pages):
    return [p.pk for p in pages]


def test_lessons_to_do_are_the_module_lessons_before_the_quiz_not_done(setup, learner):
    quiz = setup["quiz"]
    assert ids(lessons_to_do(user=learner, quiz=quiz)) == ids([setup["first"], setup["second"]])
    step_complete(user=learner, step=setup["first"])
    assert ids(lessons_to_do(user=learner, quiz=quiz)) == [setup["second"].pk]
    step_complete(user=learner, step=setup["second"])
    assert lessons_to_do(user=learner, quiz=quiz) == []  # the practice quiz is not a lesson


def test_not_required_means_nothing_to_do(setup, learner, django_assert_num_queries):
    quiz = setup["quiz"]
    quiz.lessons_required = False
    with django_assert_num_queries(0):
        assert lessons_to_do(user=learner, quiz=quiz) == []


def test_lessons_to_do_query_count(setup, learner):
    quiz = setup["quiz"]
    outline = course_outline(setup["course"])
    with CaptureQueriesContext(connection) as ctx:
        lessons_to_do(user=learner, quiz=quiz, outline=outline)
    assert len(ctx.captured_queries) == 1
    cold_outlines()
    with CaptureQueriesContext(connection) as ctx:
        lessons_to_do(user=learner, quiz=quiz)
    assert len(ctx.captured_queries) == 3


def test_the_start_service_refuses_until_the_lessons_are_done(setup, learner):
    quiz = setup["quiz"]
    with pytest.raises(LessonsNotDone, match="Terminez d'abord les 2 leçons"):
        attempt_start(user=learner, quiz=quiz)
    step_complete(user=learner, step=setup["first"])
    with pytest.raises(AttemptRefused, match="Mettre en page"):
        attempt_start(user=learner, quiz=quiz)
    assert not QuizAttempt.objects.exists()
    step_complete(user=learner, step=setup["second"])
    assert attempt_start(user=learner, quiz=quiz).number == 1


def test_the_quiz_page_lists_the_lessons_left_instead_of_the_start_button(client, setup, learner):
    quiz = setup["quiz"]
    client.force_login(learner)
    html = client.get(quiz.url).content.decode()
    assert "Ce quiz s'ouvre quand vous aurez terminé ces 2 leçons" in html
    assert f'href="{setup["first"].url}"' in html and f'href="{setup["second"].url}"' in html
    assert "Après le quiz" not in html.split("Ce quiz s'ouvre")[1].split("</ul>")[0]
    assert 'value="start"' not in html

    # A forged start is refused on the server, with the reason, and records nothing.
    response = client.post(quiz.url, {"action": "start"}, follow=True)
    assert response.status_code == 200
    assert "Terminez d&#x27;abord les 2 leçons" in response.content.decode()
    assert not QuizAttempt.objects.exists()

    step_complete(user=learner, step=setup["first"])
    step_complete(user=learner, step=setup["second"])
    html = client.get(quiz.url).content.decode()
    assert "Ce quiz s'ouvre" not in html and "Commencer le quiz" in html


def test_the_setting_is_in_the_settings_panel():
    from quizzes.models import QuizPage

    names = [
        panel.field_name
        for group in QuizPage.settings_panels
        for panel in getattr(group, "children", [])
        if hasattr(panel, "field_name")
    ]
    assert "lessons_required" in names

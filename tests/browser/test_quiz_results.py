"""The quiz pages in every state a learner meets, at 390 and 1280 px, in French and English: not
started, lessons required, the form, passed, failed with attempts left, failed with none left
(the way forward and the lessons to revise), corrections withheld. Each fits the viewport and has
no serious/critical axe violation. With SCREENSHOT_DIR set, each is saved as a PNG."""

from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from quizzes.services import attempt_start, attempt_submit
from tests.browser.conftest import DESKTOP, PHONE, accessible, no_horizontal_scroll
from tests.factories import LessonPageFactory, ModulePageFactory, UserFactory, build_course
from tests.quizzes.factories import QuizPageFactory, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def with_lessons(lessons):
    questions, _key = sample_questions()
    questions[0]["value"]["lesson"] = lessons[0].pk  # q-single
    questions[3]["value"]["lesson"] = lessons[1].pk  # q-text
    return questions


@pytest.fixture
def states():
    course, _lessons = build_course(modules=0, title="Réussir son CV")
    module = ModulePageFactory(parent=course, title="Construire un CV clair")
    lessons = [
        LessonPageFactory(parent=module, title="Les rubriques du CV"),
        LessonPageFactory(parent=module, title="La lettre de motivation"),
    ]
    key = sample_questions()[1]

    def quiz(title, **kwargs):
        return QuizPageFactory(
            parent=module, title=title, questions=with_lessons(lessons), **kwargs
        )

    def submitted(user, quiz, answers):
        return attempt_submit(attempt=attempt_start(user=user, quiz=quiz), answers=answers)

    three = quiz("Quiz : les bases du CV", max_attempts=3)
    one = quiz("Quiz : une seule tentative", max_attempts=1)
    withheld = quiz(
        "Quiz : corrections à la fin", max_attempts=3, feedback_timing="after_pass_or_last"
    )
    gated = quiz("Quiz : après les leçons", lessons_required=True)
    users = {name: UserFactory() for name in ("new", "form", "passed", "retry", "none", "wait")}
    attempt_start(user=users["form"], quiz=three)
    passed = submitted(users["passed"], three, key)
    retry = submitted(users["retry"], three, wrong_answers())
    none = submitted(users["none"], one, wrong_answers())
    wait = submitted(users["wait"], withheld, wrong_answers())
    attempt_url = lambda a: reverse("quizzes:attempt", args=[a.pk])  # noqa: E731
    return [
        ("quiz-not-started", users["new"], three.url),
        ("quiz-lessons-required", users["new"], gated.url),
        ("quiz-form", users["form"], three.url),
        ("result-passed", users["passed"], attempt_url(passed)),
        ("result-failed-attempts-left", users["retry"], attempt_url(retry)),
        ("result-failed-none-left", users["none"], attempt_url(none)),
        ("quiz-none-left", users["none"], one.url),
        ("result-corrections-withheld", users["wait"], attempt_url(wait)),
    ]


def session_cookie(user):
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_every_state_fits_and_is_accessible(
    browser, live_server, states, screenshot, viewport, language
):
    host = urlparse(live_server.url).hostname
    context = browser.new_context(viewport=viewport, base_url=live_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        for name, user, url in states:
            context.clear_cookies()
            context.add_cookies(
                [
                    {"name": n, "value": v, "domain": host, "path": "/"}
                    for n, v in (
                        (settings.SESSION_COOKIE_NAME, session_cookie(user)),
                        (settings.LANGUAGE_COOKIE_NAME, language),
                    )
                ]
            )
            page.goto(url)
            expect(page.locator("html")).to_have_attribute("lang", language)
            no_horizontal_scroll(page)
            accessible(page)
            screenshot(page, f"{name}-{language}")
    finally:
        context.close()

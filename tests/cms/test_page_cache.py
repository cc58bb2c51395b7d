"""Anonymous pages come from a cache that publishing purges; nothing personal or unpublished is
ever served from it (cms.page_serving)."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms import page_serving
from courses.services import step_complete
from tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_and_lessons():
    return build_course(modules=1, lessons_per_module=3)


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_anonymous_pages_are_served_from_the_cache(course_and_lessons):
    course, lessons = course_and_lessons
    for url in (lessons[1].url, course.url, "/"):
        first, first_queries = get(Client(), url)
        again, cached_queries = get(Client(), url)
        assert cached_queries <= 2 and cached_queries < first_queries
        strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
        assert strip.sub("", again) == strip.sub("", first)


def test_publishing_purges_the_cache_and_a_draft_never_shows(course_and_lessons):
    _course, lessons = course_and_lessons
    lesson = lessons[0]
    get(Client(), lesson.url)
    lesson.title = "Brouillon jamais publié"
    lesson.save_revision()  # a draft: visitors keep seeing the live page
    assert "Brouillon jamais publié" not in get(Client(), lesson.url)[0]
    lesson.title = "Titre publié"
    lesson.save_revision().publish()
    assert "Titre publié" in get(Client(), lesson.url)[0]


def test_unpublishing_removes_the_page_at_once(course_and_lessons):
    _course, lessons = course_and_lessons
    get(Client(), lessons[2].url)
    lessons[2].unpublish()
    assert Client().get(lessons[2].url).status_code == 404


def test_a_learner_is_never_served_from_the_cache_nor_fills_it(learner, course_and_lessons):
    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    anonymous_first = get(Client(), lessons[0].url)[0]
    signed_in = Client()
    signed_in.force_login(learner)
    mine = get(signed_in, lessons[0].url)[0]
    assert "Étape terminée" in mine and "Étape terminée" not in anonymous_first
    assert "Étape terminée" not in get(Client(), lessons[0].url)[0]
    # And the other way round: a page rendered for the learner is not reused for a visitor.
    Client().get(course.url)
    assert "Votre progression" in get(signed_in, course.url)[0]


def test_each_visitor_gets_a_working_csrf_token(course_and_lessons):
    _course, lessons = course_and_lessons
    get(Client(), lessons[1].url)  # fills the cache
    for _visitor in range(2):
        client = Client(enforce_csrf_checks=True)
        html = client.get(lessons[1].url).content.decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        assert token != "__csrf_token__"
        response = client.post(
            "/i18n/setlang/", {"language": "en", "next": "/", "csrfmiddlewaretoken": token}
        )
        assert response.status_code == 302


def test_requests_with_a_query_string_are_not_served_from_the_cache(course_and_lessons):
    _course, lessons = course_and_lessons
    lesson = lessons[1]
    get(Client(), lesson.url)  # cached for the plain URL
    with translation.override(settings.LANGUAGE_CODE):
        key = page_serving._key(lesson, RequestFactory().get(lesson.url))
    assert cache.get(key) is not None
    cache.set(key, "<p>from the cache</p>")
    assert get(Client(), lesson.url)[0] == "<p>from the cache</p>"  # the key is the right one
    assert "from the cache" not in get(Client(), lesson.url + "?utm=x")[0]


def test_a_lesson_body_is_rendered_once_per_published_revision(learner, course_and_lessons):
    _course, lessons = course_and_lessons
    lesson = lessons[0]
    client = Client()
    client.force_login(learner)
    assert "Un recruteur lit d'abord le haut du CV." in get(client, lesson.url)[0]
    lesson.body = [("paragraph", "<p>Une nouvelle version du texte.</p>")]
    lesson.save_revision()  # draft: readers keep the published text
    assert "Un recruteur lit d" in get(client, lesson.url)[0]
    lesson.save_revision().publish()
    assert "Une nouvelle version du texte." in get(client, lesson.url)[0]

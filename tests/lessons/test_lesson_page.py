"""The lesson page: content, navigation between steps, breadcrumbs and a constant query count."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import HomePage
from tests.factories import CourseIndexPageFactory, build_course

pytestmark = pytest.mark.django_db

# An anonymous visitor's lesson, rendered: what matters is the equality between a 3-lesson and a
# 30-lesson course; the bound is loose on purpose. The steady-state budgets of the pages that
# read learner data are in tests/performance/test_query_budgets.py.
LESSON_PAGE_QUERY_BUDGET = 15


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text_of(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ")).strip()


@pytest.fixture
def catalogue():
    return CourseIndexPageFactory()


@pytest.fixture
def course_and_lessons(catalogue):
    return build_course(modules=2, lessons_per_module=2, index=catalogue, title="Réussir son CV")


def rel_link(page_soup, rel):
    links = page_soup.find_all("a", rel=rel)
    assert len(links) <= 1, links
    return links[0]["href"] if links else None


def test_lesson_shows_its_content(client, course_and_lessons):
    _course, lessons = course_and_lessons
    lesson = lessons[0]
    page = soup(client.get(lesson.url))
    headings = page.find_all("h1")
    assert [text_of(h) for h in headings] == [lesson.title]
    text = text_of(page)
    assert lesson.intro in text
    assert "Un recruteur lit d'abord le haut du CV." in text


def test_lesson_links_to_previous_and_next_steps(client, course_and_lessons):
    _course, lessons = course_and_lessons
    middle = soup(client.get(lessons[1].url))
    assert rel_link(middle, "prev") == lessons[0].url
    assert rel_link(middle, "next") == lessons[2].url  # across the module boundary


def test_first_and_last_lessons(client, course_and_lessons):
    _course, lessons = course_and_lessons
    first, last = soup(client.get(lessons[0].url)), soup(client.get(lessons[-1].url))
    assert rel_link(first, "prev") is None and rel_link(first, "next") == lessons[1].url
    assert rel_link(last, "next") is None and rel_link(last, "prev") == lessons[-2].url


def test_lesson_breadcrumbs(client, catalogue, course_and_lessons):
    course, lessons = course_and_lessons
    lesson = lessons[2]
    page = soup(client.get(lesson.url))
    trails = [nav for nav in page.find_all("nav") if nav.find("ol")]
    trail = next(nav for nav in trails if course.url in [a["href"] for a in nav.find_all("a")])
    assert trail.get("aria-label")
    links = [a["href"] for a in trail.find_all("a", href=True)]
    home_url = HomePage.objects.get().url
    assert links == [home_url, catalogue.url, course.url, lesson.get_parent().url]
    current = trail.find(attrs={"aria-current": "page"})
    assert current is not None and text_of(current) == lesson.title


def test_lesson_outline_marks_the_current_step(client, course_and_lessons):
    _course, lessons = course_and_lessons
    page = soup(client.get(lessons[3].url))
    current = page.find_all(attrs={"aria-current": "step"})
    assert len(current) == 1
    assert lessons[3].title in text_of(current[0])
    links = [a["href"] for a in page.find_all("a", href=True)]
    assert all(lesson.url in links for lesson in lessons[:3])


def test_lesson_tells_where_the_learner_is(client, course_and_lessons):
    _course, lessons = course_and_lessons
    text = text_of(soup(client.get(lessons[2].url)))
    assert "Module 2" in text
    assert re.search(r"3\D{1,12}4", text)  # "Étape 3 sur 4"


def test_draft_lesson_is_not_found_and_not_linked(client, course_and_lessons):
    _course, lessons = course_and_lessons
    lessons[1].unpublish()
    assert client.get(lessons[1].url).status_code == 404
    first = soup(client.get(lessons[0].url))
    assert rel_link(first, "next") == lessons[2].url


def measure(client, url) -> int:
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_lesson_page_queries_do_not_grow_with_the_course(
    client, catalogue, django_assert_max_num_queries
):
    _small, small_lessons = build_course(modules=1, lessons_per_module=3, index=catalogue)
    _large, large_lessons = build_course(modules=3, lessons_per_module=10, index=catalogue)
    small = measure(client, small_lessons[1].url)
    large = measure(client, large_lessons[15].url)
    assert small == large
    with django_assert_max_num_queries(LESSON_PAGE_QUERY_BUDGET):
        client.get(large_lessons[15].url)

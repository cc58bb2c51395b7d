"""Every public page type answers 200 with its content; course and catalogue queries stay flat."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import HomePage, StandardPage
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
    PageFactory,
    TopicFactory,
    build_course,
)

pytestmark = pytest.mark.django_db

# Anonymous visitor, warm caches. Measured with the frontend templates of 2026-11-25; the
# equality between small and large sizes is what matters, the budget catches regressions.
COURSE_PAGE_QUERY_BUDGET = 11
CATALOGUE_QUERY_BUDGET = 12  # +1 on 2026-12-01: the counts beside the filters


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = "Accessibilité"
    slug = "accessibilite"
    intro = "Notre engagement pour un site utilisable par tous."
    body = [("paragraph", "<p>Ce site vise la conformité au RGAA.</p>")]


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text_of(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ")).strip()


def h1(page_soup) -> str:
    headings = page_soup.find_all("h1")
    assert len(headings) == 1, [text_of(h) for h in headings]
    return text_of(headings[0])


def hrefs(page_soup) -> list[str]:
    return [a["href"] for a in page_soup.find_all("a", href=True)]


def count_get(client, url) -> int:
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.fixture
def home():
    return HomePage.objects.get()


@pytest.fixture
def catalogue():
    return CourseIndexPageFactory()


# Home -----------------------------------------------------------------------------------------


def test_home_page_shows_its_hero_and_featured_courses(client, home, catalogue):
    course, _lessons = build_course(
        modules=1, lessons_per_module=1, index=catalogue, title="Réussir son CV"
    )
    page = soup(client.get("/"))
    assert home.hero_title in h1(page)
    assert course.url in hrefs(page)
    assert page.find("main", id="main") is not None
    assert page.find("html")["lang"] == "fr"


def test_home_page_without_courses(client, home):
    page = soup(client.get("/"))
    assert home.hero_title in h1(page)


# Catalogue ------------------------------------------------------------------------------------


@pytest.fixture
def varied_catalogue(catalogue):
    cv, organisation = (
        TopicFactory(name="CV", slug="cv"),
        TopicFactory(name="Organisation", slug="organisation"),
    )
    return {
        "short_cv": CoursePageFactory(
            parent=catalogue, title="Le CV en 30 minutes", topic=cv, estimated_duration_minutes=30
        ),
        "long_cv": CoursePageFactory(
            parent=catalogue, title="Le CV de A à Z", topic=cv, estimated_duration_minutes=240
        ),
        "medium_org": CoursePageFactory(
            parent=catalogue,
            title="Organiser sa semaine",
            topic=organisation,
            estimated_duration_minutes=90,
        ),
        "draft": CoursePageFactory(parent=catalogue, title="Brouillon secret", live=False),
    }


def course_titles_shown(page_soup, courses) -> set[str]:
    text = text_of(page_soup)
    return {key for key, course in courses.items() if course.title in text}


def test_catalogue_lists_live_courses(client, catalogue, varied_catalogue):
    page = soup(client.get(catalogue.url))
    assert catalogue.title in h1(page)
    assert course_titles_shown(page, varied_catalogue) == {"short_cv", "long_cv", "medium_org"}
    assert varied_catalogue["short_cv"].url in hrefs(page)
    form = page.find("form", method=re.compile("get", re.I))
    assert (
        form is not None
        and form.find(attrs={"name": "theme"})
        and form.find(attrs={"name": "duree"})
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"theme": "cv"}, {"short_cv", "long_cv"}),
        ({"theme": "organisation"}, {"medium_org"}),
        ({"duree": "court"}, {"short_cv"}),
        ({"duree": "moyen"}, {"medium_org"}),
        ({"duree": "long"}, {"long_cv"}),
        ({"theme": "cv", "duree": "long"}, {"long_cv"}),
        ({"duree": "pas-une-duree"}, {"short_cv", "long_cv", "medium_org"}),  # ignored
        ({"theme": "inconnu"}, set()),
        ({"page": "abc"}, {"short_cv", "long_cv", "medium_org"}),
        ({"page": "999"}, {"short_cv", "long_cv", "medium_org"}),
    ],
)
def test_catalogue_filters(client, catalogue, varied_catalogue, query, expected):
    page = soup(client.get(catalogue.url, query))
    assert course_titles_shown(page, varied_catalogue) == expected


def test_catalogue_escapes_filter_values(client, catalogue, varied_catalogue):
    response = client.get(catalogue.url, {"theme": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_catalogue_queries_do_not_grow_with_courses(
    client, catalogue, django_assert_max_num_queries
):
    topic = TopicFactory(slug="cv")
    for _ in range(2):
        CoursePageFactory(parent=catalogue, topic=topic)
    small = count_get(client, catalogue.url)
    for _ in range(18):
        CoursePageFactory(parent=catalogue, topic=topic)
    large = count_get(client, catalogue.url)
    assert small == large
    with django_assert_max_num_queries(CATALOGUE_QUERY_BUDGET):
        client.get(catalogue.url)


# Course and module ----------------------------------------------------------------------------


def test_course_page_shows_the_syllabus_in_order(client, catalogue):
    course, lessons = build_course(
        modules=3, lessons_per_module=2, index=catalogue, title="Réussir son CV"
    )
    page = soup(client.get(course.url))
    assert course.title in h1(page)
    text = text_of(page)
    assert course.summary in text and course.audience in text
    assert "Rédiger un CV clair" in text  # learning outcome
    positions = [text.index(lesson.title) for lesson in lessons]
    assert positions == sorted(positions)
    modules = [lesson.get_parent() for lesson in lessons[::2]]
    module_positions = [text.index(module.title) for module in modules]
    assert module_positions == sorted(module_positions)
    links = hrefs(page)
    assert all(lesson.url in links for lesson in lessons)


def test_course_page_hides_draft_steps(client, catalogue):
    course, lessons = build_course(modules=1, lessons_per_module=2, index=catalogue)
    lessons[1].unpublish()
    page = soup(client.get(course.url))
    assert lessons[0].url in hrefs(page)
    assert lessons[1].url not in hrefs(page)


def test_course_page_queries_do_not_grow_with_lessons(
    client, catalogue, django_assert_max_num_queries
):
    small, _ = build_course(modules=1, lessons_per_module=3, index=catalogue)
    large, _ = build_course(modules=3, lessons_per_module=10, index=catalogue)
    assert count_get(client, small.url) == count_get(client, large.url)
    with django_assert_max_num_queries(COURSE_PAGE_QUERY_BUDGET):
        client.get(large.url)


def test_module_page_lists_its_lessons(client, catalogue):
    course, lessons = build_course(modules=2, lessons_per_module=2, index=catalogue)
    module = lessons[2].get_parent()
    page = soup(client.get(module.url))
    assert module.title in h1(page)
    links = hrefs(page)
    assert lessons[2].url in links and lessons[3].url in links
    assert course.url in links


def test_empty_module_page(client, catalogue):
    course = CoursePageFactory(parent=catalogue)
    module = ModulePageFactory(parent=course, title="Bientôt")
    assert "Bientôt" in h1(soup(client.get(module.url)))


# Standard page and unpublished content --------------------------------------------------------


def test_standard_page(client, home):
    page_obj = StandardPageFactory(parent=home)
    page = soup(client.get(page_obj.url))
    assert page_obj.title in h1(page)
    assert "Ce site vise la conformité au RGAA." in text_of(page)


def test_unpublished_pages_are_not_found(client, catalogue):
    course = CoursePageFactory(parent=catalogue, live=False, slug="cache")
    response = client.get(f"{catalogue.url}cache/")
    assert response.status_code == 404
    assert course.title.encode() not in response.content

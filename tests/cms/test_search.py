"""Site search: form, results, pagination, and hostile input."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import CourseIndexPageFactory, CoursePageFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def url():
    return reverse("search")


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def result_links(page):
    main = page.find("main")
    return [a["href"] for a in main.find_all("a", href=True)]


def test_search_without_query_shows_the_form(client, url):
    page = soup(client.get(url))
    search_input = page.find("input", attrs={"name": "q"})
    assert search_input is not None
    label = page.find("label", attrs={"for": search_input["id"]})
    assert label is not None and label.get_text(strip=True)
    assert page.find("h1") is not None


def test_search_finds_live_pages(client, url):
    index = CourseIndexPageFactory()
    course, lessons = build_course(
        modules=1, lessons_per_module=1, index=index, title="Préparer son entretien d'embauche"
    )
    CoursePageFactory(parent=index, title="Entretien caché", live=False)
    page = soup(client.get(url, {"q": "entretien"}))
    links = result_links(page)
    assert course.url in links
    assert "Entretien caché" not in page.get_text()
    assert page.find("input", attrs={"name": "q"})["value"] == "entretien"


def test_search_with_no_result(client, url):
    page = soup(client.get(url, {"q": "xylophone"}))
    assert "xylophone" in page.get_text()
    assert "Aucun résultat" in page.get_text()


def test_search_paginates_and_survives_bad_page_numbers(client, url):
    index = CourseIndexPageFactory()
    for n in range(12):
        CoursePageFactory(parent=index, title=f"Lettre de motivation {n}")
    first = soup(client.get(url, {"q": "motivation"}))
    next_link = first.find("a", rel="next")
    assert next_link is not None and "q=motivation" in next_link["href"]
    assert client.get(url, {"q": "motivation", "page": "abc"}).status_code == 200
    assert client.get(url, {"q": "motivation", "page": "9999"}).status_code == 200


def test_search_escapes_the_query(client, url):
    response = client.get(url, {"q": '<script>alert("x")</script>'})
    assert response.status_code == 200
    assert b'<script>alert("x")</script>' not in response.content


def test_search_truncates_very_long_queries(client, url):
    response = client.get(url, {"q": "cv " * 2000})
    assert response.status_code == 200
    assert response.context["query"] == ("cv " * 2000).strip()[:200]


def test_search_only_answers_get(client, url):
    assert client.post(url, {"q": "cv"}).status_code == 405

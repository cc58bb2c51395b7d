"""The main navigation: "Mon parcours" for signed-in users, marked current on its own page."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import build_course

pytestmark = pytest.mark.django_db


def main_nav_links(response) -> dict[str, dict]:
    nav = BeautifulSoup(response.content, "html.parser").find(
        "nav", attrs={"aria-label": "Navigation principale"}
    )
    # The account menu (a <details> inside the nav) is not part of the main links.
    return {
        a.get_text(" ", strip=True): a.attrs
        for a in nav.find_all("a")
        if a.find_parent("details") is None and a.find_parent("span") is None
    }


def test_anonymous_visitors_have_no_dashboard_link(client):
    build_course(modules=1, lessons_per_module=1)
    assert "Mon parcours" not in main_nav_links(client.get("/recherche/"))


def test_signed_in_users_reach_their_dashboard_from_the_main_navigation(client, learner):
    build_course(modules=1, lessons_per_module=1)
    client.force_login(learner)
    links = main_nav_links(client.get("/recherche/"))
    assert links["Mon parcours"]["href"] == reverse("dashboard:home")
    assert "aria-current" not in links["Mon parcours"]
    assert links["Recherche"]["aria-current"] == "page"


def test_the_dashboard_link_is_current_on_the_dashboard(client, learner):
    client.force_login(learner)
    links = main_nav_links(client.get(reverse("dashboard:home")))
    assert links["Mon parcours"]["aria-current"] == "page"
    assert "aria-current" not in links["Recherche"]


def test_the_english_interface_says_that_courses_are_in_french(client, settings):
    build_course(modules=1, lessons_per_module=1)
    notice = "Courses are in French"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    for url in ["/", "/recherche/", "/cours/"]:
        assert notice in client.get(url).content.decode(), url
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    page = client.get("/").content.decode()
    assert notice not in page
    assert "Les cours sont en français" not in page  # French readers need no notice

"""The Wagtail admin in Chromium, as an editor: French login form, ASCII slug typed from an accented
title, French workflow button, and Wagtail's own accessibility checker (the userbar) finding no
issue on the public pages (it flagged the footer on every page)."""

import re

import pytest
from playwright.sync_api import expect

from cms import roles
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    UserFactory,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "motdepasse-solide-42"


@pytest.fixture
def module():
    return ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))


def sign_in_to_the_admin(page, user, screenshot=None):
    page.goto("/admin/login/")
    expect(page.get_by_label("Mot de passe")).to_be_visible()
    if screenshot:
        screenshot(page, "admin-login")
    page.get_by_label("Adresse e-mail").fill(user.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    page.wait_for_url("**/admin/")


@pytest.mark.parametrize("viewport", ["phone_page", "desktop_page"])
def test_an_editor_creates_a_lesson_in_french_with_an_ascii_slug(
    request, viewport, module, screenshot
):
    page = request.getfixturevalue(viewport)
    editor = UserFactory(groups=[roles.EDITORS])
    sign_in_to_the_admin(page, editor, screenshot)
    assert "Password" not in page.content()

    page.goto(f"/admin/pages/add/lessons/lessonpage/{module.pk}/")
    title = page.locator("#id_title")
    title.fill("Préparer ses références")
    title.blur()
    expect(page.locator("#id_slug")).to_have_value("preparer-ses-references")
    screenshot(page, "admin-lesson-editor")
    page.locator("[data-w-dropdown-target='toggle']").last.click()  # the actions menu
    expect(page.get_by_text(f"Soumettre\u00a0: {roles.MODERATION_WORKFLOW}")).to_be_visible()
    assert "gravatar" not in page.content()


@pytest.mark.parametrize("path", ["/", "course", "lesson", "/recherche/"])
def test_wagtails_accessibility_checker_finds_no_issue(desktop_page, module, login, path):
    lesson = LessonPageFactory(parent=module)
    course = module.get_parent().specific
    url = {"course": course.url, "lesson": lesson.url}.get(path, path)
    login(desktop_page, UserFactory(groups=[roles.EDITORS]))
    desktop_page.goto(url)
    userbar = desktop_page.locator("wagtail-userbar")
    # The checker runs when the page loads and writes the number of issues it found.
    count = userbar.locator("[data-content-checker-count]").first
    expect(count).to_have_text(re.compile(r"\d+"), timeout=20_000)
    if count.text_content().strip() != "0":
        panel = userbar.evaluate("u => (u.shadowRoot || u).textContent")
        panel = " ".join(panel.split()).rpartition("Alertes")[2]  # the list of issues
        pytest.fail(f"Wagtail's checker found issues on {url}: {panel}")

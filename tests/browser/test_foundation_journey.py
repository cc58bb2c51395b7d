"""A learner on a phone: home -> a course -> its first lesson -> the next lesson.

Every page fits the 390 px viewport and has no serious or critical axe-core violation.
"""

import re

import pytest
from django.core.files.base import ContentFile

from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    DocumentFactory,
    ImageFactory,
    LessonPageFactory,
    ModulePageFactory,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def every_block_body():
    image = ImageFactory(title="Un CV aéré")
    video = DocumentFactory(title="Pitch", file=ContentFile(b"\x00\x00\x00\x18ftyp", "pitch.mp4"))
    pdf = DocumentFactory(title="Modèle de CV", file=ContentFile(b"%PDF-1.4\n", "modele-cv.pdf"))
    return [
        ("heading", {"text": "Les rubriques essentielles", "level": "h2"}),
        ("paragraph", "<p>Un recruteur lit d'abord <b>le haut</b> du CV.</p>"),
        ("image", {"image": image, "alt_text": "Un CV sur une page", "caption": "Aéré"}),
        (
            "video",
            {
                "title": "Se présenter en 30 secondes",
                "video": video,
                "poster": image,
                "transcript": "<p>Bonjour, je m'appelle Awa.</p>",
            },
        ),
        ("document", {"document": pdf, "title": "Modèle de CV", "description": "À remplir."}),
        ("callout", {"kind": "tip", "title": "Astuce", "text": "<p>Adaptez votre titre.</p>"}),
        ("callout", {"kind": "warning", "title": "", "text": "<p>Relisez-vous.</p>"}),
        ("checklist", {"title": "Avant l'envoi", "items": ["Coordonnées", "Orthographe"]}),
        (
            "example_pair",
            {
                "title": "Décrire une expérience",
                "bad": "Caissier.",
                "good": "Tenue de caisse : 200 clients par jour.",
                "explanation": "Des faits chiffrés.",
            },
        ),
    ]


@pytest.fixture
def course():
    catalogue = CourseIndexPageFactory()
    course = CoursePageFactory(
        parent=catalogue,
        title="Réussir son CV",
        summary="Écrire un CV clair qui donne envie de vous rencontrer.",
    )
    module = ModulePageFactory(parent=course, title="Les bases du CV")
    lessons = [
        LessonPageFactory(parent=module, title="Les rubriques du CV", body=every_block_body()),
        LessonPageFactory(parent=module, title="Le titre du CV"),
    ]
    return course, lessons


def check_page(page, assert_no_horizontal_scroll, assert_accessible, heading):
    assert re.search(re.escape(heading), page.locator("h1").inner_text())
    assert_no_horizontal_scroll(page)
    assert_accessible(page)


def test_desktop_journey_pages(desktop_page, course, assert_accessible, screenshot):
    course_page, lessons = course
    for name, url in (("home", "/"), ("course", course_page.url), ("lesson", lessons[0].url)):
        desktop_page.goto(url)
        assert_accessible(desktop_page)
        screenshot(desktop_page, name)


def test_stylesheet_is_served(phone_page):
    response = phone_page.goto("/")
    assert response.ok
    stylesheet = phone_page.locator('link[rel="stylesheet"]').first.get_attribute("href")
    css = phone_page.request.get(stylesheet)
    assert css.ok and "text/css" in css.headers["content-type"]
    assert len(css.body()) > 1000
    rules = phone_page.evaluate(
        "() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)"
    )
    assert rules > 50


def test_phone_journey_home_course_lesson_next(
    phone_page, course, assert_no_horizontal_scroll, assert_accessible, screenshot
):
    course_page, lessons = course
    page = phone_page

    page.goto("/")
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    screenshot(page, "home")

    page.locator(f'main a[href="{course_page.url}"]').first.click()
    page.wait_for_url(f"**{course_page.url}")
    check_page(page, assert_no_horizontal_scroll, assert_accessible, "Réussir son CV")
    screenshot(page, "course")

    page.locator(f'main a[href="{lessons[0].url}"]').first.click()
    page.wait_for_url(f"**{lessons[0].url}")
    check_page(page, assert_no_horizontal_scroll, assert_accessible, "Les rubriques du CV")
    assert page.get_by_role("checkbox").count() == 2
    assert page.locator('img[alt="Un CV sur une page"]').count() == 1
    screenshot(page, "lesson")

    next_link = page.locator('a[rel="next"]')
    assert next_link.count() == 1
    next_link.click()
    page.wait_for_url(f"**{lessons[1].url}")
    check_page(page, assert_no_horizontal_scroll, assert_accessible, "Le titre du CV")
    screenshot(page, "next-lesson")
    assert page.locator('a[rel="next"]').count() == 0
    assert page.locator('a[rel="prev"]').get_attribute("href") == lessons[0].url

"""Page addresses are ASCII: "Préparer ses références" becomes "preparer-ses-references"."""

import pytest
from bs4 import BeautifulSoup

from lessons.models import LessonPage
from tests.cms.test_admin import add_url
from tests.factories import CourseIndexPageFactory, CoursePageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db

TITLE = "Préparer ses références"


@pytest.fixture
def module(db):
    return ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))


def test_the_create_form_slugifies_to_ascii(client, editor, module):
    client.force_login(editor)
    html = client.get(add_url(LessonPage, module)).content
    slug_input = BeautifulSoup(html, "html.parser").find("input", attrs={"name": "slug"})
    # The admin's slug controller (w-slug) transliterates unless unicode is allowed (the
    # attribute is then absent: Django omits False boolean attributes). The browser test
    # tests/browser/test_admin_french.py types the title and reads the slug Chromium fills in.
    assert slug_input.get("data-w-slug-allow-unicode-value") in (None, "False")


def test_a_page_saved_without_a_slug_gets_an_ascii_one(module):
    lesson = module.add_child(instance=LessonPage(title=TITLE, intro="Les personnes à citer."))
    assert lesson.slug == "preparer-ses-references"


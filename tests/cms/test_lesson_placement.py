"""A new lesson lands before its module's quiz, for the demo editor who cannot reorder pages."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.wagtail_hooks import place_new_lesson
from courses.pages import ModulePage
from lessons.models import LessonPage
from quizzes.models import QuizPage
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
)

pytestmark = pytest.mark.django_db

DEMO_EDITOR = ("editeur@example.org", "editeur-demo-2026")


def children_types(module) -> list[str]:
    return [p.specific_class.__name__ for p in module.get_children().order_by("path")]


def lesson_form(title, slug):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "Les personnes à citer et comment les prévenir.",
            "estimated_minutes": "5",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )


def test_the_demo_editor_adds_a_lesson_before_the_module_quiz(client):
    call_command("load_demo", verbosity=0, force=True)
    module = next(m for m in ModulePage.objects.live() if m.get_children().type(QuizPage).exists())
    before = list(module.get_children().order_by("path").values_list("pk", flat=True))
    assert children_types(module)[-1] == "QuizPage"

    # The editor signs in through the admin's own login form, with the demo password.
    response = client.post(
        reverse("wagtailadmin_login"), {"username": DEMO_EDITOR[0], "password": DEMO_EDITOR[1]}
    )
    assert response.status_code == 302
    editor = response.wsgi_request.user
    assert editor.email == DEMO_EDITOR[0]
    perms = module.permissions_for_user(editor)
    assert not perms.can_reorder_children()  # Wagtail asks for publish, editors do not have it
    assert not perms.can_publish()

    url = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", module.pk])
    response = client.post(url, lesson_form("Préparer ses références", "preparer-ses-references"))
    assert response.status_code == 302

    lesson = LessonPage.objects.get(slug="preparer-ses-references")
    assert not lesson.live  # a draft, awaiting moderation as before
    after = list(module.get_children().order_by("path").values_list("pk", flat=True))
    quiz_position = after.index(before[-1])
    assert after[quiz_position - 1] == lesson.pk
    assert [pk for pk in after if pk != lesson.pk] == before  # nothing else moved
    assert lesson.url_path.startswith(module.url_path)


def test_a_lesson_in_a_module_without_quiz_stays_last():
    module = ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))
    LessonPageFactory(parent=module)
    lesson = LessonPageFactory(parent=module)
    assert place_new_lesson(lesson) is False
    assert module.get_children().order_by("path").last().pk == lesson.pk


def test_a_lesson_already_before_the_quiz_does_not_move():
    module = ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))
    lesson = LessonPageFactory(parent=module)
    quiz = module.add_child(instance=QuizPage(title="Quiz", slug="quiz"))
    assert place_new_lesson(lesson) is False
    order = list(module.get_children().order_by("path").values_list("pk", flat=True))
    assert order == [lesson.pk, quiz.pk]

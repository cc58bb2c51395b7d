"""Editors author every page type in the Wagtail admin; moderators approve and publish.

The POST data is built with Wagtail's own form-data helpers, as the admin's page editor sends it.
"""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import HomePage, StandardPage
from courses.pages import CourseIndexPage, CoursePage, ModulePage
from lessons.models import LessonPage
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    DocumentFactory,
    ImageFactory,
    ModulePageFactory,
    TopicFactory,
)

CALLOUT_FEATURES = ["bold", "italic", "link", "ul"]


def list_block(items):
    """Form data of a ListBlock (like `streamfield`, without block types)."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def page_form(**fields):
    fields.setdefault("comments", inline_formset([]))
    return nested_form_data(fields)


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def media_library(db):
    return {
        "image": ImageFactory(title="CV aéré"),
        "video": DocumentFactory(
            title="Vidéo", file=ContentFile(b"\x00\x00\x00\x18ftyp", "pitch.mp4")
        ),
        "captions": DocumentFactory(
            title="Sous-titres", file=ContentFile(b"WEBVTT\n", "pitch.vtt")
        ),
        "pdf": DocumentFactory(title="Modèle de CV", file=ContentFile(b"%PDF-1.4\n", "cv.pdf")),
    }


def every_block_body(media):
    return streamfield(
        [
            ("heading", {"text": "Les rubriques du CV", "level": "h2"}),
            ("paragraph", rich_text("<p>Un recruteur lit d'abord le haut du CV.</p>")),
            (
                "image",
                {"image": media["image"].pk, "alt_text": "Un CV sur une page", "caption": "Aéré"},
            ),
            (
                "video",
                {
                    "title": "Se présenter en 30 secondes",
                    "video": media["video"].pk,
                    "poster": media["image"].pk,
                    "captions": media["captions"].pk,
                    "transcript": rich_text("<p>Bonjour, je m'appelle Awa.</p>"),
                },
            ),
            (
                "document",
                {"document": media["pdf"].pk, "title": "Modèle de CV", "description": "À remplir."},
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Attention",
                    "text": rich_text("<p>Relisez-vous.</p>", features=CALLOUT_FEATURES),
                },
            ),
            (
                "checklist",
                {"title": "Avant l'envoi", "items": list_block(["Coordonnées", "Orthographe"])},
            ),
            (
                "example_pair",
                {
                    "title": "Une expérience",
                    "bad": "Caissier.",
                    "good": "Tenue de caisse, 200 clients par jour.",
                    "explanation": "Des faits chiffrés.",
                },
            ),
        ]
    )


def lesson_form(media, **extra):
    return page_form(
        title="Les rubriques du CV",
        slug="rubriques-du-cv",
        intro="Ce que doit contenir un CV.",
        estimated_minutes="7",
        body=every_block_body(media),
        **extra,
    )


def assert_created(response, model, slug):
    errors = (
        response.context["form"].errors if response.context and "form" in response.context else None
    )
    assert response.status_code == 302, errors
    return model.objects.get(slug=slug)


def test_editor_saves_a_course_index_draft(client, editor, home):
    client.force_login(editor)
    data = page_form(title="Catalogue", slug="cours", intro="Tous les cours.")
    page = assert_created(
        client.post(add_url(CourseIndexPage, home), data), CourseIndexPage, "cours"
    )
    assert not page.live
    assert page.get_parent().pk == home.pk
    assert page.latest_revision.user == editor
    assert page.intro == "Tous les cours."


def test_editor_saves_a_course_draft(client, editor, media_library):
    index = CourseIndexPageFactory()
    topic = TopicFactory(name="CV et candidature", slug="cv")
    client.force_login(editor)
    data = page_form(
        title="Réussir son CV",
        slug="reussir-son-cv",
        summary="Écrire un CV qui donne envie de vous rencontrer.",
        audience="Toute personne qui cherche un emploi.",
        estimated_duration_minutes="120",
        topic=str(topic.pk),
        cover_image=str(media_library["image"].pk),
        learning_outcomes=streamfield(
            [("outcome", "Choisir les rubriques"), ("outcome", "Relire")]
        ),
    )
    page = assert_created(
        client.post(add_url(CoursePage, index), data), CoursePage, "reussir-son-cv"
    )
    page = page.get_latest_revision_as_object()
    assert page.topic == topic
    assert page.cover_image == media_library["image"]
    assert page.estimated_duration_minutes == 120
    assert [block.value for block in page.learning_outcomes] == ["Choisir les rubriques", "Relire"]


def test_editor_saves_a_module_draft(client, editor):
    course = CoursePageFactory(parent=CourseIndexPageFactory())
    client.force_login(editor)
    data = page_form(title="Les bases", slug="les-bases", intro="Ce qu'un CV doit dire.")
    page = assert_created(client.post(add_url(ModulePage, course), data), ModulePage, "les-bases")
    assert page.get_parent().pk == course.pk


def test_editor_saves_a_lesson_with_every_block(client, editor, media_library):
    module = ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))
    client.force_login(editor)
    response = client.post(add_url(LessonPage, module), lesson_form(media_library))
    lesson = assert_created(response, LessonPage, "rubriques-du-cv")
    assert not lesson.live
    body = lesson.get_latest_revision_as_object().body
    assert [block.block_type for block in body] == [
        "heading",
        "paragraph",
        "image",
        "video",
        "document",
        "callout",
        "checklist",
        "example_pair",
    ]
    video = body[3].value
    assert video["video"] == media_library["video"]
    assert video["captions"] == media_library["captions"]
    assert list(body[6].value["items"]) == ["Coordonnées", "Orthographe"]
    assert body[2].value["image"] == media_library["image"]


def test_editor_saves_a_standard_page(client, editor, home):
    client.force_login(editor)
    data = page_form(
        title="À propos",
        slug="a-propos",
        intro="Qui nous sommes.",
        body=streamfield([("paragraph", rich_text("<p>Un service public.</p>"))]),
    )
    page = assert_created(client.post(add_url(StandardPage, home), data), StandardPage, "a-propos")
    assert not page.live


def test_editor_cannot_publish_only_submit(client, editor, media_library):
    module = ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))
    client.force_login(editor)
    data = lesson_form(media_library, **{"action-publish": "action-publish"})
    lesson = assert_created(
        client.post(add_url(LessonPage, module), data), LessonPage, "rubriques-du-cv"
    )
    assert not lesson.live  # Editors lack the publish permission: it is saved as a draft


def test_lesson_submitted_for_moderation_then_approved(client, editor, moderator, media_library):
    module = ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))
    client.force_login(editor)
    data = lesson_form(media_library, **{"action-submit": "action-submit"})
    lesson = assert_created(
        client.post(add_url(LessonPage, module), data), LessonPage, "rubriques-du-cv"
    )

    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor
    assert not lesson.live

    client.force_login(moderator)
    task_state = state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk]
    )
    response = client.post(approve_url, {"comment": "Très clair, merci."})
    assert response.status_code == 302

    lesson.refresh_from_db()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert lesson.live
    assert len(lesson.body) == 8
    assert client.get(lesson.url).status_code == 200


def test_moderator_publishes_directly(client, moderator, media_library):
    module = ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))
    client.force_login(moderator)
    data = lesson_form(media_library, **{"action-publish": "action-publish"})
    lesson = assert_created(
        client.post(add_url(LessonPage, module), data), LessonPage, "rubriques-du-cv"
    )
    assert lesson.live
    assert lesson.latest_revision.user == moderator
    assert lesson.first_published_at is not None


def test_a_video_block_with_a_pdf_is_refused(client, moderator, media_library):
    module = ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))
    client.force_login(moderator)
    media = dict(media_library, video=media_library["pdf"])
    data = lesson_form(media, **{"action-publish": "action-publish"})
    response = client.post(add_url(LessonPage, module), data)
    assert response.status_code == 200  # the form again, with its errors
    assert response.context["form"].errors
    assert "Choisissez un fichier MP4 ou WebM." in response.content.decode()
    assert not LessonPage.objects.filter(slug="rubriques-du-cv").exists()


def test_a_lesson_cannot_be_added_under_a_course(client, moderator, media_library):
    course = CoursePageFactory(parent=CourseIndexPageFactory())
    client.force_login(moderator)
    response = client.post(add_url(LessonPage, course), lesson_form(media_library))
    # Wagtail turns PermissionDenied into a redirect to the admin home with an error message.
    assert response.status_code in (302, 403)
    assert "/edit/" not in response.get("Location", "")
    assert not Page.objects.filter(slug="rubriques-du-cv").exists()


def test_learners_cannot_reach_the_admin(client, learner):
    client.force_login(learner)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code in (302, 403)
    assert not Page.objects.filter(slug="rubriques-du-cv").exists()

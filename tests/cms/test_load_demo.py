"""`manage.py load_demo`: real demo content, loaded idempotently, that renders and logs in.

Loading takes a few seconds, so the read-only tests share one load per module: `loaded` runs the
command once inside a transaction rolled back at the end of the module, and each test runs in a
savepoint inside it (pytest-django's `db`). Tests that run the command themselves use `db` alone.
"""

from io import BytesIO, StringIO

import docx
import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import override_settings
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from cms import roles
from cms.blocks import ContentStreamBlock
from cms.demo.accounts import ACCOUNTS
from cms.models import HomePage, StandardPage
from courses.models import CourseIndexPage, CoursePage, ModulePage, Topic
from lessons.models import LessonPage
from quizzes.models import QuizPage

COURSE_SLUGS = {
    "reussir-son-cv": "cv",
    "organiser-sa-recherche-d-emploi": "organisation",
    "preparer-un-entretien-d-embauche": "entretien",
}
INTERVIEW_COURSE = "preparer-un-entretien-d-embauche"


def load_demo(**options) -> str:
    out = StringIO()
    call_command("load_demo", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def debug(settings):
    settings.DEBUG = True
    return settings


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def _media_root(settings, demo_media):
    # Overrides the conftest fixture: the module's tests read the files the shared load wrote.
    settings.MEDIA_ROOT = demo_media


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker, demo_media):
    with django_db_blocker.unblock(), override_settings(DEBUG=True, MEDIA_ROOT=demo_media):
        with transaction.atomic():
            output = load_demo()
            yield output
            transaction.set_rollback(True)


@pytest.fixture
def demo(loaded, db):
    return loaded


def counts() -> dict:
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "users": get_user_model().objects.count(),
        "topics": Topic.objects.count(),
        "memberships": get_user_model().groups.through.objects.count(),
    }


def lesson_words(lesson: LessonPage) -> int:
    words = len(lesson.intro.split())
    for block in lesson.body:
        value = block.value
        if block.block_type == "paragraph":
            words += len(strip_tags(value.source).split())
        elif block.block_type == "callout":
            words += len(strip_tags(value["text"].source).split()) + len(value["title"].split())
        elif block.block_type == "checklist":
            words += sum(len(item.split()) for item in value["items"]) + len(value["title"].split())
        elif block.block_type == "example_pair":
            words += sum(len(value[key].split()) for key in ("title", "bad", "good", "explanation"))
        elif block.block_type == "heading":
            words += len(value["text"].split())
    return words


def test_refuses_to_run_without_debug_unless_forced(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        load_demo()
    assert not CoursePage.objects.exists()

    output = load_demo(force=True)
    assert CoursePage.objects.count() == len(COURSE_SLUGS)
    assert "changez ou supprimez ces comptes" in output


def test_second_run_changes_and_duplicates_nothing(db, debug):
    load_demo()
    first = counts()
    output = load_demo()
    assert counts() == first
    assert "0 page créée, 0 mise à jour" in output
    interview = CoursePage.objects.get(slug=INTERVIEW_COURSE)
    assert interview.get_descendants().live().count() == 3 + 9 + 3  # modules, lessons, quizzes

    # An edited demo page is put back, in place, by the next run.
    lesson = LessonPage.objects.get(slug="partir-de-l-offre-d-emploi")
    lesson.title = "Titre modifié"
    lesson.save_revision().publish()
    output = load_demo()
    lesson.refresh_from_db()
    assert lesson.title == "Partir de l'offre d'emploi"
    assert Page.objects.count() == first["pages"]
    assert "0 page créée, 1 mise à jour" in output


def test_site_pages(demo):
    home = HomePage.objects.get()
    assert home.hero_title.startswith("Reprenez votre recherche")
    assert len(home.body) > 0
    catalogue = CourseIndexPage.objects.get()
    assert (catalogue.slug, catalogue.title) == ("cours", "Catalogue")
    assert catalogue.get_parent().pk == home.pk
    assert set(StandardPage.objects.live().values_list("slug", flat=True)) == {
        "a-propos",
        "accessibilite",
        "donnees-personnelles",
    }
    statement = StandardPage.objects.get(slug="accessibilite")
    text = str(statement.body)
    assert "RGAA" in text and "Défenseur des droits" in text
    assert {"cv", "organisation", "entretien"} <= set(Topic.objects.values_list("slug", flat=True))


def test_every_course_is_complete_and_live(demo):
    for slug, topic in COURSE_SLUGS.items():
        course = CoursePage.objects.live().get(slug=slug)
        assert course.topic.slug == topic
        assert course.cover_image is not None
        assert course.summary and course.audience and course.estimated_duration_minutes > 0
        assert 4 <= len(course.learning_outcomes) <= 6
        modules = ModulePage.objects.live().child_of(course)
        assert modules.count() >= 3
        for module in modules:
            lessons = LessonPage.objects.live().child_of(module)
            assert lessons.count() >= 3
            for lesson in lessons:
                assert lesson.intro and lesson.estimated_minutes > 0
                assert 300 <= lesson_words(lesson) <= 700, lesson.title
                assert "lorem" not in str(lesson.body).lower()


def test_lessons_use_every_content_block(demo):
    used = {block.block_type for lesson in LessonPage.objects.all() for block in lesson.body}
    assert used == set(ContentStreamBlock.base_blocks)
    callout_kinds = {
        block.value["kind"]
        for lesson in LessonPage.objects.all()
        for block in lesson.body
        if block.block_type == "callout"
    }
    assert callout_kinds == {"tip", "info", "warning"}
    for lesson in LessonPage.objects.all():
        for block in lesson.body:
            if block.block_type == "image":
                assert block.value["image"] is not None
                assert len(block.value["alt_text"]) > 20 and block.value["caption"]
            if block.block_type == "document":
                assert block.value["document"].file_extension in {"pdf", "docx"}


def test_images_and_documents_are_real_files(demo):
    images = get_image_model().objects.all()
    assert images.count() >= 5
    for image in images:
        assert (image.width, image.height) == (1200, 675)
        with image.open_file() as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    titles = set(get_document_model().objects.values_list("title", flat=True))
    assert {"Modèle de CV", "Planning hebdomadaire de recherche d'emploi"} <= titles
    for document in get_document_model().objects.filter(file__endswith=".pdf"):
        with document.open_file() as f:
            assert f.read(5) == b"%PDF-"


def test_accounts_have_their_roles_and_are_printed(demo):
    User = get_user_model()
    expected = {
        "apprenant@example.org": roles.LEARNERS,
        "conseillere@example.org": roles.COUNSELLORS,
        "editeur@example.org": roles.EDITORS,
        "moderatrice@example.org": roles.MODERATORS,
    }
    for email, group in expected.items():
        user = User.objects.get(email=email)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.first_name and user.last_name and not user.is_superuser
    admin = User.objects.get(email="admin@example.org")
    assert admin.is_superuser and admin.is_staff
    for account in ACCOUNTS:
        assert account.email in demo and account.password in demo
        assert User.objects.get(email=account.email).check_password(account.password)


@pytest.mark.parametrize(
    "email", ["editeur@example.org", "moderatrice@example.org", "admin@example.org"]
)
def test_staff_accounts_log_in_to_the_wagtail_admin(demo, client, email):
    password = next(a.password for a in ACCOUNTS if a.email == email)
    response = client.post("/admin/login/", {"username": email, "password": password})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_learner_cannot_enter_the_admin(demo, client):
    client.post(
        "/admin/login/", {"username": "apprenant@example.org", "password": "apprenant-demo-2026"}
    )
    response = client.get("/admin/")
    assert response.status_code == 302 and "/login/" in response.url


def test_every_demo_page_renders(demo, client):
    pages = [HomePage.objects.get(), CourseIndexPage.objects.get()]
    pages += list(StandardPage.objects.all())
    pages += list(CoursePage.objects.all())
    pages += list(ModulePage.objects.all())
    pages += list(LessonPage.objects.order_by("path"))
    assert len(pages) == 1 + 1 + 3 + 3 + 9 + 27
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    lesson = LessonPage.objects.get(slug="les-rubriques-essentielles")
    html = client.get(lesson.url).content.decode()
    assert "Modèle de CV à imprimer (PDF)" in html and "Modèle de CV à modifier (Word)" in html
    assert 'alt="Une page de CV sobre' in html


def test_editor_can_open_demo_lessons_in_the_page_editor(demo, client):
    # Between them, these three lessons use every block type (video, image, document included).
    slugs = [
        "comment-un-recruteur-lit-votre-cv",
        "les-rubriques-essentielles",
        "decrire-ses-experiences",
    ]
    lessons = LessonPage.objects.filter(slug__in=slugs)
    assert {block.block_type for lesson in lessons for block in lesson.body} == set(
        ContentStreamBlock.base_blocks
    )
    client.post(
        "/admin/login/", {"username": "editeur@example.org", "password": "editeur-demo-2026"}
    )
    for lesson in lessons:
        response = client.get(f"/admin/pages/{lesson.pk}/edit/")
        assert response.status_code == 200, lesson.title


def test_interview_course_teaches_with_every_kind_of_block(demo):
    course = CoursePage.objects.get(slug=INTERVIEW_COURSE)
    assert course.title == "Préparer un entretien d'embauche"
    assert course.topic.name == "Entretien"
    modules = ModulePage.objects.live().child_of(course)
    assert "La lettre de motivation" in {module.title for module in modules}
    for module in modules:
        steps = [page.specific for page in module.get_children().live().order_by("path")]
        lessons, quiz = steps[:-1], steps[-1]
        assert len(lessons) == 3 and all(isinstance(lesson, LessonPage) for lesson in lessons)
        assert isinstance(quiz, QuizPage) and len(quiz.get_questions()) >= 4
        for lesson in lessons:
            kinds = {block.block_type for block in lesson.body}
            assert {"heading", "paragraph", "callout", "checklist", "example_pair"} <= kinds
            assert "\u00a0:" in str(lesson.body) and " :" not in strip_tags(str(lesson.body))
    documents = {
        block.value["document"].title
        for lesson in LessonPage.objects.descendant_of(course)
        for block in lesson.body
        if block.block_type == "document"
    }
    assert documents == {"Modèle de lettre de motivation (Word)"}


def test_word_models_open_with_their_headings(demo):
    Document = get_document_model()
    expected = {
        "Modèle de CV (Word)": {
            "Profil",
            "Expériences professionnelles",
            "Formation",
            "Compétences",
            "Centres d'intérêt (facultatif)",
        },
        "Modèle de lettre de motivation (Word)": {
            "Vous\u00a0: l'entreprise et son besoin",
            "Moi\u00a0: ce que j'apporte",
            "Nous\u00a0: la rencontre",
        },
    }
    for title, headings in expected.items():
        document = Document.objects.get(title=title)
        assert document.file_extension == "docx"
        with document.open_file() as f:
            word = docx.Document(BytesIO(f.read()))
        found = {p.text for p in word.paragraphs if p.style.name.startswith("Heading")}
        assert headings <= found, title
        assert word.core_properties.language == "fr-FR"
        assert round(word.sections[0].page_width.cm, 1) == 21.0  # A4, not US Letter


def test_cv_lesson_offers_the_pdf_and_the_word_model(demo, client):
    lesson = LessonPage.objects.get(slug="les-rubriques-essentielles")
    offered = [b.value["document"] for b in lesson.body if b.block_type == "document"]
    assert [d.file_extension for d in offered] == ["pdf", "docx"]
    html = client.get(lesson.url).content.decode()
    for document in offered:
        assert f'href="{document.url}"' in html


def test_demo_video_comes_as_webm_and_mp4(demo, client):
    mp4 = get_document_model().objects.get(file__endswith=".mp4")
    with mp4.open_file() as f:
        head = f.read(12)
    assert head[4:8] == b"ftyp" and mp4.get_file_size() < 400 * 1024  # small, for phones
    lesson = LessonPage.objects.get(slug="comment-un-recruteur-lit-votre-cv")
    html = client.get(lesson.url).content.decode()
    assert f'<source src="{mp4.url}" type="video/mp4">' in html
    assert 'type="video/webm">' in html

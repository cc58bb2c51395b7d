"""Factories for users and for the course page tree.

Page factories take a `parent` and add the page under it with Wagtail's tree API, so the paths,
depths and url_paths are those the admin would make.
"""

from io import BytesIO

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from courses.models import CourseIndexPage, CoursePage, ModulePage, Topic
from lessons.models import LessonPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@example.org")
    first_name = factory.Faker("first_name", locale="fr_FR")
    last_name = factory.Faker("last_name", locale="fr_FR")
    password = factory.django.Password("motdepasse-solide-42")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(Group.objects.get(name=name))


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")


def _png_file(name="image.png", size=(640, 360), colour="#1d4ed8"):
    buffer = BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return ImageFile(buffer, name=name)


class ImageFactory(factory.django.DjangoModelFactory):
    """A real PNG in the Wagtail image library (renditions work)."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.LazyFunction(_png_file)


class DocumentFactory(factory.django.DjangoModelFactory):
    """A Wagtail document; pass `file=ContentFile(b"...", name="x.mp4")` for another type."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4\n%%EOF\n", name="modele.pdf"))


class PageFactory(factory.Factory):
    """Creates a page as a child of `parent` (the site's home page by default) and publishes it."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    live = True

    @classmethod
    def _create(cls, model_class, parent=None, **kwargs):
        parent = parent or Site.objects.get(is_default_site=True).root_page
        page = model_class(**kwargs)
        parent.add_child(instance=page)
        if page.live:
            page.save_revision().publish()
        return page


class CourseIndexPageFactory(PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Catalogue"
    slug = "cours"
    intro = "Tous nos cours."


class CoursePageFactory(PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Cours {n}")
    summary = "Un cours pour avancer dans sa recherche d'emploi."
    audience = "Toute personne en recherche d'emploi."
    learning_outcomes = [("outcome", "Rédiger un CV clair")]
    estimated_duration_minutes = 90


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    intro = "Ce que couvre ce module."


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Leçon {n}")
    intro = "Ce que vous allez apprendre."
    body = [("paragraph", "<p>Un recruteur lit d'abord le haut du CV.</p>")]


def build_course(*, modules: int = 3, lessons_per_module: int = 3, index=None, **course_kwargs):
    """A published course with its modules and lessons; returns (course, [lessons in order])."""
    index = index or CourseIndexPage.objects.first() or CourseIndexPageFactory()
    course = CoursePageFactory(parent=index, **course_kwargs)
    lessons = []
    for _m in range(modules):
        module = ModulePageFactory(parent=course)
        lessons += [LessonPageFactory(parent=module) for _l in range(lessons_per_module)]
    return course, lessons


def root_page() -> Page:
    return Site.objects.get(is_default_site=True).root_page.specific

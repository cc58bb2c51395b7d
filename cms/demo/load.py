"""Loads every part of the demo in order and returns what was loaded, for later loaders to use."""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail.models import Page, Site

from cms.pages import HomePage, StandardPage
from courses.models import CourseIndexPage, Topic

from . import cv_course, interview_course, search_course, site
from .accounts import ensure_accounts
from .builder import Library, Stats, build_course, update_page, upsert_page
from .documents import ensure_documents
from .images import ensure_images

COURSES = [cv_course.COURSE, search_course.COURSE, interview_course.COURSE]


@dataclass
class DemoContent:
    """What `load_all` produced, by stable key: handed to the quiz and progress loaders."""

    home: Page
    catalogue: Page
    courses: dict  # slug -> CoursePage
    images: dict  # key -> Image
    documents: dict  # key -> Document
    users: dict  # e-mail -> User
    topics: dict  # slug -> Topic
    stats: Stats = field(default_factory=Stats)


def ensure_topics() -> dict:
    topics = {}
    for slug, name in site.TOPICS:
        topic, created = Topic.objects.get_or_create(slug=slug, defaults={"name": name})
        if not created and topic.name != name:
            topic.name = name
            topic.save(update_fields=["name"])
        topics[slug] = topic
    return topics


def load_all() -> DemoContent:
    stats = Stats()
    images = ensure_images()
    documents = ensure_documents()
    library = Library(images=images, documents=documents)
    topics = ensure_topics()

    home = Site.objects.get(is_default_site=True).root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError(
            "The default site's root page is not the HomePage made by migration cms.0003."
        )
    update_page(home, stats=stats, **library.resolve(site.HOME))
    catalogue = upsert_page(home, CourseIndexPage, slug="cours", stats=stats, **site.CATALOGUE)
    for page in site.STANDARD_PAGES:
        fields = library.resolve(dict(page))
        upsert_page(home, StandardPage, slug=fields.pop("slug"), stats=stats, **fields)

    courses = {
        course.slug: build_course(catalogue, course, library, topics, stats) for course in COURSES
    }
    users = ensure_accounts()
    return DemoContent(
        home=home,
        catalogue=catalogue,
        courses=courses,
        images=images,
        documents=documents,
        users=users,
        topics=topics,
        stats=stats,
    )

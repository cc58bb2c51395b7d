"""A small builder that turns the content modules (plain Python data) into Wagtail pages.

Content modules describe blocks with the helpers below (`h2`, `p`, `tip`, `image`...); images and
documents are named by key and resolved here. Pages are looked up by slug under their parent and
only re-published when their content differs, so a second run writes no revision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from wagtail.fields import StreamField
from wagtail.models import Page

from courses.models import CoursePage, ModulePage
from lessons.models import LessonPage

# --- French typography ---------------------------------------------------------------------------
NBSP = "\u00a0"
_FRENCH_SPACES = [
    (re.compile(r" ([:;!?»])"), NBSP + r"\1"),  # no line break before : ; ! ? »
    (re.compile(r"« "), "«" + NBSP),  # nor after «
    (re.compile(r"\b([nN]°) "), r"\1" + NBSP),  # nor after n° (loi n° 2005-102)
    (re.compile(r"(\d) (h|min|km|%|€|ans|mois|jours)(?!\w)"), r"\1" + NBSP + r"\2"),  # 9 h, 30 km
    (re.compile(r"(\d\u00a0h) (\d)"), r"\1" + NBSP + r"\2"),  # 16 h 30
]


def fr(text: str) -> str:
    """Collapse white space and add the non-breaking spaces French typography asks for."""
    text = " ".join(text.split())
    for pattern, replacement in _FRENCH_SPACES:
        text = pattern.sub(replacement, text)
    return text


# --- Block helpers used by the content modules -------------------------------------------------
def h2(text: str) -> tuple:
    return ("heading", {"text": fr(text), "level": "h2"})


def h3(text: str) -> tuple:
    return ("heading", {"text": fr(text), "level": "h3"})


def p(html: str) -> tuple:
    """Rich text: pass HTML (<p>, <ul>, <ol>, <b>, <i>)."""
    return ("paragraph", fr(html))


def callout(kind: str, title: str, html: str) -> tuple:
    return ("callout", {"kind": kind, "title": fr(title), "text": fr(html)})


def tip(title: str, html: str) -> tuple:
    return callout("tip", title, html)


def info(title: str, html: str) -> tuple:
    return callout("info", title, html)


def warning(title: str, html: str) -> tuple:
    return callout("warning", title, html)


def checklist(title: str, items: list[str]) -> tuple:
    return ("checklist", {"title": fr(title), "items": [fr(item) for item in items]})


def example(title: str, bad: str, good: str, why: str = "") -> tuple:
    return (
        "example_pair",
        {"title": fr(title), "bad": fr(bad), "good": fr(good), "explanation": fr(why)},
    )


def image(key: str, alt: str, caption: str = "") -> tuple:
    return ("image", {"image": ImageRef(key), "alt_text": fr(alt), "caption": fr(caption)})


def document(key: str, title: str, description: str = "") -> tuple:
    return (
        "document",
        {"document": DocumentRef(key), "title": fr(title), "description": fr(description)},
    )


def video(
    key: str, title: str, *, poster: str, captions: str, transcript: str, other_format: str = ""
) -> tuple:
    return (
        "video",
        {
            "title": fr(title),
            "video": DocumentRef(key),
            "other_format": DocumentRef(other_format) if other_format else None,
            "poster": ImageRef(poster),
            "captions": DocumentRef(captions),
            "transcript": fr(transcript),
        },
    )


@dataclass(frozen=True)
class ImageRef:
    key: str


@dataclass(frozen=True)
class DocumentRef:
    key: str


# --- Content descriptions ----------------------------------------------------------------------
@dataclass
class Lesson:
    title: str
    slug: str
    intro: str
    minutes: int
    body: list


@dataclass
class Module:
    title: str
    slug: str
    intro: str
    lessons: list[Lesson]


@dataclass
class Course:
    title: str
    slug: str
    topic: str  # Topic slug
    summary: str
    audience: str
    outcomes: list[str]
    duration_minutes: int
    cover: str  # image key
    modules: list[Module] = field(default_factory=list)


# --- Building -----------------------------------------------------------------------------------
@dataclass
class Library:
    images: dict
    documents: dict

    def resolve(self, value: Any) -> Any:
        """Replace image/document references by the library objects, recursively."""
        if isinstance(value, ImageRef):
            return self.images[value.key]
        if isinstance(value, DocumentRef):
            return self.documents[value.key]
        if isinstance(value, dict):
            return {k: self.resolve(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.resolve(v) for v in value)
        return value


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _comparable(page: Page, name: str, value: Any) -> Any:
    model_field = page._meta.get_field(name)
    if isinstance(model_field, StreamField):
        return _without_ids(model_field.get_prep_value(model_field.to_python(value)))
    if model_field.is_relation:
        return getattr(value, "pk", value)
    return value


def _differs(page: Page, fields: dict) -> bool:
    for name, value in fields.items():
        model_field = page._meta.get_field(name)
        current = getattr(page, model_field.attname if model_field.is_relation else name)
        if _comparable(page, name, current) != _comparable(page, name, value):
            return True
    return False


class Stats:
    def __init__(self):
        self.created = 0
        self.updated = 0
        self.unchanged = 0
        self.updated_pages: list[str] = []


def upsert_page(
    parent: Page, model: type[Page], *, slug: str, stats: Stats | None = None, **fields
) -> Page:
    """The child of `parent` with this slug, created or brought up to date, and published."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        if stats:
            stats.created += 1
        return page
    page = existing.specific
    if not isinstance(page, model):
        raise ValueError(f"{page.url_path} is a {type(page).__name__}, expected {model.__name__}.")
    if _differs(page, fields) or not page.live or page.has_unpublished_changes:
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        if stats:
            stats.updated += 1
            stats.updated_pages.append(page.title)
    elif stats:
        stats.unchanged += 1
    return page


def update_page(page: Page, *, stats: Stats | None = None, **fields) -> Page:
    """Bring an existing page (the home page) up to date, publishing only when it changed."""
    if _differs(page, fields) or not page.live or page.has_unpublished_changes:
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        if stats:
            stats.updated += 1
    elif stats:
        stats.unchanged += 1
    return page


def build_course(index: Page, course: Course, library: Library, topics: dict, stats: Stats) -> Page:
    course_page = upsert_page(
        index,
        CoursePage,
        slug=course.slug,
        stats=stats,
        title=course.title,
        summary=fr(course.summary),
        audience=fr(course.audience),
        learning_outcomes=[("outcome", fr(outcome)) for outcome in course.outcomes],
        estimated_duration_minutes=course.duration_minutes,
        cover_image=library.images[course.cover],
        topic=topics[course.topic],
    )
    for module in course.modules:
        module_page = upsert_page(
            course_page,
            ModulePage,
            slug=module.slug,
            stats=stats,
            title=module.title,
            intro=fr(module.intro),
        )
        for lesson in module.lessons:
            upsert_page(
                module_page,
                LessonPage,
                slug=lesson.slug,
                stats=stats,
                title=lesson.title,
                intro=fr(lesson.intro),
                estimated_minutes=lesson.minutes,
                body=library.resolve(lesson.body),
            )
    return course_page

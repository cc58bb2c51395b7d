"""Template helpers of courses: catalogue link, step breadcrumbs, progress, sign-in links."""

import re

from django import template
from django.conf import settings
from django.shortcuts import resolve_url
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from cms.page_serving import cached_by_version
from courses.pages import CourseIndexPage

register = template.Library()

_CATALOGUE_CACHE_ATTR = "_site_catalogue_url"


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """URL of the live course catalogue (one query per request, cached on the request)."""
    request = context.get("request")
    if request is not None and hasattr(request, _CATALOGUE_CACHE_ATTR):
        return getattr(request, _CATALOGUE_CACHE_ATTR)

    # Cached until any page changes (the page cache's version): a query saved on every page.
    def find() -> str:
        index = CourseIndexPage.objects.live().order_by("path").first()
        return (index.get_url(request=request) or "") if index else ""

    url = cached_by_version(f"catalogue-url:{request.get_host() if request else ''}", find)
    if request is not None:
        setattr(request, _CATALOGUE_CACHE_ATTR, url)
    return url


@register.simple_tag
def outline_module(outline, page):
    """The OutlineModule of `page` in a course outline, or None (e.g. a draft being previewed)."""
    for module in getattr(outline, "modules", []):
        if module.page.pk == page.pk:
            return module
    return None


@register.simple_tag(takes_context=True)
def step_breadcrumbs(context, course, module, page) -> list[tuple[str, str]]:
    """Accueil > Catalogue > course > module > step, from step_context (no ancestor query)."""
    request = context.get("request")
    items = [("/", gettext("Accueil"))]
    cat_url = catalogue_url(context)
    if cat_url:
        items.append((cat_url, gettext("Catalogue")))
    if course is not None:
        items.append((course.get_url(request=request) or "", course.title))
    if module is not None:
        items.append((module.page.get_url(request=request) or "", module.page.title))
    items.append(("", page.title))
    return items


@register.simple_tag
def step_state(progress, step) -> str:
    """ "done", "current" or "todo" for an enrolled learner; "" otherwise."""
    if progress is None or step is None:
        return ""
    return progress.status(step)


_STATUS_BADGES: dict[tuple[str, str], str] = {}


@register.simple_tag
def step_status(progress, step) -> str:
    """The status badge of a step in an outline or syllabus (courses/includes/step_status.html).

    The badge of a state is the same for every step: rendered once per state and language, then
    reused (an include per step costs more than the rest of a 50-step outline).
    """
    state = step_state(progress, step)
    if not state:
        return ""
    key = (state, get_language() or "")
    if key not in _STATUS_BADGES:
        badge = render_to_string("courses/includes/step_status.html", {"state": state})
        _STATUS_BADGES[key] = mark_safe(badge.strip())  # noqa: S308 (our own template's output)
    return _STATUS_BADGES[key]


# -- the outline beside a step -------------------------------------------------------------------
# Rendering 50 steps is most of a lesson page's template time, and all of it is the same for every
# reader but three things: which step is current (its aria-current and its hidden label) and each
# step's status badge. The outline is rendered once per course, page version and language with
# markers in their place, then the markers are filled in for each reader.
_HOLE = re.compile("\x1f(current|label|status)(\\d+)\x1f")


@register.simple_tag
def outline_hole(kind: str, step) -> str:
    """A marker that step_outline fills in: kind "current", "label" or "status"."""
    return mark_safe(f"\x1f{kind}{step.page.pk}\x1f")  # noqa: S308 (a control char, a word, an int)


@register.simple_tag(takes_context=True)
def step_outline(context) -> str:
    """The outline beside a step (courses/includes/step_outline.html), for this reader."""
    outline, course = context["outline"], context["course"]
    skeleton = cached_by_version(
        f"step-outline:{course.pk}:{get_language()}",
        lambda: render_to_string(
            "courses/includes/step_outline.html",
            {"outline": outline, "course": course},
            request=context.get("request"),
        ),
    )
    current = context.get("current_step")
    current_pk = current.page.pk if current else None
    progress = context.get("progress")
    steps = {step.page.pk: step for step in outline.steps}
    label = format_html('<span class="sr-only"> {}</span>', gettext("(étape en cours)"))

    def fill(match) -> str:
        kind, pk = match.group(1), int(match.group(2))
        if kind == "current":
            return ' aria-current="step"' if pk == current_pk else ""
        if kind == "label":
            return label if pk == current_pk else ""
        return step_status(progress, steps.get(pk))

    return mark_safe(_HOLE.sub(fill, skeleton))  # noqa: S308 (our template, escaped when rendered)


@register.simple_tag(takes_context=True)
def login_url(context, next_url: str = "") -> str:
    """The sign-in page (accounts:login when it exists, else settings.LOGIN_URL) with ?next."""
    try:
        url = reverse("accounts:login")
    except NoReverseMatch:
        url = resolve_url(settings.LOGIN_URL)
    if not next_url:
        request = context.get("request")
        next_url = request.get_full_path() if request else ""
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


@register.simple_tag(takes_context=True)
def signup_url(context) -> str:
    """The sign-up page with ?next back here, or "" while the accounts app has none."""
    try:
        url = reverse("accounts:signup")
    except NoReverseMatch:
        return ""
    request = context.get("request")
    return f"{url}?{urlencode({'next': request.get_full_path()})}" if request else url

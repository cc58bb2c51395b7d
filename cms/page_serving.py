"""Serving pages cheaply, for every page type of the site.

- `DirectRoutingMixin` (on the site's root page): finds the page of a URL with one query on
  `url_path`, instead of Wagtail's one query per level of the tree (a lesson sits six levels
  deep), then loads it as its own type; which page a URL leads to is cached under the content
  version, so a page view costs that one last query. Sub-routes (a quiz's result) and 404s keep
  Wagtail's own routing.
- `CachedSiteMiddleware`: the request's Wagtail site and its root page from the cache (three
  queries otherwise), under the same version as the page cache.
- `ServedPageMixin` (on every page type):
  - skips the view-restriction queries when the site has no restriction at all (a cached flag,
    forgotten whenever a restriction is saved or deleted);
  - serves anonymous visitors from a cache of rendered pages. Only anonymous GETs without a
    query string, session or pending message are cached, never a preview; any publish,
    unpublish, move, save or deletion of a page purges every cached page (a version number in
    the keys, `content_version`, also used by the course outlines of courses.selectors), and
    entries expire after `PAGE_CACHE_SECONDS` in any case. The CSRF token of forms is
    put back per visitor.
"""

from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.response import SimpleTemplateResponse
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction

from cms.http import make_private

RESTRICTIONS_KEY = "pages:any-view-restriction"
VERSION_KEY = "pages:content-version"
CSRF_PLACEHOLDER = "__csrf_token__"
_CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')


# -- view restrictions ---------------------------------------------------------------------------
def site_has_view_restrictions() -> bool:
    value = cache.get(RESTRICTIONS_KEY)
    if value is None:
        value = PageViewRestriction.objects.exists()
        cache.set(RESTRICTIONS_KEY, value, None)
    return value


def forget_view_restrictions(**kwargs) -> None:
    cache.delete(RESTRICTIONS_KEY)


# -- anonymous page cache ------------------------------------------------------------------------
def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def purge_page_cache(**kwargs) -> None:
    """Every cached page is stale once any page changes (publish, unpublish, move, delete)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def cached_by_version(name: str, compute):
    """`compute()`, kept in the cache under the page version: for what only changes with the
    pages (routes, a step's course, rendered fragments). A None result is not kept."""
    key = f"{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def purge_on_page_save(sender, instance, **kwargs) -> None:
    """Any saved page (of any type: post_save names the specific class) may change what is
    cached under the version: a page added below a course without being published, a draft
    title... Saves of pages are editors' work, rare beside reads."""
    if isinstance(instance, Page):
        purge_page_cache()


def _key(page: Page, request) -> str:
    return f"page:{content_version()}:{page.pk}:{get_language()}:{request.path}"


class ServedPageMixin:
    """Mixed into every page type of the site (before wagtail's Page)."""

    def get_view_restrictions(self):
        if not site_has_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        if not _cacheable(request):
            response = super().serve(request, *args, **kwargs)
            # A signed-in learner's page shows their progress: never kept by a shared cache.
            return make_private(response) if request.user.is_authenticated else response
        key = _key(self, request)
        content = cache.get(key)
        if content is not None:
            return HttpResponse(content.replace(CSRF_PLACEHOLDER, get_token(request)))
        response = super().serve(request, *args, **kwargs)
        if isinstance(response, SimpleTemplateResponse):
            response.render()
        if response.status_code == 200 and not response.streaming:
            html = response.content.decode(response.charset)
            html = _CSRF_INPUT.sub(rf"\g<1>{CSRF_PLACEHOLDER}\g<2>", html)
            cache.set(key, html, settings.PAGE_CACHE_SECONDS)
        return response


def _cacheable(request) -> bool:
    if request.method not in ("GET", "HEAD") or request.GET:
        return False
    if getattr(request, "is_preview", False):
        return False
    # A visitor with a session may be signed in or have messages waiting: never cached.
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return not request.user.is_authenticated


class DirectRoutingMixin:
    """For the site's root page: route any URL below it with one query (see module docstring)."""

    def route(self, request, path_components):
        site = getattr(request, "_wagtail_site", None)
        cached = getattr(request, "_wagtail_site_cached", False)
        if site is not None and not cached and site.root_page_id == self.pk:
            site.root_page = self  # the specific root page, cached with the site
            cache.set(_site_key(request), site, settings.PAGE_CACHE_SECONDS)
        if not path_components:
            return super().route(request, path_components)
        found = _deepest_page(self, path_components)
        if found is None:
            return super().route(request, path_components)
        pk, depth, content_type_id = found
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        page = model.objects.filter(pk=pk).first()
        if page is None:  # deleted since it was cached
            return super().route(request, path_components)
        return page.route(request, path_components[depth - self.depth :])


def _deepest_page(root: Page, path_components) -> tuple[int, int, int] | None:
    """The deepest page below `root` on the URL's path: (id, depth, content type), or None.

    Cached under the content version (a page that moves, changes slug or goes away changes it);
    a URL that finds no page is not cached, so random URLs cannot fill the cache.
    """
    path = "/".join(path_components)
    prefixes = [
        root.url_path + "/".join(path_components[:n]) + "/"
        for n in range(len(path_components), 0, -1)
    ]
    return cached_by_version(
        f"route:{root.pk}:{hashlib.sha1(path.encode()).hexdigest()}",
        lambda: (
            Page.objects.filter(url_path__in=prefixes, path__startswith=root.path)
            .order_by("-depth")
            .values_list("pk", "depth", "content_type_id")
            .first()
        ),
    )


def _site_key(request) -> str:
    return f"site:{content_version()}:{request.get_host()}"


class CachedSiteMiddleware:
    """Give Wagtail the request's site from the cache (it looks at request._wagtail_site first).

    Only reads: the site is cached by the root page's route (DirectRoutingMixin), so a request
    that serves no page (the health check, the admin) touches no database here, and a cache
    outage only costs the queries Wagtail would have made.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            site = cache.get(_site_key(request))
        except Exception:  # noqa: BLE001 (any cache backend error: Wagtail finds the site itself)
            site = None
        if site is not None:
            request._wagtail_site = site
            request._wagtail_site_cached = True
        return self.get_response(request)

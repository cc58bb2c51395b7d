"""HTTP helpers shared by every app (base layer).

Pages that show personal data (account, "Mon parcours", quiz attempts, certificate downloads,
counsellor pages) must never be kept by a browser or a shared cache: on a computer in an agency
or a library, the next person must not find them in the history or the back button. Mark such
views with `@private_page` (functions) or `PrivatePageMixin` (class-based views, listed first).
"""

from __future__ import annotations

from functools import wraps

from django.utils.cache import add_never_cache_headers, patch_vary_headers


def make_private(response):
    """Cache-Control: max-age=0, no-cache, no-store, must-revalidate, private (+ Vary: Cookie)."""
    add_never_cache_headers(response)
    patch_vary_headers(response, ["Cookie"])
    return response


def private_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return make_private(view(request, *args, **kwargs))

    return wrapper


class PrivatePageMixin:
    def dispatch(self, request, *args, **kwargs):
        return make_private(super().dispatch(request, *args, **kwargs))

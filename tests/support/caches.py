"""Cache states for query counts."""

from wagtail.models import Site

from cms.page_serving import purge_page_cache


def cold_outlines() -> None:
    """Forget the cached course outlines, as any page change does, but keep Wagtail's site root
    paths (cached until a site changes): a query count then measures the worst case of a page
    view, the same whatever the size."""
    purge_page_cache()
    Site.get_site_root_paths()

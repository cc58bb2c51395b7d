"""The default Wagtail Site follows SITE_BASE_URL.

Wagtail writes page links outside a request (moderation e-mails, `page.full_url`) from the Site's
hostname and port. `manage.py sync_site` (run at each deployment, and by load_demo) makes the
default Site say the same as SITE_BASE_URL, so every link points to the public address.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site


def base_url_host_and_port(base_url: str | None = None) -> tuple[str, int]:
    parts = urlsplit(base_url or settings.SITE_BASE_URL)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "localhost", port


def site_sync_with_base_url() -> bool:
    """Give the default Site the host and port of SITE_BASE_URL. True when it changed."""
    hostname, port = base_url_host_and_port()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True

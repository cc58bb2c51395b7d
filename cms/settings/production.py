"""Production: PostgreSQL, Redis, SMTP, a broker. Refuses to start half-configured.

Every variable is read in base.py and documented in docs/deploy.md; this profile only makes some
of them mandatory and turns on what is specific to a public HTTPS site.
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

if not os.environ.get("DJANGO_SECRET_KEY", "").strip():
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")  # noqa: F405
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set in production.")
# Links in e-mails and certificates must point to the public site, never to a development default.
if not os.environ.get("SITE_BASE_URL", "").strip():
    raise ImproperlyConfigured("SITE_BASE_URL must be set in production (https://your.host).")
if urlsplit(SITE_BASE_URL).scheme not in {"http", "https"}:  # noqa: F405
    raise ImproperlyConfigured("SITE_BASE_URL must start with https:// (or http://).")

# Static files: hashed, compressed and served by WhiteNoise (collectstatic writes STATIC_ROOT).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)  # noqa: F405
# The health endpoint answers plain HTTP, for a load balancer probing the machine directly.
SECURE_REDIRECT_EXEMPT = [r"^sante/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Behind N reverse proxies (DJANGO_PROXY_COUNT), login throttling keys on the client's address from
# X-Forwarded-For; otherwise every learner would share the proxy's IP and could lock each other out.
PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0"))
if PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Lesson videos are Wagtail documents: link them straight to MEDIA_URL so the front server
# answers byte-range requests (iOS Safari plays no MP4 without them; Wagtail's view sends it whole).
WAGTAILDOCS_SERVE_METHOD = os.environ.get("WAGTAILDOCS_SERVE_METHOD", "direct")

LOGGING = {
    **LOGGING,  # noqa: F405
    "loggers": {
        "cms": {"level": "INFO"},
        "courses": {"level": "INFO"},
        "celery": {"level": "INFO"},
    },
}

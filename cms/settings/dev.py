"""Embedded default (`make run`): SQLite, eager Celery, console e-mail, local media.

It shows the product as visitors see it: DEBUG is off unless DJANGO_DEBUG=1, so a missing page is
the site's own 404 page and an error its own 500 page (the traceback is printed on the console),
never Django's technical pages. WhiteNoise serves static files straight from the apps (no
collectstatic; a rebuilt stylesheet is served at once) and Django serves uploaded media.
"""

from .base import *  # noqa: F403

DEBUG = env_bool("DJANGO_DEBUG", False)  # noqa: F405
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
WHITENOISE_MAX_AGE = 0
# A developer's machine may hold the demo accounts and their public passwords (see load_demo).
DEMO_ACCOUNTS_ALLOWED = True

"""Settings of the benchmark server: the shared settings with DEBUG off, persistent database
connections, the bench URLconf (a bare view in front of the site's URLs) and background tasks
sent to the in-memory broker (as a worker would take them in production, not run in the request).
"""

import os

from cms.settings.base import *  # noqa: F403
from cms.settings.base import DATABASES, MEDIA_ROOT

DEBUG = False
SECRET_KEY = "bench-only-key-not-a-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "bench.urls"
DATABASES["default"]["CONN_MAX_AGE"] = None  # persistent connections
MEDIA_ROOT = os.environ.get("BENCH_MEDIA_ROOT") or MEDIA_ROOT
CELERY_TASK_ALWAYS_EAGER = False
CELERY_BROKER_URL = "memory://localhost/"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

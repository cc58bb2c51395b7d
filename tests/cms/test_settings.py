"""The production profile refuses to start half-configured and passes Django's deploy checks.

Each check runs in a fresh interpreter: settings modules are read once per process.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
SECRET = "k3y-" + "x" * 60 + "-production-tests-only-9f8e7d6c"


def run_python(code: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "CELERY_"))
    }
    base.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    command = [sys.executable, *(["-c", code] if code else []), *args]
    return subprocess.run(command, cwd=ROOT, env=base, capture_output=True, text=True, timeout=120)


SETUP = "import django; django.setup(); print('configured')"
PROD_ENV = {
    "DJANGO_SECRET_KEY": SECRET,
    "DJANGO_ALLOWED_HOSTS": "cours.example.org",
    "DATABASE_URL": "sqlite:////tmp/testsci-settings.sqlite3",
}


@pytest.mark.parametrize(
    ("missing", "blank"),
    [("DJANGO_SECRET_KEY", ""), ("DJANGO_ALLOWED_HOSTS", ""), ("DJANGO_ALLOWED_HOSTS", " , ")],
)
def test_production_refuses_to_start_without(missing, blank):
    env = dict(PROD_ENV)
    env[missing] = blank
    result = run_python(SETUP, **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr
    assert "configured" not in result.stdout


def test_production_passes_the_deploy_check():
    result = run_python("", "manage.py", "check", "--deploy", "--fail-level", "WARNING", **PROD_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_profile_values():
    code = """
import json, django
django.setup()
from django.conf import settings
from django.urls import Resolver404, resolve
try:
    media_view = resolve("/media/images/x.png").func.__module__
except Resolver404:
    media_view = None
print(json.dumps({
    "debug": settings.DEBUG,
    "hosts": settings.ALLOWED_HOSTS,
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "broker": settings.CELERY_BROKER_URL,
    "cache": settings.CACHES["default"]["BACKEND"],
    "db": settings.DATABASES["default"]["ENGINE"],
    "media_view": media_view,
}))
"""
    env = dict(
        PROD_ENV,
        REDIS_URL="redis://127.0.0.1:6379/5",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/mooc",
    )
    result = run_python(code, **env)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["debug"] is False
    assert values["hosts"] == ["cours.example.org"]
    assert values["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["eager"] is False
    assert values["broker"] == "redis://127.0.0.1:6379/5"
    assert values["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert values["db"] == "django.db.backends.postgresql"
    # Media files are not served by Django unless asked (a front server serves MEDIA_ROOT).
    assert values["media_view"] is None


def test_production_serves_media_only_when_asked():
    code = (
        "import django; django.setup(); from django.urls import resolve; "
        "print(resolve('/media/images/x.png').func.__module__)"
    )
    result = run_python(code, **PROD_ENV, DJANGO_SERVE_MEDIA="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.views.static"


def test_test_profile_is_fast_and_isolated():
    assert settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]
    assert settings.EMAIL_BACKEND == "django.core.mail.backends.locmem.EmailBackend"
    assert settings.CELERY_TASK_ALWAYS_EAGER is True
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    assert settings.LANGUAGE_CODE == "fr"

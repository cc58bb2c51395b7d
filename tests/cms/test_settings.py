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
        if not k.startswith(
            ("DJANGO_", "DATABASE_URL", "REDIS_URL", "CELERY_", "SITE_", "S3_", "EMAIL_", "PORT")
        )
    }
    base.update({"DJANGO_SETTINGS_MODULE": "cms.settings.production", **env})
    command = [sys.executable, *(["-c", code] if code else []), *args]
    return subprocess.run(command, cwd=ROOT, env=base, capture_output=True, text=True, timeout=120)


SETUP = "import django; django.setup(); print('configured')"
PROD_ENV = {
    "DJANGO_SECRET_KEY": SECRET,
    "DJANGO_ALLOWED_HOSTS": "cours.example.org",
    "DATABASE_URL": "sqlite:////tmp/testsci-settings.sqlite3",
    "SITE_BASE_URL": "https://cours.example.org",
}


@pytest.mark.parametrize(
    ("missing", "blank"),
    [
        ("DJANGO_SECRET_KEY", ""),
        ("DJANGO_ALLOWED_HOSTS", ""),
        ("DJANGO_ALLOWED_HOSTS", " , "),
        ("SITE_BASE_URL", ""),
    ],
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


VALUES = """
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
    "default_storage": settings.STORAGES["default"],
    "private_storage": settings.STORAGES["private"],
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "broker": settings.CELERY_BROKER_URL,
    "transport": settings.CELERY_BROKER_TRANSPORT_OPTIONS,
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION"),
    "sessions": settings.SESSION_ENGINE,
    "db": settings.DATABASES["default"]["ENGINE"],
    "media_view": media_view,
    "base_url": settings.SITE_BASE_URL,
    "wagtail_base_url": settings.WAGTAILADMIN_BASE_URL,
    "email": settings.EMAIL_BACKEND,
    "email_host": settings.EMAIL_HOST,
    "email_port": settings.EMAIL_PORT,
}, default=str))
"""


def _values(**env) -> dict:
    result = run_python(VALUES, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_profile_values():
    values = _values(
        **{
            **PROD_ENV,
            "REDIS_URL": "redis://127.0.0.1:6379/5",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/6",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/mooc",
            "EMAIL_HOST": "smtp.example.org",
            "EMAIL_PORT": "587",
        }
    )
    assert values["debug"] is False
    assert values["hosts"] == ["cours.example.org"]
    assert values["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["default_storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert values["private_storage"]["BACKEND"] == "cms.storage.PrivateFileSystemStorage"
    assert values["eager"] is False
    assert values["broker"] == "redis://127.0.0.1:6379/6"
    assert values["transport"] == {"visibility_timeout": 3600}
    assert values["cache"] == "django_redis.cache.RedisCache"
    assert values["cache_location"] == "redis://127.0.0.1:6379/5"
    assert values["sessions"] == "django.contrib.sessions.backends.cached_db"
    assert values["db"] == "django.db.backends.postgresql"
    assert values["base_url"] == values["wagtail_base_url"] == "https://cours.example.org"
    assert values["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (values["email_host"], values["email_port"]) == ("smtp.example.org", 587)
    # Media files are not served by Django unless asked (a front server serves MEDIA_ROOT).
    assert values["media_view"] is None


def test_without_a_broker_url_tasks_run_in_process():
    values = _values(**PROD_ENV, REDIS_URL="redis://127.0.0.1:6379/5")
    assert values["eager"] is True
    assert values["broker"].startswith("memory://")


def test_s3_storage_when_a_bucket_is_named():
    values = _values(
        **PROD_ENV,
        S3_BUCKET="cap-emploi",
        S3_ENDPOINT_URL="https://s3.example.net",
        S3_PRIVATE_BUCKET="cap-emploi-private",
    )
    public, private = values["default_storage"], values["private_storage"]
    assert public["BACKEND"] == private["BACKEND"] == "storages.backends.s3.S3Storage"
    assert public["OPTIONS"]["location"] == "media"
    assert public["OPTIONS"]["endpoint_url"] == "https://s3.example.net"
    assert private["OPTIONS"]["bucket_name"] == "cap-emploi-private"
    assert private["OPTIONS"]["default_acl"] == "private"


def test_development_links_follow_the_port_served():
    env = {"DJANGO_SETTINGS_MODULE": "cms.settings.dev", "PORT": "8123"}
    values = _values(**env)
    assert values["base_url"] == values["wagtail_base_url"] == "http://127.0.0.1:8123"
    assert values["eager"] is True
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"
    assert values["cache"] == "django.core.cache.backends.locmem.LocMemCache"


def test_the_visibility_timeout_comes_from_the_environment():
    values = _values(**PROD_ENV, CELERY_VISIBILITY_TIMEOUT="5")
    assert values["transport"] == {"visibility_timeout": 5}


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

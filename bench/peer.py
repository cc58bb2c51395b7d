"""The peer: wagtail-lms (PyPI) in a throw-away virtualenv and a minimal project written here.

Nothing of the peer is committed: the virtualenv and the project are made under the temp
directory at run time. The project is the smallest one wagtail-lms needs (its app, Wagtail's apps,
the middleware of its example project), plus the same bare view as ours for the baseline. Its
content: one course of 10 rich-text lessons (wagtail-lms's H5PLessonPage with paragraph blocks),
one enrolled learner who has completed 4 of them, and that learner's session.

wagtail-lms lessons are for enrolled learners only (anonymous visitors are sent to the login), so
the lesson is measured signed in only; the course page both ways.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from .databases import CACHE, Database

PEER = "wagtail-lms==0.11.1"
REQUIREMENTS = [
    PEER,
    "wagtail==8.0.1",
    "django==5.2.19",
    f"gunicorn=={version('gunicorn')}",
    f"psycopg[binary]=={version('psycopg')}",  # for runs on PostgreSQL
]
VENV = CACHE / "peer-venv"

SETTINGS = """
import os
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "peer-bench-only-key"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
INSTALLED_APPS = [
    "wagtail_lms",
    "wagtail.contrib.forms", "wagtail.contrib.redirects", "wagtail.embeds", "wagtail.sites",
    "wagtail.users", "wagtail.snippets", "wagtail.documents", "wagtail.images", "wagtail.search",
    "wagtail.admin", "wagtail", "modelcluster", "taggit",
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
ROOT_URLCONF = "peer_site.urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [BASE_DIR / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.debug",
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]
_url = urlsplit(os.environ["DATABASE_URL"])
if _url.scheme == "sqlite":
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": _url.path[1:]}}
else:
    DATABASES = {"default": {
        "ENGINE": "django.db.backends.postgresql", "NAME": _url.path.lstrip("/"),
        "USER": _url.username or "", "PASSWORD": _url.password or "",
        "HOST": _url.hostname or "", "PORT": _url.port or "",
    }}
DATABASES["default"]["CONN_MAX_AGE"] = None
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
STATIC_URL = "/static/"
MEDIA_ROOT = os.environ["BENCH_MEDIA_ROOT"]
MEDIA_URL = "/media/"
WAGTAIL_SITE_NAME = "Peer"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
"""

URLS = """
from django.http import HttpResponse
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls


def bare(request):
    return HttpResponse("ok")


urlpatterns = [
    path("__bench__/ok/", bare),
    path("admin/", include(wagtailadmin_urls)),
    path("lms/", include("wagtail_lms.urls")),
    path("", include(wagtail_urls)),
]
"""

WSGI = """
import os
from django.core.wsgi import get_wsgi_application
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peer_site.settings")
application = get_wsgi_application()
"""

BASE_HTML = """{% load static %}<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{% block title %}{{ page.title }}{% endblock %}</title>
  <link rel="stylesheet" href="{% static 'wagtail_lms/css/course.css' %}">
</head>
<body>
  <header><a href="/">Peer</a></header>
  <main>{% block content %}{% endblock %}</main>
</body>
</html>
"""

TOOL = '''
"""Run in the peer's virtualenv: `build` the content, or count the `queries` of some URLs."""
import json
import sys

import django

django.setup()

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.models import User
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
from wagtail.models import Site
from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonCompletion, H5PLessonPage

PARAGRAPH = (
    "<p>Un recruteur passe en moyenne <b>moins d'une minute</b> sur un CV : placez l'essentiel "
    "en haut de la page. Votre titre, vos coordonnées et un résumé de trois lignes disent ce "
    "que vous savez faire et ce que vous cherchez.</p>"
)


def build():
    home = Site.objects.get(is_default_site=True).root_page
    course = CoursePage(title="Réussir son CV", slug="reussir-son-cv",
                        description="<p>Un cours en dix leçons.</p>")
    home.add_child(instance=course)
    course.save_revision().publish()
    lessons = []
    for n in range(1, 11):
        body = [
            ("paragraph", "<h2>Les rubriques essentielles</h2>" + PARAGRAPH * 3),
            ("paragraph", "<h2>Décrire ses expériences</h2>" + PARAGRAPH * 2
             + "<ul><li>Coordonnées</li><li>Orthographe</li><li>Format PDF</li></ul>"),
        ]
        lesson = H5PLessonPage(title=f"Leçon {n}", slug=f"lecon-{n}",
                               intro="<p>Ce que vous allez apprendre.</p>", body=body)
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        lessons.append(lesson)
    user = User.objects.create_user("apprenant", "apprenant@example.org", "peer-bench-2026")
    CourseEnrollment.objects.create(user=user, course=course)
    for lesson in lessons[:4]:
        H5PLessonCompletion.objects.create(user=user, lesson=lesson)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    print(json.dumps({
        "course": course.url, "lesson": lessons[4].url, "session": session.session_key,
    }))


def queries(targets):
    setup_test_environment()
    counts = []
    for path, session in targets:
        client = Client()
        if session:
            client.cookies["sessionid"] = session
        for _ in range(2):  # the second request: per-process caches are warm
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(path)
        counts.append({"status": response.status_code, "queries": len(ctx.captured_queries)})
    print(json.dumps(counts))


if __name__ == "__main__":
    if sys.argv[1] == "build":
        build()
    else:
        queries(json.loads(sys.argv[2]))
'''


@dataclass
class Peer:
    dir: Path
    database: Database
    python: Path
    gunicorn: Path
    content: dict

    @property
    def env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
        env.update(
            DJANGO_SETTINGS_MODULE="peer_site.settings",
            DATABASE_URL=self.database.url,
            BENCH_MEDIA_ROOT=str(self.database.media),
            PYTHONPATH=str(self.dir),
        )
        return env

    def queries(self, targets: list[tuple[str, str]]) -> list[dict]:
        output = subprocess.run(
            [str(self.python), "peer_tool.py", "queries", json.dumps(targets)],
            cwd=self.dir, env=self.env, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        return json.loads(output.strip().splitlines()[-1])


def installed_version() -> str:
    python = VENV / "bin" / "python"
    return subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('wagtail-lms'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip


def _venv(log) -> None:
    requirements = REQUIREMENTS
    marker = VENV / ".requirements"
    if marker.exists() and marker.read_text() == "\n".join(requirements):
        return
    log(f"Installing the peer ({', '.join(requirements)}) in a throw-away virtualenv...")
    shutil.rmtree(VENV, ignore_errors=True)
    env = dict(os.environ, UV_PYTHON_DOWNLOADS="never")
    env.pop("VIRTUAL_ENV", None)
    subprocess.run(["uv", "venv", "-q", "--python", "3.11", str(VENV)], env=env, check=True)
    subprocess.run(
        ["uv", "pip", "install", "-q", "--python", str(VENV / "bin" / "python"), *requirements],
        env=env, check=True,
    )  # fmt: skip
    marker.write_text("\n".join(requirements))


def build(database: Database, *, log=print) -> Peer:
    """Install the peer (once), write its project, migrate, build its content."""
    _venv(log)
    project = database.media.parent / "peer-project"
    shutil.rmtree(project, ignore_errors=True)
    (project / "peer_site").mkdir(parents=True)
    (project / "templates").mkdir()
    for path, text in {
        "peer_site/__init__.py": "",
        "peer_site/settings.py": SETTINGS,
        "peer_site/urls.py": URLS,
        "peer_site/wsgi.py": WSGI,
        "templates/base.html": BASE_HTML,
        "peer_tool.py": TOOL,
        "manage.py": textwrap.dedent(
            """
            import sys
            from django.core.management import execute_from_command_line
            execute_from_command_line(sys.argv)
            """
        ),
    }.items():
        (project / path).write_text(text.lstrip("\n"))
    peer = Peer(
        dir=project,
        database=database,
        python=VENV / "bin" / "python",
        gunicorn=VENV / "bin" / "gunicorn",
        content={},
    )
    log("Building the peer's database (migrate + one course of 10 lessons)...")
    run = {"cwd": project, "env": peer.env, "check": True}
    subprocess.run([str(peer.python), "manage.py", "migrate", "--noinput", "-v0"], **run)
    output = subprocess.run(
        [str(peer.python), "peer_tool.py", "build"], capture_output=True, text=True, **run
    ).stdout
    peer.content = json.loads(output.strip().splitlines()[-1])
    return peer

"""`make run`'s profile shows the product: its own 404 page, with static files and media served.

The dev settings run as `make run` runs them (`manage.py runserver`, nothing in the environment)
on a temporary SQLite file.
"""

import json
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.embedded import ROOT, dev_env, free_port, run_python, stop, wait_until_up

pytestmark = pytest.mark.server


def get(url: str) -> tuple[int, str, str]:
    try:
        response = urllib.request.urlopen(url, timeout=60)
    except urllib.error.HTTPError as error:  # 4xx and 5xx still have a page
        response = error
    with response:
        return response.status, response.headers.get("Content-Type", ""), response.read().decode()


@pytest.fixture
def runserver(embedded_database, tmp_path):
    port = free_port()
    log_path = tmp_path / "runserver.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT, env=dev_env(embedded_database), stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(process, base + "/", log_path)
            yield base
        finally:
            stop(process)


def test_a_missing_page_is_the_product_404_not_the_technical_page(runserver):
    status, content_type, html = get(runserver + "/cette-page-n-existe-pas/")
    assert status == 404
    assert content_type.startswith("text/html")
    assert "<title>Page introuvable · Cap Emploi</title>" in html
    assert "Cette page est introuvable" in html
    assert "Using the URLconf" not in html and "DEBUG = True" not in html


def test_static_files_are_served_without_collectstatic(runserver):
    status, content_type, css = get(runserver + "/static/css/dist/styles.css")
    assert status == 200
    assert content_type.startswith("text/css")
    assert css
    assert get(runserver + "/static/cms/favicon.svg")[0] == 200


def test_the_dev_profile_values(embedded_database):
    code = """
import json, django
django.setup()
from django.conf import settings
from django.urls import resolve
print(json.dumps({
    "debug": settings.DEBUG,
    "media_view": resolve("/media/images/x.png").func.__module__,
}))
"""
    values = json.loads(run_python(code, dev_env(embedded_database)).strip().splitlines()[-1])
    assert values == {"debug": False, "media_view": "django.views.static"}


def test_load_demo_is_allowed_by_the_dev_profile_only(settings):
    from cms.management.commands.load_demo import demo_accounts_allowed

    settings.DEBUG = False
    settings.DEMO_ACCOUNTS_ALLOWED = True  # what cms.settings.dev says
    assert demo_accounts_allowed()
    del settings.DEMO_ACCOUNTS_ALLOWED  # production and test profiles do not say it
    assert not demo_accounts_allowed()

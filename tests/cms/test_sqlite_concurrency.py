"""The embedded default (SQLite) holds concurrent use under a real server.

The project runs under gunicorn (2 worker processes x 4 threads) on a temporary SQLite file, as the
embedded default would; 16 threads released together by a barrier send the same lesson completion
of one signed-in learner (session cookie, CSRF token from the page), then 16 different sign-ups.
Without the SQLite options of cms/settings/base.py, "database is locked" reaches most of them as a
500. Here: no 5xx at all, exactly one completion row, 16 new accounts.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.embedded import ROOT, dev_env, free_port, run_python, stop, wait_until_up

pytestmark = pytest.mark.server

GUNICORN = Path(sys.executable).with_name("gunicorn")
CONCURRENT = 16
PASSWORD = "motdepasse-solide-42"

SETUP = """
import json, django
django.setup()
from django.test import Client
from tests.factories import UserFactory, build_course
course, lessons = build_course(modules=1, lessons_per_module=1)
from cms import roles
learner = UserFactory(email="double-clic@example.org", groups=[roles.LEARNERS])
client = Client()
client.force_login(learner)
print(json.dumps({
    "lesson_url": lessons[0].url,
    "complete_url": f"/apprendre/lecons/{lessons[0].pk}/terminer/",
    "session": client.cookies["sessionid"].value,
}))
"""

COUNT = """
import json, django
django.setup()
from courses.models import StepCompletion
from cms.users import User
print(json.dumps({
    "completions": StepCompletion.objects.filter(user__email="double-clic@example.org").count(),
    "signups": User.objects.filter(email__startswith="inscription-").count(),
}))
"""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """One visitor: its own cookies; answers redirects itself (the status is what we check)."""

    def __init__(self, base: str, cookies: dict[str, str] | None = None):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect
        )
        for name, value in (cookies or {}).items():
            self.jar.set_cookie(_cookie(name, value))

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        if body is not None:
            request.add_header("Referer", self.base + path)
        try:
            with self.opener.open(request, timeout=120) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:  # 3xx (not followed), 4xx, 5xx
            return error.code, error.read().decode(errors="replace")

    def csrf_token(self, path: str) -> str:
        status, html = self.request(path)
        assert status == 200, (path, status)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert match, f"no CSRF token in {path}"
        return match.group(1)


def _cookie(name: str, value: str) -> http.cookiejar.Cookie:
    return http.cookiejar.Cookie(
        version=0, name=name, value=value, port=None, port_specified=False,
        domain="127.0.0.1", domain_specified=False, domain_initial_dot=False,
        path="/", path_specified=True, secure=False, expires=None, discard=False,
        comment=None, comment_url=None, rest={},
    )  # fmt: skip


def _together(calls) -> list[int]:
    """Run the callables at the same instant (one thread each); their HTTP statuses."""
    barrier = threading.Barrier(len(calls))
    statuses: list[int] = []
    lock = threading.Lock()

    def run(call):
        barrier.wait()
        status = call()
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return statuses


@pytest.fixture
def server(embedded_database, tmp_path):
    env = dev_env(embedded_database)
    data = json.loads(run_python(SETUP, env).strip().splitlines()[-1])
    port = free_port()
    log_path = tmp_path / "gunicorn.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [str(GUNICORN), "cms.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", "2", "--threads", "4", "--timeout", "120"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(process, base + "/compte/connexion/", log_path)
            yield {"base": base, "env": env, "log": log_path, **data}
        finally:
            stop(process)


def test_sixteen_concurrent_completions_and_signups_under_gunicorn(server):
    base = server["base"]

    learner = Browser(base, {"sessionid": server["session"]})
    token = learner.csrf_token(server["lesson_url"])

    def complete():
        return learner.request(server["complete_url"], {"csrfmiddlewaretoken": token})[0]

    completion_statuses = _together([complete] * CONCURRENT)

    visitors = [Browser(base) for _ in range(CONCURRENT)]
    tokens = [visitor.csrf_token("/compte/inscription/") for visitor in visitors]

    def signup(n):
        form = {
            "csrfmiddlewaretoken": tokens[n],
            "first_name": "Camille",
            "last_name": f"Essai {n}",
            "email": f"inscription-{n}@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        }
        return lambda: visitors[n].request("/compte/inscription/", form)[0]

    signup_statuses = _together([signup(n) for n in range(CONCURRENT)])

    errors = [s for s in completion_statuses + signup_statuses if s >= 500]
    assert not errors, server["log"].read_text()[-4000:]
    # A completion and a sign-up both answer with a redirect (to the lesson, to "Mon parcours").
    assert completion_statuses == [302] * CONCURRENT
    assert signup_statuses == [302] * CONCURRENT
    counts = json.loads(run_python(COUNT, server["env"]).strip().splitlines()[-1])
    assert counts == {"completions": 1, "signups": CONCURRENT}

"""A worker killed mid-task: the task is delivered again and the e-mail goes exactly once.

Real processes, as in production: `celery -A cms worker` against Redis (TEST_REDIS_URL), a file
SQLite database shared by the processes, and a test e-mail backend that blocks while "sending"
until the test releases it (tests/support/blocking_email.py). Steps:
1. a worker takes the reminder task and blocks in the middle of sending it;
2. the test kills the worker's whole process group with SIGKILL (a machine lost);
3. a new worker starts; with acks_late the message was never acknowledged, so Redis hands it out
   again once the (short, here) visibility timeout has passed;
4. the task completes: one SentEmail row, one e-mail written, two sending attempts seen;
5. the same task sent again (a duplicate) sends nothing more.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.services import require_redis

ROOT = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).with_name("celery"))
WAIT = 120  # seconds at most for each step (a slow, shared machine); never asserted


def _env(tmp_path: Path, broker: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "CELERY_", "SITE_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DJANGO_DEBUG="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CELERY_BROKER_URL=broker,
        CELERY_VISIBILITY_TIMEOUT="3",  # redeliver unacknowledged messages after 3 s
        DJANGO_EMAIL_BACKEND="tests.support.blocking_email.EmailBackend",
        DJANGO_EMAIL_FILE_PATH=str(tmp_path / "mail"),
        DJANGO_MEDIA_ROOT=str(tmp_path / "media"),
        DJANGO_PRIVATE_MEDIA_ROOT=str(tmp_path / "private"),
        SITE_BASE_URL="http://testserver",
        PYTHONPATH=str(ROOT),
    )
    return env


def _run(env, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.strip()


def _start_worker(env, name: str, log: Path) -> subprocess.Popen:
    handle = log.open("w")
    return subprocess.Popen(
        [CELERY, "-A", "cms", "worker", "--loglevel", "INFO", "--concurrency", "1",
         "--hostname", f"{name}@%h", "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
    )


def _wait_until(condition, what: str, logs: list[Path]) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            output = "\n".join(f"--- {p.name}\n{p.read_text()[-4000:]}" for p in logs if p.exists())
            pytest.fail(f"Timed out waiting for {what}\n{output}")
        time.sleep(0.2)


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=30)


@pytest.mark.services
def test_a_worker_killed_mid_task_leads_to_one_completed_delivery(tmp_path):
    import redis

    broker = require_redis()
    redis.Redis.from_url(broker).flushdb()  # this test's own database number
    env = _env(tmp_path, broker)
    mail = tmp_path / "mail"
    mail.mkdir()
    _run(env, "manage.py", "migrate", "--noinput", "-v", "0")
    user_id = _run(env, "-m", "tests.support.worker_scenario", "setup").splitlines()[-1]
    period = "2026-11-30"

    def attempts():
        return sorted(mail.glob("attempt-*"))

    def sent():
        return sorted(mail.glob("sent-*.eml"))

    logs = [tmp_path / "worker1.log", tmp_path / "worker2.log"]
    first = _start_worker(env, "kill-1", logs[0])
    second = None
    try:
        _run(env, "-m", "tests.support.worker_scenario", "enqueue", user_id, period)
        _wait_until(lambda: len(attempts()) == 1, "the first worker to start sending", logs)
        _kill_group(first)
        assert first.returncode == -signal.SIGKILL
        assert sent() == []
        # The killed worker's transaction never committed: nothing is recorded as sent.
        assert _run(env, "-m", "tests.support.worker_scenario", "count", user_id) == "0"

        (mail / "release").touch()  # from now on, sending goes through
        second = _start_worker(env, "kill-2", logs[1])
        _wait_until(lambda: len(sent()) == 1, "the redelivered task to send the e-mail", logs)
        _wait_until(
            lambda: "succeeded" in logs[1].read_text(), "the second worker to finish", logs
        )
        # A duplicate of the task (a second beat, a retry) finds the e-mail already sent.
        _run(env, "-m", "tests.support.worker_scenario", "enqueue", user_id, period)
        _wait_until(
            lambda: logs[1].read_text().count("succeeded") == 2, "the duplicate to run", logs
        )
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                _kill_group(process)
        redis.Redis.from_url(broker).flushdb()

    assert len(attempts()) == 2  # delivered twice: killed once, completed once
    assert len(sent()) == 1  # and the e-mail went once
    assert _run(env, "-m", "tests.support.worker_scenario", "count", user_id) == "1"
    log = logs[1].read_text()
    assert "succeeded in" in log and ": True" in log and ": False" in log
    assert user_id and sent()[0].read_bytes().count(b"Subject:") == 1

"""Helpers for tests that run the project in a subprocess under the dev profile (`make run`'s),
on a temporary SQLite file: environment, one-off Python commands, a free port, waiting for a server.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dev_env(database: Path, **extra: str) -> dict[str, str]:
    """The environment of `make run` (dev settings, nothing set), on `database`."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "CELERY_"))
    }
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.dev", DATABASE_URL=f"sqlite:///{database}")
    env.update(extra)
    return env


def run_python(code_or_args: str | list[str], env: dict[str, str]) -> str:
    """Run `python -c code` (or `python *args`) in the project; its stdout, or fail with stderr."""
    args = ["-c", code_or_args] if isinstance(code_or_args, str) else code_or_args
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def migrated_database(folder: Path) -> Path:
    """A migrated SQLite file in `folder` (migrations take a while: build it once, copy it)."""
    database = folder / "embedded.sqlite3"
    run_python(["manage.py", "migrate", "--noinput", "-v", "0"], dev_env(database))
    return database


def copy_database(template: Path, folder: Path) -> Path:
    database = folder / template.name
    for suffix in ("", "-wal", "-shm"):
        source = template.with_name(template.name + suffix)
        if source.exists():
            shutil.copyfile(source, database.with_name(database.name + suffix))
    return database


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(process: subprocess.Popen, url: str, log: Path, seconds: int = 90) -> None:
    deadline = time.monotonic() + seconds
    while True:
        assert process.poll() is None, log.read_text()
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except urllib.error.HTTPError:
            return  # the server answers (a 4xx is still an answer)
        except OSError:
            assert time.monotonic() < deadline, f"no answer from {url}\n{log.read_text()}"
            time.sleep(0.3)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)

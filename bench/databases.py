"""Bench databases: built once per version of the generator and the migrations, then reused.

A built database ("pristine": migrate + generate_scale_data at a size and seed) is kept in the
temp directory (SQLite) or as a PostgreSQL database named after DATABASE_URL's database plus the
size and a key; the key is a hash of the scale data code, the migrations and the seed, so a change
to any of them builds again. Runs that write (page views, quiz submissions) work on a copy: a file
copy for SQLite, `CREATE DATABASE ... TEMPLATE` for PostgreSQL.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "mooc-bench"
SIZES = ("XS", "S", "M", "L", "XL")


def source_key(seed: int) -> str:
    digest = hashlib.sha1(f"seed={seed}".encode())
    files = sorted(ROOT.glob("cms/scale_data/*.py")) + sorted(ROOT.glob("*/migrations/*.py"))
    files += sorted(ROOT.glob("cms/*/migrations/*.py")) + [ROOT / "uv.lock"]
    for path in files:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


@dataclass
class Database:
    kind: str  # "sqlite" or "postgresql"
    url: str
    media: Path

    @property
    def name(self) -> str:
        return urlsplit(self.url).path.lstrip("/")


class Databases:
    """Where bench databases live: SQLite files in CACHE, or databases on DATABASE_URL's server."""

    def __init__(self, database_url: str | None, seed: int):
        self.seed = seed
        self.key = source_key(seed)
        self.dir = CACHE / self.key
        self.dir.mkdir(parents=True, exist_ok=True)
        self.pg_url = database_url if database_url and database_url.startswith("postgres") else None
        if self.pg_url:
            self.prefix = urlsplit(self.pg_url).path.lstrip("/")
            if "bench" not in self.prefix:
                raise SystemExit(
                    "DATABASE_URL must name a database of its own with 'bench' in its name "
                    "(e.g. mooc_bench): the bench drops and recreates it."
                )
        self._forget_other_keys()

    @property
    def kind(self) -> str:
        return "postgresql" if self.pg_url else "sqlite"

    # -- naming ---------------------------------------------------------------------------------
    def _pg(self, name: str) -> str:
        parts = urlsplit(self.pg_url)
        return urlunsplit(parts._replace(path=f"/{name}"))

    def _url(self, name: str) -> str:
        if self.pg_url:
            return self._pg(name)
        return f"sqlite:///{self.dir / f'{name}.sqlite3'}"

    def _pristine_name(self, size: str) -> str:
        return f"{self.prefix}_{size.lower()}_{self.key}" if self.pg_url else f"pristine-{size}"

    def media(self, size: str) -> Path:
        return self.dir / f"media-{size}"

    # -- PostgreSQL administration ------------------------------------------------------------
    def _admin(self, sql: str, *params) -> list:
        import psycopg

        with psycopg.connect(self._pg("postgres"), autocommit=True) as connection:
            cursor = connection.execute(sql, params or None)
            return cursor.fetchall() if cursor.description else []

    def _pg_exists(self, name: str) -> bool:
        return bool(self._admin("SELECT 1 FROM pg_database WHERE datname = %s", name))

    def _pg_drop(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def server_version(self) -> str:
        if not self.pg_url:
            import sqlite3

            return f"SQLite {sqlite3.sqlite_version}"
        return "PostgreSQL " + self._admin("SHOW server_version")[0][0]

    def _forget_other_keys(self) -> None:
        """Drop what earlier versions of the generator built (they cannot be reused)."""
        for old in CACHE.iterdir():
            is_key = len(old.name) == len(self.key) and all(
                c in "0123456789abcdef" for c in old.name
            )
            if old.is_dir() and is_key and old.name != self.key:
                shutil.rmtree(old, ignore_errors=True)
        if self.pg_url:
            pattern = f"{self.prefix}\\_%\\_%"
            for (name,) in self._admin(
                "SELECT datname FROM pg_database WHERE datname LIKE %s", pattern
            ):
                size = name[len(self.prefix) + 1 :].rsplit("_", 1)[0].upper()
                if size in SIZES and not name.endswith(f"_{self.key}"):
                    self._pg_drop(name)

    # -- building -------------------------------------------------------------------------------
    def pristine(self, size: str, log=print) -> tuple[Database, float | None]:
        """The built database of `size` (building it when missing); seconds spent building."""
        name = self._pristine_name(size)
        database = Database(self.kind, self._url(name), self.media(size))
        done = (
            self.dir / f"built-{self.kind}-{size}"
        )  # written last: a half-built database is rebuilt
        if done.exists() and (not self.pg_url or self._pg_exists(name)):
            return database, None
        started = time.perf_counter()
        if self.pg_url:
            self._pg_drop(name)
            self._admin(f'CREATE DATABASE "{name}"')
        else:
            Path(f"{self.dir / name}.sqlite3").unlink(missing_ok=True)
        shutil.rmtree(database.media, ignore_errors=True)
        env = self.env(database)
        log(f"Building the {size} database ({self.kind})...")
        manage = [sys.executable, "manage.py"]
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        subprocess.run(
            [*manage, "generate_scale_data", "--size", size, "--seed", str(self.seed)],
            cwd=ROOT,
            env=env,
            check=True,
        )
        done.write_text(database.url)
        return database, time.perf_counter() - started

    def working_copy(
        self, size: str, log=print, *, name: str = ""
    ) -> tuple[Database, float | None]:
        """A fresh copy of the pristine database of `size`, for runs that write; `name` tells
        two copies of one run apart (the pages' and the caseload's)."""
        pristine, built = self.pristine(size, log)
        suffix = f"-{name}" if name else ""
        if self.pg_url:
            name = f"{self.prefix}_{name}" if name else self.prefix
            self._pg_drop(name)
            self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self._pristine_name(size)}"')
        else:
            name = f"run-{size}{suffix}"
            shutil.copyfile(
                f"{self.dir / self._pristine_name(size)}.sqlite3", self.dir / f"{name}.sqlite3"
            )
        media = self.dir / f"media-run-{size}{suffix}"
        shutil.rmtree(media, ignore_errors=True)
        shutil.copytree(pristine.media, media) if pristine.media.exists() else media.mkdir()
        return Database(self.kind, self._url(name), media), built

    def scratch(self, name: str) -> Database:
        """An empty database for the peer (recreated each run)."""
        full = f"{self.prefix}_{name}" if self.pg_url else name
        if self.pg_url:
            self._pg_drop(full)
            self._admin(f'CREATE DATABASE "{full}"')
        else:
            Path(f"{self.dir / full}.sqlite3").unlink(missing_ok=True)
        media = self.dir / f"media-{name}"
        shutil.rmtree(media, ignore_errors=True)
        media.mkdir()
        return Database(self.kind, self._url(full), media)

    @staticmethod
    def env(database: Database) -> dict:
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE="bench.settings",
            DATABASE_URL=database.url,
            BENCH_MEDIA_ROOT=str(database.media),
            PYTHONPATH=str(ROOT),
        )
        return env

"""Real services for tests marked `services`: they FAIL, never skip, when a service is missing.

TEST_REDIS_URL picks the Redis database (default db 15 on 127.0.0.1); CI starts Redis itself.
"""

from __future__ import annotations

import os

import pytest

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def require_redis(url: str = REDIS_URL) -> str:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as exc:  # a missing service is a failure of the run, not a skip
        pytest.fail(f"Redis does not answer at {url}: {exc}", pytrace=False)
    return url

"""The health endpoint (/sante/): is this machine able to serve? For load balancers and probes.

Checks the database (a query), the cache (a write and a read back) and the Celery broker (a
connection), each with a short timeout. 200 with {"status": "ok", ...} when all answer, 503 with
the failing parts otherwise. Tells nothing else (no versions, no error text: it is public).
"""

from __future__ import annotations

import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from kombu import Connection

logger = logging.getLogger(__name__)
BROKER_TIMEOUT = 2  # seconds


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone()[0] != 1:
            raise RuntimeError("unexpected answer")


def check_cache() -> None:
    key, value = f"health:{secrets.token_hex(8)}", secrets.token_hex(8)
    cache.set(key, value, timeout=10)
    if cache.get(key) != value:
        raise RuntimeError("cache did not keep a value")
    cache.delete(key)


def check_broker() -> None:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return  # tasks run in-process: there is no broker to reach
    with Connection(
        settings.CELERY_BROKER_URL,
        connect_timeout=BROKER_TIMEOUT,
        transport_options={"socket_timeout": BROKER_TIMEOUT},
    ) as broker:
        broker.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT)


CHECKS = {"database": check_database, "cache": check_cache, "broker": check_broker}


@never_cache
@require_GET
def health(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
            results[name] = "ok"
        except Exception:  # any failure of a dependency is an answer, never a 500
            logger.exception("Health check %s failed", name)
            results[name] = "error"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **results}, status=200 if healthy else 503
    )

"""The health endpoint: 200 when the database, cache and broker answer, 503 when one does not."""

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

from tests.support.services import require_redis

pytestmark = pytest.mark.django_db
CLOSED = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def _get(client):
    response = client.get(reverse("health"))
    return response.status_code, response.json(), response


def test_healthy_answers_200_and_is_never_cached(client):
    status, body, response = _get(client)
    assert status == 200
    assert body == {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_a_database_failure_answers_503(client, monkeypatch):
    def broken():
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken)
    status, body, _response = _get(client)
    assert (status, body["status"], body["database"]) == (503, "error", "error")
    assert body["cache"] == "ok"


def test_a_cache_failure_answers_503(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CLOSED,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    status, body, _response = _get(client)
    assert (status, body["cache"], body["database"]) == (503, "error", "ok")


def test_a_broker_failure_answers_503(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = CLOSED
    status, body, _response = _get(client)
    assert (status, body["broker"]) == (503, "error")


@pytest.mark.services
def test_real_redis_cache_and_broker_answer_200(client, settings):
    url = require_redis()
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": url}}
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = url
    status, body, _response = _get(client)
    assert status == 200
    assert body == {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok"}

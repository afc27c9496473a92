import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import cache
from rest_framework.test import APIClient

from assay.auth import _recent_keys
from feedback.models import ApiKey, Project
from feedback.services import create_project

ORIGIN = "https://chat.example.com"


@pytest.fixture(autouse=True)
def _clear_cache() -> None:
    # Throttle counters live in the cache; every test starts with a fresh allowance. The
    # database cache (the default) is rolled back with each test; Redis is not.
    if settings.REDIS_URL:
        cache.clear()
    # Keys a web process keeps for a few seconds (assay.auth): none carried between tests.
    _recent_keys.clear()


@pytest.fixture
def project_keys(db: None) -> dict[str, Any]:
    created = create_project(slug="acme", name="Acme", origins=[ORIGIN])
    return {"project": created.project, "pk": created.publishable_key, "sk": created.secret_key}


@pytest.fixture
def other_project_keys(db: None) -> dict[str, Any]:
    created = create_project(slug="outsider", origins=["https://other.example.org"])
    return {"project": created.project, "pk": created.publishable_key, "sk": created.secret_key}


@pytest.fixture
def project(project_keys: dict[str, Any]) -> Project:
    return project_keys["project"]


@pytest.fixture
def secret_key(project_keys: dict[str, Any]) -> ApiKey:
    return ApiKey.objects.get(hashed=ApiKey.hash(project_keys["sk"]))


@pytest.fixture
def client() -> APIClient:
    return APIClient()


@pytest.fixture
def post(client: APIClient) -> Callable[..., Any]:
    """POST a JSON body (or raw bytes) with an optional key and origin."""

    def _post(
        path: str,
        body: Any,
        *,
        key: str | None = None,
        origin: str | None = None,
        content_type: str = "application/json",
    ) -> Any:
        headers: dict[str, Any] = {}
        if key:
            headers["HTTP_AUTHORIZATION"] = f"Bearer {key}"
        if origin:
            headers["HTTP_ORIGIN"] = origin
        data: Any = body if isinstance(body, bytes | str) else json.dumps(body)
        return client.generic("POST", path, data, content_type=content_type, **headers)

    return _post


def share_body(**overrides: Any) -> dict[str, Any]:
    body = {
        "conversation_id": "conv-1",
        "consent": True,
        "model": {"name": "gpt-x", "version": "2026-10"},
        "prompt_version": "v7",
        "messages": [
            {
                "role": "user",
                "content": "Hi, I'm John Smith. Email me at john.smith@example.com",
                "id": "m1",
            },
            {"role": "assistant", "content": "Thanks, John Smith. What do you need?", "id": "m2"},
            {"role": "user", "content": "What is the capital of Australia?", "id": "m3"},
        ],
        "feedback": {
            "rating": "down",
            "reasons": ["inaccurate"],
            "comment": "John Smith again: wrong!",
        },
    }
    body.update(overrides)
    return body


def feedback_body(**overrides: Any) -> dict[str, Any]:
    body = {"conversation_id": "conv-1", "message_id": "m2", "rating": "up"}
    body.update(overrides)
    return body


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rate limits count in fixed windows: keep every request of a test in one window."""
    import assay.auth

    class Clock:
        monotonic = staticmethod(time.monotonic)  # the recent keys' timeout runs on

        @staticmethod
        def time() -> float:
            return 1_800_000_030.0

    monkeypatch.setattr(assay.auth, "time", Clock)


def every_stored_value() -> str:
    """Every row of every table, as text: what an attacker with the database would see."""
    from django.db import connection

    dump: list[str] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            dump.extend(json.dumps(row, default=str) for row in cursor.fetchall())
    return "\n".join(dump)

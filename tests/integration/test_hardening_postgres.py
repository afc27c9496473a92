"""Hardening against the real services: PostgreSQL's own refusals (NUL, lone surrogates, a
revoked key's submission), its table files (dead rows), and the web app started against
closed ports (outages)."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.db import connection

from curation.pipeline import advance_sample
from tests.conftest import feedback_body, share_body
from tests.feedback.test_intake_limits import (  # noqa: F401
    test_a_bad_event_in_a_batch_costs_only_its_own_result,
    test_message_content_with_a_lone_surrogate_names_the_message,
    test_nul_and_lone_surrogates_are_refused_anywhere,
)
from tests.feedback.test_planted_values import (  # noqa: F401
    test_nothing_planted_survives_in_the_database_or_the_logs,
)
from tests.feedback.test_recent_keys import (  # noqa: F401
    test_a_key_deleted_while_kept_is_a_401_not_a_500,
    test_a_key_revoked_during_a_batch_keeps_what_came_before,
    test_a_key_revoked_while_kept_is_refused_at_once_and_nothing_is_stored,
    test_the_database_refuses_a_submission_naming_a_revoked_key,
)

ROOT = Path(__file__).resolve().parents[2]
PLANTED = "erin.deadrow@example.net"


def _relation_bytes(table: str) -> bytes:
    """The table's heap and TOAST files as PostgreSQL wrote them, dead rows included."""
    with connection.cursor() as cursor:
        cursor.execute("CHECKPOINT")
        cursor.execute(
            "SELECT pg_relation_filepath(oid), pg_relation_filepath(reltoastrelid) "
            "FROM pg_class WHERE relname = %s",
            [table],
        )
        paths = [p for p in cursor.fetchone() if p]
        data = b""
        for path in paths:
            cursor.execute("SELECT pg_read_binary_file(%s)", [path])
            data += bytes(cursor.fetchone()[0])
    return data


@pytest.mark.django_db(transaction=True)
def test_an_erased_payload_leaves_no_plaintext_in_the_table_files(post, project_keys):
    body = share_body(
        messages=[{"role": "user", "content": f"mail me at {PLANTED} about my refund"}]
    )
    sample_id = post("/api/v1/conversations", body, key=project_keys["sk"]).json()["id"]
    advance_sample(sample_id=sample_id)
    # The payload was erased by an UPDATE: its old version is a dead row until VACUUM.
    heap = _relation_bytes("feedback_submission")
    assert heap, "could not read the table file"
    assert PLANTED.encode() not in heap


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _closed_port() -> int:
    # A port nothing listens on: bound, then released.
    return _free_port()


class WebApp:
    """The web app under gunicorn, as in production, with the environment a test chooses."""

    def __init__(self, env: dict[str, str], tmp_path: Path) -> None:
        self.port = _free_port()
        self.log = tmp_path / "web.log"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "assay.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--access-logfile",
                "-",
            ],
            cwd=ROOT,
            env={**os.environ, "ASSAY_VAR_DIR": str(tmp_path), **env},
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(self.url("/healthz"), timeout=5)
                return
            except requests.RequestException:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(self.log.read_text()[-2000:]) from None
                time.sleep(0.2)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> str:
        self.process.terminate()
        self.process.wait(timeout=20)
        return self.log.read_text()


@pytest.fixture
def web_app(tmp_path):
    apps: list[WebApp] = []

    def start(**env: str) -> WebApp:
        app = WebApp(env, tmp_path)
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.stop()


def test_with_the_database_down_intake_answers_json_503(web_app):
    closed = _closed_port()
    app = web_app(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed}/assay",
        CELERY_BROKER_URL=f"redis://127.0.0.1:{_closed_port()}/0",
        REDIS_URL=f"redis://127.0.0.1:{_closed_port()}/0",
    )
    response = requests.post(
        app.url("/api/v1/feedback"),
        json=feedback_body(),
        headers={"Authorization": "Bearer sk_whatever"},
        timeout=30,
    )
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert response.json()["error"] == {
        "service": "The service is temporarily unavailable; retry shortly."
    }
    ready = requests.get(app.url("/readyz"), timeout=30)
    assert ready.status_code == 503
    assert ready.json()["checks"] == {
        "database": "unreachable",
        "broker": "unreachable",
        "cache": "unreachable",
    }
    assert requests.get(app.url("/healthz"), timeout=5).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_with_redis_down_intake_still_accepts_and_warns(web_app, project_keys, tmp_path):
    db = connection.settings_dict
    app = web_app(
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        CELERY_BROKER_URL="filesystem://localhost//",
        REDIS_URL=f"redis://127.0.0.1:{_closed_port()}/0",
    )
    try:
        response = requests.post(
            app.url("/api/v1/feedback"),
            json=feedback_body(),
            headers={"Authorization": f"Bearer {project_keys['sk']}"},
            timeout=30,
        )
    finally:
        log = app.stop()
    assert response.status_code == 202, log
    assert "rate-limit cache unreachable" in log


@pytest.mark.django_db(transaction=True)
def test_a_graceful_stop_sends_the_samples_still_in_the_window(web_app, project_keys, tmp_path):
    db = connection.settings_dict
    # A window far longer than the test: only the stop can send what was stored.
    app = web_app(
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        CELERY_BROKER_URL="filesystem://localhost//",
        ASSAY_ENQUEUE_WINDOW_SECONDS="60",
    )
    queue = tmp_path / "broker" / "queue"
    response = requests.post(
        app.url("/api/v1/feedback"),
        json=feedback_body(),
        headers={"Authorization": f"Bearer {project_keys['sk']}"},
        timeout=30,
    )
    assert response.status_code == 202
    assert list(queue.iterdir()) == []
    log = app.stop()  # SIGTERM: gunicorn's graceful stop
    messages = [path.read_text() for path in queue.iterdir()]
    assert len(messages) == 1, log
    assert "curation.tasks.process_received" in messages[0]
    assert response.json()["id"] in messages[0]

"""Integration tests: real PostgreSQL, real Redis, a real Celery worker process.

`make test-integration` points DATABASE_URL and CELERY_BROKER_URL at the local services.
Without them the tests skip, except under CI, where an unreachable service is a failure.
"""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"integration services unreachable under CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _reachable(url: str, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection(
            (parts.hostname or "127.0.0.1", parts.port or default_port), timeout=2
        ):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session", autouse=True)
def _services() -> None:
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        _unavailable("DATABASE_URL is not PostgreSQL (run `make test-integration`)")
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        _unavailable("CELERY_BROKER_URL is not Redis (run `make test-integration`)")
    db = settings.DATABASES["default"]
    if not _reachable(f"postgres://{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}", 5432):
        _unavailable("PostgreSQL is not reachable")
    if not _reachable(settings.CELERY_BROKER_URL, 6379):
        _unavailable("Redis is not reachable")


@pytest.fixture
def celery_worker(transactional_db: None) -> Iterator[subprocess.Popen[str]]:
    """A real `celery worker` process on the test database and the Redis broker."""
    from django.db import connection

    from assay.celery import app

    db = connection.settings_dict
    database_url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    with app.connection_for_write() as conn:
        conn.default_channel.client.flushdb()  # type: ignore[attr-defined]
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "assay",
            "worker",
            "--concurrency=2",
            "--loglevel=INFO",
            "--hostname=itest@%h",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(destination=[f"itest@{socket.gethostname()}"], timeout=1):
            if worker.poll() is not None or time.monotonic() > deadline:
                output = worker.stdout.read() if worker.stdout else ""
                pytest.fail(f"celery worker did not come up:\n{output[-3000:]}")
        yield worker
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()

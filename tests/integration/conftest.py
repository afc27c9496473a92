"""Integration tests: real PostgreSQL, real Redis, real Celery worker processes.

`make test-integration` points DATABASE_URL and CELERY_BROKER_URL at the local services.
Without them the tests skip, except under CI, where an unreachable service is a failure.

Every run is isolated from any other on the same host: its own test database
(test_<name>_<run id>, dropped at the end) and its own Redis keys (a per-run prefix on the
broker's keys and on the cache's, removed at the end), so two runs sharing one PostgreSQL and
one Redis database never consume, flush or drop each other's data.
"""

import contextlib
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import pytest
import redis
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]

# One id per pytest run: names this run's test database, Redis keys and worker nodes.
RUN_ID = re.sub(r"[^a-z0-9_]", "_", os.environ.get("ASSAY_TEST_RUN_ID", "").lower()) or (
    f"{os.getpid()}_{secrets.token_hex(3)}"
)
REDIS_PREFIX = f"assay-it-{RUN_ID}"
BROKER_PREFIX = f"{REDIS_PREFIX}:"  # kombu prepends it to every key and channel it uses
CACHE_PREFIX = f"{REDIS_PREFIX}-cache"  # Django's keys are "<prefix>:<version>:<key>"
SETTINGS_MODULE = f"assay_it_settings_{RUN_ID}"


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


def database_url(db: dict[str, Any]) -> str:
    """A DATABASE_URL for the database `db` (a settings dict), password and options kept."""
    auth = quote(db["USER"] or "", safe="")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    url = f"postgres://{auth}@{host}:{db['PORT'] or 5432}/{quote(db['NAME'], safe='')}"
    options = {k: v for k, v in (db.get("OPTIONS") or {}).items() if isinstance(v, str | int)}
    return f"{url}?{urlencode(options)}" if options else url


def delete_keys(url: str, prefix: str) -> None:
    """Delete the keys under `prefix` in the Redis database of `url`, and nothing else."""
    client = redis.Redis.from_url(url)
    try:
        batch = []
        for key in client.scan_iter(match=f"{prefix}*", count=1000):
            batch.append(key)
            if len(batch) == 500:
                client.delete(*batch)
                batch = []
        if batch:
            client.delete(*batch)
    finally:
        client.close()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix: None) -> None:
    """This run's own test database: test_<NAME>_<run id> (pytest-django drops it at the end
    unless --reuse-db), so a second run on the same server never drops this one's tables."""
    for db in settings.DATABASES.values():
        if db["ENGINE"] == "django.db.backends.postgresql":
            test = db.setdefault("TEST", {})
            test["NAME"] = f"{test.get('NAME') or 'test_' + db['NAME']}_{RUN_ID}"


@pytest.fixture(scope="session", autouse=True)
def _services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        _unavailable("DATABASE_URL is not PostgreSQL (run `make test-integration`)")
    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        _unavailable("CELERY_BROKER_URL is not Redis (run `make test-integration`)")
    db = settings.DATABASES["default"]
    if not _reachable(f"postgres://{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}", 5432):
        _unavailable("PostgreSQL is not reachable")
    if not _reachable(settings.CELERY_BROKER_URL, 6379):
        _unavailable("Redis is not reachable")
    _isolate_redis(tmp_path_factory.mktemp("settings"))
    yield
    delete_keys(settings.CELERY_BROKER_URL, REDIS_PREFIX)
    if settings.REDIS_URL:
        delete_keys(settings.REDIS_URL, REDIS_PREFIX)


def _isolate_redis(settings_dir: Path) -> None:
    """Put this run's Redis keys under its own prefix, in this process and in the processes
    the tests start (workers, gunicorn), which read a settings module extending the project's.
    """
    from django.core.cache import caches

    from assay.celery import app

    options = {**settings.CELERY_BROKER_TRANSPORT_OPTIONS, "global_keyprefix": BROKER_PREFIX}
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = options
    app.conf.broker_transport_options = options
    settings.CACHES["default"]["KEY_PREFIX"] = CACHE_PREFIX
    with contextlib.suppress(AttributeError):
        del caches["default"]  # made again, with the prefix, on first use
    (settings_dir / f"{SETTINGS_MODULE}.py").write_text(
        "from assay.settings import *  # noqa: F403\n"
        "CELERY_BROKER_TRANSPORT_OPTIONS = {\n"
        "    **CELERY_BROKER_TRANSPORT_OPTIONS,  # noqa: F405\n"
        f"    'global_keyprefix': {BROKER_PREFIX!r},\n"
        "}\n"
        f"CACHES['default']['KEY_PREFIX'] = {CACHE_PREFIX!r}  # noqa: F405\n"
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS_MODULE
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(settings_dir), os.environ.get("PYTHONPATH")) if p
    )


@pytest.fixture(autouse=True)
def _clear_cache() -> None:
    """Fresh rate-limit allowances for every test: only this run's cache keys are deleted
    (the project-wide fixture's cache.clear() would FLUSHDB, another run's queue included)."""
    if settings.REDIS_URL:
        delete_keys(settings.REDIS_URL, f"{CACHE_PREFIX}:")


class Worker:
    """A `celery worker` process (and its pool and beat children) in its own process group."""

    def __init__(self, name: str, log: Path, *, beat: bool, env: dict[str, str]) -> None:
        from django.db import connection

        self.name = name
        self.nodename = f"itest-{RUN_ID}-{name}@{socket.gethostname()}"
        self.log = log
        args = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "assay",
            "worker",
            "--concurrency=2",
            "--loglevel=INFO",
            f"--hostname=itest-{RUN_ID}-{name}@%h",
        ]
        if beat:
            args += ["--beat", f"--schedule={log.parent / f'beat-{name}'}"]
        with log.open("w") as out:
            self.process = subprocess.Popen(
                args,
                cwd=ROOT,
                env={
                    **os.environ,
                    "DATABASE_URL": database_url(connection.settings_dict),
                    "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
                    **env,
                },
                stdout=out,
                stderr=subprocess.STDOUT,
                # Its own group: the test can SIGSTOP/SIGKILL the whole worker at once.
                start_new_session=True,
            )

    def wait_ready(self, timeout: float = 120) -> None:
        from assay.celery import app

        deadline = time.monotonic() + timeout
        while not app.control.ping(destination=[self.nodename], timeout=1):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"celery worker {self.name} did not come up:\n{self.output()}")

    def pool_pids(self) -> list[int]:
        from assay.celery import app

        stats = app.control.inspect(destination=[self.nodename], timeout=5).stats() or {}
        return list(stats[self.nodename]["pool"]["processes"])

    def signal_group(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signum)

    def kill(self) -> None:
        """SIGKILL the worker, its pool processes and its beat at once: no shutdown at all."""
        self.signal_group(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=15)
        self.signal_group(signal.SIGKILL)  # whatever of the group outlived its parent
        self.process.wait(timeout=30)

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


@pytest.fixture
def start_worker(transactional_db: None, tmp_path: Path) -> Iterator[Callable[..., Worker]]:
    """Start real workers on the test database and this run's broker keys.

    The test's queue starts empty (this run's broker keys only). `start_worker(name,
    beat=..., wait=..., **env)` returns a Worker; every worker is stopped at the end.
    """
    delete_keys(settings.CELERY_BROKER_URL, BROKER_PREFIX)
    workers: list[Worker] = []

    def start(name: str = "w", *, beat: bool = False, wait: bool = True, **env: str) -> Worker:
        worker = Worker(name, tmp_path / f"worker-{name}.log", beat=beat, env=env)
        workers.append(worker)
        if wait:
            worker.wait_ready()
        return worker

    try:
        yield start
    finally:
        for worker in workers:
            worker.stop()


@pytest.fixture
def celery_worker(start_worker: Callable[..., Worker]) -> subprocess.Popen[bytes]:
    """A real `celery worker` process on the test database and the Redis broker."""
    return start_worker("w").process

"""Accepted submissions per second and latency through the real HTTP stack, beside a bare
INSERT view.

Starts gunicorn on a fresh database, then drives both endpoints in the same run with the
same client load:
  - POST /api/v1/feedback   the real intake (auth, throttle, validation, quarantine row,
                            sample row, enqueue after commit)
  - POST /bench/bare        a bare Django view doing one INSERT (the floor to compare to)

    .venv/bin/python bench/intake.py [--seconds 10] [--clients 8] [--workers 2] [--rounds 5]

Each endpoint gets --seconds of load in all, cut into --rounds slices that alternate between
the two endpoints, so a noisy neighbour on the machine slows both alike. It prints accepted/s
(2xx answers), p50/p99 latency per request and the ratio intake/bare against the target; any
non-2xx answer or failed connection counts as an error and is listed. Rate limits are set
out of reach for the run (they are tested elsewhere), so no 429 is expected.

DATABASE_URL / CELERY_BROKER_URL / REDIS_URL choose the database, broker and cache
(defaults: a SQLite file, the filesystem broker and the database cache in a temporary
folder, as `make run` uses). Use a fresh, empty database for each run.
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.60  # intake must reach this share of the bare view's accepted/s
UNLIMITED = "1000000/min"


@dataclass
class Result:
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)  # of 2xx answers, in seconds
    errors: Counter[str] = field(default_factory=Counter)  # status or exception -> count

    @property
    def accepted(self) -> int:
        return len(self.latencies)

    def rate(self) -> float:
        return self.accepted / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _drive(
    port: int,
    path: str,
    body: bytes,
    headers: dict[str, str],
    seconds: float,
    clients: int,
    into: Result,
) -> None:
    """Clients posting as fast as they can for `seconds`; adds what they saw to `into`."""
    lock = threading.Lock()
    start = time.monotonic()
    stop_at = start + seconds

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        latencies: list[float] = []
        errors: Counter[str] = Counter()
        while time.monotonic() < stop_at:
            sent = time.perf_counter()
            try:
                conn.request("POST", path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as exc:
                errors[type(exc).__name__] += 1
                conn.close()
                continue
            if 200 <= response.status < 300:
                latencies.append(time.perf_counter() - sent)
            else:
                errors[str(response.status)] += 1
        conn.close()
        with lock:
            into.latencies.extend(latencies)
            into.errors.update(errors)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Requests in flight at the deadline finish after it: count the time they took.
    into.seconds += time.monotonic() - start


def _count_rows(python: str, env: dict[str, str]) -> str:
    script = (
        "from feedback.models import Submission; from curation.models import Sample; "
        "print(Submission.objects.count(), Sample.objects.count())"
    )
    done = subprocess.run(
        [python, "manage.py", "shell", "-v", "0", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() or done.stderr.strip()[-200:]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=10, help="load per endpoint, in all")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument(
        "--rounds", type=int, default=5, help="alternating slices each endpoint's load is cut in"
    )
    args = parser.parse_args()

    var_dir = Path(tempfile.mkdtemp(prefix="assay-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "ASSAY_VAR_DIR": str(var_dir),
        "PYTHONPATH": str(ROOT),
        # Development defaults (a generated payload key in ASSAY_VAR_DIR, the development
        # secret key, plain HTTP); bench.settings then turns DEBUG off for serving.
        "DEBUG": "true",
        "ASSAY_HTTPS": "false",
        # Rate limits out of reach: the bench measures intake, not the 429 path.
        "ASSAY_SECRET_KEY_RATE": UNLIMITED,
        "ASSAY_KEY_RATE": UNLIMITED,
        "ASSAY_CLIENT_RATE": UNLIMITED,
    }
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    created = subprocess.run(
        [python, "manage.py", "createproject", f"bench-{int(time.time())}", "--json"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    secret_key = json.loads(created.stdout)["secret_key"]

    port = _free_port()
    server = subprocess.Popen(
        [
            python,
            "-m",
            "gunicorn",
            "assay.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={args.workers}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("gunicorn did not start") from None
                time.sleep(0.1)

        body = json.dumps(
            {
                "conversation_id": "bench-conv",
                "message_id": "m2",
                "rating": "down",
                "reasons": ["inaccurate"],
                "comment": "The answer about the refund policy was wrong.",
                "model": {"name": "bench-model", "version": "1"},
                "prompt_version": "v1",
            }
        ).encode()
        json_headers = {"Content-Type": "application/json"}
        intake_headers = {**json_headers, "Authorization": f"Bearer {secret_key}"}
        endpoints = [
            ("bare Django view, one INSERT", "/bench/bare", json_headers),
            ("Assay POST /api/v1/feedback", "/api/v1/feedback", intake_headers),
        ]

        # Warm both paths (imports, connections) before measuring.
        warm_up = {path: Result() for _, path, _ in endpoints}
        for _, path, headers in endpoints:
            _drive(port, path, body, headers, 1, args.clients, warm_up[path])

        results = {path: Result() for _, path, _ in endpoints}
        slice_seconds = args.seconds / args.rounds
        for round_ in range(args.rounds):
            # Alternate which endpoint goes first, so neither always follows the other.
            for _, path, headers in endpoints[:: 1 if round_ % 2 == 0 else -1]:
                _drive(port, path, body, headers, slice_seconds, args.clients, results[path])

        db = os.environ.get("DATABASE_URL", "sqlite (var)").split("@")[-1]
        print(
            f"database: {db}  broker: {os.environ.get('CELERY_BROKER_URL', 'filesystem')}  "
            f"cache: {os.environ.get('REDIS_URL') or 'database'}"
        )
        print(
            f"gunicorn workers: {args.workers}  clients: {args.clients}  "
            f"seconds per endpoint: {args.seconds:g} in {args.rounds} alternating rounds"
        )
        print(
            f"{'endpoint':<30} {'accepted/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'accepted':>9} {'errors':>7}"
        )
        for label, path, _ in endpoints:
            r = results[path]
            print(
                f"{label:<30} {r.rate():>10.1f} {r.percentile(0.50) * 1000:>8.1f} "
                f"{r.percentile(0.99) * 1000:>8.1f} {r.accepted:>9} {sum(r.errors.values()):>7}"
            )
        bare, intake = (results[path] for _, path, _ in endpoints)
        ratio = intake.rate() / bare.rate() if bare.rate() else 0.0
        verdict = "met" if ratio >= TARGET else "MISSED"
        print(f"intake / bare: {ratio:.0%} (target at least {TARGET:.0%}: {verdict})")
        for label, path, _ in endpoints:
            if errors := results[path].errors:
                listed = ", ".join(f"{what}: {n}" for what, n in errors.most_common())
                print(f"errors on {label.strip()}: {listed}")
        for label, path, _ in endpoints:
            if errors := warm_up[path].errors:
                print(f"errors while warming up {label.strip()}: {dict(errors)}")
        # Every 2xx must have left its rows: a submission each, and a sample for intake.
        answered = sum(r.accepted for r in [*results.values(), *warm_up.values()])
        intake_answered = intake.accepted + warm_up["/api/v1/feedback"].accepted
        print(
            f"rows (submissions samples): {_count_rows(python, env)}; "
            f"2xx answers: {answered} {intake_answered}"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()

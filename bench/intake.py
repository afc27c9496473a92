"""Accepted submissions per second through the real HTTP stack, beside a bare INSERT view.

Starts gunicorn on a fresh database, then drives both endpoints in the same run with the
same client load:
  - POST /api/v1/feedback   the real intake (auth, throttle, validation, quarantine row,
                            sample row, enqueue after commit)
  - POST /bench/bare        a bare Django view doing one INSERT (the floor to compare to)

    .venv/bin/python bench/intake.py [--seconds 10] [--clients 8] [--workers 2]

DATABASE_URL / CELERY_BROKER_URL choose the database and broker (defaults: a SQLite file
and the filesystem broker in a temporary folder, as `make run` uses).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _drive(
    port: int, path: str, body: bytes, headers: dict[str, str], seconds: float, clients: int
) -> tuple[int, int]:
    """Keep-alive clients posting as fast as they can; returns (accepted, errors)."""
    accepted = errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        nonlocal accepted, errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        ok = bad = 0
        while time.monotonic() < stop_at:
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status == 202:
                ok += 1
            else:
                bad += 1
        conn.close()
        with lock:
            accepted += ok
            errors += bad

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return accepted, errors


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    args = parser.parse_args()

    var_dir = Path(tempfile.mkdtemp(prefix="assay-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "ASSAY_VAR_DIR": str(var_dir),
        "PYTHONPATH": str(ROOT),
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

        # Warm both paths (imports, connections) before measuring.
        _drive(port, "/api/v1/feedback", body, intake_headers, 1, args.clients)
        _drive(port, "/bench/bare", body, json_headers, 1, args.clients)

        db = os.environ.get("DATABASE_URL", "sqlite (var)").split("@")[-1]
        print(f"database: {db}  broker: {os.environ.get('CELERY_BROKER_URL', 'filesystem')}")
        print(
            f"gunicorn workers: {args.workers}  clients: {args.clients}  seconds per endpoint: {args.seconds}"
        )
        for label, path, headers in [
            ("bare Django view, one INSERT", "/bench/bare", json_headers),
            ("Assay POST /api/v1/feedback ", "/api/v1/feedback", intake_headers),
        ]:
            accepted, errors = _drive(port, path, body, headers, args.seconds, args.clients)
            print(
                f"{label}: {accepted / args.seconds:8.1f} accepted/s  ({accepted} accepted, {errors} errors)"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()

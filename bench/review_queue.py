""""Review next" latency: curation.reviews.claim_next with a deep queue, one and many claimers.

    createdb -h 127.0.0.1 -U postgres assay_review
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/assay_review \\
        .venv/bin/python bench/review_queue.py [--samples 100000] [--claimers 8] [--claims 500]
    .venv/bin/python bench/review_queue.py --claimers 1     # SQLite reference (a temp file)

DATABASE_URL must point at an empty database (drop and create it again between runs): the
run migrates it and inserts --samples pending samples over 3 projects (the reviewers belong
to 2 of them), then ANALYZEs (PostgreSQL). Unset, a temporary SQLite file is used.

Each claimer is a reviewer of its own, in a process of its own (forked, with its own
connection), all started together. A claimer asks for the next sample --claims times and
approves each one it gets (reviews.decide_sample), as a reviewer working through the queue
does. Claim latency (the "review next" service call, without HTTP) and decision latency are
timed separately with time.perf_counter; first a single claimer, then --claimers at once
(PostgreSQL only: SQLite takes one writer at a time). The target is p95 < 50 ms.
"""

import argparse
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assay.settings")
if "ASSAY_VAR_DIR" not in os.environ:
    os.environ["ASSAY_VAR_DIR"] = TEMP_DIR = tempfile.mkdtemp(prefix="assay-review-queue-")
else:
    TEMP_DIR = ""
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django

django.setup()

from django.contrib.auth.models import Group, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from assay.db import insert_rows  # noqa: E402
from curation import reviews  # noqa: E402
from curation.models import Membership, Sample  # noqa: E402
from feedback.models import Project, Submission  # noqa: E402

TARGET_P95_MS = 50.0
PROJECTS = 3
MEMBER_OF = 2  # the reviewers belong to the first two projects
CHUNK = 10_000
WARMUP = 3  # claims per claimer before timing starts (connection, permission cache)


# -- data ----------------------------------------------------------------------------------


def _insert_samples(projects: list[Project], count: int) -> None:
    """Pending samples, oldest first, round-robin over the projects: Submission rows by COPY
    (assay.db.insert_rows), Sample rows by bulk_create (its JSON columns need instances)."""
    start = timezone.now() - timedelta(days=30)
    started = time.perf_counter()
    for offset in range(0, count, CHUNK):
        size = min(CHUNK, count - offset)
        ids = [uuid.uuid4() for _ in range(size)]
        times = [start + timedelta(seconds=20 * (offset + n)) for n in range(size)]
        project_ids = [projects[(offset + n) % len(projects)].pk for n in range(size)]
        with transaction.atomic():
            insert_rows(
                Submission,
                ["id", "project", "kind", "received_at"],  # payload: NULL, as once scrubbed
                [
                    (pk, project_id, Submission.Kind.CONVERSATION, at)
                    for pk, project_id, at in zip(ids, project_ids, times, strict=True)
                ],
            )
            Sample.objects.bulk_create(
                (
                    Sample(
                        submission_id=pk,
                        project_id=project_id,
                        state=Sample.State.PENDING_REVIEW,
                        created_at=at,
                        state_changed_at=at,
                        pii_mode="placeholder",
                        reasons=["passed the automated filters"],
                    )
                    for pk, project_id, at in zip(ids, project_ids, times, strict=True)
                ),
                batch_size=2000,
            )
        print(
            f"\r  inserted {offset + size}/{count} pending samples "
            f"({time.perf_counter() - started:.0f} s)",
            end="",
            file=sys.stderr,
        )
    print(file=sys.stderr)


def build(samples: int, claimers: int) -> list[int]:
    """Migrate, fill the queue, make the reviewers; returns the reviewers' user ids."""
    call_command("migrate", verbosity=0)
    if Sample.objects.exists():
        sys.exit(
            "The database already has samples: point DATABASE_URL at an empty database "
            "(dropdb/createdb -h 127.0.0.1 -U postgres assay_review)."
        )
    projects = [
        Project.objects.create(slug=f"review-bench-{n}", name=f"Review bench {n}")
        for n in range(PROJECTS)
    ]
    _insert_samples(projects, samples)
    reviewers = Group.objects.get(name="Reviewers")
    user_ids = []
    for n in range(claimers):
        user = User.objects.create_user(username=f"bench-reviewer-{n}", is_staff=True)
        user.groups.add(reviewers)
        Membership.objects.bulk_create(
            Membership(project=project, user=user) for project in projects[:MEMBER_OF]
        )
        user_ids.append(user.pk)
    if connection.vendor == "postgresql":
        # Autovacuum would do it soon; on SQLite nothing runs ANALYZE in a real deployment,
        # and statistics taken now (every sample pending) would mislead its planner.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return user_ids


# -- claimers ------------------------------------------------------------------------------


def work(user_id: int, claims: int, think_ms: float = 0) -> dict[str, Any]:
    """Claim and approve `claims` samples as one reviewer; latencies in ms.

    "cpu" is this process's own CPU time during each claim (Django, psycopg): the part of
    the latency no index can remove.
    """
    user = User.objects.get(pk=user_id)
    claim_ms: list[float] = []
    cpu_ms: list[float] = []
    decide_ms: list[float] = []
    claimed: list[str] = []
    empty = 0
    for n in range(WARMUP + claims):
        started, cpu = time.perf_counter(), time.process_time()
        sample = reviews.claim_next(user=user)
        claimed_at, cpu = time.perf_counter(), time.process_time() - cpu
        if sample is None:
            empty += 1
            continue
        reviews.decide_sample(user=user, sample_id=sample.pk, decision="approve", dataset="bench")
        decided_at = time.perf_counter()
        if n >= WARMUP:
            claim_ms.append((claimed_at - started) * 1000)
            cpu_ms.append(cpu * 1000)
            decide_ms.append((decided_at - claimed_at) * 1000)
            claimed.append(str(sample.pk))
        if think_ms:
            time.sleep(think_ms / 1000)
    return {"claim": claim_ms, "cpu": cpu_ms, "decide": decide_ms, "ids": claimed, "empty": empty}


def _child(user_id: int, claims: int, think_ms: float, barrier: Any, results: Any) -> None:
    try:
        barrier.wait()
        results.put(work(user_id, claims, think_ms))
    except BaseException as exc:
        results.put({"error": repr(exc)})
        raise
    finally:
        connection.close()


def run_concurrent(
    user_ids: list[int], claims: int, think_ms: float
) -> tuple[list[dict[str, Any]], float]:
    """One forked process per claimer (its own connection), released together."""
    connections.close_all()  # a child must not share the parent's socket
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(len(user_ids) + 1)
    results = context.Queue()
    children = [
        context.Process(target=_child, args=(user_id, claims, think_ms, barrier, results))
        for user_id in user_ids
    ]
    for child in children:
        child.start()
    barrier.wait()
    started = time.perf_counter()
    outcomes = [results.get() for _ in children]
    elapsed = time.perf_counter() - started
    for child in children:
        child.join()
    errors = [o["error"] for o in outcomes if "error" in o]
    if errors:
        sys.exit(f"a claimer failed: {errors[0]}")
    return outcomes, elapsed


# -- report --------------------------------------------------------------------------------


def load() -> str:
    return " ".join(f"{n:.1f}" for n in os.getloadavg())


def percentiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {
        "median": statistics.median(values),
        "p95": cuts[94],
        "p99": cuts[98],
        "max": max(values),
    }


def row(label: str, values: list[float]) -> str:
    p = percentiles(values)
    return (
        f"  {label:<34} {len(values):>6} {p['median']:>8.2f} {p['p95']:>8.2f} "
        f"{p['p99']:>8.2f} {p['max']:>8.2f}"
    )


def report(title: str, outcomes: list[dict[str, Any]], elapsed: float) -> dict[str, float]:
    claim = [ms for o in outcomes for ms in o["claim"]]
    decide = [ms for o in outcomes for ms in o["decide"]]
    ids = [pk for o in outcomes for pk in o["ids"]]
    print(f"\n{title}")
    print(f"  {'':<34} {'n':>6} {'median':>8} {'p95':>8} {'p99':>8} {'max':>8}   (ms)")
    print(row("review next (claim_next)", claim))
    print(row("  of which claimer CPU", [ms for o in outcomes for ms in o["cpu"]]))
    print(row("approve (decide_sample)", decide))
    duplicates = len(ids) - len(set(ids))
    empty = sum(o["empty"] for o in outcomes)
    print(
        f"  {len(ids) / elapsed:.1f} claims+approvals/s overall; samples claimed twice: "
        f"{duplicates}; empty claims: {empty}"
    )
    if duplicates:
        sys.exit("FAILED: a sample was claimed by two claimers")
    return percentiles(claim)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--samples", type=int, default=100_000, help="pending samples")
    parser.add_argument("--claimers", type=int, default=8, help="concurrent claimers")
    parser.add_argument("--claims", type=int, default=500, help="timed claims per claimer")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=0,
        help="pause after each decision (0: back to back, the worst case)",
    )
    args = parser.parse_args()

    user_ids = build(args.samples, max(args.claimers, 1))
    vendor = connection.vendor
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()" if vendor == "postgresql" else "SELECT sqlite_version()")
        version = cursor.fetchone()[0].split(" on ")[0]
    members = args.samples * MEMBER_OF // PROJECTS
    print(
        f"database {vendor} ({version}); {args.samples} pending samples over {PROJECTS} "
        f"projects, ~{members} in the reviewers' {MEMBER_OF}; {os.cpu_count()} CPUs; "
        f"{WARMUP} warm-up claims per claimer not timed; think time {args.think_ms:g} ms; "
        f"load average {load()}"
    )

    results = {}
    started = time.perf_counter()
    single = work(user_ids[0], args.claims, args.think_ms)
    results[1] = report(f"1 claimer, {args.claims} claims", [single], time.perf_counter() - started)
    connection.close()
    if args.claimers > 1:
        if vendor == "sqlite":
            print(f"\n({args.claimers} concurrent claimers skipped: SQLite has one writer)")
        else:
            outcomes, elapsed = run_concurrent(user_ids, args.claims, args.think_ms)
            results[args.claimers] = report(
                f"{args.claimers} concurrent claimers (processes), {args.claims} claims each",
                outcomes,
                elapsed,
            )
    print(f"\nload average {load()} (other work on this machine inflates every figure)")
    worst = max(results, key=lambda n: results[n]["p95"])
    p95 = results[worst]["p95"]
    verdict = "meets" if p95 < TARGET_P95_MS else "MISSES"
    print(
        f"\nreview next p95 {p95:.1f} ms ({worst} claimer{'s' if worst > 1 else ''}, "
        f"{vendor}, {args.samples} pending) {verdict} the target of < {TARGET_P95_MS:.0f} ms"
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        if TEMP_DIR:  # the SQLite file (if any) and the rest of this run's ASSAY_VAR_DIR
            connections.close_all()
            shutil.rmtree(TEMP_DIR, ignore_errors=True)

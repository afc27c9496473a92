"""Export speed and memory of a big dataset version, beside a plain cursor-to-JSON dump.

    .venv/bin/python bench/export.py [--items 1000000] [--seed 7]

Builds a version of --items items on a fresh database (DATABASE_URL, default a temporary
SQLite file): rows are inserted directly (no pipeline), then the draft is published through
datasets.services (which hashes every format). Then each format is exported, and the same rows
dumped with a plain database cursor and json.dumps, each in a fresh process so its peak memory
(ru_maxrss) is its own. Prints seconds, MB/s of output and peak memory per format, and the
ratio to the plain dump's time. Figures, not pass/fail.
"""

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assay.settings")
os.environ.setdefault("ASSAY_VAR_DIR", tempfile.mkdtemp(prefix="assay-export-"))
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

if "--child" in sys.argv:
    # An export process loads what an export needs: Assay's settings without the admin, whose
    # autodiscovery imports the NLP pipeline (spaCy, Presidio: ~200 MB) through curation.admin.
    from django.conf import settings

    import assay.settings as base

    values = {name: getattr(base, name) for name in dir(base) if name.isupper()}
    values["INSTALLED_APPS"] = [a for a in values["INSTALLED_APPS"] if a != "django.contrib.admin"]
    settings.configure(**values)
django.setup()

from django.db import connection, transaction  # noqa: E402

from assay.db import insert_rows  # noqa: E402
from datasets import export, services  # noqa: E402
from datasets.models import Dataset, DatasetItem, DatasetVersion  # noqa: E402

BATCH = 10_000
WORDS = [
    "refund",
    "invoice",
    "router",
    "password",
    "plan",
    "support",
    "card",
    "declined",
    "shipping",
    "address",
    "offline",
    "sync",
    "export",
    "csv",
    "billing",
    "account",
    "order",
    "delivery",
    "warranty",
    "upgrade",
    "cancel",
    "subscription",
    "—",
    "café",
    "naïve",
    "東京",
    "🎉",
]


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM starts afresh at exec; ru_maxrss keeps the
    parent's peak across fork + exec on Linux, so it is only the fallback."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def build(items: int, seed: int) -> int:
    """Insert `items` draft items into a new dataset and return its id."""
    from feedback.services import create_project

    rng = random.Random(seed)
    project = create_project(slug=f"bench-{uuid.uuid4().hex[:8]}", origins=[]).project
    ratios = {"train": 80, "validation": 10, "test": 10}
    dataset = Dataset.objects.create(project=project, name="golden-bench", split_ratios=ratios)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    fields = [
        "dataset",
        "item_id",
        "revision",
        "conversation_id",
        "source_decided_at",
        "record",
        "content_hash",
        "split",
        "lineage",
        "in_draft",
        "created_at",
    ]
    started = time.perf_counter()
    rows = []
    for n in range(items):
        sample_id = str(uuid.UUID(int=rng.getrandbits(128)))
        item_id = export.item_id_for(dataset_name=dataset.name, sample_id=sample_id)
        split = export.assign_split(item_id, ratios)
        rating = rng.choice([1, -1, None])
        source = export.Source(
            sample_id=sample_id,
            source="share",
            conversation_id=f"conv-{n}",
            model=rng.choice(["gpt-x", "claude-y", "llama-z"]),
            prompt_version=f"v{rng.randint(1, 9)}",
            messages=[
                export.ChatMessage("system", "You are a helpful support assistant."),
                export.ChatMessage("user", sentence(rng, 8, 40)),
                export.ChatMessage("assistant", sentence(rng, 20, 80), f"m{n}"),
            ],
            rating=rating,
            reasons=rng.sample(["inaccurate", "rude", "too long"], rng.randint(0, 2)),
            comment=sentence(rng, 0, 10) if rating == -1 else "",
            rated_message_id=f"m{n}",
            reference=sentence(rng, 10, 40) if rng.random() < 0.3 else "",
            tags=rng.sample(["billing", "geo", "hardware", "account"], rng.randint(0, 2)),
            pii={"PERSON": 1} if rng.random() < 0.2 else {},
            reviewers=["rita"],
            approved_at=base + timedelta(seconds=n),
        )
        line = export.render(export.canonical_record(source, item_id=item_id, split=split))
        content_hash = export.sha256_hex(line)
        lineage = export.dumps(
            {
                "id": item_id,
                "revision": 1,
                "content_hash": content_hash,
                "sample_id": sample_id,
                "feedback_id": n,
                "reviewers": ["rita"],
                "pii_policy_version": "p1",
                "filter_settings_version": "f1",
            }
        )
        decided = base + timedelta(seconds=n)
        rows.append(
            (
                dataset.pk,
                item_id,
                1,
                f"conv-{n}",
                decided,
                line,
                content_hash,
                split,
                lineage,
                True,
                decided,
            )
        )
        if len(rows) >= BATCH:
            with transaction.atomic():
                insert_rows(DatasetItem, fields, rows)
            rows = []
    with transaction.atomic():
        insert_rows(DatasetItem, fields, rows)
    print(f"inserted {items} items in {time.perf_counter() - started:.1f} s", flush=True)
    return dataset.pk


def child_publish(dataset_id: int) -> dict:
    dataset = Dataset.objects.get(pk=dataset_id)
    started = time.perf_counter()
    version = services.publish_version(dataset=dataset, notes="bench")
    return {"seconds": time.perf_counter() - started, "version": version.pk, "peak_mb": peak_mb()}


def child_export(version_id: int, fmt: str) -> dict:
    version = DatasetVersion.objects.select_related("dataset").get(pk=version_id)
    before = peak_mb()
    hasher = hashlib.sha256()
    size = 0
    with open(os.devnull, "wb") as sink:
        started = time.perf_counter()
        for chunk in services.iter_export(version=version, fmt=fmt):
            hasher.update(chunk)
            sink.write(chunk)
            size += len(chunk)
        seconds = time.perf_counter() - started
    assert hasher.hexdigest() == version.formats[fmt]["all"]["sha256"], fmt
    return {"seconds": seconds, "bytes": size, "peak_mb": peak_mb(), "baseline_mb": before}


def child_dump(version_id: int) -> dict:
    """The baseline: the same rows, in the same order, through a bare cursor and json.dumps."""
    version = DatasetVersion.objects.get(pk=version_id)
    table = DatasetItem._meta.db_table
    sql = (
        f"SELECT item_id, split, record FROM {table} WHERE dataset_id = %s AND added_in <= %s "
        f"AND (removed_in IS NULL OR removed_in > %s) ORDER BY item_id"
    )
    params = [version.dataset_id, version.number, version.number]
    before = peak_mb()
    size = 0
    connection.ensure_connection()
    with open(os.devnull, "wb") as sink, transaction.atomic():
        started = time.perf_counter()
        if connection.vendor == "postgresql":
            # A server-side cursor, or psycopg would hold every row in memory.
            cursor = connection.connection.cursor(name="bench_dump")
            cursor.itersize = 2000
            cursor.execute(sql, params)
        else:
            cursor = connection.connection.cursor()
            cursor.execute(sql.replace("%s", "?"), params)
        while rows := cursor.fetchmany(2000):
            data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
            sink.write(data)
            size += len(data)
        seconds = time.perf_counter() - started
        cursor.close()
    return {"seconds": seconds, "bytes": size, "peak_mb": peak_mb(), "baseline_mb": before}


def run_child(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "publish":
            result = child_publish(int(rest[0]))
        elif kind == "dump":
            result = child_dump(int(rest[0]))
        else:
            result = child_export(int(rest[0]), rest[1])
        print(json.dumps(result))
        return

    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    database = connection.vendor
    print(f"database: {database}; items: {args.items}", flush=True)
    dataset_id = build(args.items, args.seed)
    published = run_child("publish", str(dataset_id))
    version = DatasetVersion.objects.get(pk=published["version"])
    print(
        f"published v{version.number}: {version.item_count} items in {published['seconds']:.1f} s "
        f"(every format and split hashed), peak {published['peak_mb']:.0f} MB",
        flush=True,
    )
    results = {"plain dump": run_child("dump", str(version.pk))}
    for fmt in export.FORMATS:
        results[fmt] = run_child("export", str(version.pk), fmt)
    dump_seconds = results["plain dump"]["seconds"]
    print()
    print(
        f"{'export':<12} {'seconds':>8} {'MB':>8} {'MB/s':>8} {'rows/s':>9} {'peak MB':>8} {'vs dump':>8}"
    )
    for name, result in results.items():
        megabytes = result["bytes"] / 1e6
        print(
            f"{name:<12} {result['seconds']:>8.1f} {megabytes:>8.0f} "
            f"{megabytes / result['seconds']:>8.1f} {version.item_count / result['seconds']:>9.0f} "
            f"{result['peak_mb']:>8.0f} {dump_seconds / result['seconds']:>7.2f}x"
        )
    print()
    print(
        "peak MB is the exporting process's peak resident memory (Django, without the admin's NLP imports: "
        f"{results['plain dump']['baseline_mb']:.0f} MB before the first row); 'vs dump' is the "
        "plain dump's time over the format's (1.00x = as fast, 0.50x = half as fast)."
    )


if __name__ == "__main__":
    main()

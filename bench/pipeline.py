"""Shared conversations per second through a real Celery worker: scrub, filter, route.

Accepts --conversations synthetic conversations (bench/pii_corpus.py: names, emails, cards,
secrets…) through the intake service while no worker runs, then starts
`celery -A assay worker --concurrency N` and watches the database until every sample has
left the pipeline. Prints the worker's start-up time and the time from 'ready' to the last
sample done, as conversations/s and messages/s.

    .venv/bin/python bench/pipeline.py [--conversations 1000] [--concurrency 2]

DATABASE_URL / CELERY_BROKER_URL choose the database and broker (defaults: a SQLite file and
the filesystem broker in a temporary folder, as `make run` uses). With PostgreSQL, point
DATABASE_URL at a database of its own: the run adds a project to it.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from uuid import UUID

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assay.settings")
os.environ.setdefault("ASSAY_VAR_DIR", tempfile.mkdtemp(prefix="assay-pipeline-"))
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from bench.pii_corpus import Conversation, CorpusBuilder  # noqa: E402
from curation.models import Sample  # noqa: E402
from feedback.models import ApiKey  # noqa: E402
from feedback.serializers import ConversationInSerializer  # noqa: E402
from feedback.services import create_project, share_conversation  # noqa: E402


def submit(conversations: int, seed: int) -> tuple[int, list[UUID], int]:
    """Accept the corpus through the intake service; returns (project id, sample ids, messages)."""
    corpus = CorpusBuilder(seed=seed).build(conversations)
    return submit_corpus(corpus, slug=f"pipeline-bench-{int(time.time())}")


def submit_corpus(corpus: list[Conversation], *, slug: str) -> tuple[int, list[UUID], int]:
    """Accept conversations into a new project, as a server backfill through the secret key
    would; returns (project id, sample ids, messages)."""
    project = create_project(slug=slug, origins=[]).project
    api_key = ApiKey.objects.get(project=project, kind=ApiKey.Kind.SECRET)
    ids = []
    messages = 0
    for index, conversation in enumerate(corpus):
        body = {
            "conversation_id": f"bench-{index}",
            "end_user_id": f"user-{index}",
            "consent": True,
            "model": {"name": "bench-model", "version": "1"},
            "messages": [
                {"role": "user" if turn % 2 == 0 else "assistant", "content": text}
                for turn, text in enumerate(conversation.messages)
            ],
            "feedback": {"rating": "down"},
        }
        serializer = ConversationInSerializer(data=body)
        serializer.is_valid(raise_exception=True)
        ids.append(share_conversation(api_key=api_key, data=serializer.validated_data).id)
        messages += len(conversation.messages)
    return project.pk, ids, messages


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--conversations", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--timeout", type=float, default=1800, help="give up after this long")
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    print(f"accepting {args.conversations} conversations (no worker running)…", file=sys.stderr)
    project_id, ids, messages = submit(args.conversations, args.seed)
    samples = Sample.objects.filter(project_id=project_id)
    unfinished = Sample.State.unfinished()

    log = Path(os.environ["ASSAY_VAR_DIR"]) / "worker.log"
    with log.open("w") as output:
        worker = subprocess.Popen(
            [
                sys.executable,
                *("-m", "celery", "-A", "assay", "worker"),
                f"--concurrency={args.concurrency}",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
            ],
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    started = time.perf_counter()
    ready_at = None
    progress: list[tuple[float, int]] = []
    try:
        while True:
            now = time.perf_counter() - started
            if ready_at is None and " ready." in log.read_text():
                ready_at = now
            left = samples.filter(state__in=unfinished).count()
            progress.append((now, len(ids) - left))
            print(f"\r  {len(ids) - left}/{len(ids)} done ({now:.0f} s)", end="", file=sys.stderr)
            if not left:
                break
            if worker.poll() is not None:
                sys.exit(f"the worker exited with {worker.returncode}; its log: {log}")
            if now > args.timeout:
                sys.exit(f"gave up after {args.timeout:.0f} s; the worker's log: {log}")
            time.sleep(0.25)  # polling the database for progress, not waiting for a result
    finally:
        worker.terminate()
        worker.wait(timeout=60)
    print(file=sys.stderr)

    wall = progress[-1][0]
    working = wall - (ready_at or 0.0)
    states = Counter(samples.values_list("state", flat=True))
    print(
        f"{len(ids)} conversations ({messages} messages), database {django.db.connection.vendor}, "
        f"broker {django.conf.settings.CELERY_BROKER_URL.split(':')[0]}, "
        f"worker --concurrency {args.concurrency}"
    )
    print(f"worker start-up (to 'ready'): {ready_at or 0:.1f} s")
    print(f"worker start to last sample done: {wall:.1f} s")
    print(
        f"'ready' to last sample done: {working:.1f} s: {len(ids) / working:.1f} conversations/s, "
        f"{messages / working:.0f} messages/s (the NLP models load inside this, on the first task)"
    )
    print("ended in: " + ", ".join(f"{state} {count}" for state, count in sorted(states.items())))
    # One key sending the whole corpus within a minute trips the per-key flood limit, and the
    # corpus's templates make near-duplicates: both are the filters doing their job.
    rejected_by = Counter(
        reason.split(":")[0]
        for reasons in samples.filter(state=Sample.State.AUTO_REJECTED).values_list(
            "reasons", flat=True
        )
        for reason in reasons
    )
    print("rejections by filter: " + ", ".join(f"{n} {c}" for n, c in rejected_by.most_common()))


if __name__ == "__main__":
    main()

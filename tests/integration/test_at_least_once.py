"""At-least-once end to end: real workers with beat on PostgreSQL and Redis, killed mid-task.

The whole worker (main process, pool, beat) is SIGKILLed while it scrubs: its in-flight
tasks stay unacknowledged in Redis (acks_late), out of reach until the broker's visibility
timeout (an hour); the tasks still queued behind them stay queued. A new worker with beat
starts; its sweeper (requeue_stuck_samples) requeues every sample left unfinished past its
lease, including samples whose tasks never reached the broker (Redis down at intake) and
samples left in `scrubbed` with no filter task behind them.

Every accepted submission must end in exactly one terminal state, with exactly one set of
scrubbed rows and its raw payload erased.

The kill is deterministic, not timed: the test stops the worker's process group (SIGSTOP),
waits until every process in it is stopped, and only then reads the database. A sample
counted as attempted but still `received` is one a pool process is scrubbing right now; if
there is none, the group is resumed and the test looks again. The kill then lands on exactly
the state the test saw.
"""

import signal
import time
from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from curation import pipeline
from curation.models import FilterResult, Sample
from feedback.models import Conversation, Feedback, Message, Submission
from tests.conftest import share_body
from tests.integration.conftest import BROKER_PREFIX, Worker

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

State = Sample.State
TERMINAL = {State.PENDING_REVIEW, State.AUTO_REJECTED, State.RECORDED, State.FAILED}
SHARED = 30  # conversations the first worker is killed in the middle of
LOST = 3  # of each kind: never queued, and left in scrubbed without a filter task
# The sweeper's lease here (3 s) is far shorter than the backlog a restarted worker works
# through, so it requeues samples that are merely waiting, and every such duplicate run
# counts as an attempt: leave room for them (the default of 5 is for a 600 s lease).
MAX_ATTEMPTS = "50"


def _text(n: int, paragraphs: int) -> str:
    """A long message (scrubbing it takes a pool process a noticeable moment), unique per n."""
    names = ["John Smith", "Maria Garcia", "Wei Chen", "Aisha Khan", "Olga Petrova"]
    return " ".join(
        f"Paragraph {p} of request {n}: I'm {names[(n + p) % len(names)]}, write to me at "
        f"user{n}.{p}@example.com or call +1 415 555 {1000 + n * 37 + p:04d}. My order "
        f"{n * 1000 + p} arrived damaged on day {p % 28 + 1}; the {['lamp', 'chair', 'desk'][p % 3]}"
        f" was cracked and support never answered my {p + 2} emails about the refund."
        for p in range(paragraphs)
    )


def _body(n: int) -> dict[str, Any]:
    return share_body(
        conversation_id=f"conv-{n}",
        end_user_id=f"user-{n}",
        messages=[
            {"role": "user", "content": _text(n, 20), "id": "m1"},
            {"role": "assistant", "content": f"Sorry about order {n * 1000}. Anything else?"},
            {"role": "user", "content": _text(n + 1000, 10), "id": "m3"},
        ],
    )


def _group_states(pgid: int) -> list[str]:
    """The scheduler state (R, S, T, ...) of every process in the process group."""
    states = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid:
            states.append(fields[0])
    return states


def _freeze(worker: Worker) -> None:
    """SIGSTOP the worker's whole group and return once every process in it has stopped."""
    worker.signal_group(signal.SIGSTOP)
    deadline = time.monotonic() + 10
    while any(state not in "TtZX" for state in _group_states(worker.process.pid)):
        assert time.monotonic() < deadline, "the worker's processes did not stop"
        time.sleep(0.01)


def _freeze_mid_task(worker: Worker, ids: Iterable[str], *, timeout: float = 90) -> list[str]:
    """Freeze the worker at a moment a pool process is scrubbing one of `ids`; return those
    samples. The worker is left stopped."""
    ids = list(ids)
    deadline = time.monotonic() + timeout
    while True:
        _freeze(worker)
        in_flight = [
            str(pk)
            for pk in Sample.objects.filter(
                pk__in=ids, state=State.RECEIVED, attempts__gte=1
            ).values_list("pk", flat=True)
        ]
        if in_flight:
            return in_flight
        worker.signal_group(signal.SIGCONT)
        if worker.process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"never caught a task in flight:\n{worker.output()}")
        time.sleep(0.05)


def _wait_until(
    condition: Callable[[], bool], what: str, workers: list[Worker], timeout: float = 120
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            states = dict(Sample.objects.values_list("state").annotate(n=Count("pk")))
            logs = "\n".join(f"--- {w.name}:\n{w.output()}" for w in workers)
            pytest.fail(f"timed out waiting for {what}; samples by state: {states}\n{logs}")
        time.sleep(0.2)


def _unacked(ids: Iterable[str]) -> set[str]:
    """Which of `ids` have a task delivered to a consumer and never acknowledged in Redis."""
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    try:
        values = client.hvals(f"{BROKER_PREFIX}unacked")
        raw = " ".join(v.decode() if isinstance(v, bytes) else str(v) for v in values)
    finally:
        client.close()
    return {pk for pk in ids if pk in raw}


def test_killed_workers_lose_no_submission_and_duplicate_none(
    start_worker, post, project_keys, other_project_keys, monkeypatch
):
    def accept(n: int, key: str = project_keys["sk"]) -> str:
        response = post("/api/v1/conversations", _body(n), key=key)
        assert response.status_code == 202, response.content
        return str(response.json()["id"])

    # Submissions whose task never reached the broker (as when Redis is down at intake); those
    # of the other project are then scrubbed but their filter task is lost: stuck in
    # `scrubbed`. Nothing else happens in that project, so only the sweeper can move them.
    with monkeypatch.context() as patch:
        patch.setattr("curation.intake.received.add", lambda sample_id: None)
        stuck_received = [accept(n) for n in range(1000, 1000 + LOST)]
        stuck_scrubbed = [accept(n, other_project_keys["sk"]) for n in range(2000, 2000 + LOST)]
    lost = stuck_received + stuck_scrubbed
    # The first worker boots meanwhile. Its beat would sweep only after an hour.
    first = start_worker(
        "first",
        beat=True,
        wait=False,
        ASSAY_REQUEUE_EVERY_SECONDS="3600",
        ASSAY_MAX_ATTEMPTS=MAX_ATTEMPTS,
    )
    for sample_id in stuck_scrubbed:
        assert pipeline.advance_sample(sample_id=sample_id, until=State.SCRUBBED) == "scrubbed"
    an_hour_ago = timezone.now() - timedelta(hours=1)
    Sample.objects.filter(pk__in=lost).update(state_changed_at=an_hour_ago)

    shared = [accept(n) for n in range(SHARED)]
    first.wait_ready()

    # The whole worker dies mid-task, beat included, with tasks still queued behind.
    worker_killed = _freeze_mid_task(first, shared)
    first.kill()
    assert set(worker_killed) == _unacked(worker_killed), (
        "acks_late: the task a killed worker was running must stay unacknowledged in Redis"
    )
    assert Sample.objects.filter(pk__in=shared, state=State.RECEIVED).count() > len(
        worker_killed
    ), "the worker was killed with its queue already drained"

    # A new worker with beat; its sweeper's lease is 3 s.
    second = start_worker(
        "second",
        beat=True,
        ASSAY_REQUEUE_EVERY_SECONDS="1",
        ASSAY_SAMPLE_LEASE_SECONDS="3",
        ASSAY_MAX_ATTEMPTS=MAX_ATTEMPTS,
    )
    everything = shared + lost
    _wait_until(
        lambda: (
            Sample.objects.filter(pk__in=everything, state__in=TERMINAL).count() == len(everything)
        ),
        "every sample to reach a terminal state",
        [first, second],
    )

    samples = {str(s.pk): s for s in Sample.objects.filter(pk__in=everything)}
    assert len(samples) == len(everything)
    # No sample gave up: a kill costs an attempt, never the sample.
    assert {s.state for s in samples.values()} <= {State.PENDING_REVIEW, State.AUTO_REJECTED}
    # The killed ones really were tried again, and the lost ones really were swept up.
    assert all(samples[i].attempts >= 2 for i in worker_killed)
    assert all(samples[i].attempts >= 1 for i in stuck_received)
    # The scrubbed ones have nothing to scrub again, so a sweep costs them no attempt; that
    # they are terminal (asserted above) is the proof: nothing else moves their project.
    assert all(samples[i].attempts == 1 for i in stuck_scrubbed)  # the test's own scrub
    # Still unacknowledged in Redis (the visibility timeout is an hour): the sweeper, not a
    # redelivery, recovered the tasks the killed worker was running.
    assert _unacked(worker_killed) == set(worker_killed)

    # Exactly one set of scrubbed rows per sample, each linked to it; no duplicates or orphans.
    assert Conversation.objects.count() == len(everything)
    assert Feedback.objects.count() == len(everything)
    assert all(s.conversation_id and s.feedback_id for s in samples.values())
    assert len({s.conversation_id for s in samples.values()}) == len(everything)
    per_conversation = Message.objects.values("conversation").annotate(n=Count("pk"))
    assert sorted(row["n"] for row in per_conversation) == [3] * len(everything)
    duplicated = (
        FilterResult.objects.values("sample", "name").annotate(n=Count("pk")).filter(n__gt=1)
    )
    assert not duplicated.exists()
    assert FilterResult.objects.values("sample").distinct().count() == len(everything)
    # Raw text erased everywhere.
    assert not Submission.objects.filter(pk__in=everything, payload__isnull=False).exists()
    assert not Submission.objects.filter(pk__in=everything, erased_at__isnull=True).exists()

"""assay.batching: items added on one thread are sent in batches from another."""

import json
import os
import threading

from assay.batching import Batcher

WAIT = 10  # seconds an event may take before the test fails (it normally takes milliseconds)


class Recorder:
    """A send function that records batches and the thread each was sent on."""

    def __init__(self, expect_items: int = 0) -> None:
        self.batches: list[list[int]] = []
        self.threads: list[str] = []
        self._expect = expect_items
        self.done = threading.Event()

    def __call__(self, batch: list[int]) -> None:
        self.batches.append(batch)
        self.threads.append(threading.current_thread().name)
        if sum(map(len, self.batches)) >= self._expect:
            self.done.set()


def test_with_no_window_each_item_is_sent_at_once_on_the_callers_thread():
    sent = Recorder()
    batcher = Batcher(sent, window=lambda: 0, max_size=10)
    batcher.add(1)
    batcher.add(2)
    assert sent.batches == [[1], [2]]
    assert sent.threads == [threading.current_thread().name] * 2


def test_items_within_the_window_go_in_batches_of_at_most_max_size():
    sent = Recorder(expect_items=7)
    # A window far longer than the test: only the size and the flush close batches.
    batcher = Batcher(sent, window=lambda: 60, max_size=3)
    for item in range(7):
        batcher.add(item)
    batcher.flush(timeout=WAIT)
    assert sent.done.wait(WAIT)
    assert [item for batch in sent.batches for item in batch] == list(range(7))
    assert all(len(batch) <= 3 for batch in sent.batches)
    # The thread took the first item at once and the rest within its window: no batch of
    # one per item.
    assert len(sent.batches) <= 4
    assert set(sent.threads) == {"assay-batcher"}


def test_flush_sends_the_batch_being_collected_without_waiting_for_its_window():
    sent = Recorder()
    batcher = Batcher(sent, window=lambda: 60, max_size=100)
    batcher.add(1)
    batcher.add(2)
    batcher.flush(timeout=WAIT)
    assert [item for batch in sent.batches for item in batch] == [1, 2]
    # The batcher goes on after a flush.
    batcher.add(3)
    batcher.flush(timeout=WAIT)
    assert [item for batch in sent.batches for item in batch] == [1, 2, 3]


def test_a_forked_child_starts_with_an_empty_queue_and_its_own_thread():
    sent = Recorder(expect_items=1)
    batcher = Batcher(sent, window=lambda: 60, max_size=100)
    batcher.add(1)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: report what a flush there sends, then leave at once
        try:
            batcher.add(2)
            batcher.flush(timeout=WAIT)
            os.write(write, repr(sent.batches).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        in_child = pipe.read()
    os.waitpid(child, 0)
    # The parent's item stays the parent's: the child sent only its own.
    assert in_child == "[[2]]"
    batcher.flush(timeout=WAIT)
    assert sent.batches == [[1]]


def test_a_batch_is_sent_when_its_window_ends_without_a_flush():
    sent = Recorder(expect_items=2)
    batcher = Batcher(sent, window=lambda: 0.01, max_size=100)
    batcher.add(1)
    batcher.add(2)
    assert sent.done.wait(WAIT)
    assert [item for batch in sent.batches for item in batch] == [1, 2]
    assert set(sent.threads) == {"assay-batcher"}


def test_a_send_that_raises_does_not_stop_the_thread(caplog):
    calls: list[list[int]] = []
    second = threading.Event()

    def send(batch: list[int]) -> None:
        calls.append(batch)
        if len(calls) == 1:
            raise RuntimeError("boom")
        second.set()

    batcher = Batcher(send, window=lambda: 0.001, max_size=1)
    batcher.add(1)
    batcher.add(2)
    assert second.wait(WAIT)
    assert calls == [[1], [2]]
    assert "sending a batch of 1 raised" in caplog.text


def test_a_normal_exit_sends_what_is_still_queued():
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "from assay.batching import Batcher\n"
        "b = Batcher(lambda batch: print(batch, flush=True), window=lambda: 60, max_size=100)\n"
        "b.add(1)\n"
        "b.add(2)\n"
    )
    # The window is a minute; the process ends at once, and its exit handler sends the batch.
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=WAIT * 3,
    )
    assert done.returncode == 0, done.stderr
    sent = [json.loads(line) for line in done.stdout.splitlines()]
    assert [item for batch in sent for item in batch] == [1, 2]

"""Send items in batches from a background thread, so a request does not wait for the send.

A web process hands each just-stored sample to the broker. Publishing a Celery message costs
about half a millisecond of CPU and a round trip to the broker, about as much as everything
else intake does on the request's own thread; a batch of ids in one message costs the same as
one id. `Batcher.add` only puts the item on a queue: a daemon thread (started on first use,
again after a fork) collects what arrives within `window` seconds of a first item, up to
`max_size` items, and sends it in one call. With a window of 0, `add` sends at once on the caller's thread.

An item still queued when the process dies is lost to the batcher; callers use it only for
work that something else recovers (samples are found again by the sweeper after their lease).
At a normal exit (gunicorn's graceful stop runs atexit handlers) the queue is flushed.
"""

import atexit
import logging
import os
import queue
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")


class _Flush:
    """Put on the queue by flush(): the thread sends what came before it, then sets `sent`."""

    def __init__(self) -> None:
        self.sent = threading.Event()


class Batcher(Generic[T]):
    def __init__(
        self, send: Callable[[list[T]], None], *, window: Callable[[], float], max_size: int
    ) -> None:
        """`send` gets each batch and must not raise (it logs its own failures); `window` is
        read for each batch, so a setting can change it (0 sends on the caller's thread)."""
        self._send = send
        self._window = window
        self._max_size = max_size
        self._queue: queue.SimpleQueue[T | _Flush] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._wake = threading.Event()
        atexit.register(self.flush)
        # A child after a fork starts empty: what the parent queued is the parent's to send.
        os.register_at_fork(after_in_child=self._forget)

    def _forget(self) -> None:
        self._queue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._pid = None

    def add(self, item: T) -> None:
        if self._window() <= 0:
            self._send([item])
            return
        self._queue.put(item)
        if self._pid != os.getpid():
            self._start()

    def flush(self, timeout: float = 5.0) -> None:
        """Send everything added so far before returning (or after `timeout` seconds), the
        batch the thread is collecting included."""
        if self._pid != os.getpid():
            return  # nothing was queued in this process (add starts the thread)
        marker = _Flush()
        self._queue.put(marker)
        self._wake.set()
        marker.sent.wait(timeout)

    def _start(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                return
            # A forked child has the parent's queue object but no thread serving it.
            self._pid = os.getpid()
            threading.Thread(target=self._run, name="assay-batcher", daemon=True).start()

    def _run(self) -> None:
        while True:
            batch, marker = self._take(window=self._window())
            try:
                if batch:
                    self._send(batch)
            except Exception:  # send should not raise; the thread must outlive it if it does
                logger.exception("sending a batch of %d raised", len(batch))
            if marker:
                marker.sent.set()

    def _take(self, *, window: float) -> tuple[list[T], _Flush | None]:
        """The next batch: wait for a first item, take what is queued, and if that is not a
        full batch, wait out the window once (a flush cuts it short) and take what came.

        The thread wakes once per batch rather than once per item: each wake-up costs the
        request threads a hand-over of the GIL.
        """
        batch: list[T] = []
        item = self._queue.get()
        waited = False
        while True:
            if isinstance(item, _Flush):
                return batch, item
            batch.append(item)
            if len(batch) >= self._max_size:
                return batch, None
            try:
                item = self._queue.get_nowait()
                continue
            except queue.Empty:
                if waited or window <= 0:
                    return batch, None
            self._wake.wait(window)
            self._wake.clear()
            waited = True
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return batch, None

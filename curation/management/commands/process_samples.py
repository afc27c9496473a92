from collections import Counter
from collections.abc import Callable
from typing import Any

from django.core.management.base import BaseCommand
from django.db.models import F

from curation.models import Sample
from curation.pipeline import (
    BATCH_SIZE,
    advance_sample,
    filter_samples,
    note_failure,
    scrub_samples,
)


class Command(BaseCommand):
    help = (
        "Run every unfinished sample through the pipeline synchronously, in this process "
        "(backfills, recovery, scripts). Prints how many ended in each state."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        sample_ids = list(
            Sample.objects.unfinished().order_by("created_at").values_list("pk", flat=True)
        )
        total = len(sample_ids)
        if not total:
            self.stdout.write("No unfinished samples.")
            return
        failed: set[Any] = set()
        # Scrub and filter in batches: one NLP pass over the texts of a whole batch, and
        # lookups and writes that cost about the same for a batch as for one sample.
        for start in range(0, total, BATCH_SIZE):
            batch = sample_ids[start : start + BATCH_SIZE]
            outcome = scrub_samples(sample_ids=batch)
            for sample_id, error in outcome.failed.items():
                self._failed(sample_id, error, failed)
            filter_samples(sample_ids=batch)
            done = start + len(batch)
            if self.stdout.isatty() or done == total:
                self.stdout.write(f"\r{done}/{total} samples scrubbed and filtered", ending="")
        self.stdout.write("")
        # Only what a batch did not finish (another worker held it) goes the usual way;
        # a sample that already failed is not tried again here.
        leftover = Sample.objects.unfinished().filter(pk__in=sample_ids).exclude(pk__in=failed)
        for sample_id in leftover.values_list("pk", flat=True):
            self._run(advance_sample, sample_id, failed)
        ended = Counter(Sample.objects.filter(pk__in=sample_ids).values_list("state", flat=True))
        for state, count in sorted(ended.items()):
            self.stdout.write(f"{state}: {count}")
        if failed:
            self.stdout.write(self.style.ERROR(f"failed: {len(failed)}"))

    def _run(self, step: Callable[..., Any], sample_id: Any, failed: set[Any]) -> None:
        try:
            step(sample_id=sample_id)
        except Exception as exc:
            self._failed(sample_id, exc, failed)

    def _failed(self, sample_id: Any, error: Exception, failed: set[Any]) -> None:
        # Keep going: one bad sample must not stop a backfill. Name the sample and the
        # error type only; messages could carry text.
        failed.add(sample_id)
        Sample.objects.filter(pk=sample_id).update(attempts=F("attempts") + 1)
        note_failure(sample_id=sample_id, error=error)
        self.stderr.write(f"sample {sample_id} failed: {type(error).__name__}")

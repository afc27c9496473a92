from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand

from curation.models import Sample
from curation.pipeline import advance_sample


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
        ended: Counter[str] = Counter()
        failed = 0
        for done, sample_id in enumerate(sample_ids, start=1):
            try:
                ended[advance_sample(sample_id=sample_id)] += 1
            except Exception as exc:
                # Keep going: one bad sample must not stop a backfill. Name the sample and
                # the error type only; messages could carry text.
                failed += 1
                self.stderr.write(f"sample {sample_id} failed: {type(exc).__name__}")
            if self.stdout.isatty() or done == total:
                self.stdout.write(f"\r{done}/{total} samples processed", ending="")
        self.stdout.write("")
        for state, count in sorted(ended.items()):
            self.stdout.write(f"{state}: {count}")
        if failed:
            self.stdout.write(self.style.ERROR(f"failed: {failed}"))

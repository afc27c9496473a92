from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from curation.models import Sample
from curation.pipeline import retry_sample
from curation.tasks import enqueue_sample


class Command(BaseCommand):
    help = (
        "List failed samples (the dead letter), or retry some: they go back to 'received' "
        "with fresh attempts and are queued for the workers. A sample whose payload was "
        "already erased (past ASSAY_FAILED_RETENTION_DAYS) cannot be retried."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sample_ids", nargs="*", metavar="SAMPLE_ID")
        parser.add_argument("--all", action="store_true", help="Retry every failed sample.")
        parser.add_argument("--project", metavar="SLUG", help="Only this project's samples.")

    def handle(self, *args: Any, **options: Any) -> None:
        failed = Sample.objects.filter(state=Sample.State.FAILED).select_related(
            "project", "submission"
        )
        if options["project"]:
            failed = failed.filter(project__slug=options["project"])
        if options["sample_ids"]:
            try:
                failed = failed.filter(pk__in=options["sample_ids"])
            except Exception:
                raise CommandError("Sample ids are UUIDs.") from None
        elif not options["all"]:
            for sample in failed.order_by("state_changed_at"):
                retryable = "retryable" if sample.submission.payload is not None else "erased"
                reason = "; ".join(sample.reasons)
                self.stdout.write(
                    f"{sample.pk}  {sample.project.slug}  {sample.state_changed_at:%Y-%m-%d %H:%M}"
                    f"  {retryable}  {reason}"
                )
            self.stdout.write(f"{failed.count()} failed. Retry with SAMPLE_ID… or --all.")
            return
        retried = skipped = 0
        for sample_id in failed.values_list("pk", flat=True):
            if retry_sample(sample_id=sample_id):
                enqueue_sample(sample_id)
                retried += 1
            else:
                skipped += 1
        self.stdout.write(f"Retried {retried} sample(s).")
        if skipped:
            self.stdout.write(f"{skipped} could not be retried: their payload is erased.")

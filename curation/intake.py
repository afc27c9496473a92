"""Where accepted submissions enter the pipeline (named by ASSAY_INTAKE_PIPELINE)."""

from functools import partial
from uuid import UUID

from django.conf import settings
from django.db import models, transaction

from assay.batching import Batcher
from curation.models import Sample
from curation.tasks import enqueue_received
from feedback.models import Submission

# Just-stored samples on their way to the workers, sent in batches from a background thread
# (ASSAY_ENQUEUE_WINDOW_SECONDS). One lost with its process waits in "received" for the
# sweeper, as one whose message the broker lost.
received = Batcher(
    enqueue_received, window=lambda: settings.ASSAY_ENQUEUE_WINDOW_SECONDS, max_size=200
)


class SamplePipeline:
    def rows_for(self, submission: Submission) -> list[models.Model]:
        """The submission's Sample, in "received"."""
        return [
            Sample(
                submission=submission,
                project_id=submission.project_id,
                created_at=submission.received_at,
            )
        ]

    def admitted(self, submission: Submission, rows: list[models.Model]) -> str:
        """Queue the stored sample for the workers once committed; its state."""
        (sample,) = rows
        transaction.on_commit(partial(received.add, sample.pk))
        return str(Sample.State.RECEIVED)

    def status(self, submission_id: UUID) -> str:
        return str(Sample.objects.values_list("state", flat=True).get(pk=submission_id))


pipeline = SamplePipeline()

"""Where accepted submissions enter the pipeline (named by ASSAY_INTAKE_PIPELINE)."""

from functools import partial
from uuid import UUID

from django.db import transaction

from curation.models import Sample
from curation.tasks import enqueue_sample
from feedback.models import Submission


class SamplePipeline:
    def admit(self, submission: Submission) -> str:
        """A Sample in "received" for the submission, queued for the workers on commit."""
        sample = Sample.objects.create(
            submission=submission,
            project_id=submission.project_id,
            created_at=submission.received_at,
        )
        transaction.on_commit(partial(enqueue_sample, sample.pk))
        return str(sample.state)

    def status(self, submission_id: UUID) -> str:
        return str(Sample.objects.values_list("state", flat=True).get(pk=submission_id))


pipeline = SamplePipeline()

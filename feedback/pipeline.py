"""What intake needs of the pipeline that processes what it accepts.

The pipeline (curation) builds on intake, so intake never imports it: the implementation is
named by the ASSAY_INTAKE_PIPELINE setting, the way Django names its pluggable backends.
"""

from typing import Protocol
from uuid import UUID

from django.db import models

from feedback.models import Submission


class Pipeline(Protocol):
    def rows_for(self, submission: Submission) -> list[models.Model]:
        """New rows the pipeline keeps for a submission, inserted together with it (in the
        same statement), so a submission is never stored without them."""
        ...

    def admitted(self, submission: Submission, rows: list[models.Model]) -> str:
        """Start processing a submission whose rows are now stored; its state."""
        ...

    def status(self, submission_id: UUID) -> str:
        """The current state of an earlier submission."""
        ...

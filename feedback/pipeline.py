"""What intake needs of the pipeline that processes what it accepts.

The pipeline (curation) builds on intake, so intake never imports it: the implementation is
named by the ASSAY_INTAKE_PIPELINE setting, the way Django names its pluggable backends.
"""

from typing import Protocol
from uuid import UUID

from feedback.models import Submission


class Pipeline(Protocol):
    def admit(self, submission: Submission) -> str:
        """Start processing a just-created submission (inside its transaction); its state."""
        ...

    def status(self, submission_id: UUID) -> str:
        """The current state of an earlier submission."""
        ...

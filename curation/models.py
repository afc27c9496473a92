from datetime import datetime

from django.db import models
from django.utils import timezone

from feedback.models import Conversation, Feedback, Project, Submission


class SampleQuerySet(models.QuerySet["Sample"]):
    def for_project(self, project: Project) -> "SampleQuerySet":
        return self.filter(project=project)

    def unfinished(self) -> "SampleQuerySet":
        return self.filter(state__in=Sample.State.unfinished())

    def stuck(self, *, older_than: datetime) -> "SampleQuerySet":
        return self.unfinished().filter(state_changed_at__lt=older_than)


class Sample(models.Model):
    """One accepted submission on its way through the pipeline.

    It shares its primary key with the Submission it came from, so the id a client got back
    at intake is the id it asks about later.
    """

    class State(models.TextChoices):
        RECEIVED = "received", "Received"
        SCRUBBED = "scrubbed", "Scrubbed"
        FILTERED = "filtered", "Filtered"
        PENDING_REVIEW = "pending_review", "Pending review"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        AUTO_REJECTED = "auto_rejected", "Auto-rejected"
        RECORDED = "recorded", "Recorded (nothing to review)"

        @classmethod
        def unfinished(cls) -> list[str]:
            """States the pipeline still has work to do in (reviewers own pending_review)."""
            return [cls.RECEIVED, cls.SCRUBBED, cls.FILTERED]

    submission = models.OneToOneField(
        Submission, on_delete=models.CASCADE, primary_key=True, related_name="sample"
    )
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="samples")
    state = models.CharField(max_length=20, choices=State.choices, default=State.RECEIVED)
    state_changed_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    conversation = models.OneToOneField(
        Conversation, on_delete=models.SET_NULL, null=True, blank=True, related_name="sample"
    )
    feedback = models.OneToOneField(
        Feedback, on_delete=models.SET_NULL, null=True, blank=True, related_name="sample"
    )
    # Entity types and counts only, e.g. {"PERSON": 2}; never the values.
    pii_report = models.JSONField(default=dict, blank=True)
    # How values were replaced: "<PERSON_1>" placeholders or realistic fake "surrogate" values.
    pii_mode = models.CharField(max_length=16, blank=True)
    # Why the pipeline routed the sample where it did, human-readable.
    reasons = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = SampleQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["state", "state_changed_at"])]

    def __str__(self) -> str:
        return f"Sample {self.pk} ({self.state})"

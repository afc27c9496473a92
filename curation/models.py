from datetime import datetime

from django.db import models
from django.utils import timezone

from feedback.models import Conversation, Feedback, Project, Submission


class SampleQuerySet(models.QuerySet["Sample"]):
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
        indexes = [
            models.Index(fields=["state", "state_changed_at"]),
            # The flood filter counts a project's recent samples.
            models.Index(fields=["project", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"Sample {self.pk} ({self.state})"


class FilterResult(models.Model):
    """One automated filter's verdict on a sample, kept so reviewers see every reason."""

    class Verdict(models.TextChoices):
        PASS = "pass", "Pass"
        FLAG = "flag", "Flag"
        REJECT = "reject", "Reject"

    # Indexed by the unique constraint below, which leads with it.
    sample = models.ForeignKey(
        Sample, on_delete=models.CASCADE, related_name="filter_results", db_index=False
    )
    name = models.CharField(max_length=40)
    verdict = models.CharField(max_length=8, choices=Verdict.choices)
    score = models.FloatField(default=0.0)
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["sample", "name"], name="filter_result_unique_name")
        ]
        indexes = [models.Index(fields=["name", "verdict"])]

    def __str__(self) -> str:
        return f"{self.name}: {self.verdict}"


class SampleFingerprint(models.Model):
    """A sample in the duplicate index: exact hash and MinHash signature of its user turns."""

    sample = models.OneToOneField(
        Sample, on_delete=models.CASCADE, primary_key=True, related_name="fingerprint"
    )
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    exact = models.CharField(max_length=64)
    signature = models.BinaryField()

    class Meta:
        constraints = [
            # Two workers indexing the same text at once: the second insert fails, so one of
            # them learns it is the duplicate.
            models.UniqueConstraint(fields=["project", "exact"], name="fingerprint_unique_exact")
        ]

    def __str__(self) -> str:
        return f"Fingerprint of {self.sample_id}"


class LshBand(models.Model):
    fingerprint = models.ForeignKey(
        SampleFingerprint, on_delete=models.CASCADE, related_name="bands"
    )
    # Indexed by (project, key) below; ~16 rows a sample, so every index counts.
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+", db_index=False)
    key = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["project", "key"])]

    def __str__(self) -> str:
        return f"band {self.key}"

from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from feedback.models import Conversation, Feedback, Project, Submission


class SampleQuerySet(models.QuerySet["Sample"]):
    def unfinished(self) -> "SampleQuerySet":
        return self.filter(state__in=Sample.State.unfinished())

    def stuck(self, *, older_than: datetime) -> "SampleQuerySet":
        return self.unfinished().filter(state_changed_at__lt=older_than)

    def pending(self) -> "SampleQuerySet":
        return self.filter(state=Sample.State.PENDING_REVIEW)

    def decided(self) -> "SampleQuerySet":
        return self.filter(state__in=[Sample.State.APPROVED, Sample.State.REJECTED])


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
        # Gave up after ASSAY_MAX_ATTEMPTS: a dead letter an operator can list and retry.
        FAILED = "failed", "Failed (gave up)"

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
    # Short hashes of the PII policy it was scrubbed with and the filter settings it passed
    # (curation.project_settings.settings_version), for a dataset's lineage.
    pii_policy_version = models.CharField(max_length=16, blank=True)
    filter_settings_version = models.CharField(max_length=16, blank=True)

    # The review queue (curation.reviews). A claim is a lease: past lease_expires_at the
    # sample is back in the queue. A reopen starts a new round of votes.
    review_round = models.PositiveIntegerField(default=1)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The reviewers disagreed: a curator decides.
    needs_adjudication = models.BooleanField(default=False)
    # The outcome once approved: the dataset it goes to (by name, within the project), what a
    # good reply would have been, and tags. The datasets app reads these.
    dataset_name = models.CharField(max_length=100, blank=True)
    reference = models.TextField(blank=True)
    tags = models.JSONField(default=list, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = SampleQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["state", "state_changed_at"]),
            # The flood filter counts a project's recent samples.
            models.Index(fields=["project", "created_at"]),
            # "Review next": the oldest waiting samples, and a reviewer's assigned ones.
            # Not partial: SQLite cannot use a partial index when the state is a bound
            # parameter, and scanned and sorted 100,000 rows (1.9 s a claim) without it.
            models.Index(fields=["state", "created_at"], name="sample_review_queue"),
            # "The sample I already hold", claim_next's first query.
            models.Index(fields=["claimed_by", "created_at"], name="sample_claimed_queue"),
            models.Index(
                fields=["assignee", "created_at"],
                condition=models.Q(state="pending_review"),
                name="sample_assigned_queue",
            ),
            models.Index(fields=["project", "dataset_name", "state"]),
        ]
        permissions = [
            ("review_sample", "Can claim and decide samples"),
            ("adjudicate_sample", "Can adjudicate, reopen and assign samples"),
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


class Membership(models.Model):
    """A person who reviews a project's samples; reviewers see only their projects'."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="project_memberships"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="membership_unique_user")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.project}"


class ReviewQuerySet(models.QuerySet["Review"]):
    """Reviews are an audit trail: rows are added, never changed or removed one by one."""

    def update(self, **kwargs: Any) -> int:
        raise TypeError("Review records are append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise TypeError("Review records are append-only")

    def votes(self) -> "ReviewQuerySet":
        """Reviewers' approve/reject decisions (not a curator's adjudication)."""
        return self.filter(
            action__in=[Review.Action.APPROVE, Review.Action.REJECT], adjudication=False
        )


class Review(models.Model):
    """One decision on a sample: who, when, what, why, and the before/after of any edit.

    Append-only. Redactions record the entity type, placeholder and a keyed hash of the
    value, never the value itself.
    """

    class Action(models.TextChoices):
        APPROVE = "approve", "Approved"
        REJECT = "reject", "Rejected"
        SKIP = "skip", "Skipped"
        REDACT = "redact", "Redacted more"
        REOPEN = "reopen", "Reopened"
        ASSIGN = "assign", "Assigned"

    class RejectReason(models.TextChoices):
        PERSONAL_DATA = "personal_data", "Personal data left in"
        LOW_QUALITY = "low_quality", "Low quality or junk"
        PRANK = "prank", "Prank or test"
        OFF_TOPIC = "off_topic", "Off topic"
        HARMFUL = "harmful", "Harmful or abusive"
        DUPLICATE = "duplicate", "Duplicate"
        OTHER = "other", "Other (say why)"

    sample = models.ForeignKey(Sample, on_delete=models.CASCADE, related_name="reviews")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="reviews"
    )
    # Kept as written so the trail still names who decided after the account is gone.
    reviewer_name = models.CharField(max_length=150)
    round = models.PositiveIntegerField(default=1)
    action = models.CharField(max_length=16, choices=Action.choices)
    # A curator settling a disagreement (or deciding alone) rather than casting a vote.
    adjudication = models.BooleanField(default=False)
    dataset = models.CharField(max_length=100, blank=True)
    reference = models.TextField(blank=True)
    tags = models.JSONField(default=list, blank=True)
    reason = models.CharField(max_length=20, choices=RejectReason.choices, blank=True)
    note = models.TextField(blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            # One probe for "not already decided by me" in the claim query.
            models.Index(fields=["sample", "round", "reviewer"]),
            models.Index(fields=["project", "created_at"]),
            models.Index(fields=["reviewer", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.reviewer_name} {self.action} {self.sample_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise TypeError("Review records are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise TypeError("Review records are append-only")

"""Golden datasets: a draft that approvals land in, and immutable published versions.

An item is an approved sample frozen as one canonical `assay.v1` record (text, keys sorted).
Versions share item rows instead of copying them: an item is in version v when
`added_in <= v < removed_in` (removed_in NULL: still current). A re-issue of an older version
after an erasure lists its items in VersionItem instead (it branches off the line of versions).

Published content never changes: the guards below refuse every write to a published item or a
version except the ones the services make (publishing sets the numbers, erasure withdraws).
"""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from curation.models import Sample
from feedback.models import Project

DEFAULT_SPLITS = {"train": 80, "validation": 10, "test": 10}


class ImmutableError(Exception):
    """A write that would change a published version."""


class Dataset(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="datasets")
    # Named by reviewers on approval (curation.reviews checks the pattern); never renamed.
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)
    # Integer weights per split name, e.g. {"train": 80, "validation": 10, "test": 10}. Fixed
    # once a version is published, so an item never moves between splits.
    split_ratios = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["project", "name"]
        constraints = [
            models.UniqueConstraint(fields=["project", "name"], name="dataset_unique_name")
        ]
        permissions = [("publish_dataset", "Can publish a dataset's draft as a version")]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from datasets.export import check_split_ratios

        try:
            check_split_ratios(self.split_ratios)
        except ValueError as exc:
            raise ValidationError({"split_ratios": str(exc)}) from None
        if self.pk:
            stored = Dataset.objects.filter(pk=self.pk).values_list("split_ratios", flat=True)
            published = DatasetVersion.objects.filter(dataset=self.pk).exists()
            if published and stored.first() != self.split_ratios:
                raise ValidationError(
                    {"split_ratios": "Splits are fixed once a version is published."}
                )

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if DatasetVersion.objects.filter(dataset=self.pk).exists():
            raise ImmutableError("A dataset with published versions cannot be deleted.")
        return super().delete(*args, **kwargs)


# Fields of an item that are its content; fixed once it is in a published version.
FROZEN_ITEM_FIELDS = frozenset(
    {"dataset", "dataset_id", "item_id", "revision", "record", "content_hash", "split", "lineage"}
)


class DatasetItemQuerySet(models.QuerySet["DatasetItem"]):
    def published(self) -> "DatasetItemQuerySet":
        return self.filter(added_in__isnull=False)

    def in_draft(self) -> "DatasetItemQuerySet":
        return self.filter(in_draft=True)

    def update(self, **kwargs: Any) -> int:
        frozen = FROZEN_ITEM_FIELDS.intersection(kwargs)
        if (frozen or "added_in" in kwargs) and self.published().exists():
            raise ImmutableError("Published items never change; edit the draft instead.")
        if "removed_in" in kwargs and self.filter(removed_in__isnull=False).exists():
            raise ImmutableError("An item's last version is set once, when it is published.")
        for field in ("added_in", "removed_in"):
            # Only a version yet to be published may start or end an item's run of versions.
            if field in kwargs and (
                kwargs[field] is None
                or DatasetVersion.objects.filter(
                    dataset__in=self.values("dataset"), number__gte=kwargs[field]
                ).exists()
            ):
                raise ImmutableError("Only the next version may add or remove items.")
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        if self.published().exists():
            raise ImmutableError("Published items are never deleted (erasure withdraws them).")
        return super().delete()

    def erase(self) -> int:
        """Delete items for an erasure, published or not; only datasets.services calls this."""
        return models.QuerySet.delete(self)[0]


class DatasetItem(models.Model):
    """One revision of an item: an approved sample frozen as its canonical record."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="items")
    # Stable across revisions and versions: hex of a hash of the dataset name and sample id,
    # ASCII only so "ordered by id" is the same on every database.
    item_id = models.CharField(max_length=32)
    revision = models.PositiveIntegerField(default=1)
    sample = models.ForeignKey(
        Sample, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The client's conversation id, so an erasure finds the item even without its sample.
    conversation_id = models.CharField(max_length=200, blank=True, db_index=True)
    # The approval this revision froze; a later one (reopened, approved again) makes a new one.
    source_decided_at = models.DateTimeField(null=True, blank=True)
    # The canonical assay.v1 line without its "\n": stored as text so no database reorders it.
    record = models.TextField()
    content_hash = models.CharField(max_length=64)
    split = models.CharField(max_length=32)
    # Where the item came from (sample, feedback, reviewers, policy versions), as JSON text.
    lineage = models.TextField()
    in_draft = models.BooleanField(default=True)
    added_in = models.PositiveIntegerField(null=True, blank=True)
    removed_in = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = DatasetItemQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "item_id", "revision"], name="item_unique_revision"
            ),
            models.UniqueConstraint(
                fields=["dataset", "item_id"],
                condition=models.Q(in_draft=True),
                name="item_unique_in_draft",
            ),
        ]
        indexes = [
            models.Index(fields=["dataset", "item_id"]),
            models.Index(fields=["sample"]),
        ]

    def __str__(self) -> str:
        return f"{self.item_id} r{self.revision}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        stored = not self._state.adding and (
            DatasetItem.objects.filter(pk=self.pk, added_in__isnull=False).exists()
        )
        if not stored and (self.added_in is not None or self.removed_in is not None):
            # Only publish_version puts an item into versions, with one UPDATE under lock.
            raise ImmutableError("Items join versions only when the draft is published.")
        if not self._state.adding:
            update_fields = kwargs.get("update_fields")
            bookkeeping = {"in_draft", "source_decided_at"}
            if stored and (update_fields is None or not set(update_fields) <= bookkeeping):
                raise ImmutableError("Published items never change; edit the draft instead.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if DatasetItem.objects.filter(pk=self.pk, added_in__isnull=False).exists():
            raise ImmutableError("Published items are never deleted (erasure withdraws them).")
        return super().delete(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.added_in is not None


# What may change on a published version: an erasure withdraws it and names its re-issue.
MUTABLE_VERSION_FIELDS = frozenset({"withdrawn_at", "reissued_as", "reissued_as_id"})


class DatasetVersionQuerySet(models.QuerySet["DatasetVersion"]):
    def update(self, **kwargs: Any) -> int:
        if not MUTABLE_VERSION_FIELDS.issuperset(kwargs):
            raise ImmutableError("Published versions never change.")
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        raise ImmutableError("Published versions are never deleted.")

    def current(self) -> "DatasetVersionQuerySet":
        return self.filter(withdrawn_at__isnull=True)


class DatasetVersion(models.Model):
    """A published, immutable snapshot of a dataset, with the hashes of its exports."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Kept as written so the manifest still names who published after the account is gone.
    created_by_name = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    schema = models.CharField(max_length=20, default="assay.v1")
    item_count = models.PositiveIntegerField(default=0)
    # sha256 of the canonical (assay) export of every item.
    sha256 = models.CharField(max_length=64)
    # sha256 over the sorted item content hashes: the same whatever the format.
    dataset_hash = models.CharField(max_length=64)
    # {format: {"all" | split: {"sha256", "bytes", "lines"}}}, computed when published, so an
    # export can send its hash and length before streaming the body.
    formats = models.JSONField(default=dict)
    # {"splits": {split: n}, "labels": {label: n}, "splits_labels": {split: {label: n}}}
    counts = models.JSONField(default=dict)
    manifest_sha256 = models.CharField(max_length=64, blank=True)
    manifest_bytes = models.PositiveBigIntegerField(default=0)
    # A re-issue of an older version (after an erasure) lists its items in VersionItem; every
    # other version's items are those whose added_in/removed_in span its number.
    explicit_items = models.BooleanField(default=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    reissued_as = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    objects = DatasetVersionQuerySet.as_manager()

    class Meta:
        ordering = ["dataset", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["dataset", "number"], name="version_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.dataset.name} v{self.number}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableError("Published versions never change.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ImmutableError("Published versions are never deleted.")

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None


class VersionItemQuerySet(models.QuerySet["VersionItem"]):
    def update(self, **kwargs: Any) -> int:
        raise ImmutableError("A version's items never change.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise ImmutableError("A version's items never change.")


class VersionItem(models.Model):
    """An item of a re-issued version (DatasetVersion.explicit_items)."""

    version = models.ForeignKey(DatasetVersion, on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey(DatasetItem, on_delete=models.CASCADE, related_name="+")

    objects = VersionItemQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "item"], name="version_item_unique")
        ]

    def __str__(self) -> str:
        return f"{self.version_id}:{self.item_id}"


class VersionTag(models.Model):
    """A movable name for one version of a dataset, e.g. `prod` (`latest` is implied)."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="tags")
    name = models.CharField(max_length=50)
    version = models.ForeignKey(DatasetVersion, on_delete=models.PROTECT, related_name="tags")
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["dataset", "name"], name="tag_unique_name")]

    def __str__(self) -> str:
        return f"{self.name} → v{self.version.number}"


class Erasure(models.Model):
    """The log of one erasure request: ids and counts only, never content."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    # A keyed hash of the conversation id: enough to recognise a repeated request.
    conversation_hash = models.CharField(max_length=64)
    requested_by = models.CharField(max_length=150, blank=True)
    samples = models.PositiveIntegerField(default=0)
    items = models.PositiveIntegerField(default=0)
    # [{"dataset": name, "withdrawn": n, "reissued_as": m}]
    versions = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Erasure {self.pk} ({self.samples} samples, {self.items} items)"

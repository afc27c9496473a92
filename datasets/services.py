"""Datasets: drafts that follow approvals, immutable versions, diffs, exports and erasure.

Every write runs under transaction.atomic with the dataset's row locked, so two publishes (or a
publish and a sync) never interleave. Curation cannot import this app: `sync_drafts` reads the
approvals itself and is called first by every entry point (API, commands, admin).
"""

import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Exists, Max, OuterRef, Q, QuerySet
from django.utils import timezone

from assay.crypto import keyed_hash
from curation.models import Review, Sample
from curation.reviews import InvalidDecision, check_tags
from datasets import export
from datasets.models import (
    DEFAULT_SPLITS,
    Dataset,
    DatasetItem,
    DatasetVersion,
    Erasure,
    VersionItem,
    VersionTag,
)
from feedback.models import Conversation, Feedback, Message, Project, Submission
from feedback.privacy import conversation_hash

logger = logging.getLogger(__name__)

# Rows read from the database at a time when streaming a version.
STREAM_CHUNK = 2000
# Approved samples frozen into items per batch.
SYNC_CHUNK = 500
TAG = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,49}$")
RESERVED_TAGS = {"latest", "draft"}
VERSION_NUMBER = re.compile(r"^v?([0-9]{1,9})$")
# The record's metadata.source for each kind of submission.
SOURCES: dict[str, str] = {
    Submission.Kind.CONVERSATION.value: "share",
    Submission.Kind.FEEDBACK.value: "feedback",
}


class DatasetError(Exception):
    """A request the datasets app cannot serve; `field` names what to fix."""

    field = "dataset"
    status = 400

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        if field:
            self.field = field


class DatasetNotFound(DatasetError):
    status = 404


class VersionNotFound(DatasetError):
    field = "version"
    status = 404


class ItemNotFound(DatasetError):
    field = "item"
    status = 404


class VersionWithdrawn(DatasetError):
    """An erasure withdrew the version; `reissued_as` is the number that replaces it."""

    field = "version"
    status = 410

    def __init__(self, version: DatasetVersion, reissued_as: int | None) -> None:
        message = f"Version {version.number} was withdrawn after a conversation was erased"
        message += f"; use version {reissued_as}, its re-issue." if reissued_as else "."
        super().__init__(message)
        self.reissued_as = reissued_as


class NothingToPublish(DatasetError):
    field = "draft"
    status = 409


# -- reads -------------------------------------------------------------------------------


def latest_version(dataset: Dataset) -> DatasetVersion | None:
    """The head of the line of versions: the newest one not withdrawn and not a side re-issue."""
    return (
        DatasetVersion.objects.filter(dataset=dataset, explicit_items=False)
        .current()
        .order_by("-number")
        .first()
    )


def version_items(version: DatasetVersion) -> QuerySet[DatasetItem]:
    """The items of a published version (in no particular order)."""
    if version.explicit_items:
        listed = VersionItem.objects.filter(version=version, item=OuterRef("pk"))
        return DatasetItem.objects.filter(dataset=version.dataset_id).filter(Exists(listed))
    return DatasetItem.objects.filter(
        dataset=version.dataset_id, added_in__lte=version.number
    ).filter(Q(removed_in__isnull=True) | Q(removed_in__gt=version.number))


def draft_items(dataset: Dataset) -> QuerySet[DatasetItem]:
    return DatasetItem.objects.filter(dataset=dataset, in_draft=True)


def _ordered_values(items: QuerySet[DatasetItem], *fields: str) -> Iterator[tuple[Any, ...]]:
    """Rows of `fields` (item_id first) in id order, streamed in bounded memory.

    Item ids are fixed-length lower-case hex, which every collation orders as bytes; the
    check makes a database that disagrees fail loudly instead of exporting other bytes.
    """
    previous = ""
    rows = items.order_by("item_id").values_list("item_id", *fields)
    for row in rows.iterator(chunk_size=STREAM_CHUNK):
        if row[0] <= previous:
            raise RuntimeError("the database returned items out of id order")
        previous = row[0]
        yield row


def stream_lines(version: DatasetVersion, *, split: str | None = None) -> Iterator[str]:
    """A version's canonical lines in id order."""
    items = version_items(version)
    if split:
        items = items.filter(split=split)
    for _, record in _ordered_values(items, "record"):
        yield record


def access_dataset(*, project: Project, name: str) -> Dataset:
    dataset = Dataset.objects.filter(project=project, name=name).first()
    if dataset is None:
        raise DatasetNotFound("No dataset with this name in the project.")
    return dataset


def resolve_version(*, dataset: Dataset, ref: str) -> DatasetVersion:
    """A version by number (`7` or `v7`), `latest`, or a tag such as `prod`."""
    ref = (ref or "").strip()
    version: DatasetVersion | None
    if ref in ("", "latest"):
        version = latest_version(dataset)
        if version is None:
            raise VersionNotFound("This dataset has no published version yet.")
        return version
    if match := VERSION_NUMBER.match(ref):
        version = DatasetVersion.objects.filter(dataset=dataset, number=int(match[1])).first()
    else:
        tag = VersionTag.objects.select_related("version").filter(dataset=dataset, name=ref)
        found = tag.first()
        version = found.version if found else None
    if version is None:
        raise VersionNotFound("No such version or tag in this dataset.")
    return version


def current_reissue(version: DatasetVersion) -> int | None:
    """The version that now stands for a withdrawn one (following re-issues of re-issues)."""
    seen = set()
    while version.reissued_as_id and version.pk not in seen:
        seen.add(version.pk)
        version = DatasetVersion.objects.get(pk=version.reissued_as_id)
    return None if version.is_withdrawn else version.number


def check_readable(version: DatasetVersion) -> DatasetVersion:
    """Raise VersionWithdrawn for a withdrawn version; exports of it are no longer served."""
    if version.is_withdrawn:
        raise VersionWithdrawn(version, current_reissue(version))
    return version


def check_format(fmt: str) -> str:
    if fmt not in export.FORMATS:
        raise DatasetError(
            f"Unknown format; use one of: {', '.join(export.FORMATS)}.", field="format"
        )
    return fmt


def check_split(dataset: Dataset, split: str | None) -> str | None:
    if split in (None, "", export.ALL):
        return None
    if split not in dataset.split_ratios:
        names = ", ".join(sorted(dataset.split_ratios))
        raise DatasetError(f"Unknown split; this dataset has: {names}.", field="split")
    return split


def export_figures(version: DatasetVersion, fmt: str, split: str | None) -> dict[str, Any]:
    """The sha256, byte and line counts of an export, stored when the version was published."""
    return dict(version.formats[fmt][split or export.ALL])


def iter_export(*, version: DatasetVersion, fmt: str, split: str | None = None) -> Iterator[bytes]:
    """The bytes of a version's export in a format (and split), streamed in chunks."""
    check_format(fmt)
    return export.export_chunks(stream_lines(version, split=split), fmt)


def manifest_header(version: DatasetVersion) -> dict[str, Any]:
    """The manifest without its lineage: everything that identifies the version's content."""
    dataset = version.dataset
    return {
        "dataset": dataset.name,
        "project": dataset.project.slug,
        "version": version.number,
        "parent": version.parent.number if version.parent_id and version.parent else None,
        "schema": version.schema,
        "notes": version.notes,
        "created_at": export.format_time(version.created_at),
        "created_by": version.created_by_name,
        "item_count": version.item_count,
        "sha256": version.sha256,
        "dataset_hash": version.dataset_hash,
        "split_ratios": dataset.split_ratios,
        "counts": version.counts,
        "formats": version.formats,
    }


def iter_manifest(*, version: DatasetVersion) -> Iterator[bytes]:
    """The manifest JSON: header plus every item's lineage, in id order."""
    lineage = (row[1] for row in _ordered_values(version_items(version), "lineage"))
    return export.manifest_chunks(manifest_header(version), lineage)


@dataclass(frozen=True)
class Diff:
    added: list[str]
    removed: list[str]
    changed: list[str]


def _pairs(items: QuerySet[DatasetItem]) -> Iterator[tuple[Any, ...]]:
    return _ordered_values(items, "content_hash")


def diff_items(old: QuerySet[DatasetItem], new: QuerySet[DatasetItem]) -> Diff:
    """Item ids added, removed and changed (same id, other content) from `old` to `new`."""
    added: list[str] = []
    removed: list[str] = []
    changed: list[str] = []
    left, right = _pairs(old), _pairs(new)
    a, b = next(left, None), next(right, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a[0] < b[0]):
            assert a is not None
            removed.append(a[0])
            a = next(left, None)
        elif a is None or b[0] < a[0]:
            added.append(b[0])
            b = next(right, None)
        else:
            if a[1] != b[1]:
                changed.append(a[0])
            a, b = next(left, None), next(right, None)
    return Diff(added=added, removed=removed, changed=changed)


def items_for_ref(*, dataset: Dataset, ref: str) -> QuerySet[DatasetItem]:
    """The items of a version reference, or of the draft for `draft`, or none for `0`."""
    if ref == "draft":
        return draft_items(dataset)
    if ref in ("0", "v0"):
        return DatasetItem.objects.none()
    return version_items(resolve_version(dataset=dataset, ref=ref))


# -- freezing approvals into the draft ---------------------------------------------------


@dataclass
class SyncResult:
    created: list[str] = field(default_factory=list)
    added: int = 0
    dropped: int = 0


def _approved(project: Project) -> QuerySet[Sample]:
    return Sample.objects.filter(
        project=project, state=Sample.State.APPROVED, decided_at__isnull=False
    ).exclude(dataset_name="")


def _sources(sample_ids: Sequence[UUID]) -> list[tuple[Sample, export.Source]]:
    """Read a batch of approved samples with their messages, feedback and approvers."""
    samples = list(
        Sample.objects.filter(pk__in=sample_ids)
        .select_related("conversation", "feedback", "submission")
        .order_by("pk")
    )
    messages: dict[int, list[export.ChatMessage]] = {}
    rows = Message.objects.filter(
        conversation__in=[s.conversation_id for s in samples if s.conversation_id]
    ).order_by("conversation_id", "position")
    for conversation_id, role, content, external_id in rows.values_list(
        "conversation_id", "role", "content", "external_id"
    ):
        messages.setdefault(conversation_id, []).append(
            export.ChatMessage(role=role, content=content, external_id=external_id)
        )
    approvers: dict[Any, list[str]] = {}
    reviews = Review.objects.filter(sample__in=sample_ids, action=Review.Action.APPROVE)
    rounds = {s.pk: s.review_round for s in samples}
    for sample_id, round_, name in reviews.values_list("sample_id", "round", "reviewer_name"):
        if rounds.get(sample_id) == round_:
            approvers.setdefault(sample_id, []).append(name)
    built = []
    for sample in samples:
        conversation: Conversation | None = sample.conversation
        given: Feedback | None = sample.feedback
        built.append(
            (
                sample,
                export.Source(
                    sample_id=str(sample.pk),
                    source=SOURCES.get(str(sample.submission.kind), str(sample.submission.kind)),
                    conversation_id=(
                        conversation.external_id
                        if conversation
                        else given.conversation_external_id
                        if given
                        else ""
                    ),
                    model=conversation.model_name if conversation else "",
                    prompt_version=conversation.prompt_version if conversation else "",
                    messages=messages.get(conversation.pk, []) if conversation else [],
                    rating=given.rating if given else None,
                    reasons=[str(r) for r in given.reasons] if given else [],
                    comment=given.comment if given else "",
                    rated_message_id=given.message_external_id if given else "",
                    reference=sample.reference,
                    tags=[str(t) for t in sample.tags],
                    pii={str(k): int(v) for k, v in sample.pii_report.items()},
                    reviewers=approvers.get(sample.pk, []),
                    approved_at=sample.decided_at,
                ),
            )
        )
    return built


def _lineage(
    sample: Sample, source: export.Source, item_id: str, revision: int, content_hash: str
) -> str:
    conversation = sample.conversation
    return export.dumps(
        {
            "id": item_id,
            "revision": revision,
            "content_hash": content_hash,
            "sample_id": str(sample.pk),
            "feedback_id": sample.feedback_id,
            "conversation_id": conversation.external_id if conversation else None,
            "model_version": conversation.model_version if conversation else "",
            "reviewers": sorted(set(source.reviewers)),
            "pii_mode": sample.pii_mode,
            "pii_policy_version": sample.pii_policy_version,
            "filter_settings_version": sample.filter_settings_version,
            "approved_at": export.format_time(sample.decided_at),
        }
    )


def _relineage(lineage: str, *, revision: int, content_hash: str) -> str:
    entry = json.loads(lineage)
    entry.update(revision=revision, content_hash=content_hash)
    return export.dumps(entry)


def _freeze(dataset: Dataset, sample: Sample, source: export.Source) -> None:
    """Make an approval the draft revision of its item (a new row if the old one is published)."""
    item_id = export.item_id_for(dataset_name=dataset.name, sample_id=source.sample_id)
    split = export.assign_split(item_id, dataset.split_ratios)
    line = export.render(export.canonical_record(source, item_id=item_id, split=split))
    content_hash = export.sha256_hex(line)
    rows = DatasetItem.objects.filter(dataset=dataset, item_id=item_id)
    current = rows.filter(in_draft=True).first()
    if current is not None and current.content_hash == content_hash:
        # Approved again with the same content: nothing new to publish.
        current.source_decided_at = sample.decided_at
        current.save(update_fields=["source_decided_at"])
        return
    if current is not None and current.is_published:
        current.in_draft = False
        current.save(update_fields=["in_draft"])
    elif current is not None:
        current.delete()
    revision = (rows.aggregate(top=Max("revision"))["top"] or 0) + 1
    DatasetItem.objects.create(
        dataset=dataset,
        item_id=item_id,
        revision=revision,
        sample=sample,
        conversation_id=source.conversation_id,
        source_decided_at=sample.decided_at,
        record=line,
        content_hash=content_hash,
        split=split,
        lineage=_lineage(sample, source, item_id, revision, content_hash),
    )


def _stale(dataset: Dataset) -> QuerySet[DatasetItem]:
    """Draft items never published whose approval is gone (reopened, moved, approved again)."""
    still_approved = _approved(dataset.project).filter(
        pk=OuterRef("sample_id"),
        dataset_name=dataset.name,
        decided_at=OuterRef("source_decided_at"),
    )
    return DatasetItem.objects.filter(dataset=dataset, added_in__isnull=True).exclude(
        Exists(still_approved)
    )


def _unfrozen(dataset: Dataset) -> QuerySet[Sample]:
    """Approvals into the dataset that no item revision has frozen yet."""
    frozen = DatasetItem.objects.filter(
        dataset=dataset, sample=OuterRef("pk"), source_decided_at=OuterRef("decided_at")
    )
    return _approved(dataset.project).filter(dataset_name=dataset.name).exclude(Exists(frozen))


def _sync_dataset(dataset: Dataset) -> SyncResult:
    result = SyncResult()
    # Two reads when there is nothing to do (the usual case): no lock, no transaction.
    if not _stale(dataset).exists() and not _unfrozen(dataset).exists():
        return result
    project = dataset.project
    with transaction.atomic():
        dataset = Dataset.objects.select_for_update().get(pk=dataset.pk)
        dataset.project = project
        stale = list(_stale(dataset).values_list("pk", flat=True))
        if stale:
            result.dropped = DatasetItem.objects.filter(pk__in=stale).delete()[0]
        pending = list(_unfrozen(dataset).order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pending), SYNC_CHUNK):
            for sample, source in _sources(pending[start : start + SYNC_CHUNK]):
                _freeze(dataset, sample, source)
                result.added += 1
    return result


def sync_drafts(*, project: Project) -> SyncResult:
    """Create datasets for newly named approvals and bring every draft up to date with them."""
    result = SyncResult()
    names = set(_approved(project).values_list("dataset_name", flat=True).distinct())
    known = set(Dataset.objects.filter(project=project).values_list("name", flat=True))
    for name in sorted(names - known):
        try:
            with transaction.atomic():
                Dataset.objects.create(project=project, name=name, split_ratios=DEFAULT_SPLITS)
            result.created.append(name)
        except IntegrityError:
            pass  # Another request created it first.
    for dataset in Dataset.objects.filter(project=project).select_related("project"):
        synced = _sync_dataset(dataset)
        result.added += synced.added
        result.dropped += synced.dropped
    if result.created or result.added or result.dropped:
        logger.info(
            "datasets synced for project %s: %d created, %d added, %d dropped",
            project.pk,
            len(result.created),
            result.added,
            result.dropped,
        )
    return result


# -- curators' edits ---------------------------------------------------------------------


def update_dataset(
    *, dataset: Dataset, description: str | None = None, split_ratios: dict[str, int] | None = None
) -> Dataset:
    """Change a dataset's description, or its split weights while nothing is published."""
    with transaction.atomic():
        dataset = Dataset.objects.select_for_update().get(pk=dataset.pk)
        if description is not None:
            dataset.description = description
        if split_ratios is not None and split_ratios != dataset.split_ratios:
            ratios = export.check_split_ratios(split_ratios)
            if DatasetVersion.objects.filter(dataset=dataset).exists():
                raise DatasetError(
                    "Splits are fixed once a version is published.", field="split_ratios"
                )
            dataset.split_ratios = ratios
            # Draft items froze their split: freeze them again under the new weights.
            for item in DatasetItem.objects.filter(dataset=dataset):
                record = json.loads(item.record)
                record["split"] = export.assign_split(item.item_id, ratios)
                item.split = record["split"]
                item.record = export.render(record)
                item.content_hash = export.sha256_hex(item.record)
                item.lineage = _relineage(
                    item.lineage, revision=item.revision, content_hash=item.content_hash
                )
                item.save()
        dataset.save()
    return dataset


def _draft_row(dataset: Dataset, item_id: str) -> DatasetItem:
    item = DatasetItem.objects.filter(dataset=dataset, item_id=item_id, in_draft=True).first()
    if item is None:
        raise ItemNotFound("No item with this id in the draft.")
    return item


def remove_item(*, dataset: Dataset, item_id: str) -> None:
    """Take an item out of the draft; the next version no longer has it."""
    with transaction.atomic():
        dataset = Dataset.objects.select_for_update().get(pk=dataset.pk)
        item = _draft_row(dataset, item_id)
        # Kept (out of the draft) even if never published: it marks the approval as handled,
        # so the next sync does not bring it back.
        item.in_draft = False
        item.save(update_fields=["in_draft"])


_UNSET: Any = object()


def edit_item(
    *,
    dataset: Dataset,
    item_id: str,
    expected_output: str | None = _UNSET,
    tags: Iterable[str] | None = None,
) -> DatasetItem:
    """Change an item's reference answer or tags in the draft; a published one gets a revision."""
    with transaction.atomic():
        dataset = Dataset.objects.select_for_update().get(pk=dataset.pk)
        item = _draft_row(dataset, item_id)
        record = json.loads(item.record)
        if expected_output is not _UNSET:
            record["expected_output"] = (expected_output or "").strip() or None
        if tags is not None:
            # The same rule as a reviewer's tags on approval.
            try:
                record["tags"] = check_tags(str(t) for t in tags)
            except InvalidDecision as exc:
                raise DatasetError(str(exc), field="tags") from None
        line = export.render(record)
        if line == item.record:
            return item
        content_hash = export.sha256_hex(line)
        if not item.is_published:
            item.record, item.content_hash = line, content_hash
            item.lineage = _relineage(
                item.lineage, revision=item.revision, content_hash=content_hash
            )
            item.save()
            return item
        item.in_draft = False
        item.save(update_fields=["in_draft"])
        revision = (
            DatasetItem.objects.filter(dataset=dataset, item_id=item_id).aggregate(
                top=Max("revision")
            )["top"]
            + 1
        )
        return DatasetItem.objects.create(
            dataset=dataset,
            item_id=item_id,
            revision=revision,
            sample_id=item.sample_id,
            conversation_id=item.conversation_id,
            source_decided_at=item.source_decided_at,
            record=line,
            content_hash=content_hash,
            split=item.split,
            lineage=_relineage(item.lineage, revision=revision, content_hash=content_hash),
        )


# -- publishing --------------------------------------------------------------------------


def check_tag(name: str) -> str:
    name = (name or "").strip()
    if not TAG.match(name) or name in RESERVED_TAGS or VERSION_NUMBER.match(name):
        raise DatasetError(
            "A tag starts with a letter, has letters, digits, '.', '_' or '-' (at most 50), "
            "and is not 'latest', 'draft' or a version number.",
            field="tag",
        )
    return name


def tag_version(*, version: DatasetVersion, name: str) -> VersionTag:
    """Point a tag (e.g. `prod`) at a version; a tag names one version of a dataset at a time."""
    name = check_tag(name)
    check_readable(version)
    with transaction.atomic():
        tag, _ = VersionTag.objects.update_or_create(
            dataset_id=version.dataset_id,
            name=name,
            defaults={"version": version, "updated_at": timezone.now()},
        )
    return tag


def _user_name(user: AbstractBaseUser | None, fallback: str) -> tuple[Any, str]:
    if user is None or not user.pk:
        return None, fallback
    return user, user.get_username()


def _create_version(
    *,
    dataset: Dataset,
    number: int,
    items: QuerySet[DatasetItem],
    parent: DatasetVersion | None,
    notes: str,
    created_by: Any,
    created_by_name: str,
    explicit_items: bool = False,
) -> DatasetVersion:
    """Compute every hash of a version from its items, then store it once."""
    digest = export.VersionDigest(dataset.split_ratios)
    for _, record in _ordered_values(items, "record"):
        digest.add(record)
    content_hashes = items.order_by("content_hash").values_list("content_hash", flat=True)
    formats = digest.formats()
    version = DatasetVersion(
        dataset=dataset,
        number=number,
        parent=parent,
        notes=notes,
        created_by=created_by,
        created_by_name=created_by_name,
        item_count=digest.items,
        sha256=formats["assay"][export.ALL]["sha256"],
        dataset_hash=export.dataset_hash(content_hashes.iterator(chunk_size=STREAM_CHUNK * 5)),
        formats=formats,
        counts=digest.counts(),
        explicit_items=explicit_items,
    )
    # The manifest names the version it describes; hash it before the row is stored.
    manifest = hashlib.sha256()
    size = 0
    lineage = (row[1] for row in _ordered_values(items, "lineage"))
    for chunk in export.manifest_chunks(manifest_header(version), lineage):
        manifest.update(chunk)
        size += len(chunk)
    version.manifest_sha256 = manifest.hexdigest()
    version.manifest_bytes = size
    version.save()
    return version


def publish_version(
    *,
    dataset: Dataset,
    notes: str = "",
    tags: Sequence[str] = (),
    user: AbstractBaseUser | None = None,
) -> DatasetVersion:
    """Freeze the draft as the next version; refused when nothing changed since the last one."""
    tags = [check_tag(name) for name in tags]
    created_by, created_by_name = _user_name(user, "system")
    with transaction.atomic():
        dataset = Dataset.objects.select_for_update().select_related("project").get(pk=dataset.pk)
        head = latest_version(dataset)
        additions = DatasetItem.objects.filter(
            dataset=dataset, in_draft=True, added_in__isnull=True
        )
        removals = DatasetItem.objects.filter(
            dataset=dataset, in_draft=False, added_in__isnull=False, removed_in__isnull=True
        )
        if not additions.exists() and not removals.exists():
            raise NothingToPublish(
                "Nothing changed since the latest version."
                if head
                else "The draft has no items to publish."
            )
        number = (
            DatasetVersion.objects.filter(dataset=dataset).aggregate(top=Max("number"))["top"] or 0
        ) + 1
        removals.update(removed_in=number)
        additions.update(added_in=number)
        items = DatasetItem.objects.filter(dataset=dataset, added_in__lte=number).filter(
            Q(removed_in__isnull=True) | Q(removed_in__gt=number)
        )
        version = _create_version(
            dataset=dataset,
            number=number,
            items=items,
            parent=head,
            notes=notes.strip(),
            created_by=created_by,
            created_by_name=created_by_name,
        )
        for name in tags:
            tag_version(version=version, name=name)
    logger.info(
        "published dataset %s version %d (%d items)", dataset.pk, number, version.item_count
    )
    return version


# -- erasure -----------------------------------------------------------------------------


def _conversation_hash(project: Project, conversation_id: str) -> str:
    """What the erasure log keeps of the conversation: a keyed hash, apart from the stored one."""
    return keyed_hash(f"{project.pk}\x1f{conversation_id}", purpose="erasure")


def _held_versions(dataset: Dataset, erased: list[DatasetItem]) -> list[DatasetVersion]:
    """The current (not withdrawn) versions that hold any of the erased items."""
    held = []
    erased_pks = [item.pk for item in erased]
    for version in DatasetVersion.objects.filter(dataset=dataset).current().order_by("number"):
        if version.explicit_items:
            holds = VersionItem.objects.filter(version=version, item__in=erased_pks).exists()
        else:
            holds = any(
                item.added_in is not None
                and item.added_in <= version.number
                and (item.removed_in is None or item.removed_in > version.number)
                for item in erased
            )
        if holds:
            held.append(version)
    return held


def _reissue(
    *,
    dataset: Dataset,
    version: DatasetVersion,
    head: DatasetVersion | None,
    by: str,
    now: datetime,
) -> DatasetVersion:
    """Issue a version's content without the erased items (already deleted) as a new version."""
    number = (
        DatasetVersion.objects.filter(dataset=dataset).aggregate(top=Max("number"))["top"] or 0
    ) + 1
    notes = f"Re-issue of version {version.number} without an erased conversation."
    is_head = head is not None and version.pk == head.pk
    # The head's items are the open ones: the new head shares them as they are. An older
    # version branches off the line of versions: its items are listed.
    items = (
        DatasetItem.objects.filter(dataset=dataset, added_in__isnull=False, removed_in__isnull=True)
        if is_head
        else version_items(version)
    )
    reissue = _create_version(
        dataset=dataset,
        number=number,
        items=items,
        parent=version,
        notes=notes,
        created_by=None,
        created_by_name=by,
        explicit_items=not is_head,
    )
    if not is_head:
        members = version_items(version).values_list("pk", flat=True)
        batch: list[VersionItem] = []
        for pk in members.iterator(chunk_size=STREAM_CHUNK * 5):
            batch.append(VersionItem(version=reissue, item_id=pk))
            if len(batch) >= STREAM_CHUNK * 5:
                VersionItem.objects.bulk_create(batch)
                batch = []
        VersionItem.objects.bulk_create(batch)
    DatasetVersion.objects.filter(pk=version.pk).update(withdrawn_at=now, reissued_as=reissue)
    # Tags follow the content they named.
    VersionTag.objects.filter(version=version).update(version=reissue, updated_at=now)
    return reissue


def erase_conversation(
    *, project: Project, conversation_id: str, requested_by: str = ""
) -> Erasure:
    """Remove a conversation, named by the client's id, everywhere; versions that held it are
    withdrawn and re-issued.

    Deletes its submissions (and so samples, reviews, filter results), conversations, messages,
    feedback and dataset items, draft or published. The log keeps ids and counts, never text.
    """
    now = timezone.now()
    by = requested_by or "erasure"
    # Intake keeps only the keyed hash of the client's id (feedback.privacy).
    conversation_id = conversation_hash(conversation_id)
    with transaction.atomic():
        conversations = Conversation.objects.filter(project=project, external_id=conversation_id)
        feedback = Feedback.objects.filter(project=project).filter(
            Q(conversation_external_id=conversation_id) | Q(conversation__in=conversations)
        )
        samples = Sample.objects.filter(project=project).filter(
            Q(conversation__in=conversations) | Q(feedback__in=feedback)
        )
        sample_ids = list(samples.values_list("pk", flat=True))
        # Still in quarantine (not scrubbed yet): the raw payload names the conversation. It is
        # sealed, so the few in-flight payloads are opened here rather than queried.
        unscrubbed = Submission.objects.filter(project=project, payload__isnull=False)
        quarantined = [
            pk
            for pk, payload in unscrubbed.values_list("pk", "payload").iterator(chunk_size=500)
            if isinstance(payload, dict) and payload.get("conversation_id") == conversation_id
        ]
        submission_ids = set(sample_ids) | set(quarantined)
        items = DatasetItem.objects.filter(dataset__project=project).filter(
            Q(conversation_id=conversation_id) | Q(sample__in=sample_ids)
        )
        reissued: list[dict[str, Any]] = []
        item_count = 0
        dataset_ids = sorted(set(items.values_list("dataset_id", flat=True)))
        for dataset in (
            Dataset.objects.select_for_update().filter(pk__in=dataset_ids).order_by("pk")
        ):
            erased = list(items.filter(dataset=dataset))
            held = _held_versions(dataset, erased)
            head = latest_version(dataset)
            item_count += DatasetItem.objects.filter(pk__in=[i.pk for i in erased]).erase()
            for version in held:
                reissue = _reissue(dataset=dataset, version=version, head=head, by=by, now=now)
                reissued.append(
                    {
                        "dataset": dataset.name,
                        "withdrawn": version.number,
                        "reissued_as": reissue.number,
                    }
                )
        Submission.objects.filter(pk__in=submission_ids).delete()
        feedback.delete()
        conversations.delete()
        erasure = Erasure.objects.create(
            project=project,
            conversation_hash=_conversation_hash(project, conversation_id),
            requested_by=requested_by,
            samples=len(sample_ids),
            items=item_count,
            versions=reissued,
            created_at=now,
        )
    logger.info(
        "erasure %s in project %s: %d samples, %d items, versions %s",
        erasure.pk,
        project.pk,
        len(sample_ids),
        item_count,
        reissued,
    )
    return erasure


def render_version_card(*, version: DatasetVersion) -> str:
    """The Markdown dataset card of a version."""
    # pandas is loaded only for cards: exports and the API's other endpoints never need it.
    from datasets.card import render_card

    return render_card(
        header=manifest_header(version),
        description=version.dataset.description,
        records=stream_lines(version),
    )

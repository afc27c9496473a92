"""Drafts that follow approvals, publishing, diffs, splits and reproducible exports."""

import hashlib
import json

import pytest

from curation.models import Sample
from datasets import export, services
from datasets.models import Dataset, DatasetItem, DatasetVersion
from tests.datasets.conftest import body, publish
from tests.datasets.factories import approve_sample, reopen

pytestmark = pytest.mark.django_db


def draft_ids(dataset):
    return sorted(services.draft_items(dataset).values_list("item_id", flat=True))


def test_it_creates_a_dataset_on_first_approval_and_freezes_approvals_into_its_draft(project):
    sample = approve_sample(project=project, dataset="golden-support", reference="Ref.")
    approve_sample(project=project, dataset="other-set")
    result = services.sync_drafts(project=project)
    assert sorted(result.created) == ["golden-support", "other-set"] and result.added == 2
    dataset = Dataset.objects.get(project=project, name="golden-support")
    assert dataset.split_ratios == {"train": 80, "validation": 10, "test": 10}
    item = DatasetItem.objects.get(dataset=dataset)
    assert item.sample_id == sample.pk and item.in_draft and item.added_in is None
    assert item.item_id == export.item_id_for(dataset_name=dataset.name, sample_id=str(sample.pk))
    record = json.loads(item.record)
    assert record["expected_output"] == "Ref." and record["split"] == item.split
    assert item.content_hash == export.sha256_hex(item.record)
    lineage = json.loads(item.lineage)
    assert lineage["sample_id"] == str(sample.pk) and lineage["reviewers"] == ["rita"]
    assert lineage["pii_policy_version"] == sample.pii_policy_version != ""
    assert lineage["filter_settings_version"] == sample.filter_settings_version != ""
    # Nothing new: a second sync does nothing.
    again = services.sync_drafts(project=project)
    assert (again.created, again.added, again.dropped) == ([], 0, 0)


def test_the_record_holds_the_scrubbed_conversation_and_the_approval(project):
    sample = approve_sample(project=project, tags=["b", "a"], reviewers=("rita", "sam"))
    services.sync_drafts(project=project)
    record = json.loads(DatasetItem.objects.get().record)
    assert [m["role"] for m in record["input"]] == ["system", "user"]
    assert record["output"]["role"] == "assistant"
    assert record["feedback"] == {"rating": -1, "reasons": ["inaccurate"], "comment": ""}
    assert record["tags"] == ["a", "b"]
    meta = record["metadata"]
    assert meta["reviewed_by"] == "rita, sam" and meta["source"] == "share"
    assert meta["conversation_id"] == sample.conversation.external_id
    assert meta["model"] == "gpt-x" and meta["approved_at"].endswith("Z")


def test_a_reopened_sample_leaves_the_draft_unless_published(project):
    kept = approve_sample(project=project)
    gone = approve_sample(project=project)
    v1 = publish(project)
    late = approve_sample(project=project)
    services.sync_drafts(project=project)
    reopen(kept)
    reopen(late)
    result = services.sync_drafts(project=project)
    assert result.dropped == 1
    dataset = v1.dataset
    assert len(draft_ids(dataset)) == 2  # kept (published) and gone remain
    assert not DatasetItem.objects.filter(sample=late).exists()
    # The one never reopened is still in the draft, as it was.
    assert DatasetItem.objects.get(sample=gone).in_draft


def test_a_new_approval_after_a_reopen_is_a_new_revision(project):
    sample = approve_sample(project=project, reference="Old.")
    v1 = publish(project)
    reopen(sample)
    Sample.objects.filter(pk=sample.pk).update(
        state="approved", dataset_name="golden-support", reference="New.", decided_at=v1.created_at
    )
    services.sync_drafts(project=project)
    rows = DatasetItem.objects.order_by("revision")
    assert [(r.revision, r.in_draft) for r in rows] == [(1, False), (2, True)]
    v2 = services.publish_version(dataset=v1.dataset)
    diff = services.diff_items(services.version_items(v1), services.version_items(v2))
    assert diff.changed == [rows[0].item_id] and not diff.added and not diff.removed
    assert json.loads(body(v2))["expected_output"] == "New."
    assert json.loads(body(v1))["expected_output"] == "Old."


def test_publishing_numbers_versions_and_refuses_an_unchanged_draft(project, samples):
    v1 = publish(project, notes="first", tags=["prod"])
    assert (v1.number, v1.parent, v1.item_count, v1.notes) == (1, None, 4, "first")
    assert v1.sha256 == export.sha256_hex(body(v1))
    with pytest.raises(services.NothingToPublish):
        services.publish_version(dataset=v1.dataset)
    approve_sample(project=project)
    v2 = publish(project)
    assert (v2.number, v2.parent_id, v2.item_count) == (2, v1.pk, 5)
    assert services.resolve_version(dataset=v1.dataset, ref="latest") == v2
    assert services.resolve_version(dataset=v1.dataset, ref="prod") == v1
    assert services.resolve_version(dataset=v1.dataset, ref="v1") == v1
    with pytest.raises(services.VersionNotFound):
        services.resolve_version(dataset=v1.dataset, ref="9")
    with pytest.raises(services.VersionNotFound):
        services.resolve_version(dataset=v1.dataset, ref="staging")


def test_an_empty_draft_cannot_be_published(project):
    dataset = Dataset.objects.create(project=project, name="empty", split_ratios={"test": 1})
    with pytest.raises(services.NothingToPublish):
        services.publish_version(dataset=dataset)


def test_removing_and_editing_items_make_the_next_version_and_the_diff_lists_them(
    project, samples, v1
):
    dataset = v1.dataset
    ids = sorted(services.version_items(v1).values_list("item_id", flat=True))
    services.remove_item(dataset=dataset, item_id=ids[0])
    services.edit_item(dataset=dataset, item_id=ids[1], expected_output="A better answer.")
    services.edit_item(dataset=dataset, item_id=ids[2], tags=["x"])
    added = approve_sample(project=project)
    services.sync_drafts(project=project)
    v2 = services.publish_version(dataset=dataset, notes="curated")
    diff = services.diff_items(services.version_items(v1), services.version_items(v2))
    new_id = export.item_id_for(dataset_name=dataset.name, sample_id=str(added.pk))
    assert diff == services.Diff(added=[new_id], removed=[ids[0]], changed=sorted(ids[1:3]))
    # Reversed, the diff mirrors; the same version gives none.
    back = services.diff_items(services.version_items(v2), services.version_items(v1))
    assert (back.added, back.removed, back.changed) == ([ids[0]], [new_id], sorted(ids[1:3]))
    same = services.diff_items(services.version_items(v1), services.version_items(v1))
    assert same == services.Diff([], [], [])
    # v1 is as it was; v2 has the edits.
    assert export.sha256_hex(body(v1)) == v1.sha256
    edited = {json.loads(x)["id"]: json.loads(x) for x in body(v2).splitlines()}
    assert edited[ids[1]]["expected_output"] == "A better answer."
    assert edited[ids[2]]["tags"] == ["x"]
    # A removed item does not come back on the next sync.
    services.sync_drafts(project=project)
    assert ids[0] not in draft_ids(dataset)


def test_the_draft_diff_shows_pending_changes(project, samples, v1):
    dataset = v1.dataset
    item_id = services.draft_items(dataset).values_list("item_id", flat=True).first()
    services.remove_item(dataset=dataset, item_id=item_id)
    diff = services.diff_items(
        services.version_items(v1), services.items_for_ref(dataset=dataset, ref="draft")
    )
    assert diff.removed == [item_id]


def test_editing_an_unknown_item_fails(project, samples, v1):
    with pytest.raises(services.ItemNotFound):
        services.edit_item(dataset=v1.dataset, item_id="0" * 32, tags=[])
    with pytest.raises(services.ItemNotFound):
        services.remove_item(dataset=v1.dataset, item_id="0" * 32)


def test_an_item_keeps_its_split_across_versions(project):
    for _ in range(12):
        approve_sample(project=project)
    v1 = publish(project)
    splits = dict(services.version_items(v1).values_list("item_id", "split"))
    assert set(splits.values()) <= {"train", "validation", "test"}
    for item_id in list(splits)[:3]:
        services.edit_item(dataset=v1.dataset, item_id=item_id, expected_output="Edited.")
    for _ in range(3):
        approve_sample(project=project)
    v2 = publish(project)
    later = dict(services.version_items(v2).values_list("item_id", "split"))
    assert all(later[item_id] == split for item_id, split in splits.items())
    for item_id, split in later.items():
        assert split == export.assign_split(item_id, v1.dataset.split_ratios)


def test_split_ratios_change_only_before_the_first_version(project, samples):
    services.sync_drafts(project=project)
    dataset = Dataset.objects.get()
    services.update_dataset(dataset=dataset, split_ratios={"eval": 1})
    assert set(DatasetItem.objects.values_list("split", flat=True)) == {"eval"}
    assert all(json.loads(i.record)["split"] == "eval" for i in DatasetItem.objects.all())
    services.publish_version(dataset=dataset)
    with pytest.raises(services.DatasetError):
        services.update_dataset(dataset=dataset, split_ratios={"train": 1})
    services.update_dataset(dataset=dataset, description="Support answers.")
    assert Dataset.objects.get().description == "Support answers."


def test_exports_are_byte_identical_every_time_and_match_the_pure_function(project, samples, v1):
    records = [json.loads(r) for r in services.version_items(v1).values_list("record", flat=True)]
    for fmt in export.FORMATS:
        first, second = body(v1, fmt), body(v1, fmt)
        assert first == second == export.export_bytes(records, fmt)
        assert export.sha256_hex(first) == v1.formats[fmt]["all"]["sha256"]
        assert len(first) == v1.formats[fmt]["all"]["bytes"]
        for split in v1.dataset.split_ratios:
            part = body(v1, fmt, split)
            assert export.sha256_hex(part) == v1.formats[fmt][split]["sha256"]
    assert v1.counts["labels"] == {"down": 2, "unrated": 1, "up": 1}
    assert sum(v1.counts["splits"].values()) == 4


def test_the_manifest_has_hashes_counts_and_lineage(project, samples, v1):
    data = b"".join(services.iter_manifest(version=v1))
    assert export.sha256_hex(data) == v1.manifest_sha256 and len(data) == v1.manifest_bytes
    manifest = json.loads(data)
    assert manifest["dataset"] == "golden-support" and manifest["version"] == 1
    assert manifest["schema"] == "assay.v1" and manifest["parent"] is None
    assert manifest["notes"] == "first"
    assert set(manifest["formats"]) == set(export.FORMATS)
    assert manifest["formats"]["kto"]["all"]["lines"] == 3
    assert manifest["counts"]["labels"]["up"] == 1
    hashes = sorted(
        json.loads(r)["content_hash"] for r in [export.dumps(e) for e in manifest["lineage"]]
    )
    assert manifest["dataset_hash"] == export.dataset_hash(hashes)
    by_sample = {e["sample_id"]: e for e in manifest["lineage"]}
    assert set(by_sample) == {str(s.pk) for s in samples}
    entry = by_sample[str(samples[3].pk)]
    assert entry["reviewers"] == ["rita", "sam"] and entry["feedback_id"] is None
    assert by_sample[str(samples[0].pk)]["feedback_id"] == samples[0].feedback_id
    assert [e["id"] for e in manifest["lineage"]] == sorted(e["id"] for e in manifest["lineage"])


def test_the_dataset_hash_does_not_depend_on_the_format_or_order(project, samples, v1):
    # Worked out here from the items alone: sha256 over their sorted content hashes, one per
    # line; no format's bytes go into it.
    hashes = sorted(services.version_items(v1).values_list("content_hash", flat=True))
    expected = hashlib.sha256("".join(f"{h}\n" for h in hashes).encode()).hexdigest()
    assert v1.dataset_hash == expected
    with pytest.raises(ValueError, match="sorted"):
        export.dataset_hash(reversed(hashes))


def test_tags_move_and_refuse_reserved_names(project, samples, v1):
    approve_sample(project=project)
    v2 = publish(project)
    services.tag_version(version=v2, name="prod")
    assert services.resolve_version(dataset=v1.dataset, ref="prod") == v2
    for bad in ("latest", "draft", "7", "v7", "", "has space", "-x"):
        with pytest.raises(services.DatasetError):
            services.tag_version(version=v2, name=bad)


def test_a_version_card_has_statistics(project, samples, v1):
    card = services.render_version_card(version=v1)
    assert card.startswith("# golden-support v1")
    assert "| up | 1 | 25.0% |" in card and "| down | 2 | 50.0% |" in card
    assert "| geo | 1 |" in card and "| gpt-x | 4 | 100.0% |" in card
    assert "### Lengths" in card and v1.sha256 in card
    assert card == services.render_version_card(version=v1)


def test_every_version_keeps_its_bytes_through_later_work(project, samples, v1):
    """Publishing, editing, removing and syncing never change an earlier version."""
    dataset = v1.dataset
    for step in range(3):
        ids = list(services.draft_items(dataset).values_list("item_id", flat=True))
        services.edit_item(dataset=dataset, item_id=ids[0], expected_output=f"Step {step}.")
        services.remove_item(dataset=dataset, item_id=ids[-1])
        approve_sample(project=project)
        approve_sample(project=project)
        publish(project)
    for version in DatasetVersion.objects.all():
        for fmt in export.FORMATS:
            assert export.sha256_hex(body(version, fmt)) == version.formats[fmt]["all"]["sha256"]
        manifest = b"".join(services.iter_manifest(version=version))
        assert export.sha256_hex(manifest) == version.manifest_sha256


def test_a_curators_tags_follow_the_reviewers_rule(project, samples):
    services.sync_drafts(project=project)
    dataset = Dataset.objects.get(project=project)
    item_id = services.draft_items(dataset).values_list("item_id", flat=True).first()
    with pytest.raises(services.DatasetError) as refused:
        services.edit_item(dataset=dataset, item_id=item_id, tags=["<b>bold</b>"])
    assert refused.value.field == "tags"
    item = services.edit_item(dataset=dataset, item_id=item_id, tags=[" geo ", "geo", "q"])
    assert json.loads(item.record)["tags"] == ["geo", "q"]

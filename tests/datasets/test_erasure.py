"""Erasure: a person's conversation leaves everything; versions that held it are re-issued."""

import io
import json
import logging

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict

from curation.models import Review, Sample
from datasets import export, services
from datasets.models import DatasetItem, DatasetVersion, VersionTag
from feedback.models import Conversation, Feedback, Message, Submission
from feedback.privacy import conversation_hash
from tests.datasets.conftest import body, publish
from tests.datasets.factories import approve_sample, client_conversation_id

pytestmark = pytest.mark.django_db


def ids_of(version):
    return sorted(services.version_items(version).values_list("item_id", flat=True))


def test_it_removes_the_conversation_everywhere_and_reissues_the_latest_version(
    project, samples, v1, caplog
):
    target = samples[1]
    conversation_id = client_conversation_id(target)
    stored_id = target.conversation.external_id
    item_id = export.item_id_for(dataset_name="golden-support", sample_id=str(target.pk))
    with caplog.at_level(logging.INFO, logger="datasets"):
        erasure = services.erase_conversation(
            project=project, conversation_id=conversation_id, requested_by="dpo"
        )
    assert not Sample.objects.filter(pk=target.pk).exists()
    assert not Submission.objects.filter(pk=target.pk).exists()
    assert not Conversation.objects.filter(external_id=stored_id).exists()
    assert not Feedback.objects.filter(conversation_external_id=stored_id).exists()
    assert not Review.objects.filter(sample_id=target.pk).exists()
    assert not DatasetItem.objects.filter(item_id=item_id).exists()
    assert Sample.objects.count() == 3 and Message.objects.count() == 9

    v1 = DatasetVersion.objects.get(pk=v1.pk)
    v2 = DatasetVersion.objects.get(number=2)
    assert v1.is_withdrawn and v1.reissued_as == v2 and v2.parent == v1
    assert v2.item_count == 3 and item_id not in ids_of(v2)
    assert "erased" in v2.notes and v2.created_by_name == "dpo"
    assert services.resolve_version(dataset=v1.dataset, ref="latest") == v2
    # The tag followed the content.
    assert VersionTag.objects.get(name="prod").version == v2
    with pytest.raises(services.VersionWithdrawn) as raised:
        services.check_readable(v1)
    assert raised.value.reissued_as == 2 and raised.value.status == 410
    assert export.sha256_hex(body(v2)) == v2.sha256

    # The log holds ids and counts, never the conversation id or any text.
    assert (erasure.samples, erasure.items) == (1, 1)
    assert erasure.versions == [{"dataset": "golden-support", "withdrawn": 1, "reissued_as": 2}]
    assert conversation_id not in str(model_to_dict(erasure)) and stored_id not in str(
        model_to_dict(erasure)
    )
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert conversation_id not in logged and "Ticket" not in logged


def test_older_versions_that_held_it_are_reissued_on_their_own(project, samples, v1):
    dataset = v1.dataset
    target = samples[0]
    target_id = export.item_id_for(dataset_name=dataset.name, sample_id=str(target.pk))
    other = [i for i in ids_of(v1) if i != target_id]
    # v2 drops the target and another item and adds one; v3 adds one more.
    services.remove_item(dataset=dataset, item_id=target_id)
    services.remove_item(dataset=dataset, item_id=other[0])
    approve_sample(project=project)
    v2 = publish(project)
    approve_sample(project=project)
    v3 = publish(project)
    v2_ids, v3_ids = ids_of(v2), ids_of(v3)

    call_command(
        "erase_conversation",
        project.slug,
        client_conversation_id(target),
        stdout=io.StringIO(),
    )

    v1 = DatasetVersion.objects.get(pk=v1.pk)
    reissue = v1.reissued_as
    assert v1.is_withdrawn and reissue.number == 4 and reissue.explicit_items
    assert ids_of(reissue) == [i for i in ids_of(v1) if i != target_id] == sorted(other)
    # v2 and v3 never held it: untouched, v3 is still the latest.
    assert not DatasetVersion.objects.get(pk=v2.pk).is_withdrawn
    assert ids_of(DatasetVersion.objects.get(pk=v2.pk)) == v2_ids
    assert services.latest_version(dataset) == DatasetVersion.objects.get(pk=v3.pk)
    assert ids_of(v3) == v3_ids
    for version in DatasetVersion.objects.current():
        assert export.sha256_hex(body(version)) == version.sha256
    # The next publish continues from v3, not from the re-issue.
    approve_sample(project=project)
    v5 = publish(project)
    assert v5.parent_id == v3.pk and len(ids_of(v5)) == len(v3_ids) + 1


def test_every_version_holding_it_is_withdrawn_and_reissued(project, samples, v1):
    target = samples[2]
    approve_sample(project=project)
    v2 = publish(project)
    erasure = services.erase_conversation(
        project=project, conversation_id=client_conversation_id(target)
    )
    assert erasure.versions == [
        {"dataset": "golden-support", "withdrawn": 1, "reissued_as": 3},
        {"dataset": "golden-support", "withdrawn": 2, "reissued_as": 4},
    ]
    v3, v4 = DatasetVersion.objects.get(number=3), DatasetVersion.objects.get(number=4)
    assert v3.explicit_items and not v4.explicit_items
    assert services.latest_version(v1.dataset) == v4
    assert ids_of(v3) == [i for i in ids_of(v1)] and v3.item_count == 3
    assert v4.item_count == v2.item_count - 1
    # Erasing again finds nothing and changes nothing.
    again = services.erase_conversation(
        project=project, conversation_id=client_conversation_id(target)
    )
    assert (again.samples, again.items, again.versions) == (0, 0, [])
    # A re-issue of a re-issue: erase an item that v3 (explicit) and v4 both hold.
    services.erase_conversation(project=project, conversation_id=client_conversation_id(samples[3]))
    v3 = DatasetVersion.objects.get(number=3)
    assert v3.is_withdrawn and services.current_reissue(v3) == 5
    assert services.current_reissue(DatasetVersion.objects.get(number=1)) == 5
    assert services.latest_version(v1.dataset).number == 6


def test_erasing_a_draft_only_item_issues_no_version(project, samples, v1):
    late = approve_sample(project=project)
    services.sync_drafts(project=project)
    erasure = services.erase_conversation(
        project=project, conversation_id=client_conversation_id(late)
    )
    assert erasure.items == 1 and erasure.versions == []
    assert DatasetVersion.objects.count() == 1 and not DatasetVersion.objects.get().is_withdrawn


def test_it_erases_an_unscrubbed_submission_too(project, samples):
    submission = Submission.objects.create(
        project=project,
        kind="conversation",
        payload={"conversation_id": conversation_hash("raw-1"), "messages": []},
    )
    erasure = services.erase_conversation(project=project, conversation_id="raw-1")
    assert not Submission.objects.filter(pk=submission.pk).exists()
    assert erasure.samples == 0


def test_a_reissued_version_keeps_its_records_byte_for_byte(project, samples, v1):
    before = {json.loads(x)["id"]: x for x in body(v1).splitlines()}
    services.erase_conversation(project=project, conversation_id=client_conversation_id(samples[0]))
    after = {
        json.loads(x)["id"]: x for x in body(DatasetVersion.objects.get(number=2)).splitlines()
    }
    assert len(after) == 3 and all(before[i] == line for i, line in after.items())

"""The scrub step's rows, field by field: what a shared conversation and a rating alone become
once scrubbed, and what is left of the raw submission."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from curation import pipeline
from curation.models import Sample
from curation.pipeline import scrub_sample, scrub_samples
from curation.project_settings import settings_version
from curation.scrub import PiiPolicy
from feedback.models import ApiKey, Conversation, Feedback, Message, Project, Submission
from feedback.privacy import conversation_hash, end_user_hash, message_hash
from feedback.services import share_conversation, submit_feedback
from tests.conftest import feedback_body, share_body

pytestmark = pytest.mark.django_db


def test_a_shared_conversation_becomes_its_scrubbed_rows(secret_key):
    body = share_body(
        end_user_id="user-8812",
        model={"name": "gpt-x", "version": "2026-10"},
        prompt_version="v7",
        metadata={"page": "/help", "who": "Ada Lovelace", "tags": ["Ada Lovelace", 3]},
        messages=[
            {"role": "system", "content": "Be brief.", "id": "s0"},
            {"role": "user", "content": "I am Ada Lovelace, mail ada@example.com", "id": "m1"},
            {"role": "assistant", "content": ""},
        ],
        feedback={
            "rating": "up",
            "reasons": ["helpful", "Ada Lovelace liked it"],
            "comment": "From Ada Lovelace",
            "message_id": "m1",
        },
    )
    sample_id = share_conversation(api_key=secret_key, data=body).id
    assert scrub_sample(sample_id=sample_id) is True

    sample = Sample.objects.get(pk=sample_id)
    conversation = Conversation.objects.get()
    labels = {
        "project_id": sample.project_id,
        "model_name": "gpt-x",
        "model_version": "2026-10",
        "prompt_version": "v7",
        "end_user": end_user_hash("user-8812"),
    }
    assert {name: getattr(conversation, name) for name in labels} == labels
    assert conversation.external_id == conversation_hash("conv-1")
    assert conversation.metadata == {
        "page": "/help",
        "who": "<PERSON_1>",
        "tags": ["<PERSON_1>", 3],
    }
    assert list(
        Message.objects.order_by("position").values_list(
            "conversation", "position", "external_id", "role", "content"
        )
    ) == [
        (conversation.pk, 0, message_hash("s0"), "system", "Be brief."),
        (conversation.pk, 1, message_hash("m1"), "user", "I am <PERSON_1>, mail <EMAIL_ADDRESS_1>"),
        (conversation.pk, 2, "", "assistant", ""),
    ]
    feedback = Feedback.objects.get()
    assert {name: getattr(feedback, name) for name in labels} == labels
    assert (feedback.conversation_id, feedback.metadata) == (conversation.pk, {})
    assert feedback.conversation_external_id == conversation_hash("conv-1")
    assert feedback.message_external_id == message_hash("m1")
    assert (feedback.rating, feedback.reasons, feedback.comment) == (
        Feedback.Rating.UP,
        ["helpful", "<PERSON_1> liked it"],
        "From <PERSON_1>",
    )
    assert (sample.state, sample.conversation_id, sample.feedback_id) == (
        Sample.State.SCRUBBED,
        conversation.pk,
        feedback.pk,
    )
    assert sample.pii_report == {"EMAIL_ADDRESS": 1, "PERSON": 1}
    assert (sample.pii_mode, sample.pii_policy_version) == (
        "placeholder",
        settings_version(PiiPolicy()),
    )
    submission = Submission.objects.get(pk=sample_id)
    assert submission.payload is None and submission.erased_at is not None


def test_a_rating_alone_keeps_its_metadata_and_no_conversation(secret_key):
    body = feedback_body(
        rating="down",
        message_id="m2",
        comment="Call Ada Lovelace",
        metadata={"page": "/help", "who": "Ada Lovelace"},
    )
    sample_id = submit_feedback(api_key=secret_key, data=body).id
    assert scrub_sample(sample_id=sample_id) is True

    assert not Conversation.objects.exists() and not Message.objects.exists()
    feedback = Feedback.objects.get()
    assert feedback.conversation_id is None
    assert feedback.metadata == {"page": "/help", "who": "<PERSON_1>"}
    assert (feedback.rating, feedback.reasons, feedback.comment) == (
        Feedback.Rating.DOWN,
        [],
        "Call <PERSON_1>",
    )
    assert feedback.message_external_id == message_hash("m2")
    assert (feedback.model_name, feedback.model_version) == ("", "")
    assert (feedback.prompt_version, feedback.end_user) == ("", "")
    sample = Sample.objects.get(pk=sample_id)
    assert (sample.state, sample.conversation_id, sample.feedback_id) == (
        Sample.State.SCRUBBED,
        None,
        feedback.pk,
    )


def test_a_conversation_shared_without_a_rating_has_no_feedback_row(secret_key):
    body = share_body()
    del body["feedback"]
    sample_id = share_conversation(api_key=secret_key, data=body).id
    assert scrub_sample(sample_id=sample_id) is True
    assert not Feedback.objects.exists()
    sample = Sample.objects.get(pk=sample_id)
    assert sample.feedback_id is None and sample.conversation_id is not None


def test_a_received_sample_whose_payload_is_gone_is_an_error_not_a_silent_skip(secret_key):
    sample_id = share_conversation(api_key=secret_key, data=share_body()).id
    Submission.objects.filter(pk=sample_id).update(payload=None)
    with pytest.raises(RuntimeError, match="payload is already erased"):
        scrub_sample(sample_id=sample_id)
    assert Sample.objects.get(pk=sample_id).state == Sample.State.RECEIVED


# -- many samples at once (scrub_samples) -----------------------------------------------------


def test_a_batch_that_raises_is_logged_by_the_errors_type_only(secret_key, monkeypatch, caplog):
    ids = [
        share_conversation(api_key=secret_key, data=share_body(conversation_id=f"c-{i}")).id
        for i in range(3)
    ]

    def explode(conversations, **kwargs):
        raise RecursionError("while reading 'Ada Lovelace'")

    monkeypatch.setattr(pipeline, "scrub_conversations", explode)
    outcome = scrub_samples(sample_ids=ids)
    assert (outcome.scrubbed, set(outcome.failed)) == (0, set(ids))
    assert (
        "scrubbing 3 samples together raised RecursionError; scrubbing them one at a time"
        in caplog.messages
    )
    assert "Ada" not in caplog.text


def test_a_payload_that_cannot_be_read_is_logged_by_the_errors_type_only(secret_key, caplog):
    ids = [
        share_conversation(api_key=secret_key, data=share_body(conversation_id=f"c-{i}")).id
        for i in range(2)
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE feedback_submission SET payload = %s WHERE id = %s",
            ["gAAAAABnot-a-token", ids[0].hex if connection.vendor == "sqlite" else ids[0]],
        )
    outcome = scrub_samples(sample_ids=ids)
    assert outcome.scrubbed == 1 and set(outcome.failed) == {ids[0]}
    [loading] = [m for m in caplog.messages if m.startswith("loading")]
    assert loading == f"loading 2 samples raised {type(outcome.failed[ids[0]]).__name__}"


def test_a_sample_of_a_project_with_broken_pii_settings_fails_under_its_own_id(
    secret_key, other_project_keys
):
    fine = share_conversation(api_key=secret_key, data=share_body()).id
    other = other_project_keys["project"]
    other_key = ApiKey.objects.get(hashed=ApiKey.hash(other_project_keys["sk"]))
    broken = share_conversation(api_key=other_key, data=share_body()).id
    Project.objects.filter(pk=other.pk).update(settings={"pii": {"mode": "scramble"}})

    outcome = scrub_samples(sample_ids=[broken, fine])
    assert outcome.scrubbed == 1
    assert list(outcome.failed) == [broken]
    assert Sample.objects.get(pk=fine).state == Sample.State.SCRUBBED


def test_ratings_in_one_batch_are_applied_in_the_order_they_were_received(secret_key):
    first, second = (
        submit_feedback(
            api_key=secret_key, data=feedback_body(end_user_id="anon-1", rating=rating)
        ).id
        for rating in ("up", "down")
    )
    # Received in this order whatever their ids: the one with the larger id came first.
    earlier, later = sorted([first, second], reverse=True)
    now = timezone.now()
    Sample.objects.filter(pk=earlier).update(created_at=now - timedelta(seconds=5))
    Sample.objects.filter(pk=later).update(created_at=now)

    assert scrub_samples(sample_ids=[first, second]).scrubbed == 2
    assert Sample.objects.get(pk=later).reasons == [
        f"changed mind: updated the earlier rating of this answer (sample {earlier})"
    ]
    assert Sample.objects.get(pk=earlier).state == Sample.State.SCRUBBED


def test_a_sample_another_worker_scrubs_during_the_nlp_is_left_to_it(secret_key, monkeypatch):
    sample_id = share_conversation(api_key=secret_key, data=share_body()).id
    nlp = pipeline._scrub

    def meanwhile(received, policy):
        scrubbed = nlp(received, policy)
        # The other worker commits first, while this one was running the NLP.
        monkeypatch.setattr(pipeline, "_scrub", nlp)
        assert scrub_sample(sample_id=sample_id) is True
        return scrubbed

    monkeypatch.setattr(pipeline, "_scrub", meanwhile)
    assert scrub_sample(sample_id=sample_id) is False
    assert (Conversation.objects.count(), Feedback.objects.count()) == (1, 1)
    assert Message.objects.count() == 3

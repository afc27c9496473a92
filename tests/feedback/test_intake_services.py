"""Intake's services called directly: what a replay answers, where a batch event goes, what
of a submission is kept and how its ids are stored."""

import pytest
from django.db import IntegrityError

from curation.models import Sample
from curation.pipeline import advance_sample
from feedback import services
from feedback.models import ApiKey, Submission
from feedback.privacy import conversation_hash, end_user_hash, idempotency_hash, message_hash
from feedback.services import (
    Accepted,
    create_project,
    normalize_origin,
    share_conversation,
    submit_event,
    submit_feedback,
)
from tests.conftest import feedback_body, share_body

pytestmark = pytest.mark.django_db


def test_a_replay_answers_the_first_submission_in_the_state_it_has_reached(secret_key):
    first = share_conversation(api_key=secret_key, data=share_body(idempotency_key="k-1"))
    assert first == Accepted(id=first.id, status="received", created=True)
    advance_sample(sample_id=first.id)
    again = share_conversation(api_key=secret_key, data=share_body(idempotency_key="k-1"))
    assert again == Accepted(id=first.id, status="pending_review", created=False)
    assert Submission.objects.count() == 1


def test_without_an_idempotency_key_every_submission_is_new(secret_key):
    first = submit_feedback(api_key=secret_key, data=feedback_body())
    second = submit_feedback(api_key=secret_key, data=feedback_body())
    assert first.id != second.id and first.created and second.created
    assert Submission.objects.get(pk=first.id).idempotency_key is None


@pytest.mark.parametrize(
    ("kind", "stored"),
    [("feedback", Submission.Kind.FEEDBACK), ("conversation", Submission.Kind.CONVERSATION)],
)
def test_a_batch_event_is_accepted_as_its_own_type(secret_key, kind, stored):
    body = share_body() if kind == "conversation" else feedback_body()
    accepted = submit_event(api_key=secret_key, kind=kind, data=body)
    submission = Submission.objects.get(pk=accepted.id)
    assert submission.kind == stored
    assert Sample.objects.get(pk=accepted.id).state == Sample.State.RECEIVED


def test_a_feedback_event_without_consent_keeps_no_messages(secret_key):
    body = feedback_body(messages=[{"role": "user", "content": "private words"}])
    accepted = submit_event(api_key=secret_key, kind="feedback", data=body)
    assert "messages" not in Submission.objects.get(pk=accepted.id).payload
    body = feedback_body(consent=True, messages=[{"role": "user", "content": "shared words"}])
    accepted = submit_event(api_key=secret_key, kind="feedback", data=body)
    [message] = Submission.objects.get(pk=accepted.id).payload["messages"]
    assert message["content"] == "shared words"


def test_ids_are_stored_as_keyed_hashes_and_the_key_field_not_at_all(secret_key):
    body = share_body(
        key="pk_sent_in_the_body",
        idempotency_key="retry-7",
        end_user_id="user-8812",
        messages=[
            {"role": "user", "content": "hello", "id": "m1"},
            {"role": "assistant", "content": "hi"},
        ],
        feedback={"rating": "up", "message_id": "m2"},
    )
    accepted = share_conversation(api_key=secret_key, data=body)
    submission = Submission.objects.get(pk=accepted.id)
    payload = submission.payload
    assert "key" not in payload and "idempotency_key" not in payload
    assert submission.idempotency_key == idempotency_hash("retry-7")
    assert payload["conversation_id"] == conversation_hash("conv-1")
    assert payload["end_user_id"] == end_user_hash("user-8812")
    assert payload["messages"] == [
        {"role": "user", "content": "hello", "id": message_hash("m1")},
        {"role": "assistant", "content": "hi"},
    ]
    assert payload["feedback"] == {"rating": "up", "message_id": message_hash("m2")}


def test_feedback_ids_are_hashed_and_absent_ones_stay_absent(secret_key):
    accepted = submit_feedback(api_key=secret_key, data=feedback_body(message_id="m2"))
    payload = Submission.objects.get(pk=accepted.id).payload
    assert payload["message_id"] == message_hash("m2")
    assert "end_user_id" not in payload
    accepted = submit_feedback(api_key=secret_key, data=feedback_body(message_id=""))
    assert Submission.objects.get(pk=accepted.id).payload["message_id"] == ""


@pytest.mark.parametrize(
    ("origin", "normalized"),
    [
        ("https://App.Example.com/", "https://app.example.com"),
        ("  http://localhost:8000 ", "http://localhost:8000"),
    ],
)
def test_origins_are_normalized(origin, normalized):
    assert normalize_origin(origin) == normalized


@pytest.mark.parametrize(
    "origin",
    [
        "app.example.com",
        "ftp://app.example.com",
        "https://",
        "https://app.example.com/chat",
        "https://app.example.com/?x=1",
        "https://app.example.com/#top",
    ],
)
def test_anything_but_an_origin_is_refused(origin):
    with pytest.raises(ValueError, match=r"is not an origin like https://app\.example\.com"):
        normalize_origin(origin)


def test_a_new_project_gets_one_key_of_each_kind_shown_once():
    created = create_project(slug="shop", origins=["https://Shop.example.com/"])
    project = created.project
    assert (project.slug, project.name) == ("shop", "shop")
    assert project.allowed_origins == ["https://shop.example.com"]
    assert project.settings == {}
    keys = {key.kind: key for key in project.keys.all()}
    assert set(keys) == {ApiKey.Kind.PUBLISHABLE, ApiKey.Kind.SECRET}
    assert keys[ApiKey.Kind.PUBLISHABLE].hashed == ApiKey.hash(created.publishable_key)
    assert keys[ApiKey.Kind.SECRET].hashed == ApiKey.hash(created.secret_key)
    assert {key.label for key in keys.values()} == {"default"}
    named = create_project(
        slug="desk", name="Help desk", origins=[], settings={"pii": {"mode": "surrogate"}}
    )
    assert named.project.name == "Help desk"
    assert named.project.settings == {"pii": {"mode": "surrogate"}}


def test_a_sample_is_dated_when_intake_received_it(secret_key):
    accepted = share_conversation(api_key=secret_key, data=share_body())
    sample = Sample.objects.select_related("submission").get(pk=accepted.id)
    assert sample.created_at == sample.submission.received_at
    assert sample.project_id == secret_key.project_id


def test_a_replay_racing_the_first_request_answers_with_the_first(secret_key, monkeypatch):
    first = share_conversation(api_key=secret_key, data=share_body(idempotency_key="k-2"))
    looked_up = []
    existing = services._existing

    def not_committed_yet(**kwargs):
        # The first lookup runs before the other request's row is visible.
        looked_up.append(kwargs)
        return None if len(looked_up) == 1 else existing(**kwargs)

    monkeypatch.setattr(services, "_existing", not_committed_yet)
    again = share_conversation(api_key=secret_key, data=share_body(idempotency_key="k-2"))
    assert again == Accepted(id=first.id, status="received", created=False)
    assert looked_up[1] == {"api_key": secret_key, "idempotency_key": idempotency_hash("k-2")}
    assert Submission.objects.count() == 1


def test_an_integrity_error_without_an_idempotency_key_is_raised(secret_key, monkeypatch):
    share_conversation(api_key=secret_key, data=share_body())

    def refused(*objects):
        raise IntegrityError("refused")

    monkeypatch.setattr(services, "insert_together", refused)
    with pytest.raises(IntegrityError):
        share_conversation(api_key=secret_key, data=share_body())

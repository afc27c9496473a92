"""The batch scrub step (scrub_samples): one NLP pass per PII policy over many samples, the
same rows as scrubbing each sample alone, placeholders per conversation, and one bad sample
never holding back the others."""

from typing import Any
from uuid import UUID

import pytest
from django.core.management import call_command
from django.db import connection

from curation import pipeline
from curation.models import Sample
from curation.pipeline import scrub_sample, scrub_samples
from curation.project_settings import settings_version
from curation.scrub import PiiPolicy
from feedback.models import ApiKey, Feedback, Submission
from feedback.services import create_project, share_conversation, submit_feedback
from tests.conftest import feedback_body, share_body

pytestmark = pytest.mark.django_db

# A project with its own policy: another region for local phone numbers and a deny list.
STRICT_PII = {"deny_list": ["Project Nightjar"], "phone_regions": ["FR"]}


@pytest.fixture
def strict_key() -> ApiKey:
    project = create_project(slug="strict", origins=[], settings={"pii": STRICT_PII}).project
    return ApiKey.objects.get(project=project, kind=ApiKey.Kind.SECRET)


def _bodies(copy: str) -> list[tuple[str, dict[str, Any]]]:
    """Shares and ratings whose scrubbing tells policies and conversations apart."""
    return [
        ("share", share_body(conversation_id=f"{copy}-1")),
        (
            "share",
            share_body(
                conversation_id=f"{copy}-2",
                messages=[
                    {"role": "user", "content": "I'm Ada Lovelace, call me on 06 12 34 56 78"},
                    {"role": "assistant", "content": "Noted, Ada Lovelace."},
                    {"role": "user", "content": "Project Nightjar is late; ask Grace Hopper."},
                ],
                feedback={"rating": "up", "comment": "Grace Hopper and Ada agree"},
                metadata={"plan": "pro", "note": "Ada Lovelace asked twice"},
            ),
        ),
        ("share", share_body(conversation_id=f"{copy}-3", messages=[])),
        ("rate", feedback_body(conversation_id=f"{copy}-4", comment="John Smith was rude")),
    ]


def _submit(api_key: ApiKey, copy: str) -> list[UUID]:
    submit = {"share": share_conversation, "rate": submit_feedback}
    return [submit[kind](api_key=api_key, data=body).id for kind, body in _bodies(copy)]


def _stored(sample_id: UUID) -> dict[str, Any]:
    """What scrubbing left of a sample, without its row ids."""
    sample = Sample.objects.select_related("conversation", "feedback").get(pk=sample_id)
    feedback = sample.feedback
    return {
        "state": sample.state,
        "report": sample.pii_report,
        "mode": sample.pii_mode,
        "policy": sample.pii_policy_version,
        "messages": (
            list(sample.conversation.messages.values_list("role", "content", "external_id"))
            if sample.conversation
            else None
        ),
        "metadata": sample.conversation.metadata if sample.conversation else None,
        "feedback": (
            (feedback.rating, feedback.reasons, feedback.comment, feedback.metadata)
            if feedback
            else None
        ),
        "payload": Submission.objects.get(pk=sample_id).payload,
    }


def test_it_writes_what_scrubbing_each_sample_alone_writes(secret_key, strict_key):
    alone = _submit(secret_key, "a") + _submit(strict_key, "a")
    together = _submit(secret_key, "b") + _submit(strict_key, "b")
    for sample_id in alone:
        assert scrub_sample(sample_id=sample_id) is True

    outcome = scrub_samples(sample_ids=together)

    assert (outcome.scrubbed, outcome.failed) == (len(together), {})
    assert [_stored(s) for s in together] == [_stored(s) for s in alone]
    strict = _stored(together[5])
    assert strict["messages"][0][1] == "I'm <PERSON_1>, call me on <PHONE_NUMBER_1>"
    assert strict["messages"][2][1] == "<CUSTOM_1> is late; ask <PERSON_2>."
    assert strict["policy"] == settings_version(PiiPolicy.from_settings(STRICT_PII))
    assert _stored(together[1])["policy"] == settings_version(PiiPolicy())


def test_it_runs_the_nlp_once_per_policy(secret_key, strict_key, monkeypatch):
    calls: list[int] = []
    real = pipeline.scrub_conversations

    def counted(conversations, **kwargs):
        conversations = list(conversations)
        calls.append(len(conversations))
        return real(conversations, **kwargs)

    monkeypatch.setattr(pipeline, "scrub_conversations", counted)
    scrub_samples(sample_ids=_submit(secret_key, "a") + _submit(strict_key, "a"))
    assert calls == [4, 4]


def test_placeholders_are_consistent_in_a_conversation_and_restart_in_the_next(secret_key):
    ids = [
        share_conversation(
            api_key=secret_key,
            data=share_body(
                conversation_id=f"c{index}",
                messages=[
                    {"role": "user", "content": f"I'm {name}. {other} will join."},
                    {"role": "assistant", "content": f"Welcome, {name}!"},
                ],
                feedback={"rating": "down", "comment": f"{other} and {name} say no"},
            ),
        ).id
        for index, (name, other) in enumerate(
            [("Ada Lovelace", "Grace Hopper"), ("Grace Hopper", "Ada Lovelace")]
        )
    ]
    scrub_samples(sample_ids=ids)
    for sample_id in ids:
        stored = _stored(sample_id)
        assert [content for _, content, _ in stored["messages"]] == [
            "I'm <PERSON_1>. <PERSON_2> will join.",
            "Welcome, <PERSON_1>!",
        ]
        assert stored["feedback"][2] == "<PERSON_2> and <PERSON_1> say no"
        assert stored["report"] == {"PERSON": 2}


def test_it_erases_the_payloads_and_writes_the_report_mode_and_policy(secret_key):
    ids = _submit(secret_key, "a")
    scrub_samples(sample_ids=ids)
    for sample in Sample.objects.filter(pk__in=ids).select_related("submission"):
        assert sample.submission.payload is None
        assert sample.submission.erased_at is not None
        assert sample.state == Sample.State.SCRUBBED
        assert sample.pii_mode == "placeholder"
        assert sample.pii_policy_version == settings_version(PiiPolicy())
    assert Sample.objects.get(pk=ids[1]).pii_report == {
        "PERSON": 2,
        "PHONE_NUMBER": 1,
    }


def test_a_sample_whose_scrubbing_raises_fails_alone(secret_key, monkeypatch):
    ids = _submit(secret_key, "a")
    real = pipeline.scrub_conversations

    def fail_on_ada(conversations, **kwargs):
        conversations = [list(texts) for texts in conversations]
        if any("Ada" in text for texts in conversations for text in texts):
            raise RecursionError("while reading 'Ada Lovelace'")
        return real(conversations, **kwargs)

    monkeypatch.setattr(pipeline, "scrub_conversations", fail_on_ada)
    outcome = scrub_samples(sample_ids=ids)

    assert outcome.scrubbed == 3
    assert {key: type(error) for key, error in outcome.failed.items()} == {ids[1]: RecursionError}
    states = dict(Sample.objects.filter(pk__in=ids).values_list("pk", "state"))
    assert states == {**dict.fromkeys(ids, Sample.State.SCRUBBED), ids[1]: Sample.State.RECEIVED}
    assert Submission.objects.get(pk=ids[1]).payload is not None


def test_an_erased_or_unreadable_payload_fails_alone(secret_key):
    ids = _submit(secret_key, "a")
    Submission.objects.filter(pk=ids[0]).update(payload=None)
    # Sealed under a key this deployment does not hold: unsealing it raises.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE feedback_submission SET payload = %s WHERE id = %s",
            ["gAAAAABnot-a-token", ids[2].hex if connection.vendor == "sqlite" else ids[2]],
        )

    outcome = scrub_samples(sample_ids=ids)

    assert outcome.scrubbed == 2
    assert {key: type(error) for key, error in outcome.failed.items()} == {
        ids[0]: RuntimeError,
        ids[2]: ValueError,
    }
    assert Sample.objects.filter(pk__in=ids, state=Sample.State.SCRUBBED).count() == 2


def test_a_sample_scrubbed_meanwhile_is_left_alone(secret_key):
    ids = _submit(secret_key, "a")
    scrub_sample(sample_id=ids[0])
    messages_before = Sample.objects.get(pk=ids[0]).conversation.messages.count()

    assert scrub_samples(sample_ids=ids).scrubbed == 3
    assert scrub_samples(sample_ids=ids).scrubbed == 0
    assert Sample.objects.get(pk=ids[0]).conversation.messages.count() == messages_before
    assert Feedback.objects.count() == 4


def test_a_changed_rating_in_the_same_batch_updates_the_earlier_one(secret_key):
    ids = [
        submit_feedback(
            api_key=secret_key,
            data=feedback_body(end_user_id="anon-1", rating=rating, comment=comment),
        ).id
        for rating, comment in [("up", ""), ("down", "Ada Lovelace says wrong")]
    ]
    scrub_samples(sample_ids=ids)

    feedback = Feedback.objects.get()
    assert (feedback.rating, feedback.comment) == (Feedback.Rating.DOWN, "<PERSON_1> says wrong")
    first, second = (Sample.objects.get(pk=pk) for pk in ids)
    assert (first.state, first.feedback_id) == (Sample.State.SCRUBBED, None)
    assert (second.state, second.feedback_id) == (Sample.State.RECORDED, feedback.pk)
    assert second.reasons == [
        f"changed mind: updated the earlier rating of this answer (sample {first.pk})"
    ]


def test_the_number_of_queries_does_not_grow_with_the_batch(
    secret_key, django_assert_max_num_queries
):
    ids = [
        share_conversation(api_key=secret_key, data=share_body(conversation_id=f"c{i}")).id
        for i in range(12)
    ]
    pipeline.scrub_samples(sample_ids=ids[:1])  # the engines load outside the count
    # Load, claim, then one statement each for conversations, messages, feedback, samples
    # and payloads, and the savepoint around the writes.
    with django_assert_max_num_queries(9):
        assert scrub_samples(sample_ids=ids[1:]).scrubbed == 11


def test_process_samples_scrubs_in_batches_and_counts_a_failure_once(
    secret_key, monkeypatch, capsys
):
    ids = _submit(secret_key, "a")
    real = pipeline.scrub_conversations
    calls: list[int] = []

    def fail_on_ada(conversations, **kwargs):
        conversations = [list(texts) for texts in conversations]
        calls.append(len(conversations))
        if any("Ada" in text for texts in conversations for text in texts):
            raise RecursionError("while reading 'Ada Lovelace'")
        return real(conversations, **kwargs)

    monkeypatch.setattr(pipeline, "scrub_conversations", fail_on_ada)
    call_command("process_samples")

    # The batch, then each sample alone after it raised.
    assert calls == [4, 1, 1, 1, 1]
    err = capsys.readouterr().err
    assert err.count(str(ids[1])) == 1 and "Ada" not in err
    bad = Sample.objects.get(pk=ids[1])
    assert (bad.state, bad.attempts) == (Sample.State.RECEIVED, 1)
    assert Sample.objects.exclude(pk=ids[1]).filter(attempts=0).count() == 3

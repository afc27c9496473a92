import json
import logging
import socket

import pytest
import tldextract
from django.core.management import call_command
from django.utils import timezone

from curation import tasks
from curation.filters import FILTERS
from curation.models import FilterResult, Sample
from curation.pipeline import (
    advance_sample,
    filter_sample,
    scrub_sample,
)
from curation.scrub import scrub_texts
from feedback.models import Conversation, Feedback, Message, Submission
from feedback.privacy import end_user_hash
from tests.conftest import every_stored_value, feedback_body, share_body

pytestmark = pytest.mark.django_db

PLANTED = ["John Smith", "john.smith@example.com", "Ada Lovelace", "+44 20 7946 0958", "user-8812"]


def _share(post, key, **overrides) -> Sample:
    response = post("/api/v1/conversations", share_body(**overrides), key=key)
    assert response.status_code == 202
    return Sample.objects.get(pk=response.json()["id"])


def test_scrub_writes_scrubbed_rows_and_erases_the_raw_payload(post, project_keys):
    sample = _share(post, project_keys["sk"])
    assert scrub_sample(sample_id=sample.pk) is True
    sample.refresh_from_db()
    assert sample.state == Sample.State.SCRUBBED
    submission = Submission.objects.get(pk=sample.pk)
    assert submission.payload is None
    assert submission.erased_at is not None
    contents = list(sample.conversation.messages.values_list("role", "content"))
    assert contents == [
        ("user", "Hi, I'm <PERSON_1>. Email me at <EMAIL_ADDRESS_1>"),
        ("assistant", "Thanks, <PERSON_1>. What do you need?"),
        ("user", "What is the capital of Australia?"),
    ]
    assert sample.conversation.model_name == "gpt-x"
    assert sample.conversation.prompt_version == "v7"
    assert sample.pii_report == {"EMAIL_ADDRESS": 1, "PERSON": 1}


def test_placeholders_are_consistent_across_turns_and_the_comment(post, project_keys):
    messages = [
        {"role": "user", "content": "My colleague Ada Lovelace and I need help."},
        {"role": "assistant", "content": "Happy to help you and Ada Lovelace."},
        {"role": "user", "content": "Also loop in Charles Babbage please."},
    ]
    sample = _share(
        post,
        project_keys["sk"],
        messages=messages,
        feedback={"rating": "down", "comment": "Ada Lovelace says it was wrong"},
    )
    advance_sample(sample_id=sample.pk)
    sample.refresh_from_db()
    texts = list(sample.conversation.messages.values_list("content", flat=True))
    assert "<PERSON_1>" in texts[0] and "<PERSON_1>" in texts[1]
    assert "<PERSON_2>" in texts[2]
    assert sample.feedback.comment == "<PERSON_1> says it was wrong"
    assert sample.pii_report == {"PERSON": 2}


def test_placeholders_restart_in_each_conversation(post, project_keys):
    first = _share(
        post, project_keys["sk"], messages=[{"role": "user", "content": "I am Ada Lovelace"}]
    )
    second = _share(
        post, project_keys["sk"], messages=[{"role": "user", "content": "I am Grace Hopper"}]
    )
    for sample in (first, second):
        advance_sample(sample_id=sample.pk)
        sample.refresh_from_db()
        assert sample.conversation.messages.get().content == "I am <PERSON_1>"


def test_a_rerun_step_does_nothing(post, project_keys):
    sample = _share(post, project_keys["sk"])
    assert scrub_sample(sample_id=sample.pk) is True
    assert scrub_sample(sample_id=sample.pk) is False
    assert filter_sample(sample_id=sample.pk) is True
    assert filter_sample(sample_id=sample.pk) is False
    assert Sample.objects.get(pk=sample.pk).state == Sample.State.PENDING_REVIEW
    assert FilterResult.objects.filter(sample_id=sample.pk).count() == len(FILTERS)
    assert Conversation.objects.count() == 1
    assert Message.objects.count() == 3
    assert Feedback.objects.count() == 1
    assert advance_sample(sample_id=sample.pk) == Sample.State.PENDING_REVIEW


def test_a_shared_conversation_ends_pending_review(post, project_keys):
    sample = _share(post, project_keys["sk"])
    assert advance_sample(sample_id=sample.pk) == Sample.State.PENDING_REVIEW
    feedback = Feedback.objects.get()
    assert feedback.conversation == Sample.objects.get(pk=sample.pk).conversation
    assert feedback.rating == Feedback.Rating.DOWN
    assert feedback.reasons == ["inaccurate"]


def test_feedback_without_consent_is_recorded_with_its_comment_scrubbed(post, project_keys):
    body = feedback_body(
        rating="down", comment="Call John Smith on +1 212 555 0143", end_user_id="user-8812"
    )
    sample_id = post("/api/v1/feedback", body, key=project_keys["sk"]).json()["id"]
    assert advance_sample(sample_id=sample_id) == Sample.State.RECORDED
    sample = Sample.objects.get(pk=sample_id)
    assert sample.conversation is None
    assert sample.reasons
    assert sample.feedback.comment == "Call <PERSON_1> on <PHONE_NUMBER_1>"
    assert sample.feedback.end_user == end_user_hash("user-8812")
    assert "user-8812" not in sample.feedback.end_user


def test_feedback_with_consented_messages_goes_to_review(post, project_keys):
    # A real question: a user side of only "hello" is filler, rejected by the filters.
    question = "how do I export my invoices as CSV?"
    body = feedback_body(
        consent=True,
        messages=[{"role": "user", "content": question}, {"role": "assistant", "content": "hi"}],
    )
    sample_id = post("/api/v1/feedback", body, key=project_keys["sk"]).json()["id"]
    assert advance_sample(sample_id=sample_id) == Sample.State.PENDING_REVIEW


def test_metadata_strings_are_scrubbed_too(post, project_keys):
    messages = [{"role": "user", "content": "hello"}]
    metadata = {"page": "/help", "note": {"who": "Ada Lovelace"}, "n": 3}
    sample = _share(
        post, project_keys["sk"], messages=messages, feedback={"rating": "up"}, metadata=metadata
    )
    advance_sample(sample_id=sample.pk)
    sample.refresh_from_db()
    assert sample.conversation.metadata == {"page": "/help", "note": {"who": "<PERSON_1>"}, "n": 3}


def test_no_planted_value_survives_anywhere_in_the_database(post, project_keys):
    messages = [
        {"role": "user", "content": "I'm John Smith, mail john.smith@example.com"},
        {"role": "assistant", "content": "Thanks John Smith. Who else?"},
        {"role": "user", "content": "Ada Lovelace, on +44 20 7946 0958"},
    ]
    sample = _share(
        post,
        project_keys["sk"],
        messages=messages,
        end_user_id="user-8812",
        feedback={"rating": "up", "comment": "thanks from John Smith"},
    )
    # Before scrubbing the raw payload exists, but sealed: the database holds ciphertext.
    assert [value for value in PLANTED if value in every_stored_value()] == []
    raw = json.dumps(Submission.objects.get(pk=sample.pk).payload)
    assert "john.smith@example.com" in raw and "+44 20 7946 0958" in raw
    advance_sample(sample_id=sample.pk)
    stored = every_stored_value()
    assert [value for value in PLANTED if value in stored] == []


def test_process_samples_runs_everything_unfinished_and_prints_counts(post, project_keys, capsys):
    _share(post, project_keys["sk"])
    _share(post, project_keys["sk"], messages=[{"role": "user", "content": "why?"}])
    post("/api/v1/feedback", feedback_body(), key=project_keys["sk"])
    call_command("process_samples")
    out = capsys.readouterr().out
    assert "pending_review: 2" in out
    assert "recorded: 1" in out
    assert not Sample.objects.unfinished().exists()
    call_command("process_samples")
    assert "No unfinished samples." in capsys.readouterr().out


def test_requeue_enqueues_only_samples_stuck_past_their_lease(
    post, project_keys, monkeypatch, settings
):
    queued: list[str] = []
    monkeypatch.setattr(tasks.process_sample, "delay", lambda sample_id: queued.append(sample_id))
    stuck = _share(post, project_keys["sk"])
    fresh = _share(post, project_keys["sk"])
    done = _share(post, project_keys["sk"])
    advance_sample(sample_id=done.pk)
    long_ago = timezone.now() - settings.ASSAY_SAMPLE_LEASE * 2
    Sample.objects.filter(pk__in=[stuck.pk, done.pk]).update(state_changed_at=long_ago)

    assert tasks.requeue_stuck_samples() == 1
    assert queued == [str(stuck.pk)]
    assert fresh.pk not in queued
    # The lease moved forward: an immediate second sweep finds nothing.
    assert tasks.requeue_stuck_samples() == 0


def test_a_failed_enqueue_keeps_the_sample_and_does_not_raise(
    post, project_keys, monkeypatch, caplog
):
    def broker_down(sample_id):
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.process_sample, "delay", broker_down)
    sample = _share(post, project_keys["sk"])
    tasks.enqueue_sample(sample.pk)
    assert Sample.objects.get(pk=sample.pk).state == Sample.State.RECEIVED
    assert str(sample.pk) in caplog.text


def test_the_task_runs_the_pipeline(post, project_keys, monkeypatch):
    monkeypatch.setattr(tasks.filter_scrubbed, "delay", tasks.filter_scrubbed)
    sample = _share(post, project_keys["sk"])
    assert tasks.process_sample(str(sample.pk)) == Sample.State.SCRUBBED
    assert Sample.objects.get(pk=sample.pk).state == Sample.State.PENDING_REVIEW
    # A redelivered task finds nothing to do, and that is not an attempt.
    assert tasks.process_sample(str(sample.pk)) == Sample.State.PENDING_REVIEW
    assert Sample.objects.get(pk=sample.pk).attempts == 1


def test_logs_never_carry_raw_text(post, project_keys, caplog):
    caplog.set_level(logging.DEBUG)
    sample = _share(post, project_keys["sk"])
    post("/api/v1/feedback", feedback_body(rating="John Smith"), key=project_keys["sk"])
    post("/api/v1/feedback", b'{"comment": "John Smith', key=project_keys["sk"])
    advance_sample(sample_id=sample.pk)
    call_command("process_samples")
    assert "John Smith" not in caplog.text
    assert "john.smith@example.com" not in caplog.text


def test_the_scrubber_never_touches_the_network(monkeypatch):
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network blocked by test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    # Forget any suffix list already loaded, so the email recognizer has to load it again.
    monkeypatch.setattr(tldextract.tldextract.TLD_EXTRACTOR, "_extractor", None)
    result = scrub_texts(["write to ada@example.co.uk or bob@example.com"])
    assert result.texts == ["write to <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>"]
    assert attempts == []


def test_the_projects_pii_policy_applies_and_the_mode_is_reported(client, post, project_keys):
    project = project_keys["project"]
    project.settings = {"pii": {"mode": "surrogate", "allow_list": ["Australia"]}}
    project.save(update_fields=["settings"])
    sample = _share(post, project_keys["sk"])
    advance_sample(sample_id=sample.pk)
    sample.refresh_from_db()
    assert sample.pii_mode == "surrogate"
    first = sample.conversation.messages.first().content
    assert "John Smith" not in first and "<PERSON_1>" not in first
    body = client.get(
        f"/api/v1/samples/{sample.pk}", HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}"
    ).json()
    assert body["pii_mode"] == "surrogate"
    assert body["pii"] == {"EMAIL_ADDRESS": 1, "PERSON": 1}


def test_a_planted_corpus_leaves_no_planted_value_anywhere_in_the_database(post, project_keys):
    from bench.pii_corpus import CorpusBuilder

    corpus = CorpusBuilder(seed=99).build(40)
    ids = []
    for index, conversation in enumerate(corpus):
        messages = [
            {"role": "user" if i % 2 == 0 else "assistant", "content": text}
            for i, text in enumerate(conversation.messages)
        ]
        body = share_body(
            conversation_id=f"planted-{index}",
            messages=messages,
            feedback={"rating": "down", "comment": conversation.messages[0]},
        )
        ids.append(post("/api/v1/conversations", body, key=project_keys["sk"]).json()["id"])
    planted = {value for conversation in corpus for _, value, _ in conversation.planted}
    assert len(planted) > 30

    call_command("process_samples")

    # Template conversations can be identical once scrubbed: the duplicate filter may reject some.
    states = set(Sample.objects.filter(pk__in=ids).values_list("state", flat=True))
    assert states <= {Sample.State.PENDING_REVIEW, Sample.State.AUTO_REJECTED}
    stored = every_stored_value().casefold()
    assert sorted(value for value in planted if value.casefold() in stored) == []


def test_the_worker_task_scrubs_then_hands_over_to_the_batch_filter(
    post, project_keys, monkeypatch
):
    queued: list[int] = []
    monkeypatch.setattr(
        tasks.filter_scrubbed, "delay", lambda project_id: queued.append(project_id)
    )
    first = _share(post, project_keys["sk"])
    second = _share(
        post, project_keys["sk"], messages=[{"role": "user", "content": "What is a monad?"}]
    )
    assert tasks.process_sample(str(first.pk)) == Sample.State.SCRUBBED
    assert tasks.process_sample(str(second.pk)) == Sample.State.SCRUBBED
    assert queued == [project_keys["project"].pk] * 2

    assert tasks.filter_scrubbed(project_keys["project"].pk) == 2
    assert set(Sample.objects.values_list("state", flat=True)) == {Sample.State.PENDING_REVIEW}
    assert tasks.filter_scrubbed(project_keys["project"].pk) == 0


def test_process_samples_counts_a_failing_sample_once_and_touches_each_sample_once(
    post, project_keys, capsys, monkeypatch
):
    from curation import pipeline

    good = _share(post, project_keys["sk"])
    bad = _share(post, project_keys["sk"], messages=[{"role": "user", "content": "hello there"}])
    real_scrub = pipeline.scrub_conversations

    def scrub_or_fail(conversations, **kwargs):
        conversations = [list(texts) for texts in conversations]
        if any("hello there" in texts for texts in conversations):
            raise RuntimeError("boom")
        return real_scrub(conversations, **kwargs)

    monkeypatch.setattr(pipeline, "scrub_conversations", scrub_or_fail)
    call_command("process_samples")
    out = capsys.readouterr()
    assert "failed: 1" in out.out
    assert out.err.count(str(bad.pk)) == 1
    assert "pending_review: 1" in out.out and "received: 1" in out.out
    # The batch finished the good sample: no second pass through advance_sample.
    assert Sample.objects.get(pk=good.pk).attempts == 0

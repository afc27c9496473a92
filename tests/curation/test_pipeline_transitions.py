"""The pipeline's state transitions, each on its own: only the named sample moves, only from
the states it may leave, its clock is stamped, and what it reports is what happened."""

import logging
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from curation import pipeline
from curation.models import Sample
from feedback.models import Submission
from feedback.services import share_conversation
from tests.conftest import share_body

pytestmark = pytest.mark.django_db

State = Sample.State
LONG_AGO = timedelta(days=30)


@pytest.fixture
def new_sample(secret_key):
    """A received sample whose clock was last stamped a month ago."""
    count = iter(range(100))

    def _new(*, state: str = State.RECEIVED, attempts: int = 0) -> Sample:
        number = next(count)
        messages = [{"role": "user", "content": f"Question {number}: how do I sort a dict?"}]
        body = share_body(conversation_id=f"conv-{number}", messages=messages)
        sample_id = share_conversation(api_key=secret_key, data=body).id
        Sample.objects.filter(pk=sample_id).update(
            state=state, attempts=attempts, state_changed_at=timezone.now() - LONG_AGO
        )
        return Sample.objects.get(pk=sample_id)

    return _new


def _state(sample: Sample) -> tuple[str, list[str]]:
    sample.refresh_from_db()
    return sample.state, sample.reasons


def _stamped_now(sample: Sample) -> bool:
    sample.refresh_from_db()
    return timezone.now() - sample.state_changed_at < timedelta(minutes=1)


def test_failing_a_sample_moves_that_one_only_and_says_why(new_sample, caplog):
    failing, bystander = new_sample(), new_sample(state=State.SCRUBBED)
    assert pipeline.fail_sample(sample_id=failing.pk, reason="scrubber crashed") is True
    assert _state(failing) == (State.FAILED, ["scrubber crashed"])
    assert _stamped_now(failing)
    assert _state(bystander) == (State.SCRUBBED, [])
    assert f"sample {failing.pk} failed: scrubber crashed" in caplog.messages


@pytest.mark.parametrize("finished", [State.PENDING_REVIEW, State.AUTO_REJECTED, State.FAILED])
def test_a_sample_out_of_the_pipelines_hands_cannot_be_failed(new_sample, finished, caplog):
    sample = new_sample(state=finished)
    assert pipeline.fail_sample(sample_id=sample.pk, reason="late error") is False
    assert _state(sample) == (finished, [])
    assert "late error" not in caplog.text


def test_an_attempt_that_raises_fails_the_sample_only_on_its_last_attempt(new_sample):
    sample = new_sample(attempts=settings.ASSAY_MAX_ATTEMPTS - 1)
    assert pipeline.note_failure(sample_id=sample.pk, error=KeyError("x")) is False
    assert _state(sample) == (State.RECEIVED, [])

    Sample.objects.filter(pk=sample.pk).update(attempts=settings.ASSAY_MAX_ATTEMPTS)
    assert pipeline.note_failure(sample_id=sample.pk, error=KeyError("Ada Lovelace")) is True
    reason = f"failed after {settings.ASSAY_MAX_ATTEMPTS} attempts: KeyError"
    assert _state(sample) == (State.FAILED, [reason])


def test_an_error_for_a_sample_that_is_gone_is_ignored(new_sample):
    sample = new_sample(attempts=99)
    Sample.objects.filter(pk=sample.pk).delete()
    assert pipeline.note_failure(sample_id=sample.pk, error=KeyError("x")) is False


def test_retrying_a_failed_sample_starts_it_afresh_and_leaves_the_others(new_sample):
    retried = new_sample(state=State.FAILED, attempts=5)
    other = new_sample(state=State.FAILED, attempts=5)
    Sample.objects.filter(pk__in=[retried.pk, other.pk]).update(reasons=["boom"])
    assert pipeline.retry_sample(sample_id=retried.pk) is True
    retried.refresh_from_db()
    assert (retried.state, retried.attempts, retried.reasons) == (State.RECEIVED, 0, [])
    # Fresh on the clock too: the sweeper must not take it for a sample stuck for a month.
    assert _stamped_now(retried)
    other.refresh_from_db()
    assert (other.state, other.attempts, other.reasons) == (State.FAILED, 5, ["boom"])


def test_only_a_failed_sample_with_its_payload_can_be_retried(new_sample):
    erased = new_sample(state=State.FAILED)
    Submission.objects.filter(pk=erased.pk).update(payload=None, erased_at=timezone.now())
    waiting = new_sample(state=State.PENDING_REVIEW)
    assert pipeline.retry_sample(sample_id=erased.pk) is False
    assert pipeline.retry_sample(sample_id=waiting.pk) is False
    assert _state(erased)[0] == State.FAILED
    assert _state(waiting)[0] == State.PENDING_REVIEW


def test_only_failures_older_than_the_cutoff_lose_their_payload(new_sample):
    cutoff = timezone.now() - timedelta(days=7)
    expired = new_sample(state=State.FAILED)
    at_cutoff = new_sample(state=State.FAILED)
    recent = new_sample(state=State.FAILED)
    stuck = new_sample(state=State.RECEIVED)  # old too, but still the pipeline's to finish
    Sample.objects.filter(pk=at_cutoff.pk).update(state_changed_at=cutoff)
    Sample.objects.filter(pk=recent.pk).update(state_changed_at=timezone.now())

    assert pipeline.erase_expired_failures(older_than=cutoff) == 1
    erased = Submission.objects.get(pk=expired.pk)
    assert erased.payload is None and erased.erased_at is not None
    for kept in (at_cutoff, recent, stuck):
        submission = Submission.objects.get(pk=kept.pk)
        assert submission.payload is not None and submission.erased_at is None
    # Already erased: not counted again.
    assert pipeline.erase_expired_failures(older_than=cutoff) == 0


def test_advancing_stops_where_another_worker_left_the_sample(new_sample, monkeypatch):
    sample = new_sample()

    def scrubbed_by_someone_else(*, sample_id):
        pipeline.scrub_sample(sample_id=sample_id)
        return False

    monkeypatch.setitem(pipeline.STEPS, State.RECEIVED, scrubbed_by_someone_else)
    # Left to the other worker from there on: not filtered by this run.
    assert pipeline.advance_sample(sample_id=sample.pk) == State.SCRUBBED
    assert _state(sample)[0] == State.SCRUBBED


@pytest.mark.parametrize("finished", [State.PENDING_REVIEW, State.FAILED, State.APPROVED])
def test_advancing_a_finished_sample_costs_no_attempt(new_sample, finished):
    sample = new_sample(state=finished)
    assert pipeline.advance_sample(sample_id=sample.pk) == finished
    sample.refresh_from_db()
    assert sample.attempts == 0


def test_each_step_reports_whether_it_moved_the_sample(new_sample):
    stranded = new_sample()
    pipeline.scrub_sample(sample_id=stranded.pk)
    Sample.objects.filter(pk=stranded.pk).update(state=State.FILTERED)
    assert pipeline.STEPS[State.FILTERED](sample_id=stranded.pk) is True
    assert pipeline.STEPS[State.FILTERED](sample_id=stranded.pk) is False
    assert _state(stranded)[0] == State.PENDING_REVIEW


def test_a_sample_past_its_attempts_fails_with_the_count_it_used(new_sample, caplog):
    caplog.set_level(logging.WARNING)
    sample = new_sample(attempts=settings.ASSAY_MAX_ATTEMPTS)
    assert pipeline.advance_sample(sample_id=sample.pk) == State.FAILED
    reason = f"gave up after {settings.ASSAY_MAX_ATTEMPTS} attempts"
    assert _state(sample) == (State.FAILED, [reason])
    # One attempt short of the limit it still runs.
    last_chance = new_sample(attempts=settings.ASSAY_MAX_ATTEMPTS - 1)
    assert pipeline.advance_sample(sample_id=last_chance.pk) == State.PENDING_REVIEW

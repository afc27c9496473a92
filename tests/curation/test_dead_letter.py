from datetime import timedelta

import pytest
from celery.exceptions import Retry
from django.core.management import call_command
from django.utils import timezone

from curation import pipeline, tasks
from curation.models import Sample
from feedback.models import Submission
from feedback.services import share_conversation
from tests.conftest import share_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def poisoned(secret_key, monkeypatch):
    """A sample whose scrubbing raises every time, with a message quoting user text."""
    accepted = share_conversation(api_key=secret_key, data=share_body())

    def explode(*args, **kwargs):
        raise RecursionError("while collecting 'John Smith'")

    monkeypatch.setattr(pipeline, "scrub_conversations", explode)
    return accepted.id


def test_a_sample_that_keeps_failing_ends_failed_after_bounded_attempts(poisoned, settings, caplog):
    settings.ASSAY_MAX_ATTEMPTS = 3
    for _ in range(2):
        with pytest.raises(Retry):
            tasks.process_sample.run(str(poisoned))
        assert Sample.objects.get(pk=poisoned).state == Sample.State.RECEIVED
    assert tasks.process_sample.run(str(poisoned)) == Sample.State.FAILED
    sample = Sample.objects.get(pk=poisoned)
    assert (sample.state, sample.attempts) == (Sample.State.FAILED, 3)
    assert sample.reasons == ["failed after 3 attempts: RecursionError"]
    # The error's message (which quotes user text) is in no log line.
    assert "John Smith" not in caplog.text
    # The sweeper does not bring it back.
    Sample.objects.filter(pk=poisoned).update(state_changed_at=timezone.now() - timedelta(days=1))
    assert tasks.requeue_stuck_samples() == 0


def test_a_run_past_the_limit_fails_at_once_even_without_an_error(poisoned, settings):
    # A worker killed mid-task raises nothing: the next delivery counts the attempt.
    settings.ASSAY_MAX_ATTEMPTS = 2
    Sample.objects.filter(pk=poisoned).update(attempts=2)
    assert pipeline.advance_sample(sample_id=poisoned) == Sample.State.FAILED
    assert Sample.objects.get(pk=poisoned).reasons == ["gave up after 2 attempts"]


def test_failed_samples_keep_a_sealed_payload_until_retention_then_it_is_erased(
    poisoned, settings, capsys
):
    settings.ASSAY_MAX_ATTEMPTS = 1
    assert tasks.process_sample.run(str(poisoned)) == Sample.State.FAILED
    assert Submission.objects.get(pk=poisoned).payload is not None
    call_command("retry_failed")
    listing = capsys.readouterr().out
    assert str(poisoned) in listing and "retryable" in listing and "1 failed" in listing
    Sample.objects.filter(pk=poisoned).update(
        state_changed_at=timezone.now() - settings.ASSAY_FAILED_RETENTION - timedelta(hours=1)
    )
    tasks.requeue_stuck_samples()
    submission = Submission.objects.get(pk=poisoned)
    assert submission.payload is None and submission.erased_at is not None
    call_command("retry_failed", "--all")
    assert "could not be retried" in capsys.readouterr().out
    assert Sample.objects.get(pk=poisoned).state == Sample.State.FAILED


def test_an_operator_retries_a_failed_sample_once_the_cause_is_fixed(
    poisoned, settings, monkeypatch, capsys, django_capture_on_commit_callbacks
):
    settings.ASSAY_MAX_ATTEMPTS = 1
    tasks.process_sample.run(str(poisoned))
    monkeypatch.undo()
    queued = []
    monkeypatch.setattr(tasks.process_sample, "delay", queued.append)
    call_command("retry_failed", str(poisoned))
    assert "Retried 1" in capsys.readouterr().out
    assert queued == [str(poisoned)]
    sample = Sample.objects.get(pk=poisoned)
    assert (sample.state, sample.attempts, sample.reasons) == (Sample.State.RECEIVED, 0, [])
    assert pipeline.advance_sample(sample_id=poisoned) == Sample.State.PENDING_REVIEW


def test_a_duplicate_task_with_nothing_to_do_uses_no_attempt(secret_key, settings):
    settings.ASSAY_MAX_ATTEMPTS = 1
    accepted = share_conversation(api_key=secret_key, data=share_body())
    assert pipeline.advance_sample(sample_id=accepted.id, until=Sample.State.SCRUBBED) == "scrubbed"
    # The sweeper queued it again while it waited for its batch filter.
    for _ in range(3):
        assert (
            pipeline.advance_sample(sample_id=accepted.id, until=Sample.State.SCRUBBED)
            == "scrubbed"
        )
    sample = Sample.objects.get(pk=accepted.id)
    assert (sample.state, sample.attempts) == (Sample.State.SCRUBBED, 1)


def test_a_sample_stranded_in_filtered_is_moved_on(secret_key):
    accepted = share_conversation(api_key=secret_key, data=share_body())
    pipeline.advance_sample(sample_id=accepted.id, until=Sample.State.SCRUBBED)
    Sample.objects.filter(pk=accepted.id).update(state=Sample.State.FILTERED)
    assert pipeline.advance_sample(sample_id=accepted.id) == Sample.State.PENDING_REVIEW

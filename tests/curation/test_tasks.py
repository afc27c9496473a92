"""The pipeline's Celery tasks: how they are delivered and retried, and what each does on a
database error, on a failing sample and on a full batch. Tasks are run by calling them."""

from datetime import timedelta
from uuid import UUID

import pytest
from django.conf import settings
from django.db import DatabaseError, OperationalError
from django.utils import timezone

from curation import pipeline, tasks
from curation.models import Sample
from feedback.models import ApiKey, Submission
from feedback.services import share_conversation
from tests.conftest import share_body

pytestmark = pytest.mark.django_db


def _share(api_key, number: int) -> str:
    messages = [{"role": "user", "content": f"Question {number}: how do I reverse a list?"}]
    body = share_body(conversation_id=f"conv-{number}", messages=messages)
    return str(share_conversation(api_key=api_key, data=body).id)


@pytest.mark.parametrize(
    "task", [tasks.process_sample, tasks.filter_scrubbed, tasks.process_received]
)
def test_pipeline_tasks_run_again_after_a_lost_worker_and_back_off_on_database_errors(task):
    # acks_late + reject_on_worker_lost: a task a killed worker was running goes back on the
    # queue. A database error (a failover, a lock timeout) is retried with growing delays.
    assert task.acks_late is True
    assert task.reject_on_worker_lost is True
    assert tuple(task.autoretry_for) == (DatabaseError,)
    assert task.retry_backoff is True
    assert task.retry_backoff_max == 300
    assert task.max_retries == 8


def test_the_sweeper_is_acknowledged_late_and_scheduled_by_name():
    assert tasks.requeue_stuck_samples.acks_late is True
    schedule = settings.CELERY_BEAT_SCHEDULE["requeue-stuck-samples"]
    assert schedule["task"] == tasks.requeue_stuck_samples.name


def test_a_database_error_is_retried_by_celery_and_costs_the_sample_nothing(
    secret_key, monkeypatch
):
    sample_id = _share(secret_key, 1)
    Sample.objects.filter(pk=sample_id).update(attempts=settings.ASSAY_MAX_ATTEMPTS)

    def database_down(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(pipeline, "advance_sample", database_down)
    # Called directly, Celery's autoretry re-raises the error instead of queueing a retry.
    with pytest.raises(OperationalError):
        tasks.process_sample.run(sample_id)
    sample = Sample.objects.get(pk=sample_id)
    assert (sample.state, sample.reasons) == (Sample.State.RECEIVED, [])


@pytest.mark.parametrize(("retries", "countdown"), [(0, 5), (1, 10), (3, 40), (6, 300), (9, 300)])
def test_a_failing_sample_is_retried_after_a_doubling_delay_capped_at_five_minutes(
    secret_key, monkeypatch, retries, countdown
):
    sample_id = _share(secret_key, 1)

    def explode(**kwargs):
        raise ValueError("a bug in a recognizer")

    asked: list[dict] = []

    def retry(**kwargs):
        asked.append(kwargs)
        return RuntimeError("retry")

    monkeypatch.setattr(pipeline, "advance_sample", explode)
    monkeypatch.setattr(tasks.process_sample, "retry", retry)
    tasks.process_sample.push_request(retries=retries)
    try:
        with pytest.raises(RuntimeError, match="retry"):
            tasks.process_sample.run(sample_id)
    finally:
        tasks.process_sample.pop_request()
    assert asked == [{"countdown": countdown}]


def test_a_full_batch_queues_the_next_one_and_takes_the_oldest_first(
    secret_key, other_project_keys, monkeypatch
):
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)
    queued: list[int] = []
    monkeypatch.setattr(tasks.filter_scrubbed, "delay", queued.append)
    project_id = secret_key.project_id
    ids = [_share(secret_key, number) for number in range(3)]
    for sample_id in ids:
        pipeline.scrub_sample(sample_id=sample_id)
    # Another project's scrubbed sample is left to that project's own task.
    other_key = ApiKey.objects.get(hashed=ApiKey.hash(other_project_keys["sk"]))
    elsewhere = _share(other_key, 9)
    pipeline.scrub_sample(sample_id=elsewhere)

    assert tasks.filter_scrubbed(project_id) == 2
    assert queued == [project_id]
    states = {str(pk): state for pk, state in Sample.objects.values_list("pk", "state")}
    assert [states[sample_id] for sample_id in ids] == [
        Sample.State.PENDING_REVIEW,
        Sample.State.PENDING_REVIEW,
        Sample.State.SCRUBBED,
    ]

    assert tasks.filter_scrubbed(project_id) == 1
    assert queued == [project_id]
    assert Sample.objects.get(pk=elsewhere).state == Sample.State.SCRUBBED
    assert tasks.filter_scrubbed(project_id) == 0


def test_a_sample_out_of_attempts_fails_and_is_not_handed_to_the_batch_filter(
    secret_key, monkeypatch
):
    queued: list[int] = []
    monkeypatch.setattr(tasks.filter_scrubbed, "delay", queued.append)

    def explode(**kwargs):
        raise ValueError("a bug in a recognizer")

    monkeypatch.setattr(pipeline, "advance_sample", explode)
    sample_id = _share(secret_key, 1)
    Sample.objects.filter(pk=sample_id).update(attempts=settings.ASSAY_MAX_ATTEMPTS)
    assert tasks.process_sample.run(sample_id) == Sample.State.FAILED
    assert Sample.objects.get(pk=sample_id).reasons == [
        f"failed after {settings.ASSAY_MAX_ATTEMPTS} attempts: ValueError"
    ]
    assert queued == []


def test_the_sweeper_erases_failed_payloads_only_past_their_retention(secret_key, settings):
    kept, erased = _share(secret_key, 1), _share(secret_key, 2)
    now = timezone.now()
    Sample.objects.filter(pk=kept).update(
        state=Sample.State.FAILED,
        state_changed_at=now - settings.ASSAY_FAILED_RETENTION + timedelta(hours=1),
    )
    Sample.objects.filter(pk=erased).update(
        state=Sample.State.FAILED,
        state_changed_at=now - settings.ASSAY_FAILED_RETENTION - timedelta(hours=1),
    )
    assert tasks.requeue_stuck_samples() == 0
    assert Submission.objects.get(pk=kept).payload is not None
    assert Submission.objects.get(pk=erased).payload is None


def test_a_broker_outage_at_enqueue_is_logged_for_the_sweeper_to_mend(
    secret_key, monkeypatch, caplog
):
    def broker_down(sample_id):
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.process_sample, "delay", broker_down)
    sample_id = _share(secret_key, 1)
    tasks.enqueue_sample(UUID(sample_id))
    assert caplog.messages == [
        f"could not enqueue sample {sample_id}; it will be requeued after its lease"
    ]


def test_a_batch_of_received_samples_becomes_one_process_sample_task_each(monkeypatch):
    sent: list[tuple[tuple[str, ...], object]] = []

    def apply_async(args, producer=None):
        sent.append((args, producer))

    monkeypatch.setattr(tasks.process_sample, "apply_async", apply_async)
    assert tasks.process_received(["a", "b", "c"]) == 3
    assert [args for args, _ in sent] == [("a",), ("b",), ("c",)]
    # All through one producer (one broker connection), not one acquired per sample.
    producers = {id(producer) for _, producer in sent}
    assert len(producers) == 1 and sent[0][1] is not None


def test_received_samples_go_to_the_workers_as_one_message_of_their_ids(monkeypatch):
    sent: list[list[str]] = []
    monkeypatch.setattr(tasks.process_received, "delay", sent.append)
    first, second = UUID(int=1), UUID(int=2)
    tasks.enqueue_received([first, second])
    assert sent == [[str(first), str(second)]]


def test_a_broker_outage_when_sending_a_batch_is_logged_for_the_sweeper_to_mend(
    monkeypatch, caplog
):
    def broker_down(sample_ids):
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.process_received, "delay", broker_down)
    tasks.enqueue_received([UUID(int=1), UUID(int=2)])
    assert caplog.messages == [
        "could not enqueue 2 samples; they will be requeued after their lease"
    ]


def test_a_sample_deleted_since_it_was_queued_is_not_retried(monkeypatch):
    def retry(**kwargs):
        raise AssertionError("retried")

    monkeypatch.setattr(tasks.process_sample, "retry", retry)
    assert tasks.process_sample.run(str(UUID(int=7))) == tasks.MISSING

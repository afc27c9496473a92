import logging
from typing import Any
from uuid import UUID

from celery import Task, current_app, shared_task
from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from curation import pipeline
from curation.models import Sample

logger = logging.getLogger(__name__)

# Pipeline steps: re-run if a worker dies mid-task, retried with backoff on database errors.
# Time limits are CELERY_TASK_SOFT_TIME_LIMIT / CELERY_TASK_TIME_LIMIT, read by Celery itself.
PIPELINE_TASK: dict[str, Any] = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (DatabaseError,),
    "retry_backoff": True,
    "retry_backoff_max": 300,
    "max_retries": 8,
}


# What process_sample returns for a sample that no longer exists.
MISSING = "missing"


@shared_task(bind=True, **PIPELINE_TASK)
def process_sample(self: Task, sample_id: str) -> str:
    """Scrub one sample, then hand it to the project's batch filter task.

    A sample whose processing raises is tried again with backoff until it has used up
    ASSAY_MAX_ATTEMPTS, then it fails (a dead letter) instead of being re-queued forever.
    """
    try:
        state = pipeline.advance_sample(sample_id=sample_id, until=Sample.State.SCRUBBED)
    except Sample.DoesNotExist:
        # Deleted since it was queued (with its project, say): nothing left to do, and
        # retrying would not bring it back.
        logger.info("sample %s no longer exists; nothing to do", sample_id)
        return MISSING
    except DatabaseError:
        raise
    except Exception as exc:
        if pipeline.note_failure(sample_id=sample_id, error=exc):
            return Sample.State.FAILED
        # No exc= here: Celery would log its message, which could quote user text.
        logger.warning("sample %s: attempt raised %s; retrying", sample_id, type(exc).__name__)
        raise self.retry(countdown=min(300, 5 * 2**self.request.retries)) from None
    if state == Sample.State.SCRUBBED:
        project_id = Sample.objects.values_list("project_id", flat=True).get(pk=UUID(sample_id))
        filter_scrubbed.delay(project_id)
    return state


@shared_task(**PIPELINE_TASK)
def filter_scrubbed(project_id: int) -> int:
    """Filter a project's scrubbed samples in batches.

    Each scrubbed sample enqueues one of these; under load the first finds many samples
    waiting and filters them together (lookups and writes cost about the same for a batch
    as for one), and the later ones find little or nothing left to do.
    """
    sample_ids = list(
        Sample.objects.filter(project_id=project_id, state=Sample.State.SCRUBBED)
        .order_by("created_at")
        .values_list("pk", flat=True)[: pipeline.BATCH_SIZE]
    )
    moved = pipeline.filter_samples(sample_ids=sample_ids) if sample_ids else 0
    if len(sample_ids) == pipeline.BATCH_SIZE:
        filter_scrubbed.delay(project_id)
    return moved


@shared_task(**PIPELINE_TASK)
def process_received(sample_ids: list[str]) -> int:
    """Start process_sample for each of a batch of just-received samples.

    Web processes send the samples they store in batches, one message per batch (see
    enqueue_received), so a request does not wait for the broker; each sample then gets a
    task of its own, with its own attempts and retries.
    """
    with current_app.producer_or_acquire() as producer:
        for sample_id in sample_ids:
            process_sample.apply_async((sample_id,), producer=producer)
    return len(sample_ids)


def enqueue_received(sample_ids: list[Any]) -> None:
    """Hand a batch of samples to the workers in one message; if the broker is down, the
    requeue task catches them after their lease, as enqueue_sample's."""
    try:
        process_received.delay([str(sample_id) for sample_id in sample_ids])
    except Exception:
        logger.exception(
            "could not enqueue %d samples; they will be requeued after their lease",
            len(sample_ids),
        )


def enqueue_sample(sample_id: Any) -> None:
    """Hand a sample to the workers; if the broker is down, the requeue task catches it later.

    Called after commit, so the client already has its 2xx: failing here must not turn that
    into an error, and the sample stays safe in the database.
    """
    try:
        process_sample.delay(str(sample_id))
    except Exception:
        logger.exception(
            "could not enqueue sample %s; it will be requeued after its lease", sample_id
        )


@shared_task(acks_late=True)
def requeue_stuck_samples() -> int:
    """Re-enqueue samples left in a pipeline state past their lease (lost task, dead worker),
    and erase the payloads of samples that failed longer ago than their retention."""
    erased = pipeline.erase_expired_failures(
        older_than=timezone.now() - settings.ASSAY_FAILED_RETENTION
    )
    if erased:
        logger.info("erased the payloads of %d failed samples past retention", erased)
    cutoff = timezone.now() - settings.ASSAY_SAMPLE_LEASE
    stuck = list(Sample.objects.stuck(older_than=cutoff).values_list("pk", flat=True)[:1000])
    # Push the lease forward so the next sweep does not enqueue them again right away.
    Sample.objects.unfinished().filter(pk__in=stuck).update(state_changed_at=timezone.now())
    for sample_id in stuck:
        enqueue_sample(sample_id)
    if stuck:
        logger.warning("requeued %d stuck samples", len(stuck))
    return len(stuck)

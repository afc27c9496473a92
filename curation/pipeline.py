"""The sample pipeline: one idempotent step at a time, each a compare-and-set on state.

Expensive work (NLP) runs outside any transaction; the step then commits only if the sample
is still in the state the work started from, so a step that runs twice (a redelivered task,
`process_samples` beside a worker) does nothing the second time.
"""

import hashlib
import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from curation import dedup
from curation.filters import Subject, Verdict, project_config, run_filters
from curation.models import FilterResult, Sample
from curation.scrub import PiiPolicy, ScrubResult, scrub_texts
from feedback.models import Conversation, Feedback, Message, Submission

logger = logging.getLogger(__name__)

State = Sample.State
RATINGS = {"up": Feedback.Rating.UP, "down": Feedback.Rating.DOWN}


def hash_end_user(end_user_id: str | None) -> str:
    """A keyed hash of the client's end-user id: stable enough to count, useless to look up."""
    if not end_user_id:
        return ""
    digest = hmac.new(settings.SECRET_KEY.encode(), end_user_id.encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def _set_state(*, sample_id: Any, from_state: str, to_state: str, **fields: Any) -> bool:
    """Compare-and-set: move the sample only if it is still in from_state."""
    changed = Sample.objects.filter(pk=sample_id, state=from_state).update(
        state=to_state, state_changed_at=timezone.now(), **fields
    )
    return changed == 1


class _TextSlots:
    """Collects every free-text string of a payload so one scrub call sees them all."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, text: str | None) -> int | None:
        if not text:
            return None
        self.texts.append(text)
        return len(self.texts) - 1

    def add_tree(self, value: Any) -> Any:
        """Replace every string in a JSON tree by its slot number, keeping the shape."""
        if isinstance(value, str):
            return _Slot(self.add(value))
        if isinstance(value, list):
            return [self.add_tree(item) for item in value]
        if isinstance(value, dict):
            return {key: self.add_tree(item) for key, item in value.items()}
        return value


@dataclass(frozen=True)
class _Slot:
    index: int | None


def _fill(value: Any, scrubbed: list[str]) -> Any:
    if isinstance(value, _Slot):
        return "" if value.index is None else scrubbed[value.index]
    if isinstance(value, list):
        return [_fill(item, scrubbed) for item in value]
    if isinstance(value, dict):
        return {key: _fill(item, scrubbed) for key, item in value.items()}
    return value


def _scrub_payload(
    kind: str, payload: dict[str, Any], policy: PiiPolicy
) -> tuple[dict[str, Any], ScrubResult]:
    """Scrub every free-text field of a validated payload in one pass; ids are left as sent."""
    feedback = payload.get("feedback") if kind == Submission.Kind.CONVERSATION else payload
    slots = _TextSlots()
    shape = {
        "messages": [
            {**message, "content": _Slot(slots.add(message["content"]))}
            for message in payload.get("messages") or []
        ],
        "feedback": (
            {
                **feedback,
                "comment": _Slot(slots.add(feedback.get("comment"))),
                "reasons": slots.add_tree(feedback.get("reasons") or []),
            }
            if feedback
            else None
        ),
        "metadata": slots.add_tree(payload.get("metadata") or {}),
    }
    result = scrub_texts(slots.texts, policy=policy)
    return _fill(shape, result.texts), result


def scrub_sample(*, sample_id: Any) -> bool:
    """received → scrubbed: write scrubbed rows and erase the raw payload in one transaction."""
    sample = Sample.objects.select_related("submission", "project").get(pk=sample_id)
    if sample.state != State.RECEIVED:
        return False
    submission = sample.submission
    payload = submission.payload
    if payload is None:
        raise RuntimeError(f"sample {sample_id} is received but its payload is already erased")
    policy = PiiPolicy.from_settings(sample.project.settings.get("pii"))
    scrubbed, result = _scrub_payload(submission.kind, payload, policy)

    model = payload.get("model") or {}
    common = {
        "project_id": sample.project_id,
        "model_name": model.get("name", ""),
        "model_version": model.get("version", ""),
        "prompt_version": payload.get("prompt_version", ""),
        "end_user": hash_end_user(payload.get("end_user_id")),
    }
    now = timezone.now()
    with transaction.atomic():
        if not _set_state(sample_id=sample.pk, from_state=State.RECEIVED, to_state=State.SCRUBBED):
            return False
        conversation = None
        if scrubbed["messages"]:
            conversation = Conversation.objects.create(
                external_id=payload["conversation_id"], metadata=scrubbed["metadata"], **common
            )
            Message.objects.bulk_create(
                Message(
                    conversation=conversation,
                    position=position,
                    external_id=message.get("id", ""),
                    role=message["role"],
                    content=message["content"],
                )
                for position, message in enumerate(scrubbed["messages"])
            )
        feedback = None
        if scrubbed["feedback"]:
            given = scrubbed["feedback"]
            feedback = Feedback.objects.create(
                conversation_external_id=payload["conversation_id"],
                message_external_id=given.get("message_id", ""),
                conversation=conversation,
                rating=RATINGS[given["rating"]],
                reasons=given["reasons"],
                comment=given["comment"],
                metadata={} if conversation else scrubbed["metadata"],
                **common,
            )
        Sample.objects.filter(pk=sample.pk).update(
            conversation=conversation,
            feedback=feedback,
            pii_report=result.report,
            pii_mode=result.mode,
        )
        Submission.objects.filter(pk=submission.pk).update(payload=None, erased_at=now)
    return True


def _subject(sample: Sample) -> Subject:
    messages = list(sample.conversation.messages.all()) if sample.conversation else []
    return Subject(
        sample_id=sample.pk,
        project_id=sample.project_id,
        user_turns=[m.content for m in messages if m.role == Message.Role.USER],
        assistant_turns=[m.content for m in messages if m.role == Message.Role.ASSISTANT],
        end_user=sample.conversation.end_user if sample.conversation else "",
        api_key_id=sample.submission.api_key_id,
        created_at=sample.created_at,
        pii_mode=sample.pii_mode,
        comment=sample.feedback.comment if sample.feedback else "",
    )


def _apply_filters(*, sample: Sample, from_state: str) -> bool:
    """Run the project's filters and store every result, moving from_state → filtered."""
    configs = project_config(sample.project.settings.get("filters"))
    subject = _subject(sample)
    verdicts = run_filters(subject, configs)
    with transaction.atomic():
        if not _set_state(sample_id=sample.pk, from_state=from_state, to_state=State.FILTERED):
            return False
        if from_state != State.SCRUBBED:
            # A re-run replaces the earlier results and index entry.
            FilterResult.objects.filter(sample=sample).delete()
            dedup.forget(sample_id=sample.pk)
        rejected = any(v.verdict == FilterResult.Verdict.REJECT for v in verdicts.values())
        if not rejected and subject.fingerprint is not None:
            try:
                with transaction.atomic():
                    dedup.index_fingerprint(
                        sample_id=sample.pk,
                        project_id=sample.project_id,
                        fingerprint=subject.fingerprint,
                    )
            except IntegrityError:
                # Another worker indexed the same text a moment ago.
                verdicts["near_duplicate"] = Verdict(
                    FilterResult.Verdict.REJECT,
                    1.0,
                    "exact duplicate of a sample filtered at the same time",
                )
        FilterResult.objects.bulk_create(
            FilterResult(
                sample=sample, name=name, verdict=v.verdict, score=v.score, reason=v.reason
            )
            for name, v in verdicts.items()
        )
    return True


def filter_sample(*, sample_id: Any) -> bool:
    """scrubbed → filtered (a conversation to judge), or → recorded (feedback only)."""
    sample = Sample.objects.select_related("project", "submission", "conversation", "feedback").get(
        pk=sample_id
    )
    if sample.state != State.SCRUBBED:
        return False
    if sample.conversation_id is None:
        return _set_state(
            sample_id=sample.pk,
            from_state=State.SCRUBBED,
            to_state=State.RECORDED,
            reasons=["feedback without a shared conversation: kept for insights"],
        )
    return _apply_filters(sample=sample, from_state=State.SCRUBBED)


def route_sample(*, sample_id: Any) -> bool:
    """filtered → auto_rejected if any filter rejected, else → pending_review with its flags."""
    results = list(
        FilterResult.objects.filter(sample_id=sample_id)
        .exclude(verdict=FilterResult.Verdict.PASS)
        .order_by("pk")
        .values_list("verdict", "name", "reason")
    )
    rejects = [
        f"{name}: {reason}"
        for verdict, name, reason in results
        if verdict == FilterResult.Verdict.REJECT
    ]
    flags = [
        f"{name}: {reason}"
        for verdict, name, reason in results
        if verdict == FilterResult.Verdict.FLAG
    ]
    if rejects:
        return _set_state(
            sample_id=sample_id,
            from_state=State.FILTERED,
            to_state=State.AUTO_REJECTED,
            reasons=rejects,
        )
    return _set_state(
        sample_id=sample_id, from_state=State.FILTERED, to_state=State.PENDING_REVIEW, reasons=flags
    )


def refilter_sample(*, sample_id: Any) -> str:
    """Run the filters again on a sample no reviewer has decided yet (after a threshold change)."""
    sample = Sample.objects.select_related("project", "submission", "conversation", "feedback").get(
        pk=sample_id
    )
    if sample.state in (State.PENDING_REVIEW, State.AUTO_REJECTED) and sample.conversation_id:
        _apply_filters(sample=sample, from_state=sample.state)
    return advance_sample(sample_id=sample_id)


STEPS: dict[str, Callable[..., bool]] = {
    State.RECEIVED: scrub_sample,
    State.SCRUBBED: filter_sample,
    State.FILTERED: route_sample,
}


def advance_sample(*, sample_id: Any) -> str:
    """Run the sample through every step that applies and return the state it ends in."""
    Sample.objects.filter(pk=sample_id).update(attempts=F("attempts") + 1)
    while True:
        state = Sample.objects.values_list("state", flat=True).get(pk=sample_id)
        step = STEPS.get(state)
        if step is None or not step(sample_id=sample_id):
            return str(Sample.objects.values_list("state", flat=True).get(pk=sample_id))

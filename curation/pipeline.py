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
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from curation.models import Sample
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


def route_sample(*, sample_id: Any) -> bool:
    """scrubbed → pending_review, or → recorded when there is no conversation to review.

    The automated filters slot in here (scrubbed → filtered) when they land.
    """
    sample = Sample.objects.only("state", "conversation_id").get(pk=sample_id)
    if sample.state != State.SCRUBBED:
        return False
    if sample.conversation_id is None:
        return _set_state(
            sample_id=sample.pk,
            from_state=State.SCRUBBED,
            to_state=State.RECORDED,
            reasons=["feedback without a shared conversation: kept for insights"],
        )
    return _set_state(sample_id=sample.pk, from_state=State.SCRUBBED, to_state=State.PENDING_REVIEW)


STEPS: dict[str, Callable[..., bool]] = {
    State.RECEIVED: scrub_sample,
    State.SCRUBBED: route_sample,
}


def advance_sample(*, sample_id: Any) -> str:
    """Run the sample through every step that applies and return the state it ends in."""
    Sample.objects.filter(pk=sample_id).update(attempts=F("attempts") + 1)
    while True:
        state = Sample.objects.values_list("state", flat=True).get(pk=sample_id)
        step = STEPS.get(state)
        if step is None or not step(sample_id=sample_id):
            return str(Sample.objects.values_list("state", flat=True).get(pk=sample_id))

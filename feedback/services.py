import logging
from dataclasses import dataclass
from functools import partial
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from django.db import IntegrityError, transaction

from curation.models import Sample
from curation.tasks import enqueue_sample
from feedback.errors import flatten
from feedback.models import ApiKey, Project, Submission
from feedback.serializers import ConversationInSerializer, FeedbackInSerializer

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Accepted:
    id: UUID
    status: str
    created: bool


def _existing(*, api_key: ApiKey, idempotency_key: str) -> Accepted | None:
    sample = (
        Sample.objects.filter(
            project=api_key.project_id, submission__idempotency_key=idempotency_key
        )
        .only("pk", "state")
        .first()
    )
    return Accepted(id=sample.pk, status=sample.state, created=False) if sample else None


def _accept(*, api_key: ApiKey, kind: str, data: dict[str, Any]) -> Accepted:
    """Quarantine a validated submission and queue its sample, once per idempotency key."""
    data = {name: value for name, value in data.items() if name != "key"}
    idempotency_key = data.pop("idempotency_key", None)
    if idempotency_key and (found := _existing(api_key=api_key, idempotency_key=idempotency_key)):
        return found
    try:
        with transaction.atomic():
            submission = Submission.objects.create(
                project_id=api_key.project_id,
                api_key=api_key,
                kind=kind,
                idempotency_key=idempotency_key,
                payload=data,
            )
            sample = Sample.objects.create(submission=submission, project_id=api_key.project_id)
            transaction.on_commit(partial(enqueue_sample, sample.pk))
    except IntegrityError:
        # Another request with the same idempotency key committed first.
        if idempotency_key and (
            found := _existing(api_key=api_key, idempotency_key=idempotency_key)
        ):
            return found
        raise
    return Accepted(id=sample.pk, status=sample.state, created=True)


def submit_feedback(*, api_key: ApiKey, data: dict[str, Any]) -> Accepted:
    """Accept a thumbs up/down; the conversation's messages are kept only with consent."""
    if not data.get("consent"):
        data = {name: value for name, value in data.items() if name != "messages"}
    return _accept(api_key=api_key, kind=Submission.Kind.FEEDBACK, data=data)


def share_conversation(*, api_key: ApiKey, data: dict[str, Any]) -> Accepted:
    """Accept a conversation the end user agreed to share."""
    return _accept(api_key=api_key, kind=Submission.Kind.CONVERSATION, data=data)


EVENT_TYPES = {
    "feedback": (FeedbackInSerializer, submit_feedback),
    "conversation": (ConversationInSerializer, share_conversation),
}


def submit_batch(*, api_key: ApiKey, events: list[Any]) -> list[dict[str, Any]]:
    """Accept each valid event on its own; one bad event costs only its own result."""
    results: list[dict[str, Any]] = []
    for event in events:
        if not isinstance(event, dict):
            results.append({"error": {"body": "Each event must be a JSON object."}})
            continue
        kind = event.get("type")
        if kind not in EVENT_TYPES:
            results.append({"error": {"type": "Must be one of: feedback, conversation."}})
            continue
        serializer_class, submit = EVENT_TYPES[kind]
        serializer = serializer_class(data={k: v for k, v in event.items() if k != "type"})
        if not serializer.is_valid():
            results.append({"error": flatten(serializer.errors)})
            continue
        accepted = submit(api_key=api_key, data=serializer.validated_data)
        results.append({"id": str(accepted.id), "status": accepted.status})
    return results


def normalize_origin(origin: str) -> str:
    """Normalize "https://App.example.com/" to "https://app.example.com"; ValueError if not one."""
    parts = urlsplit(origin.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        raise ValueError(f"{origin!r} is not an origin like https://app.example.com")
    if parts.query or parts.fragment:
        raise ValueError(f"{origin!r} is not an origin like https://app.example.com")
    return f"{parts.scheme}://{parts.netloc}".lower()


@dataclass(frozen=True)
class NewProject:
    project: Project
    publishable_key: str
    secret_key: str


def create_project(*, slug: str, name: str = "", origins: list[str]) -> NewProject:
    """Create a project with one publishable and one secret key; the keys are shown only now."""
    with transaction.atomic():
        project = Project.objects.create(
            slug=slug, name=name or slug, allowed_origins=[normalize_origin(o) for o in origins]
        )
        publishable = ApiKey.generate(
            project=project, kind=ApiKey.Kind.PUBLISHABLE, label="default"
        )
        secret = ApiKey.generate(project=project, kind=ApiKey.Kind.SECRET, label="default")
    return NewProject(project=project, publishable_key=publishable[1], secret_key=secret[1])

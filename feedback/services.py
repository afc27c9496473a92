import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.module_loading import import_string

from assay.db import insert_together
from feedback.models import ApiKey, Project, Submission
from feedback.pipeline import Pipeline
from feedback.privacy import conversation_hash, end_user_hash, idempotency_hash, message_hash

logger = logging.getLogger(__name__)


class KeyRevoked(Exception):
    """The key was revoked or deleted after the request was authenticated (keys are kept a
    few seconds, assay.auth): the database refused the submission."""

    def __init__(self, api_key: ApiKey) -> None:
        super().__init__(f"key {api_key.pk} is revoked")
        self.api_key = api_key


@dataclass(frozen=True)
class Accepted:
    id: UUID
    status: str
    created: bool


def pipeline() -> Pipeline:
    """The pipeline that takes accepted submissions (ASSAY_INTAKE_PIPELINE).

    Intake sits below the pipeline, so it names it in a setting rather than importing it.
    """
    return import_string(settings.ASSAY_INTAKE_PIPELINE)


def _hash_ids(data: dict[str, Any]) -> dict[str, Any]:
    """Replace the ids a client sends by their keyed hashes (feedback.privacy): they are only
    ever compared, so neither the quarantine nor the scrubbed rows hold them as sent."""
    data = dict(data)
    data["conversation_id"] = conversation_hash(data["conversation_id"])
    if data.get("end_user_id"):
        data["end_user_id"] = end_user_hash(data["end_user_id"])
    if data.get("message_id"):
        data["message_id"] = message_hash(data["message_id"])
    if data.get("messages"):
        data["messages"] = [
            {**m, "id": message_hash(m["id"])} if m.get("id") else m for m in data["messages"]
        ]
    feedback = data.get("feedback")
    if isinstance(feedback, dict) and feedback.get("message_id"):
        data["feedback"] = {**feedback, "message_id": message_hash(feedback["message_id"])}
    return data


def _existing(*, api_key: ApiKey, idempotency_key: str) -> Accepted | None:
    submission_id = (
        Submission.objects.filter(project=api_key.project_id, idempotency_key=idempotency_key)
        .values_list("pk", flat=True)
        .first()
    )
    if submission_id is None:
        return None
    # Nothing is written, so no trigger checks the key: check it here (it may be one looked
    # up a few seconds ago, assay.auth.find_key).
    if not ApiKey.objects.active().filter(pk=api_key.pk).exists():
        raise KeyRevoked(api_key)
    return Accepted(id=submission_id, status=pipeline().status(submission_id), created=False)


def _accept(*, api_key: ApiKey, kind: str, data: dict[str, Any]) -> Accepted:
    """Quarantine a validated submission and hand it to the pipeline, once per idempotency key."""
    data = _hash_ids({name: value for name, value in data.items() if name != "key"})
    raw_idempotency_key = data.pop("idempotency_key", None)
    idempotency_key = idempotency_hash(raw_idempotency_key) if raw_idempotency_key else None
    if idempotency_key and (found := _existing(api_key=api_key, idempotency_key=idempotency_key)):
        return found
    submission = Submission(
        project_id=api_key.project_id,
        api_key=api_key,
        kind=kind,
        idempotency_key=idempotency_key,
        payload=data,
    )
    rows = pipeline().rows_for(submission)
    try:
        # One statement on PostgreSQL: the hot path of intake pays one round trip to store.
        insert_together(submission, *rows)
    except IntegrityError as error:
        if Submission.REVOKED_KEY_ERROR in str(error):
            raise KeyRevoked(api_key) from None
        # Another request with the same idempotency key committed first.
        if idempotency_key and (
            found := _existing(api_key=api_key, idempotency_key=idempotency_key)
        ):
            return found
        raise
    return Accepted(id=submission.pk, status=pipeline().admitted(submission, rows), created=True)


def submit_feedback(*, api_key: ApiKey, data: dict[str, Any]) -> Accepted:
    """Accept a thumbs up/down; the conversation's messages are kept only with consent."""
    if not data.get("consent"):
        data = {name: value for name, value in data.items() if name != "messages"}
    return _accept(api_key=api_key, kind=Submission.Kind.FEEDBACK, data=data)


def share_conversation(*, api_key: ApiKey, data: dict[str, Any]) -> Accepted:
    """Accept a conversation the end user agreed to share."""
    return _accept(api_key=api_key, kind=Submission.Kind.CONVERSATION, data=data)


def submit_event(*, api_key: ApiKey, kind: str, data: dict[str, Any]) -> Accepted:
    """Accept one validated batch event of the given type ("feedback" or "conversation")."""
    submit = submit_feedback if kind == "feedback" else share_conversation
    return submit(api_key=api_key, data=data)


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


def create_project(
    *, slug: str, name: str = "", origins: list[str], settings: dict[str, Any] | None = None
) -> NewProject:
    """Create a project with one publishable and one secret key; the keys are shown only now.

    `settings` must already be valid (curation.project_settings checks them).
    """
    with transaction.atomic():
        project = Project.objects.create(
            slug=slug,
            name=name or slug,
            allowed_origins=[normalize_origin(o) for o in origins],
            settings=settings or {},
        )
        publishable = ApiKey.generate(
            project=project, kind=ApiKey.Kind.PUBLISHABLE, label="default"
        )
        secret = ApiKey.generate(project=project, kind=ApiKey.Kind.SECRET, label="default")
    return NewProject(project=project, publishable_key=publishable[1], secret_key=secret[1])

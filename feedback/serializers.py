"""Shapes of the intake API. Serializers check shape; services apply the rules.

What the pipeline cannot process is refused here, before anything is written: NUL characters
and lone surrogates anywhere (keys included), metadata past a depth or size, conversations
past a total size that bounds scrubbing time. Every client string ends up in one of three
kinds (README, "What happens to each field"): free text, scrubbed by the pipeline; ids only
compared for equality, stored as keyed hashes (feedback.privacy); labels shown on dashboards
(model, prompt version, metadata keys), held to a strict pattern.

Error messages never quote the submitted value (see assay.errors).
"""

import copy
import json
import re
from typing import Any, Self

from django.conf import settings
from rest_framework import serializers

from feedback.models import Message

ID_MAX = 200
TEXT_MAX = 100_000
COMMENT_MAX = 5_000
LABEL_MAX = 100

# Model names and versions, prompt versions: "gpt-4o-2024-08-06", "support-v3", "llama3:8b".
_LABEL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/+-]*$")
# Metadata keys: "page", "app.version", "locale".
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")
# A card, phone or account number hiding in a label: nine digits with or without separators.
_LONG_NUMBER = re.compile(r"\d(?:[ ._:/+-]?\d){8,}")
# A token or key hiding in a label: one long unbroken run of letters and digits.
_LONG_RUN = re.compile(r"[A-Za-z0-9]{25,}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def label_problem(value: str) -> str | None:
    """Why a value is not an acceptable label, or None."""
    if len(value) > LABEL_MAX or not _LABEL.match(value):
        return (
            f"Use at most {LABEL_MAX} letters, digits and . _ : / + - "
            "(it is shown on dashboards, so it cannot be free text)."
        )
    if _LONG_NUMBER.search(value) or _LONG_RUN.search(value):
        return "Looks like it holds a number or token rather than a name or version."
    return None


def text_problem(value: str) -> str | None:
    if "\x00" in value:
        return "Contains a NUL character."
    if _SURROGATE.search(value):
        return "Contains an unpaired surrogate (not valid Unicode)."
    return None


def find_bad_text(value: Any, path: str = "") -> tuple[str, str] | None:
    """The first (field path, problem) of a NUL or lone surrogate in any key or string."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if problem := text_problem(item):
                return where or "body", problem
        elif isinstance(item, dict):
            for key, child in item.items():
                child_path = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and (problem := text_problem(key)):
                    return where or "body", f"A key {problem[0].lower()}{problem[1:]}"
                stack.append((child, child_path))
        elif isinstance(item, list):
            stack.extend(
                (child, f"{where}.{i}" if where else str(i)) for i, child in enumerate(item)
            )
    return None


def _depth(value: Any) -> int:
    """Nesting depth of a JSON value, without recursion (a hostile body may be deep)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def _choice(choices: list[str], **kwargs: Any) -> serializers.ChoiceField:
    return serializers.ChoiceField(
        choices=choices,
        error_messages={"invalid_choice": f"Must be one of: {', '.join(choices)}."},
        **kwargs,
    )


class MetadataField(serializers.JSONField):
    """A JSON object of bounded depth and size whose keys are labels; values are scrubbed."""

    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, dict):
            raise serializers.ValidationError("Must be a JSON object.")
        if _depth(data) > settings.ASSAY_MAX_METADATA_DEPTH:
            raise serializers.ValidationError(
                f"Nested deeper than {settings.ASSAY_MAX_METADATA_DEPTH} levels."
            )
        size = len(json.dumps(data, ensure_ascii=False).encode())
        if size > settings.ASSAY_MAX_METADATA_BYTES:
            raise serializers.ValidationError(
                f"Over {settings.ASSAY_MAX_METADATA_BYTES} bytes as JSON."
            )
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            children = item.values() if isinstance(item, dict) else item
            if isinstance(item, dict):
                for key in item:
                    if not _KEY.match(key) or _LONG_NUMBER.search(key) or _LONG_RUN.search(key):
                        raise serializers.ValidationError(
                            "Keys must be 1 to 64 letters, digits, _ . - starting with a "
                            "letter or _ (they are kept as written, so they cannot be data)."
                        )
            stack.extend(child for child in children if isinstance(child, dict | list))
        return super().to_internal_value(data)


class LabelField(serializers.CharField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_length=LABEL_MAX, **kwargs)

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if value and (problem := label_problem(value)):
            raise serializers.ValidationError(problem)
        return value


class ModelRefSerializer(serializers.Serializer):
    name = LabelField()
    version = LabelField(required=False, allow_blank=True)


class MessageSerializer(serializers.Serializer):
    role = _choice(Message.Role.values)
    content = serializers.CharField(max_length=TEXT_MAX, allow_blank=True, trim_whitespace=False)
    id = serializers.CharField(max_length=ID_MAX, required=False)


class BuiltOnce(serializers.Serializer):
    """A serializer whose fields are built once per class, then shared by every request.

    DRF deep-copies each declared field, nested serializers included, for every serializer it
    instantiates (so that a view may change one instance's fields); for the intake bodies that
    is half of what validating one costs. Intake never changes fields, and validation keeps
    nothing in them (data, errors and results live on the serializer), so `for_data` returns
    a shallow copy of one bound instance: its own data and results, the same fields.
    """

    _built: dict[type, "BuiltOnce"] = {}

    @classmethod
    def for_data(cls, data: Any) -> Self:
        built = BuiltOnce._built.get(cls)
        if built is None:
            built = cls()
            built.fields  # noqa: B018 (binds the fields now, once)
            BuiltOnce._built[cls] = built
        serializer = copy.copy(built)
        serializer.initial_data = data
        serializer._context = {}
        return serializer  # type: ignore[return-value]


class _Common(BuiltOnce):
    """Fields every submission may carry."""

    conversation_id = serializers.CharField(max_length=ID_MAX)
    idempotency_key = serializers.CharField(max_length=ID_MAX, required=False)
    end_user_id = serializers.CharField(max_length=ID_MAX, required=False)
    model = ModelRefSerializer(required=False)
    prompt_version = LabelField(required=False)
    metadata = MetadataField(required=False)
    # The publishable key as a body field; authentication reads it, storage drops it.
    key = serializers.CharField(required=False, write_only=True)

    def to_internal_value(self, data: Any) -> Any:
        # Before any field: NUL and lone surrogates break PostgreSQL and spaCy, wherever they
        # are (keys included).
        if found := find_bad_text(data):
            raise serializers.ValidationError({found[0]: found[1]})
        return super().to_internal_value(data)

    def validate_messages(self, messages: list[Any]) -> list[Any]:
        if len(messages) > settings.ASSAY_MAX_MESSAGES:
            raise serializers.ValidationError(
                f"At most {settings.ASSAY_MAX_MESSAGES} messages per submission."
            )
        total = sum(len(m["content"]) for m in messages)
        if total > settings.ASSAY_MAX_CONVERSATION_CHARS:
            raise serializers.ValidationError(
                f"At most {settings.ASSAY_MAX_CONVERSATION_CHARS} characters of content in all."
            )
        return messages


class _Rating(serializers.Serializer):
    rating = _choice(["up", "down"])
    reasons = serializers.ListField(
        child=serializers.CharField(max_length=100), required=False, max_length=20
    )
    comment = serializers.CharField(
        max_length=COMMENT_MAX, required=False, allow_blank=True, trim_whitespace=False
    )
    message_id = serializers.CharField(max_length=ID_MAX, required=False)


class StrictBooleanField(serializers.BooleanField):
    """Only JSON true or false: consent is not inferred from "yes", "1" or "on"."""

    default_error_messages = {"invalid": "Must be true or false."}

    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid")
        return data


class FeedbackInSerializer(_Common, _Rating):
    """POST /api/v1/feedback. Messages are kept only when the user consented to share them."""

    messages = MessageSerializer(many=True, required=False)
    consent = StrictBooleanField(required=False, default=False)


class FeedbackOnShareSerializer(_Rating):
    pass


class ConversationInSerializer(_Common):
    """POST /api/v1/conversations: a whole conversation, shared with the user's consent."""

    messages = MessageSerializer(many=True, allow_empty=False)
    consent = StrictBooleanField()
    feedback = FeedbackOnShareSerializer(required=False)

    def validate_consent(self, consent: bool) -> bool:
        if consent is not True:
            raise serializers.ValidationError("A conversation is shared only with consent: true.")
        return consent


class BatchInSerializer(serializers.Serializer):
    events = serializers.ListField(child=serializers.JSONField(), allow_empty=False)

    def validate_events(self, events: list[Any]) -> list[Any]:
        if len(events) > settings.ASSAY_BATCH_MAX_EVENTS:
            raise serializers.ValidationError(
                f"At most {settings.ASSAY_BATCH_MAX_EVENTS} events per batch."
            )
        return events


class AcceptedSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    status = serializers.CharField()


class BatchResultSerializer(serializers.Serializer):
    id = serializers.UUIDField(required=False)
    status = serializers.CharField(required=False)
    error = serializers.DictField(child=serializers.CharField(), required=False)


class BatchOutSerializer(serializers.Serializer):
    results = BatchResultSerializer(many=True)

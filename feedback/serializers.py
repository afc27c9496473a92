"""Shapes of the intake API. Serializers check shape; services apply the rules.

Error messages never quote the submitted value (see assay.errors).
"""

from typing import Any

from django.conf import settings
from rest_framework import serializers

from feedback.models import Message

ID_MAX = 200
TEXT_MAX = 100_000
COMMENT_MAX = 5_000


def _choice(choices: list[str], **kwargs: Any) -> serializers.ChoiceField:
    return serializers.ChoiceField(
        choices=choices,
        error_messages={"invalid_choice": f"Must be one of: {', '.join(choices)}."},
        **kwargs,
    )


class JSONObjectField(serializers.JSONField):
    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, dict):
            raise serializers.ValidationError("Must be a JSON object.")
        return super().to_internal_value(data)


class ModelRefSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=ID_MAX)
    version = serializers.CharField(max_length=ID_MAX, required=False, allow_blank=True)


class MessageSerializer(serializers.Serializer):
    role = _choice(Message.Role.values)
    content = serializers.CharField(max_length=TEXT_MAX, allow_blank=True, trim_whitespace=False)
    id = serializers.CharField(max_length=ID_MAX, required=False)


class _Common(serializers.Serializer):
    """Fields every submission may carry."""

    conversation_id = serializers.CharField(max_length=ID_MAX)
    idempotency_key = serializers.CharField(max_length=ID_MAX, required=False)
    end_user_id = serializers.CharField(max_length=ID_MAX, required=False)
    model = ModelRefSerializer(required=False)
    prompt_version = serializers.CharField(max_length=ID_MAX, required=False)
    metadata = JSONObjectField(required=False)
    # The publishable key as a body field; authentication reads it, storage drops it.
    key = serializers.CharField(required=False, write_only=True)

    def validate_messages(self, messages: list[Any]) -> list[Any]:
        if len(messages) > settings.ASSAY_MAX_MESSAGES:
            raise serializers.ValidationError(
                f"At most {settings.ASSAY_MAX_MESSAGES} messages per submission."
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


class FeedbackInSerializer(_Common, _Rating):
    """POST /api/v1/feedback. Messages are kept only when the user consented to share them."""

    messages = MessageSerializer(many=True, required=False)
    consent = serializers.BooleanField(required=False, default=False)


class FeedbackOnShareSerializer(_Rating):
    pass


class ConversationInSerializer(_Common):
    """POST /api/v1/conversations: a whole conversation, shared with the user's consent."""

    messages = MessageSerializer(many=True, allow_empty=False)
    consent = serializers.BooleanField()
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

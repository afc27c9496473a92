from rest_framework import serializers

from curation.models import Review, Sample
from curation.reviews import MAX_TAGS


class SampleOutSerializer(serializers.ModelSerializer):
    id = serializers.UUIDField(source="pk")
    status = serializers.CharField(source="state")
    kind = serializers.CharField(source="submission.kind")
    received_at = serializers.DateTimeField(source="submission.received_at")
    pii = serializers.JSONField(source="pii_report")

    class Meta:
        model = Sample
        fields = [
            "id",
            "kind",
            "status",
            "reasons",
            "pii",
            "pii_mode",
            "received_at",
            "state_changed_at",
        ]


class ReviewMessageSerializer(serializers.Serializer):
    role = serializers.CharField()
    content = serializers.CharField()
    rated = serializers.BooleanField()


class ReviewFeedbackSerializer(serializers.Serializer):
    rating = serializers.ChoiceField(choices=["up", "down"])
    reasons = serializers.ListField(child=serializers.CharField())
    comment = serializers.CharField()
    message_id = serializers.CharField()


class ReviewModelSerializer(serializers.Serializer):
    name = serializers.CharField()
    version = serializers.CharField()


class FlagSerializer(serializers.Serializer):
    filter = serializers.CharField()
    verdict = serializers.CharField()
    reason = serializers.CharField()


class ClaimedSampleSerializer(serializers.Serializer):
    """What a reviewer tool gets for a claimed sample: the scrubbed transcript and context."""

    id = serializers.UUIDField()
    project = serializers.CharField()
    lease_expires_at = serializers.DateTimeField()
    review_round = serializers.IntegerField()
    needs_adjudication = serializers.BooleanField()
    messages = ReviewMessageSerializer(many=True)
    feedback = ReviewFeedbackSerializer(allow_null=True)
    model = ReviewModelSerializer()
    prompt_version = serializers.CharField()
    flags = FlagSerializer(many=True)
    pii = serializers.DictField(child=serializers.IntegerField())


class ReviewInSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(
        choices=["approve", "reject", "skip"],
        error_messages={"invalid_choice": "Must be one of: approve, reject, skip."},
    )
    dataset = serializers.CharField(max_length=100, required=False, allow_blank=True)
    reference = serializers.CharField(
        max_length=20_000, required=False, allow_blank=True, trim_whitespace=False
    )
    tags = serializers.ListField(
        child=serializers.CharField(max_length=50), required=False, max_length=MAX_TAGS
    )
    reason = serializers.ChoiceField(
        choices=Review.RejectReason.values,
        required=False,
        allow_blank=True,
        error_messages={
            "invalid_choice": f"Must be one of: {', '.join(Review.RejectReason.values)}."
        },
    )
    note = serializers.CharField(max_length=2_000, required=False, allow_blank=True)


class ReviewOutSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    status = serializers.CharField()
    needs_adjudication = serializers.BooleanField()
    votes = serializers.IntegerField()
    reviews_per_sample = serializers.IntegerField()

from rest_framework import serializers

from curation.models import Sample


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

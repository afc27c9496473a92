from typing import Any

from rest_framework import serializers

from datasets.export import FORMATS


class DraftOutSerializer(serializers.Serializer):
    items = serializers.IntegerField()
    pending = serializers.IntegerField(help_text="Additions, removals and edits not yet published")


class DatasetOutSerializer(serializers.Serializer):
    name = serializers.CharField()
    description = serializers.CharField()
    split_ratios = serializers.DictField(child=serializers.IntegerField())
    latest = serializers.IntegerField(allow_null=True, help_text="Number of the latest version")
    versions = serializers.IntegerField()
    draft = DraftOutSerializer()


class DatasetListOutSerializer(serializers.Serializer):
    datasets = DatasetOutSerializer(many=True)


class VersionOutSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    notes = serializers.CharField()
    created_by = serializers.CharField()
    created_at = serializers.DateTimeField()
    item_count = serializers.IntegerField()
    sha256 = serializers.CharField(help_text="sha256 of the canonical (assay) export")
    dataset_hash = serializers.CharField()
    manifest_sha256 = serializers.CharField()
    tags = serializers.ListField(child=serializers.CharField())
    withdrawn = serializers.BooleanField()
    reissued_as = serializers.IntegerField(allow_null=True)
    counts = serializers.JSONField()

    def get_fields(self) -> dict[str, serializers.Field]:
        # "parent" is an attribute of every serializer field: add it under that name here.
        fields = super().get_fields()
        fields["parent"] = serializers.IntegerField(allow_null=True)
        return fields

    def to_representation(self, version: Any) -> dict[str, Any]:
        return {
            "number": version.number,
            "parent": version.parent.number if version.parent else None,
            "notes": version.notes,
            "created_by": version.created_by_name,
            "created_at": serializers.DateTimeField().to_representation(version.created_at),
            "item_count": version.item_count,
            "sha256": version.sha256,
            "dataset_hash": version.dataset_hash,
            "manifest_sha256": version.manifest_sha256,
            "tags": sorted(tag.name for tag in version.tags.all()),
            "withdrawn": version.is_withdrawn,
            "reissued_as": version.reissued_as.number if version.reissued_as else None,
            "counts": version.counts,
        }


class VersionListOutSerializer(serializers.Serializer):
    dataset = serializers.CharField()
    latest = serializers.IntegerField(allow_null=True)
    versions = VersionOutSerializer(many=True)


class ExportQuerySerializer(serializers.Serializer):
    format = serializers.CharField(required=False, default="assay", help_text=", ".join(FORMATS))
    split = serializers.CharField(required=False, allow_blank=True, default="")


class DiffQuerySerializer(serializers.Serializer):
    # "from" is a Python keyword: the field is renamed in to_internal_value's output.
    to = serializers.CharField(required=False, default="latest", max_length=60)

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        fields["from"] = serializers.CharField(required=False, default="", max_length=60)
        return fields


class DiffOutSerializer(serializers.Serializer):
    dataset = serializers.CharField()
    to = serializers.CharField(help_text="The version number compared to, or 'draft'")
    counts = serializers.DictField(child=serializers.IntegerField())
    added = serializers.ListField(child=serializers.CharField())
    removed = serializers.ListField(child=serializers.CharField())
    changed = serializers.ListField(child=serializers.CharField())

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        fields["from"] = serializers.CharField(help_text="The version number compared from")
        return fields

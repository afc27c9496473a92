"""The datasets API (secret key): list datasets and versions, manifests, exports and diffs.

Exports and manifests stream; their sha256 and length were computed when the version was
published, so `X-Content-SHA256` and `Content-Length` go out before the first byte.
"""

from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Count, OuterRef, Q, Subquery
from django.http import HttpResponse, StreamingHttpResponse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from assay.api import ERRORS, KeyedApi
from assay.auth import HasSecretKey, request_key
from datasets import services
from datasets.export import FORMATS
from datasets.models import Dataset, DatasetVersion
from datasets.serializers import (
    DatasetListOutSerializer,
    DiffOutSerializer,
    DiffQuerySerializer,
    ExportQuerySerializer,
    VersionListOutSerializer,
    VersionOutSerializer,
)

DATASET_ERRORS = {
    **ERRORS,
    404: OpenApiResponse(description="No such dataset, version or tag"),
    410: OpenApiResponse(description="Version withdrawn after an erasure; names its re-issue"),
}
REF = OpenApiParameter(
    "ref", str, OpenApiParameter.PATH, description="A version number, `latest`, or a tag"
)


class JsonOnly(DefaultContentNegotiation):
    """JSON for every answer: `?format=` names an export format here, not a DRF renderer."""

    def select_renderer(
        self, request: Request, renderers: Iterable[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        renderer = next(iter(renderers))
        return renderer, renderer.media_type


class DatasetsApi(KeyedApi):
    """Secret-key endpoints; every request first brings the drafts up to date."""

    permission_classes = [HasSecretKey]
    content_negotiation_class = JsonOnly

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        services.sync_drafts(project=request_key(request).project)

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, services.DatasetError):
            return Response({"error": {exc.field: str(exc)}}, status=exc.status)
        return super().handle_exception(exc)

    def dataset(self, request: Request, name: str) -> Dataset:
        return services.access_dataset(project=request_key(request).project, name=name)

    def version(self, request: Request, name: str, ref: str) -> DatasetVersion:
        version = services.resolve_version(dataset=self.dataset(request, name), ref=ref)
        return services.check_readable(version)


def _stream(
    chunks: Iterator[bytes], *, content_type: str, sha256: str, length: int, filename: str
) -> StreamingHttpResponse:
    response = StreamingHttpResponse(chunks, content_type=content_type)
    response["X-Content-SHA256"] = sha256
    response["Content-Length"] = str(length)
    response["ETag"] = f'"{sha256}"'
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Revalidate every time: `latest` and tags move, and an erasure can withdraw even a
    # numbered version, whose erased conversation a cache must not keep serving.
    response["Cache-Control"] = "no-cache"
    return response


class DatasetListApi(DatasetsApi):
    @extend_schema(responses={200: DatasetListOutSerializer, **ERRORS})
    def get(self, request: Request) -> Response:
        """The project's datasets with their latest version and the size of their draft."""
        head = (
            DatasetVersion.objects.filter(
                dataset=OuterRef("pk"), explicit_items=False, withdrawn_at__isnull=True
            )
            .order_by("-number")
            .values("number")[:1]
        )
        datasets = (
            Dataset.objects.filter(project=request_key(request).project)
            .annotate(
                latest=Subquery(head),
                version_count=Count("versions", distinct=True),
                draft_count=Count("items", filter=Q(items__in_draft=True), distinct=True),
                pending=Count(
                    "items",
                    filter=Q(items__in_draft=True, items__added_in__isnull=True)
                    | Q(
                        items__in_draft=False,
                        items__added_in__isnull=False,
                        items__removed_in__isnull=True,
                    ),
                    distinct=True,
                ),
            )
            .order_by("name")
        )
        return Response(
            {
                "datasets": [
                    {
                        "name": d.name,
                        "description": d.description,
                        "split_ratios": d.split_ratios,
                        "latest": d.latest,
                        "versions": d.version_count,
                        "draft": {"items": d.draft_count, "pending": d.pending},
                    }
                    for d in datasets
                ]
            }
        )


class VersionListApi(DatasetsApi):
    @extend_schema(responses={200: VersionListOutSerializer, **DATASET_ERRORS})
    def get(self, request: Request, name: str) -> Response:
        """A dataset's versions, newest first, with their hashes, tags and any withdrawal."""
        dataset = self.dataset(request, name)
        versions = (
            DatasetVersion.objects.filter(dataset=dataset)
            .select_related("parent", "reissued_as")
            .prefetch_related("tags")
            .order_by("-number")
        )
        latest = services.latest_version(dataset)
        return Response(
            {
                "dataset": dataset.name,
                "latest": latest.number if latest else None,
                "versions": VersionOutSerializer(versions, many=True).data,
            }
        )


class ManifestApi(DatasetsApi):
    @extend_schema(
        parameters=[REF],
        responses={200: OpenApiResponse(description="The manifest (JSON)"), **DATASET_ERRORS},
    )
    def get(self, request: Request, name: str, ref: str) -> StreamingHttpResponse:
        """A version's manifest: hashes, counts and every item's lineage (streamed)."""
        version = self.version(request, name, ref)
        return _stream(
            services.iter_manifest(version=version),
            content_type="application/json",
            sha256=version.manifest_sha256,
            length=version.manifest_bytes,
            filename=f"{version.dataset.name}-v{version.number}.manifest.json",
        )


class CardApi(DatasetsApi):
    @extend_schema(
        parameters=[REF],
        responses={
            200: OpenApiResponse(description="The dataset card (Markdown)"),
            **DATASET_ERRORS,
        },
    )
    def get(self, request: Request, name: str, ref: str) -> HttpResponse:
        """A version's dataset card, in Markdown, with statistics."""
        version = self.version(request, name, ref)
        card = services.render_version_card(version=version)
        return HttpResponse(card, content_type="text/markdown; charset=utf-8")


class ExportApi(DatasetsApi):
    @extend_schema(
        parameters=[
            REF,
            OpenApiParameter("format", str, enum=list(FORMATS), description="Default: assay"),
            OpenApiParameter("split", str, description="One split (default: all items)"),
        ],
        responses={
            200: OpenApiResponse(description="JSON Lines, one item a line"),
            **DATASET_ERRORS,
        },
    )
    def get(self, request: Request, name: str, ref: str) -> StreamingHttpResponse:
        """A version's items in a format, streamed; `X-Content-SHA256` is the body's sha256."""
        query = ExportQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        fmt = services.check_format(query.validated_data["format"])
        version = self.version(request, name, ref)
        split = services.check_split(version.dataset, query.validated_data["split"])
        figures = services.export_figures(version, fmt, split)
        suffix = f"-{split}" if split else ""
        response = _stream(
            services.iter_export(version=version, fmt=fmt, split=split),
            content_type="application/jsonl; charset=utf-8",
            sha256=figures["sha256"],
            length=figures["bytes"],
            filename=f"{version.dataset.name}-v{version.number}{suffix}.{fmt}.jsonl",
        )
        response["X-Assay-Version"] = str(version.number)
        response["X-Assay-Items"] = str(figures["lines"])
        return response


class DiffApi(DatasetsApi):
    @extend_schema(
        parameters=[
            OpenApiParameter(
                "from", str, description="Version, tag or `latest`; default: the parent of `to`"
            ),
            OpenApiParameter("to", str, description="Version, tag, `latest` (default) or `draft`"),
        ],
        responses={200: DiffOutSerializer, **DATASET_ERRORS},
    )
    def get(self, request: Request, name: str) -> Response:
        """Item ids added, removed and changed between two versions (or a version and the draft)."""
        query = DiffQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        dataset = self.dataset(request, name)
        to_ref, from_ref = query.validated_data["to"], query.validated_data["from"]
        if to_ref == "draft":
            to_label: Any = "draft"
            new = services.draft_items(dataset)
            default_from = services.latest_version(dataset)
        else:
            to_version = services.resolve_version(dataset=dataset, ref=to_ref)
            to_label = to_version.number
            new = services.version_items(to_version)
            default_from = to_version.parent
        from_version: DatasetVersion | None = default_from
        if from_ref:
            from_version = services.resolve_version(dataset=dataset, ref=from_ref)
        old = services.version_items(from_version) if from_version else new.none()
        diff = services.diff_items(old, new)
        return Response(
            {
                "dataset": dataset.name,
                "from": from_version.number if from_version else None,
                "to": to_label,
                "counts": {
                    "added": len(diff.added),
                    "removed": len(diff.removed),
                    "changed": len(diff.changed),
                },
                "added": diff.added,
                "removed": diff.removed,
                "changed": diff.changed,
            }
        )

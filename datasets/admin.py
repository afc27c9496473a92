"""Datasets in the admin: drafts curators edit, published versions nobody can change.

Every page first brings the drafts up to date with the approvals (datasets.services.sync_drafts).
"""

import json
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html, format_html_join

from curation.admin import ProjectScopedAdmin, ReadOnlyAdmin
from curation.models import Sample
from datasets import services
from datasets.export import ALL, FORMATS
from datasets.models import Dataset, DatasetItem, DatasetVersion, Erasure
from feedback.models import Project

DIFF_SHOWN = 100


def sync_all() -> None:
    """Bring every draft up to date before an admin page reads them."""
    approved = Sample.objects.filter(state=Sample.State.APPROVED).values("project_id")
    for project in Project.objects.filter(pk__in=approved):
        services.sync_drafts(project=project)


class SyncedAdmin(ProjectScopedAdmin):
    """Syncs drafts before each page; shows only the projects the user is a member of."""

    project_field = "dataset__project"

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> Any:
        sync_all()
        return super().changelist_view(request, extra_context)

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> Any:
        sync_all()
        return super().change_view(request, object_id, form_url, extra_context)


class DatasetForm(forms.ModelForm):
    class Meta:
        model = Dataset
        fields = ["description", "split_ratios"]


class VersionInline(admin.TabularInline):
    model = DatasetVersion
    extra = 0
    fields = ("link", "item_count", "created_at", "created_by_name", "notes", "withdrawn_at")
    readonly_fields = fields
    can_delete = False
    show_change_link = False
    ordering = ["-number"]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description="Version")
    def link(self, version: DatasetVersion) -> str:
        url = reverse("admin:datasets_datasetversion_change", args=[version.pk])
        return format_html('<a href="{}">v{}</a>', url, version.number)


@admin.register(Dataset)
class DatasetAdmin(SyncedAdmin):
    project_field = "project"
    form = DatasetForm
    list_display = ["name", "project", "latest", "draft_items", "created_at"]
    list_filter = ["project"]
    list_select_related = ["project"]
    search_fields = ["name", "description"]
    readonly_fields = ["project", "name", "created_at"]
    fields = ["project", "name", "description", "split_ratios", "created_at"]
    inlines = [VersionInline]
    actions = ["publish"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Datasets come from approvals: a reviewer names one and it exists.
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Dataset]:
        head = DatasetVersion.objects.filter(
            dataset=OuterRef("pk"), explicit_items=False, withdrawn_at__isnull=True
        ).order_by("-number")
        return (
            super()
            .get_queryset(request)
            .annotate(
                latest_number=Subquery(head.values("number")[:1]),
                latest_items=Subquery(head.values("item_count")[:1]),
                draft_count=Count("items", filter=Q(items__in_draft=True)),
            )
        )

    @admin.display(description="Latest version", ordering="latest_number")
    def latest(self, dataset: Any) -> str:
        if dataset.latest_number is None:
            return "—"
        return f"v{dataset.latest_number} ({dataset.latest_items} items)"

    @admin.display(description="Items in the draft", ordering="draft_count")
    def draft_items(self, dataset: Any) -> int:
        return int(dataset.draft_count)

    def save_model(self, request: HttpRequest, obj: Dataset, form: Any, change: bool) -> None:
        try:
            services.update_dataset(
                dataset=obj,
                description=form.cleaned_data["description"],
                split_ratios=form.cleaned_data["split_ratios"],
            )
        except services.DatasetError as exc:
            # clean() catches this first; a concurrent publish may still get here.
            self.message_user(request, str(exc), messages.ERROR)

    @admin.action(description="Publish the draft as the next version", permissions=["publish"])
    def publish(self, request: HttpRequest, queryset: QuerySet[Dataset]) -> None:
        for dataset in queryset:
            try:
                version = services.publish_version(
                    dataset=dataset,
                    notes="Published from the admin.",
                    user=request.user if request.user.is_authenticated else None,
                )
            except services.DatasetError as exc:
                self.message_user(request, f"{dataset.name}: {exc}", messages.WARNING)
                continue
            self.message_user(
                request,
                f"{dataset.name}: published v{version.number} ({version.item_count} items).",
                messages.SUCCESS,
            )

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("datasets.publish_dataset")


@admin.register(DatasetVersion)
class DatasetVersionAdmin(ReadOnlyAdmin, SyncedAdmin):
    """Published versions: read-only, with their diff, manifest and downloads."""

    change_form_template = "admin/datasets/datasetversion/change_form.html"
    list_display = [
        "__str__",
        "dataset",
        "number",
        "item_count",
        "short_sha",
        "tag_names",
        "status",
        "created_at",
    ]
    list_filter = ["dataset__project", "dataset"]
    list_select_related = ["dataset", "reissued_as"]
    search_fields = ["dataset__name", "sha256", "notes"]
    fields = (
        "dataset",
        "number",
        "parent",
        "notes",
        "created_by_name",
        "created_at",
        "item_count",
        "sha256",
        "dataset_hash",
        "status",
        "diff",
        "manifest",
    )
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[DatasetVersion]:
        return super().get_queryset(request).prefetch_related("tags")

    @admin.display(description="sha256")
    def short_sha(self, version: DatasetVersion) -> str:
        return version.sha256[:12]

    @admin.display(description="Tags")
    def tag_names(self, version: DatasetVersion) -> str:
        return ", ".join(sorted(tag.name for tag in version.tags.all())) or "—"

    @admin.display(description="Status")
    def status(self, version: DatasetVersion) -> str:
        if version.is_withdrawn:
            reissue = services.current_reissue(version)
            return f"Withdrawn (erasure); re-issued as v{reissue}" if reissue else "Withdrawn"
        return "Current"

    @admin.display(description="Changes since the parent")
    def diff(self, version: DatasetVersion) -> str:
        old = services.version_items(version.parent) if version.parent else None
        new = services.version_items(version)
        diff = services.diff_items(old if old is not None else new.none(), new)
        rows = []
        for title, ids in (
            ("Added", diff.added),
            ("Removed", diff.removed),
            ("Changed", diff.changed),
        ):
            shown = ", ".join(ids[:DIFF_SHOWN]) + (" …" if len(ids) > DIFF_SHOWN else "")
            rows.append((title, len(ids), shown or "—"))
        return format_html(
            "<table>{}</table>",
            format_html_join("", "<tr><th>{}</th><td>{}</td><td><code>{}</code></td></tr>", rows),
        )

    @admin.display(description="Manifest (without the lineage)")
    def manifest(self, version: DatasetVersion) -> str:
        header = json.dumps(
            services.manifest_header(version), indent=2, sort_keys=True, ensure_ascii=False
        )
        return format_html("<pre>{}</pre>", header)

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view
        return [
            path(
                "<int:pk>/download/<str:fmt>/",
                view(self.download_view),
                name="datasets_datasetversion_download",
            ),
            path(
                "<int:pk>/manifest/",
                view(self.manifest_view),
                name="datasets_datasetversion_manifest",
            ),
            path("<int:pk>/card/", view(self.card_view), name="datasets_datasetversion_card"),
            *super().get_urls(),
        ]

    def _readable(self, request: HttpRequest, pk: int) -> DatasetVersion:
        if not self.has_view_permission(request):
            raise PermissionDenied
        return get_object_or_404(self.get_queryset(request).select_related("dataset"), pk=pk)

    def _withdrawn(self, request: HttpRequest, version: DatasetVersion) -> HttpResponse:
        reissue = services.current_reissue(version)
        message = str(services.VersionWithdrawn(version, reissue))
        return HttpResponse(message, status=410, content_type="text/plain; charset=utf-8")

    def download_view(self, request: HttpRequest, pk: int, fmt: str) -> HttpResponseBase:
        version = self._readable(request, pk)
        if fmt not in FORMATS:
            return HttpResponse("Unknown format.", status=400, content_type="text/plain")
        if version.is_withdrawn:
            return self._withdrawn(request, version)
        try:
            split = services.check_split(version.dataset, request.GET.get("split"))
        except services.DatasetError as exc:
            return HttpResponse(str(exc), status=400, content_type="text/plain")
        figures = services.export_figures(version, fmt, split)
        response = StreamingHttpResponse(
            services.iter_export(version=version, fmt=fmt, split=split),
            content_type="application/jsonl; charset=utf-8",
        )
        suffix = f"-{split}" if split else ""
        name = f"{version.dataset.name}-v{version.number}{suffix}.{fmt}.jsonl"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["X-Content-SHA256"] = figures["sha256"]
        response["Content-Length"] = str(figures["bytes"])
        return response

    def manifest_view(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        version = self._readable(request, pk)
        if version.is_withdrawn:
            return self._withdrawn(request, version)
        response = StreamingHttpResponse(
            services.iter_manifest(version=version), content_type="application/json"
        )
        name = f"{version.dataset.name}-v{version.number}.manifest.json"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["X-Content-SHA256"] = version.manifest_sha256
        return response

    def card_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        version = self._readable(request, pk)
        if version.is_withdrawn:
            return self._withdrawn(request, version)
        card = services.render_version_card(version=version)
        response = HttpResponse(card, content_type="text/markdown; charset=utf-8")
        name = f"{version.dataset.name}-v{version.number}.card.md"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> Any:
        version = DatasetVersion.objects.select_related("dataset").filter(pk=object_id).first()
        extra_context = dict(extra_context or {})
        if version is not None:
            scopes = [ALL, *sorted(version.dataset.split_ratios)]
            extra_context["downloads"] = [
                (
                    fmt,
                    [
                        (
                            scope,
                            reverse(
                                "admin:datasets_datasetversion_download", args=[version.pk, fmt]
                            )
                            + ("" if scope == ALL else f"?split={scope}"),
                        )
                        for scope in scopes
                    ],
                )
                for fmt in FORMATS
            ]
            extra_context["manifest_url"] = reverse(
                "admin:datasets_datasetversion_manifest", args=[version.pk]
            )
            extra_context["card_url"] = reverse(
                "admin:datasets_datasetversion_card", args=[version.pk]
            )
            extra_context["withdrawn"] = version.is_withdrawn
        return super().change_view(request, object_id, form_url, extra_context)


class ItemForm(forms.ModelForm):
    """A draft item's editable parts: its reference answer and tags."""

    expected_output = forms.CharField(
        label="Reference answer", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    tag_list = forms.CharField(label="Tags (comma-separated)", required=False)

    class Meta:
        model = DatasetItem
        fields: list[str] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            record = json.loads(self.instance.record)
            self.fields["expected_output"].initial = record["expected_output"] or ""
            self.fields["tag_list"].initial = ", ".join(record["tags"])


@admin.register(DatasetItem)
class DatasetItemAdmin(SyncedAdmin):
    """Items: published revisions are read-only; a draft item's reference and tags may change."""

    form = ItemForm
    list_display = ["item_id", "dataset", "revision", "split", "in_draft", "added_in", "removed_in"]
    list_filter = ["dataset__project", "dataset", "split", "in_draft"]
    list_select_related = ["dataset"]
    search_fields = ["item_id", "conversation_id"]
    readonly_fields = [
        "dataset",
        "item_id",
        "revision",
        "split",
        "in_draft",
        "added_in",
        "removed_in",
        "content_hash",
        "pretty_record",
    ]
    actions = ["remove_from_draft"]

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        editable = ["expected_output", "tag_list"] if self._editable(request, obj) else []
        return [*editable, *self.readonly_fields]

    def _editable(self, request: HttpRequest, obj: DatasetItem | None) -> bool:
        return bool(
            obj is not None
            and obj.in_draft
            and request.user.has_perm("datasets.change_datasetitem")
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if obj is not None and not obj.in_draft:
            return False
        return super().has_change_permission(request, obj)

    @admin.display(description="Record (assay.v1)")
    def pretty_record(self, item: DatasetItem) -> str:
        text = json.dumps(json.loads(item.record), indent=2, sort_keys=True, ensure_ascii=False)
        return format_html("<pre style='white-space: pre-wrap'>{}</pre>", text)

    def save_model(self, request: HttpRequest, obj: DatasetItem, form: Any, change: bool) -> None:
        tags = [t.strip() for t in form.cleaned_data["tag_list"].split(",") if t.strip()]
        services.edit_item(
            dataset=obj.dataset,
            item_id=obj.item_id,
            expected_output=form.cleaned_data["expected_output"],
            tags=tags,
        )

    @admin.action(description="Remove from the draft", permissions=["change"])
    def remove_from_draft(self, request: HttpRequest, queryset: QuerySet[DatasetItem]) -> None:
        removed = 0
        for item in queryset.filter(in_draft=True).select_related("dataset"):
            services.remove_item(dataset=item.dataset, item_id=item.item_id)
            removed += 1
        self.message_user(
            request,
            f"{removed} item(s) removed from the draft; the next version will not have them.",
            messages.SUCCESS,
        )


@admin.register(Erasure)
class ErasureAdmin(ReadOnlyAdmin):
    list_display = ["pk", "project", "samples", "items", "versions", "requested_by", "created_at"]
    list_filter = ["project"]
    readonly_fields = [
        "project",
        "conversation_hash",
        "requested_by",
        "samples",
        "items",
        "versions",
        "created_at",
    ]

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from curation.filters import FILTERS
from curation.models import FilterResult, Sample
from curation.pipeline import refilter_samples
from curation.project_settings import ProjectSettingsError, validate_project_settings
from feedback.admin import ApiKeyInline
from feedback.models import Project


class ProjectAdminForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = ["slug", "name", "allowed_origins", "settings"]

    def clean_settings(self) -> Any:
        value = self.cleaned_data.get("settings")
        try:
            validate_project_settings({} if value is None else value)
        except ProjectSettingsError as exc:
            raise forms.ValidationError(str(exc)) from None
        return value


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    form = ProjectAdminForm
    list_display = ["slug", "name", "allowed_origins", "created_at"]
    search_fields = ["slug", "name"]
    inlines = [ApiKeyInline]


class FilterResultInline(admin.TabularInline):
    model = FilterResult
    extra = 0
    fields = ("name", "verdict", "score", "reason")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class VerdictFilter(admin.SimpleListFilter):
    title = "filter verdict"
    parameter_name = "verdict"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [
            ("reject", "Rejected by a filter"),
            ("flag", "Flagged by a filter"),
            ("clean", "No flags"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Sample]) -> QuerySet[Sample]:
        value = self.value()
        if value in ("reject", "flag"):
            return queryset.filter(filter_results__verdict=value).distinct()
        if value == "clean":
            return queryset.exclude(filter_results__verdict__in=["reject", "flag"])
        return queryset


class FilterNameFilter(admin.SimpleListFilter):
    title = "filter that flagged or rejected"
    parameter_name = "filter"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [(name, name.replace("_", " ")) for name in FILTERS]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Sample]) -> QuerySet[Sample]:
        if self.value():
            return queryset.filter(
                filter_results__name=self.value(), filter_results__verdict__in=["reject", "flag"]
            ).distinct()
        return queryset


@admin.register(Sample)
class SampleAdmin(admin.ModelAdmin):
    list_display = ["pk", "project", "kind", "state", "why", "state_changed_at", "pii_summary"]
    list_filter = ["state", VerdictFilter, FilterNameFilter, "project", "submission__kind"]
    list_select_related = ["project", "submission"]
    date_hierarchy = "created_at"
    # The raw submission is never shown: reviewers see only the scrubbed conversation.
    fields = (
        "project",
        "state",
        "state_changed_at",
        "attempts",
        "conversation",
        "feedback",
        "pii_report",
        "pii_mode",
        "reasons",
    )
    readonly_fields = fields
    inlines = [FilterResultInline]
    actions = ["rerun_filters"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.display(description="Kind", ordering="submission__kind")
    def kind(self, sample: Sample) -> str:
        return sample.submission.get_kind_display()

    @admin.display(description="Reasons and flags")
    def why(self, sample: Sample) -> str:
        return "; ".join(sample.reasons) or "—"

    @admin.display(description="PII found")
    def pii_summary(self, sample: Sample) -> str:
        return ", ".join(f"{entity}: {count}" for entity, count in sample.pii_report.items()) or "—"

    @admin.action(description="Re-run the filters (after a threshold change)")
    def rerun_filters(self, request: HttpRequest, queryset: QuerySet[Sample]) -> None:
        sample_ids = list(queryset.values_list("pk", flat=True))
        refiltered = refilter_samples(sample_ids=sample_ids)
        ended: dict[str, int] = {}
        for state in Sample.objects.filter(pk__in=sample_ids).values_list("state", flat=True):
            ended[state] = ended.get(state, 0) + 1
        summary = ", ".join(f"{state}: {count}" for state, count in sorted(ended.items()))
        skipped = len(sample_ids) - refiltered
        self.message_user(
            request,
            f"Filters re-run on {refiltered} sample(s); the selection is now {summary}."
            + (f" {skipped} skipped (not awaiting review or auto-rejected)." if skipped else ""),
            messages.SUCCESS,
        )

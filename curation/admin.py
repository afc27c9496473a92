from django.contrib import admin

from curation.models import Sample


@admin.register(Sample)
class SampleAdmin(admin.ModelAdmin):
    list_display = ["pk", "project", "kind", "state", "state_changed_at", "attempts", "pii_summary"]
    list_filter = ["state", "project", "submission__kind"]
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
        "reasons",
    )
    readonly_fields = fields

    def has_add_permission(self, request: object) -> bool:
        return False

    @admin.display(description="Kind", ordering="submission__kind")
    def kind(self, sample: Sample) -> str:
        return sample.submission.get_kind_display()

    @admin.display(description="PII found")
    def pii_summary(self, sample: Sample) -> str:
        return ", ".join(f"{entity}: {count}" for entity, count in sample.pii_report.items()) or "—"

from typing import Any
from uuid import UUID

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html

from curation import reviews, selectors
from curation.filters import FILTERS
from curation.models import FilterResult, Membership, Review, Sample
from curation.pipeline import refilter_samples, retry_sample
from curation.project_settings import ProjectSettingsError, validate_project_settings
from curation.tasks import enqueue_sample
from feedback.admin import ApiKeyAdmin, ApiKeyInline, ConversationAdmin, FeedbackAdmin
from feedback.models import ApiKey, Conversation, Feedback, Project


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown in the admin, never added, changed or deleted there: records that only the
    pipeline and the services write (samples, the audit trail, dataset versions)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class ProjectScopedAdmin(admin.ModelAdmin):
    """Rows of the projects the user belongs to (every project for a superuser)."""

    project_field = "project"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        rows = super().get_queryset(request)
        projects = reviews.project_ids_for(request.user)
        return rows if projects is None else rows.filter(**{f"{self.project_field}__in": projects})


@admin.register(ApiKey)
class ScopedApiKeyAdmin(ProjectScopedAdmin, ApiKeyAdmin):
    pass


@admin.register(Conversation)
class ScopedConversationAdmin(ProjectScopedAdmin, ConversationAdmin):
    pass


@admin.register(Feedback)
class ScopedFeedbackAdmin(ProjectScopedAdmin, FeedbackAdmin):
    pass


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
class ProjectAdmin(ProjectScopedAdmin):
    project_field = "pk"
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


def split_tags(text: str) -> list[str]:
    """Comma-separated tags as typed in a form; reviews.check_tags decides if they are valid."""
    return [tag.strip() for tag in text.split(",") if tag.strip()]


class DecisionForm(forms.Form):
    """Approve, reject or skip a sample on the review page."""

    decision = forms.ChoiceField(
        choices=[("approve", "Approve"), ("reject", "Reject"), ("skip", "Skip")]
    )
    dataset = forms.CharField(max_length=100, required=False)
    reference = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    tags = forms.CharField(
        max_length=1000, required=False, help_text="Comma-separated, e.g. billing, refund"
    )
    reason = forms.ChoiceField(
        choices=[("", "Choose a reason…"), *Review.RejectReason.choices], required=False
    )
    note = forms.CharField(max_length=2000, required=False)

    def tag_list(self) -> list[str]:
        return split_tags(self.cleaned_data.get("tags", ""))


class RedactForm(forms.Form):
    value = forms.CharField(max_length=200, label="Text the scrubber missed")
    entity_type = forms.ChoiceField(
        choices=[(e, e.replace("_", " ").title()) for e in reviews.REDACTABLE], label="Type"
    )
    add_to_deny_list = forms.BooleanField(
        required=False, label="Also add it to the project's deny list"
    )


class BulkApproveForm(forms.Form):
    dataset = forms.CharField(max_length=100)
    tags = forms.CharField(max_length=1000, required=False, help_text="Comma-separated")


class BulkRejectForm(forms.Form):
    reason = forms.ChoiceField(choices=Review.RejectReason.choices)
    note = forms.CharField(max_length=2000, required=False)


class AssignForm(forms.Form):
    reviewers = forms.ModelMultipleChoiceField(
        queryset=get_user_model().objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, project_ids: list[int] | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        users = get_user_model().objects.filter(
            groups__permissions__codename="review_sample", is_active=True
        )
        if project_ids is not None:
            users = users.filter(project_memberships__project_id__in=project_ids)
        self.fields["reviewers"].queryset = users.distinct().order_by("username")  # type: ignore[attr-defined]


class RatingFilter(admin.SimpleListFilter):
    title = "rating"
    parameter_name = "rating"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("up", "Thumbs up"), ("down", "Thumbs down"), ("none", "No rating")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Sample]) -> QuerySet[Sample]:
        ratings = {"up": 1, "down": -1}
        if self.value() in ratings:
            return queryset.filter(feedback__rating=ratings[str(self.value())])
        if self.value() == "none":
            return queryset.filter(feedback__isnull=True)
        return queryset


class ModelVersionFilter(admin.SimpleListFilter):
    title = "model version"
    parameter_name = "model_version"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        samples = model_admin.get_queryset(request).exclude(conversation=None)
        pairs = (
            samples.values_list("conversation__model_name", "conversation__model_version")
            .distinct()
            .order_by("conversation__model_name", "conversation__model_version")[:50]
        )
        return [(f"{n}@{v}", f"{n} {v}".strip() or "(none)") for n, v in pairs]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Sample]) -> QuerySet[Sample]:
        if self.value():
            name, _, version = str(self.value()).partition("@")
            return queryset.filter(
                conversation__model_name=name, conversation__model_version=version
            )
        return queryset


@admin.register(Sample)
class SampleAdmin(ReadOnlyAdmin):
    list_display = [
        "review_link",
        "project",
        "kind",
        "state",
        "rating",
        "model_version",
        "why",
        "queue",
        "created_at",
        "pii_summary",
    ]
    list_display_links = None
    list_filter = [
        "state",
        "project",
        RatingFilter,
        VerdictFilter,
        FilterNameFilter,
        ModelVersionFilter,
        "needs_adjudication",
        "submission__kind",
    ]
    list_select_related = [
        "project",
        "submission",
        "feedback",
        "conversation",
        "claimed_by",
        "assignee",
    ]
    list_per_page = 50
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
        "review_round",
        "dataset_name",
        "reference",
        "tags",
        "decided_at",
    )
    readonly_fields = fields
    inlines = [FilterResultInline]
    actions = [
        "retry_failed",
        "approve_selected",
        "reject_selected",
        "assign_selected",
        "reopen_selected",
        "rerun_filters",
    ]

    # -- scoping: a reviewer sees their projects' samples only ------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet[Sample]:
        # The submission is joined for its kind; its sealed raw payload is never read here.
        return reviews.visible_samples(request.user).defer("submission__payload")

    def has_review_permission(self, request: HttpRequest) -> bool:
        return reviews.is_reviewer(request.user)

    def has_adjudicate_permission(self, request: HttpRequest) -> bool:
        return reviews.is_curator(request.user)

    # -- columns --------------------------------------------------------------------------

    @admin.display(description="Sample", ordering="created_at")
    def review_link(self, sample: Sample) -> str:
        url = reverse("admin:curation_sample_review", args=[sample.pk])
        return format_html('<a href="{}">{}</a>', url, str(sample.pk)[:8])

    @admin.display(description="Kind", ordering="submission__kind")
    def kind(self, sample: Sample) -> str:
        return sample.submission.get_kind_display()

    @admin.display(description="Rating", ordering="feedback__rating")
    def rating(self, sample: Sample) -> str:
        if sample.feedback is None:
            return "—"
        return "👍" if sample.feedback.rating == 1 else "👎"

    @admin.display(description="Model")
    def model_version(self, sample: Sample) -> str:
        source = sample.conversation or sample.feedback
        return f"{source.model_name} {source.model_version}".strip() if source else "—"

    @admin.display(description="Reasons and flags")
    def why(self, sample: Sample) -> str:
        return "; ".join(sample.reasons) or "—"

    @admin.display(description="Queue")
    def queue(self, sample: Sample) -> str:
        parts = []
        if sample.needs_adjudication:
            parts.append("disputed")
        if sample.assignee:
            parts.append(f"assigned to {sample.assignee.get_username()}")
        if (
            sample.claimed_by
            and sample.lease_expires_at
            and sample.lease_expires_at > timezone.now()
        ):
            parts.append(f"claimed by {sample.claimed_by.get_username()}")
        return ", ".join(parts) or "—"

    @admin.display(description="PII found")
    def pii_summary(self, sample: Sample) -> str:
        return ", ".join(f"{entity}: {count}" for entity, count in sample.pii_report.items()) or "—"

    # -- the review page --------------------------------------------------------------------

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view
        return [
            path("review/next/", view(self.review_next_view), name="curation_sample_review_next"),
            path(
                "review/adjudicate/",
                view(self.adjudicate_next_view),
                name="curation_sample_adjudicate_next",
            ),
            path("<uuid:sample_id>/review/", view(self.review_view), name="curation_sample_review"),
            *super().get_urls(),
        ]

    def _claim(self, request: HttpRequest, *, adjudicate: bool) -> HttpResponse:
        try:
            sample = reviews.claim_next(user=request.user, adjudicate=adjudicate)
        except reviews.NotAllowed:
            raise PermissionDenied from None
        if sample is None:
            self.message_user(
                request,
                "Nothing is waiting for you to adjudicate."
                if adjudicate
                else "Nothing is waiting for your review. Well done.",
                messages.INFO,
            )
            return HttpResponseRedirect(reverse("admin:curation_sample_changelist"))
        return HttpResponseRedirect(reverse("admin:curation_sample_review", args=[sample.pk]))

    def review_next_view(self, request: HttpRequest) -> HttpResponse:
        return self._claim(request, adjudicate=False)

    def adjudicate_next_view(self, request: HttpRequest) -> HttpResponse:
        return self._claim(request, adjudicate=True)

    def review_view(self, request: HttpRequest, sample_id: UUID) -> HttpResponse:
        user: Any = request.user
        try:
            sample = reviews.access_sample(user=user, sample_id=sample_id)
        except reviews.NotAllowed:
            raise PermissionDenied from None
        except reviews.SampleNotFound:
            raise Http404("No sample with this id.") from None
        decision_form = DecisionForm(
            initial={"dataset": request.session.get("assay_last_dataset", "")}
        )
        redact_form = RedactForm()
        if request.method == "POST":
            try:
                if request.POST.get("action") == "redact":
                    redact_form = RedactForm(request.POST)
                    if redact_form.is_valid():
                        count = reviews.redact_sample(
                            user=user, sample_id=sample.pk, **redact_form.cleaned_data
                        )
                        self.message_user(
                            request, f"Redacted {count} occurrence(s).", messages.SUCCESS
                        )
                        return HttpResponseRedirect(request.path)
                elif request.POST.get("action") == "reopen":
                    reviews.reopen_sample(
                        user=user, sample_id=sample.pk, note=request.POST.get("note", "")
                    )
                    self.message_user(
                        request, "Reopened: the sample is back in the queue.", messages.SUCCESS
                    )
                    return HttpResponseRedirect(request.path)
                else:
                    decision_form = DecisionForm(request.POST)
                    if decision_form.is_valid():
                        return self._decide(request, sample, decision_form)
            except reviews.NotAllowed:
                raise PermissionDenied from None
            except reviews.ReviewError as exc:
                form = redact_form if request.POST.get("action") == "redact" else decision_form
                if exc.field in form.fields:
                    form.add_error(exc.field, str(exc))
                else:
                    self.message_user(request, str(exc), messages.ERROR)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Review sample {str(sample.pk)[:8]}",
            "sample": sample,
            "view": selectors.review_view(sample),
            "trail": Review.objects.filter(sample=sample).select_related(None),
            "decision_form": decision_form,
            "redact_form": redact_form,
            "dataset_names": selectors.dataset_names(project_id=sample.project_id),
            "required": selectors.reviews_required(sample),
            "votes": selectors.round_votes(sample),
            "holds_lease": sample.claimed_by_id == user.pk
            and sample.lease_expires_at is not None
            and sample.lease_expires_at > timezone.now(),
            "can_adjudicate": reviews.is_curator(user),
            "decided": sample.state != Sample.State.PENDING_REVIEW,
        }
        return TemplateResponse(request, "admin/curation/sample/review.html", context)

    def _decide(self, request: HttpRequest, sample: Sample, form: DecisionForm) -> HttpResponse:
        user: Any = request.user
        data = form.cleaned_data
        if data["decision"] == "skip":
            reviews.skip_sample(user=user, sample_id=sample.pk)
            self.message_user(request, "Skipped.", messages.INFO)
        else:
            outcome = reviews.decide_sample(
                user=user,
                sample_id=sample.pk,
                decision=data["decision"],
                dataset=data["dataset"],
                reference=data["reference"],
                tags=form.tag_list(),
                reason=data["reason"],
                note=data["note"],
            )
            if data["decision"] == "approve":
                request.session["assay_last_dataset"] = data["dataset"]
            state = outcome.sample.get_state_display().lower()
            if outcome.sample.needs_adjudication:
                state = "disputed: waiting for a curator"
            elif outcome.sample.state == Sample.State.PENDING_REVIEW:
                state = f"vote {outcome.votes} of {outcome.required} recorded"
            self.message_user(request, f"Sample {str(sample.pk)[:8]}: {state}.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:curation_sample_review_next"))

    # -- bulk actions: still one decision (and one Review record) per sample -------------

    def _bulk(
        self,
        request: HttpRequest,
        queryset: QuerySet[Sample],
        form_class: type[forms.Form],
        title: str,
        apply: Any,
        **form_kwargs: Any,
    ) -> HttpResponse | None:
        form = form_class(request.POST if "apply" in request.POST else None, **form_kwargs)
        if "apply" in request.POST and form.is_valid():
            done, refused = 0, 0
            for sample_id in queryset.values_list("pk", flat=True):
                try:
                    apply(sample_id, form.cleaned_data)
                    done += 1
                except reviews.ReviewError:
                    refused += 1
            self.message_user(
                request,
                f"{title}: {done} sample(s)."
                + (
                    f" {refused} refused (already decided, disputed or not yours)."
                    if refused
                    else ""
                ),
                messages.SUCCESS if done else messages.WARNING,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": title,
            "form": form,
            "queryset": queryset,
            "count": queryset.count(),
            "action": request.POST.get("action", ""),
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/curation/sample/bulk_action.html", context)

    @admin.action(description="Approve selected samples into a dataset", permissions=["review"])
    def approve_selected(
        self, request: HttpRequest, queryset: QuerySet[Sample]
    ) -> HttpResponse | None:
        user: Any = request.user

        def apply(sample_id: UUID, data: dict[str, Any]) -> None:
            tags = split_tags(data.get("tags", ""))
            reviews.decide_sample(
                user=user,
                sample_id=sample_id,
                decision="approve",
                dataset=data["dataset"],
                tags=tags,
            )

        return self._bulk(request, queryset, BulkApproveForm, "Approve samples", apply)

    @admin.action(description="Reject selected samples", permissions=["review"])
    def reject_selected(
        self, request: HttpRequest, queryset: QuerySet[Sample]
    ) -> HttpResponse | None:
        user: Any = request.user

        def apply(sample_id: UUID, data: dict[str, Any]) -> None:
            reviews.decide_sample(
                user=user,
                sample_id=sample_id,
                decision="reject",
                reason=data["reason"],
                note=data["note"],
            )

        return self._bulk(request, queryset, BulkRejectForm, "Reject samples", apply)

    @admin.action(description="Assign selected samples to reviewers", permissions=["adjudicate"])
    def assign_selected(
        self, request: HttpRequest, queryset: QuerySet[Sample]
    ) -> HttpResponse | None:
        user: Any = request.user
        form = AssignForm(
            request.POST if "apply" in request.POST else None,
            project_ids=reviews.project_ids_for(user),
        )
        if "apply" in request.POST and form.is_valid():
            counts = reviews.assign_samples(
                user=user,
                sample_ids=list(queryset.values_list("pk", flat=True)),
                reviewers=list(form.cleaned_data["reviewers"]),
            )
            summary = (
                ", ".join(f"{name}: {n}" for name, n in sorted(counts.items()))
                or "none (no pending sample in their projects)"
            )
            self.message_user(request, f"Assigned {summary}.", messages.SUCCESS)
            return None
        return self._bulk(
            request,
            queryset,
            AssignForm,
            "Assign samples",
            None,
            project_ids=reviews.project_ids_for(user),
        )

    @admin.action(description="Reopen selected decided samples", permissions=["adjudicate"])
    def reopen_selected(self, request: HttpRequest, queryset: QuerySet[Sample]) -> None:
        user: Any = request.user
        done = 0
        for sample_id in queryset.values_list("pk", flat=True):
            try:
                reviews.reopen_sample(user=user, sample_id=sample_id)
                done += 1
            except reviews.ReviewError:
                pass
        self.message_user(request, f"Reopened {done} sample(s).", messages.SUCCESS)

    @admin.action(description="Retry failed samples", permissions=["adjudicate"])
    def retry_failed(self, request: HttpRequest, queryset: QuerySet[Sample]) -> None:
        retried = 0
        for sample_id in queryset.filter(state=Sample.State.FAILED).values_list("pk", flat=True):
            if retry_sample(sample_id=sample_id):
                enqueue_sample(sample_id)
                retried += 1
        self.message_user(
            request,
            f"Retried {retried} failed sample(s)"
            + ("." if retried else " (none of the selection was failed with a payload left)."),
            messages.SUCCESS if retried else messages.WARNING,
        )

    @admin.action(
        description="Re-run the filters (after a threshold change)", permissions=["adjudicate"]
    )
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


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin, ProjectScopedAdmin):
    """The audit trail: read-only for everyone."""

    list_display = [
        "created_at",
        "reviewer_name",
        "action",
        "adjudication",
        "sample_link",
        "project",
        "dataset",
        "reason",
    ]
    list_filter = ["action", "adjudication", "project", "reviewer_name"]
    list_select_related = ["project"]
    date_hierarchy = "created_at"

    @admin.display(description="Sample")
    def sample_link(self, review: Review) -> str:
        url = reverse("admin:curation_sample_review", args=[review.sample_id])
        return format_html('<a href="{}">{}</a>', url, str(review.sample_id)[:8])


@admin.register(Membership)
class MembershipAdmin(ProjectScopedAdmin):
    list_display = ["user", "project", "created_at"]
    list_filter = ["project"]
    list_select_related = ["user", "project"]
    autocomplete_fields = ["project"]

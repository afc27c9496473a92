"""Admin classes for intake's models. curation.admin registers them (and Project), scoped to
the projects a reviewer or curator belongs to, since memberships live there."""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from feedback.models import ApiKey, Message


class ApiKeyInline(admin.TabularInline):
    model = ApiKey
    extra = 0
    fields = ["prefix", "kind", "label", "created_at", "revoked_at"]
    readonly_fields = ["prefix", "kind", "created_at"]
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        # Keys are created by createproject (or the action below), so the plaintext is shown once.
        return False


class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["prefix", "project", "kind", "label", "created_at", "revoked_at"]
    list_filter = ["kind", "project"]
    list_select_related = ["project"]
    readonly_fields = ["prefix", "hashed", "kind", "project", "created_at"]
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Revoke selected keys")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiKey]) -> None:
        count = queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
        self.message_user(request, f"Revoked {count} key(s).", messages.SUCCESS)


class MessageInline(admin.TabularInline):
    model = Message
    extra = 0
    fields = ("position", "role", "content")
    readonly_fields = fields
    can_delete = False


class ConversationAdmin(admin.ModelAdmin):
    list_display = ["external_id", "project", "model_name", "prompt_version", "created_at"]
    list_filter = ["project", "model_name"]
    list_select_related = ["project"]
    search_fields = ["external_id"]
    inlines = [MessageInline]
    readonly_fields = ["project", "external_id", "end_user", "created_at"]


class FeedbackAdmin(admin.ModelAdmin):
    list_display = ["conversation_external_id", "project", "rating", "model_name", "created_at"]
    list_filter = ["rating", "project", "model_name", "prompt_version"]
    list_select_related = ["project"]
    search_fields = ["conversation_external_id"]
    readonly_fields = ["project", "conversation", "end_user", "created_at"]

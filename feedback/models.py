import hashlib
import json
import secrets
import uuid

from django.core.exceptions import ValidationError
from django.db import connections, models
from django.utils import timezone

from assay.crypto import SealedJSONField


class Project(models.Model):
    slug = models.SlugField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    # Normalized "scheme://host[:port]" strings that may call the browser endpoints with a
    # publishable key.
    allowed_origins = models.JSONField(default=list, blank=True)
    # Per-project options for the pipeline and the review queue, e.g. {"pii": {"mode":
    # "surrogate"}, "filters": {...}, "review": {"reviews_per_sample": 2}}; validated by
    # curation.project_settings.
    settings = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug

    def clean(self) -> None:
        # What each section means is the pipeline's business: the admin form and
        # createproject check it with curation.project_settings.validate_project_settings.
        if not isinstance(self.settings, dict):
            raise ValidationError({"settings": "Must be a JSON object."})

    def allows_origin(self, origin: str) -> bool:
        return origin.rstrip("/").lower() in self.allowed_origins


class ApiKeyQuerySet(models.QuerySet["ApiKey"]):
    def active(self) -> "ApiKeyQuerySet":
        return self.filter(revoked_at__isnull=True)

    def with_hash(self, hashed: str) -> "ApiKey | None":
        """The key with this hash, revoked or not, with its project's allowed origins.

        Every intake request looks its key up: written as SQL, because compiling the same
        select_related query on each request costs several times the query itself. The
        project comes with only its allowed origins; other fields load if read.
        """
        quote = connections[self.db].ops.quote_name
        keys, projects = (quote(m._meta.db_table) for m in (ApiKey, Project))
        found = list(
            self.raw(
                f"SELECT k.id, k.project_id, k.kind, k.revoked_at, p.allowed_origins AS origins"
                f" FROM {keys} k JOIN {projects} p ON p.id = k.project_id WHERE k.hashed = %s",
                [hashed],
            )
        )
        if not found:
            return None
        key = found[0]
        origins = key.origins  # type: ignore[attr-defined]
        key.project = Project.from_db(
            self.db,
            ["id", "allowed_origins"],
            [key.project_id, json.loads(origins) if isinstance(origins, str) else origins],
        )
        return key


class ApiKey(models.Model):
    class Kind(models.TextChoices):
        PUBLISHABLE = "publishable", "Publishable (browser)"
        SECRET = "secret", "Secret (server)"

    PREFIXES = {Kind.PUBLISHABLE: "pk_", Kind.SECRET: "sk_"}

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="keys")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    # The first characters of the key, enough to recognise it in a list; the key itself is
    # only ever stored as a hash and shown once when it is created.
    prefix = models.CharField(max_length=16)
    hashed = models.CharField(max_length=64, unique=True)
    label = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiKeyQuerySet.as_manager()

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.get_kind_display()})"

    @staticmethod
    def hash(raw: str) -> str:
        # Keys are 190+ bits of randomness, so a fast hash is enough (no password stretching).
        return hashlib.sha256(raw.encode()).hexdigest()

    @classmethod
    def generate(cls, *, project: Project, kind: str, label: str = "") -> tuple["ApiKey", str]:
        """Create a key and return it with its plaintext, which is not stored anywhere."""
        raw = cls.PREFIXES[cls.Kind(kind)] + secrets.token_urlsafe(32)
        key = cls.objects.create(
            project=project, kind=kind, prefix=raw[:10], hashed=cls.hash(raw), label=label
        )
        return key, raw

    @property
    def is_secret(self) -> bool:
        return self.kind == self.Kind.SECRET

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class Submission(models.Model):
    """The raw quarantine row: what a client sent, kept only until the scrub step erases it.

    The database refuses a row whose key is revoked or deleted (a trigger, migration 0005),
    with this error message.
    """

    REVOKED_KEY_ERROR = "feedback_submission_key_revoked"

    class Kind(models.TextChoices):
        FEEDBACK = "feedback", "Feedback"
        CONVERSATION = "conversation", "Shared conversation"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="submissions")
    api_key = models.ForeignKey(ApiKey, on_delete=models.SET_NULL, null=True, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    # NULL, not "", when absent: the unique constraint must not treat "no key" as a key.
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)  # noqa: DJ001
    # Validated request body, sealed at rest (assay.crypto). Set to None, in the scrub step's
    # transaction, once the scrubbed rows exist; raw user text lives nowhere else.
    payload = SealedJSONField(null=True)
    received_at = models.DateTimeField(default=timezone.now)
    erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["project", "idempotency_key"],
                condition=models.Q(idempotency_key__isnull=False),
                name="submission_unique_idempotency_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.id}"


class Conversation(models.Model):
    """A scrubbed snapshot of a conversation a user agreed to share."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="conversations")
    # The client's conversation_id: an opaque handle, kept to join feedback given later.
    external_id = models.CharField(max_length=200, db_index=True)
    model_name = models.CharField(max_length=200, blank=True)
    model_version = models.CharField(max_length=200, blank=True)
    prompt_version = models.CharField(max_length=200, blank=True)
    end_user = models.CharField(
        max_length=64, blank=True, db_index=True, help_text="Keyed hash of end_user_id"
    )
    metadata = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Conversation {self.external_id}"


class Message(models.Model):
    class Role(models.TextChoices):
        SYSTEM = "system", "System"
        USER = "user", "User"
        ASSISTANT = "assistant", "Assistant"
        TOOL = "tool", "Tool"

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    position = models.PositiveIntegerField()
    external_id = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=16, choices=Role.choices)
    content = models.TextField()

    class Meta:
        ordering = ["conversation", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "position"], name="message_unique_position"
            )
        ]

    def __str__(self) -> str:
        return f"{self.role} #{self.position}"


class Feedback(models.Model):
    class Rating(models.IntegerChoices):
        UP = 1, "Thumbs up"
        DOWN = -1, "Thumbs down"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="feedback")
    conversation_external_id = models.CharField(max_length=200, db_index=True)
    message_external_id = models.CharField(max_length=200, blank=True)
    conversation = models.ForeignKey(
        Conversation, on_delete=models.SET_NULL, null=True, blank=True, related_name="feedback"
    )
    rating = models.SmallIntegerField(choices=Rating.choices)
    reasons = models.JSONField(default=list, blank=True)
    comment = models.TextField(blank=True)
    model_name = models.CharField(max_length=200, blank=True)
    model_version = models.CharField(max_length=200, blank=True)
    prompt_version = models.CharField(max_length=200, blank=True)
    end_user = models.CharField(max_length=64, blank=True, help_text="Keyed hash of end_user_id")
    metadata = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "feedback"

    def __str__(self) -> str:
        return f"{self.get_rating_display()} on {self.conversation_external_id}"

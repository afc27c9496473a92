import json
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from feedback.models import ApiKey, Project
from feedback.services import create_project, normalize_origin, share_conversation

DEMO_SLUG = "demo"
DEMO_ORIGINS = ["http://127.0.0.1:8000", "http://localhost:8000"]
DEMO_CONVERSATIONS = [
    {
        "conversation_id": "demo-1",
        "model": {"name": "demo-model", "version": "2026-11"},
        "prompt_version": "support-v3",
        "messages": [
            {
                "role": "user",
                "content": "Hi, I'm Maria Lopez. My order to maria.lopez@example.com never arrived.",
            },
            {
                "role": "assistant",
                "content": "Sorry to hear that, Maria Lopez. Could you share the order number?",
            },
            {"role": "user", "content": "It's 4471. You can call me on +1 212 555 0143."},
        ],
        "feedback": {
            "rating": "down",
            "reasons": ["unhelpful"],
            "comment": "Maria Lopez here: it never asked for my address.",
        },
    },
    {
        "conversation_id": "demo-2",
        "model": {"name": "demo-model", "version": "2026-11"},
        "prompt_version": "support-v3",
        "messages": [
            {"role": "user", "content": "How do I reverse a list in Python?"},
            {
                "role": "assistant",
                "content": "Use my_list.reverse() in place, or my_list[::-1] for a copy.",
            },
        ],
        "feedback": {"rating": "up"},
    },
]


class Command(BaseCommand):
    help = (
        "Create (or refresh) the demo project, its keys and an admin user, and print them. "
        "Credentials are kept in var/demo.json so repeated runs print the same ones."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--origin",
            action="append",
            default=[],
            metavar="URL",
            help="An origin the demo's publishable key is allowed from, added to "
            f"{', '.join(DEMO_ORIGINS)} (repeatable; `make run` passes the address it serves).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        credentials_file = settings.VAR_DIR / "demo.json"
        saved = json.loads(credentials_file.read_text()) if credentials_file.exists() else {}
        try:
            origins = list(
                dict.fromkeys([*DEMO_ORIGINS, *(normalize_origin(o) for o in options["origin"])])
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        with transaction.atomic():
            credentials = self._keys(saved, origins) | self._admin(saved)
        credentials_file.write_text(json.dumps(credentials, indent=2))
        credentials_file.chmod(0o600)
        self.stdout.write(self.style.SUCCESS("Demo ready:"))
        self.stdout.write(f"  admin user:       {credentials['admin_user']}")
        self.stdout.write(f"  admin password:   {credentials['admin_password']}")
        self.stdout.write(f"  project:          {DEMO_SLUG}  (origins: {', '.join(origins)})")
        self.stdout.write(f"  publishable key:  {credentials['publishable_key']}")
        self.stdout.write(f"  secret key:       {credentials['secret_key']}")

    def _keys(self, saved: dict[str, str], origins: list[str]) -> dict[str, str]:
        project = Project.objects.filter(slug=DEMO_SLUG).first()
        if project is not None and set(origins) - set(project.allowed_origins):
            project.allowed_origins = list(dict.fromkeys([*project.allowed_origins, *origins]))
            project.save(update_fields=["allowed_origins"])
        if project is None:
            created = create_project(slug=DEMO_SLUG, name="Demo chat app", origins=origins)
            secret_key = ApiKey.objects.get(hashed=ApiKey.hash(created.secret_key))
            for conversation in DEMO_CONVERSATIONS:
                share_conversation(api_key=secret_key, data={**conversation, "consent": True})
            return {"publishable_key": created.publishable_key, "secret_key": created.secret_key}
        keys = {}
        for name, kind in (
            ("publishable_key", ApiKey.Kind.PUBLISHABLE),
            ("secret_key", ApiKey.Kind.SECRET),
        ):
            raw = saved.get(name, "")
            if (
                not ApiKey.objects.active()
                .filter(project=project, hashed=ApiKey.hash(raw))
                .exists()
            ):
                # The saved key is gone (new database, revoked): issue a fresh one.
                raw = ApiKey.generate(project=project, kind=kind, label="demo")[1]
            keys[name] = raw
        return keys

    def _admin(self, saved: dict[str, str]) -> dict[str, str]:
        user_model = get_user_model()
        user, _ = user_model.objects.get_or_create(
            username="admin", defaults={"is_staff": True, "is_superuser": True}
        )
        password = saved.get("admin_password", "")
        if not password or not user.check_password(password):
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save(update_fields=["password"])
        return {"admin_user": "admin", "admin_password": password}

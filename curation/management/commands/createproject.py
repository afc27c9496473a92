import json
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import validate_slug

from curation.project_settings import ProjectSettingsError, validate_project_settings
from feedback.models import Project
from feedback.services import create_project


class Command(BaseCommand):
    help = "Create a project with one publishable (pk_…) and one secret (sk_…) key, and print them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug")
        parser.add_argument(
            "--origin",
            action="append",
            default=[],
            metavar="URL",
            help="A web origin allowed to use the publishable key (repeatable).",
        )
        parser.add_argument("--name", default="", help="Display name (defaults to the slug).")
        parser.add_argument(
            "--project-settings",
            default="{}",
            metavar="JSON",
            help='Project settings, e.g. \'{"review": {"reviews_per_sample": 2}}\'.',
        )
        parser.add_argument("--json", action="store_true", help="Print one JSON object only.")

    def handle(self, *args: Any, **options: Any) -> None:
        slug = options["slug"]
        try:
            validate_slug(slug)
        except ValidationError:
            raise CommandError(f"{slug!r} is not a slug (letters, digits, - and _).") from None
        if Project.objects.filter(slug=slug).exists():
            raise CommandError(f"A project with slug {slug!r} already exists.")
        try:
            settings = json.loads(options["project_settings"])
            validate_project_settings(settings)
        except json.JSONDecodeError:
            raise CommandError("--project-settings is not valid JSON.") from None
        except ProjectSettingsError as exc:
            raise CommandError(f"--project-settings: {exc}") from None
        try:
            created = create_project(
                slug=slug, name=options["name"], origins=options["origin"], settings=settings
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "project": created.project.slug,
                        "publishable_key": created.publishable_key,
                        "secret_key": created.secret_key,
                    }
                )
            )
            return
        self.stdout.write(self.style.SUCCESS(f"Created project {created.project.slug}"))
        origins = ", ".join(created.project.allowed_origins) or "none (add some in the admin)"
        self.stdout.write(f"  allowed origins:  {origins}")
        self.stdout.write(f"  publishable key:  {created.publishable_key}")
        self.stdout.write(f"  secret key:       {created.secret_key}")
        self.stdout.write("Keys are stored hashed: copy them now, they are not shown again.")

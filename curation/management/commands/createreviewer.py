import json
import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from rest_framework.authtoken.models import Token

from curation.models import Membership
from feedback.models import Project


class Command(BaseCommand):
    help = (
        "Create (or update) a reviewer: a staff user in the Reviewers group (and Curators with "
        "--curator), member of the given projects, with an API token for reviewer tools."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--curator", action="store_true", help="Also adjudicate and manage projects."
        )
        parser.add_argument(
            "--project",
            action="append",
            default=[],
            metavar="SLUG",
            help="A project whose samples the reviewer sees (repeatable).",
        )
        parser.add_argument(
            "--json", action="store_true", help='Print one line: {"username", "token"}.'
        )

    def handle(self, *args: Any, **options: Any) -> None:
        username = options["username"]
        slugs = options["project"]
        projects = list(Project.objects.filter(slug__in=slugs))
        missing = sorted(set(slugs) - {p.slug for p in projects})
        if missing:
            raise CommandError(f"No project with slug: {', '.join(missing)}.")
        user_model = get_user_model()
        password = None
        with transaction.atomic():
            user = user_model.objects.filter(username=username).first()
            if user is None:
                password = secrets.token_urlsafe(12)
                user = user_model.objects.create_user(
                    username=username, password=password, is_staff=True
                )
            elif not user.is_staff:
                user.is_staff = True
                user.save(update_fields=["is_staff"])
            groups = ["Reviewers", "Curators"] if options["curator"] else ["Reviewers"]
            user.groups.add(*Group.objects.filter(name__in=groups))
            for project in projects:
                Membership.objects.get_or_create(project=project, user=user)
            token, _ = Token.objects.get_or_create(user=user)
        if options["json"]:
            self.stdout.write(json.dumps({"username": user.get_username(), "token": token.key}))
            return
        role = "curator" if options["curator"] else "reviewer"
        self.stdout.write(self.style.SUCCESS(f"{username} is a {role}"))
        member_of = Membership.objects.filter(user=user).values_list("project__slug", flat=True)
        self.stdout.write(f"  projects:  {', '.join(member_of) or 'none yet (use --project)'}")
        self.stdout.write(f"  API token: {token.key}  (Authorization: Token …)")
        if password:
            self.stdout.write(f"  password:  {password}  (admin login; change it there)")

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from datasets import services
from datasets.management.commands._common import (
    project_by_slug,
    split_ref,
    synced_dataset,
    version_of,
)


class Command(BaseCommand):
    help = "Point a tag (e.g. prod) at a version: DATASET@VERSION TAG."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("project", help="Project slug")
        parser.add_argument("dataset", help="DATASET[@VERSION|@TAG]")
        parser.add_argument("tag")

    def handle(self, *args: Any, **options: Any) -> None:
        name, ref = split_ref(options["dataset"])
        version = version_of(synced_dataset(project_by_slug(options["project"]), name), ref)
        try:
            tag = services.tag_version(version=version, name=options["tag"])
        except services.DatasetError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"{tag.name} → {name} v{version.number}")

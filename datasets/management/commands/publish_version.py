from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from datasets import services
from datasets.management.commands._common import project_by_slug, synced_dataset


class Command(BaseCommand):
    help = "Publish a dataset's draft as its next version (immutable), and print its sha256."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("project", help="Project slug")
        parser.add_argument("dataset", help="Dataset name")
        parser.add_argument("--notes", default="", help="What changed, for the manifest")
        parser.add_argument(
            "--tag", action="append", default=[], help="Point a tag at it, e.g. prod (repeatable)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        dataset = synced_dataset(project_by_slug(options["project"]), options["dataset"])
        try:
            version = services.publish_version(
                dataset=dataset, notes=options["notes"], tags=options["tag"]
            )
        except services.DatasetError as exc:
            raise CommandError(str(exc)) from None
        old = services.version_items(version.parent) if version.parent else None
        new = services.version_items(version)
        diff = services.diff_items(old if old is not None else new.none(), new)
        parent = f"v{version.parent.number}" if version.parent else "nothing"
        tags = f" [{', '.join(options['tag'])}]" if options["tag"] else ""
        self.stdout.write(
            f"Published {dataset.name} v{version.number}{tags}: {version.item_count} items "
            f"(vs {parent}: +{len(diff.added)} -{len(diff.removed)} ~{len(diff.changed)})"
        )
        self.stdout.write(f"sha256 {version.sha256}")

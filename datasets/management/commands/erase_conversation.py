from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from datasets import services
from datasets.management.commands._common import project_by_slug


class Command(BaseCommand):
    help = (
        "Erase a person's conversation everywhere (samples, items, drafts). Published versions "
        "that held it are withdrawn and re-issued without it; the log keeps ids and counts only."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("project", help="Project slug")
        parser.add_argument("conversation_id", help="The client's conversation id")
        parser.add_argument("--requested-by", default="", help="Who asked, for the log")

    def handle(self, *args: Any, **options: Any) -> None:
        project = project_by_slug(options["project"])
        services.sync_drafts(project=project)
        erasure = services.erase_conversation(
            project=project,
            conversation_id=options["conversation_id"],
            requested_by=options["requested_by"],
        )
        self.stdout.write(
            f"Erasure {erasure.pk}: {erasure.samples} sample(s) and {erasure.items} dataset "
            "item(s) removed."
        )
        for entry in erasure.versions:
            self.stdout.write(
                f"  {entry['dataset']} v{entry['withdrawn']} withdrawn, "
                f"re-issued as v{entry['reissued_as']}"
            )

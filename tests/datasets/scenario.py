"""A fixed dataset built the same way on any database, for the cross-database byte check.

    DATABASE_URL=sqlite:///… python -m tests.datasets.scenario   # prints the version hashes

Rows are inserted directly (fixed ids, times and awkward text), bypassing the pipeline, then
synced and published twice through the services.
"""

import json
import os
import sys
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

TEXTS = [
    'Quotes " and \\ backslashes, a tab\there and a newline\nthere.',
    "Ünïcödé: 東京, עברית, emoji 🎉🚀, combining é, zero-width \u200b joiner.",
    "Control chars \u0001\u001f and U+2028 \u2028 line separator.",
    "<PERSON_1> asked about <EMAIL_ADDRESS_1> and numbers 1e308, -0.0, 3.14159.",
    "Plain question about refunds and invoices.",
]


def build() -> dict[str, Any]:
    """Create the rows, publish v1 and v2, and return every stored figure of both."""
    from curation.models import Review, Sample
    from datasets import services
    from datasets.models import Dataset
    from feedback.models import Conversation, Feedback, Message, Submission
    from feedback.services import create_project

    project = create_project(slug="xdb", origins=[]).project
    base = datetime(2026, 3, 4, 5, 6, 7, 123456, tzinfo=UTC)
    for n in range(40):
        sample_id = uuid.UUID(int=n + 1)
        Submission.objects.create(id=sample_id, project=project, kind="conversation", payload=None)
        conversation = Conversation.objects.create(
            project=project,
            external_id=f"conv-{n:03d}",
            model_name=["gpt-x", "claude-y"][n % 2],
            model_version="2026-10",
            prompt_version=f"v{n % 4}",
        )
        for position, (role, content) in enumerate(
            [
                ("system", "You are helpful."),
                ("user", f"{TEXTS[n % len(TEXTS)]} #{n}"),
                ("assistant", f"Answer {n}: {TEXTS[(n + 1) % len(TEXTS)]}"),
            ]
        ):
            Message.objects.create(
                conversation=conversation,
                position=position,
                role=role,
                content=content,
                external_id=f"m{n}-{position}",
            )
        feedback = None
        if n % 5:
            feedback = Feedback.objects.create(
                project=project,
                conversation_external_id=conversation.external_id,
                message_external_id=f"m{n}-2",
                conversation=conversation,
                rating=1 if n % 3 else -1,
                reasons=["inaccurate", "tone"][: n % 3],
                comment=TEXTS[(n + 2) % len(TEXTS)],
            )
        sample = Sample.objects.create(
            submission_id=sample_id,
            project=project,
            state=Sample.State.APPROVED,
            conversation=conversation,
            feedback=feedback,
            pii_report={"PERSON": n % 3, "EMAIL_ADDRESS": 1} if n % 2 else {},
            pii_mode="placeholder",
            pii_policy_version="p1",
            filter_settings_version="f1",
            dataset_name="golden-xdb",
            reference=TEXTS[n % len(TEXTS)] if n % 4 == 0 else "",
            tags=sorted({"t" + str(n % 3), "common"}),
            decided_at=base + timedelta(seconds=n, microseconds=n),
        )
        Review.objects.create(
            sample=sample,
            project=project,
            reviewer_name="rita",
            round=1,
            action=Review.Action.APPROVE,
            dataset="golden-xdb",
        )
    services.sync_drafts(project=project)
    dataset = Dataset.objects.get(project=project, name="golden-xdb")
    v1 = services.publish_version(dataset=dataset, notes="xdb")
    ids = sorted(services.version_items(v1).values_list("item_id", flat=True))
    services.remove_item(dataset=dataset, item_id=ids[0])
    services.edit_item(dataset=dataset, item_id=ids[1], expected_output="Edited ✓", tags=["z"])
    v2 = services.publish_version(dataset=dataset)
    return {
        str(v.number): {
            "sha256": v.sha256,
            "dataset_hash": v.dataset_hash,
            "formats": v.formats,
            "counts": v.counts,
            "streamed": {
                fmt: services.export.sha256_hex(b"".join(services.iter_export(version=v, fmt=fmt)))
                for fmt in services.export.FORMATS
            },
        }
        for v in (v1, v2)
    }


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assay.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    json.dump(build(), sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()

from typing import Any

import pytest

from datasets import services
from datasets.models import Dataset, DatasetVersion
from feedback.models import Project
from tests.datasets.factories import approve_sample


def publish(project: Project, name: str = "golden-support", **kwargs: Any) -> DatasetVersion:
    """Sync the drafts (as every entry point does) and publish one."""
    services.sync_drafts(project=project)
    dataset = Dataset.objects.get(project=project, name=name)
    return services.publish_version(dataset=dataset, **kwargs)


def body(version: DatasetVersion, fmt: str = "assay", split: str | None = None) -> bytes:
    return b"".join(services.iter_export(version=version, fmt=fmt, split=split))


@pytest.fixture
def samples(project: Project) -> list[Any]:
    """Four approvals of every kind: a reference, thumbs up, thumbs down, no rating."""
    return [
        approve_sample(project=project, reference="Canberra is the capital.", tags=["geo"]),
        approve_sample(project=project, rating="up", reasons=[], tags=["billing", "csv"]),
        approve_sample(project=project, rating="down", reasons=["rude", "wrong"]),
        approve_sample(project=project, rating=None, reviewers=("rita", "sam")),
    ]


@pytest.fixture
def v1(project: Project, samples: list[Any]) -> DatasetVersion:
    return publish(project, notes="first", tags=["prod"])

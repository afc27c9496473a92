"""What the datasets commands share: finding the project, the dataset and a version."""

from django.core.management.base import CommandError

from datasets import services
from datasets.models import Dataset, DatasetVersion
from feedback.models import Project


def project_by_slug(slug: str) -> Project:
    project = Project.objects.filter(slug=slug).first()
    if project is None:
        raise CommandError("No project with this slug.")
    return project


def synced_dataset(project: Project, name: str) -> Dataset:
    """The dataset, after bringing every draft of the project up to date with approvals."""
    services.sync_drafts(project=project)
    try:
        return services.access_dataset(project=project, name=name)
    except services.DatasetError as exc:
        raise CommandError(str(exc)) from None


def split_ref(spec: str) -> tuple[str, str]:
    """`golden-support@7` → ("golden-support", "7"); no `@` means the latest version."""
    name, _, ref = spec.partition("@")
    return name, ref or "latest"


def version_of(dataset: Dataset, ref: str) -> DatasetVersion:
    try:
        return services.check_readable(services.resolve_version(dataset=dataset, ref=ref))
    except services.DatasetError as exc:
        raise CommandError(str(exc)) from None

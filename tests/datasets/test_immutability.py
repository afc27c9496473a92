"""No path changes a published version: every write to one is refused."""

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from datasets import export, services
from datasets.admin import DatasetItemAdmin, DatasetVersionAdmin
from datasets.models import (
    Dataset,
    DatasetItem,
    DatasetVersion,
    ImmutableError,
    VersionItem,
)
from tests.datasets.conftest import body, publish
from tests.datasets.factories import approve_sample

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_item(v1):
    return services.version_items(v1).first()


def assert_unchanged(version):
    version = DatasetVersion.objects.get(pk=version.pk)
    for fmt in export.FORMATS:
        assert export.sha256_hex(body(version, fmt)) == version.formats[fmt]["all"]["sha256"]
    assert export.sha256_hex(b"".join(services.iter_manifest(version=version))) == (
        version.manifest_sha256
    )


def test_a_published_item_cannot_be_saved_or_deleted(v1, published_item):
    published_item.record = "{}"
    with pytest.raises(ImmutableError):
        published_item.save()
    with pytest.raises(ImmutableError):
        published_item.save(update_fields=["record"])
    with pytest.raises(ImmutableError):
        published_item.delete()
    assert_unchanged(v1)


@pytest.mark.parametrize(
    "change",
    [
        {"record": "{}"},
        {"content_hash": "0" * 64},
        {"split": "test"},
        {"item_id": "0" * 32},
        {"lineage": "{}"},
        {"revision": 9},
        {"added_in": 9},
    ],
)
def test_published_items_cannot_be_updated_in_bulk(v1, change):
    with pytest.raises(ImmutableError):
        DatasetItem.objects.filter(dataset=v1.dataset).update(**change)
    assert_unchanged(v1)


def test_an_item_run_of_versions_only_ends_at_a_future_version(v1):
    items = DatasetItem.objects.filter(dataset=v1.dataset)
    for number in (1, 0, None):
        with pytest.raises(ImmutableError):
            items.update(removed_in=number)
    with pytest.raises(ImmutableError):
        items.delete()
    assert_unchanged(v1)


def test_versions_cannot_be_saved_updated_or_deleted(v1):
    v1.notes = "rewritten"
    with pytest.raises(ImmutableError):
        v1.save()
    with pytest.raises(ImmutableError):
        v1.delete()
    for change in ({"sha256": "0" * 64}, {"item_count": 0}, {"formats": {}}, {"number": 9}):
        with pytest.raises(ImmutableError):
            DatasetVersion.objects.filter(pk=v1.pk).update(**change)
    with pytest.raises(ImmutableError):
        DatasetVersion.objects.all().delete()
    with pytest.raises(ImmutableError):
        VersionItem.objects.all().delete()
    with pytest.raises(ImmutableError):
        VersionItem.objects.all().update(item=None)
    with pytest.raises(ImmutableError):
        v1.dataset.delete()
    assert_unchanged(v1)


def test_split_ratios_are_fixed_once_published(v1):
    dataset = Dataset.objects.get(pk=v1.dataset_id)
    dataset.split_ratios = {"test": 1}
    with pytest.raises(ValidationError):
        dataset.clean()
    with pytest.raises(services.DatasetError):
        services.update_dataset(dataset=dataset, split_ratios={"test": 1})
    assert_unchanged(v1)


def test_every_service_leaves_published_versions_alone(project, samples, v1):
    dataset = v1.dataset
    ids = list(services.draft_items(dataset).values_list("item_id", flat=True))
    services.edit_item(dataset=dataset, item_id=ids[0], expected_output="Changed.", tags=["t"])
    services.remove_item(dataset=dataset, item_id=ids[1])
    approve_sample(project=project)
    services.sync_drafts(project=project)
    services.update_dataset(dataset=dataset, description="New description.")
    v2 = publish(project)
    services.tag_version(version=v2, name="prod")
    assert_unchanged(v1)
    assert_unchanged(v2)


def test_the_admin_shows_versions_and_published_items_read_only(admin_user, v1, published_item):
    from django.contrib.admin.sites import site

    request = RequestFactory().get("/")
    request.user = admin_user
    versions = DatasetVersionAdmin(DatasetVersion, site)
    assert not versions.has_change_permission(request, v1)
    assert not versions.has_delete_permission(request, v1)
    assert not versions.has_add_permission(request)
    items = DatasetItemAdmin(DatasetItem, site)
    # An edit in the draft retires the published row: that row is no longer editable.
    services.edit_item(
        dataset=v1.dataset, item_id=published_item.item_id, expected_output="Changed."
    )
    out_of_draft = DatasetItem.objects.get(pk=published_item.pk)
    assert not out_of_draft.in_draft
    assert not items.has_change_permission(request, out_of_draft)
    assert not items.has_delete_permission(request, published_item)


def test_a_draft_item_cannot_be_slipped_into_a_published_version(project, samples, v1):
    approve_sample(project=project)
    services.sync_drafts(project=project)
    draft = DatasetItem.objects.get(dataset=v1.dataset, added_in__isnull=True)
    draft.added_in = 1
    with pytest.raises(ImmutableError):
        draft.save()
    with pytest.raises(ImmutableError):
        DatasetItem.objects.filter(pk=draft.pk).update(added_in=1)
    copy = DatasetItem(
        dataset=v1.dataset,
        item_id="f" * 32,
        record="{}",
        content_hash="0",
        split="test",
        lineage="{}",
        added_in=1,
    )
    with pytest.raises(ImmutableError):
        copy.save()
    assert_unchanged(v1)

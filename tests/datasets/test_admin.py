"""The datasets admin: curators browse, edit drafts, publish and download; reviewers cannot."""

import hashlib

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from curation.models import Membership
from datasets import services
from datasets.models import Dataset, DatasetItem, DatasetVersion
from tests.datasets.factories import approve_sample, client_conversation_id

pytestmark = pytest.mark.django_db


def user_in(group, project=None, name=None):
    user = User.objects.create_user(username=name or group.lower(), password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    if project is not None:
        Membership.objects.create(project=project, user=user)
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def curator(project):
    return user_in("Curators", project, name="cora")


def test_curators_have_the_datasets_permissions_and_reviewers_none(project):
    curator = user_in("Curators", project, name="cora")
    reviewer = user_in("Reviewers", project, name="rob")
    assert curator.has_perm("datasets.publish_dataset")
    assert curator.has_perm("datasets.change_datasetitem")
    assert curator.has_perm("datasets.view_datasetversion")
    assert not curator.has_perm("datasets.change_datasetversion")
    assert not curator.has_perm("datasets.delete_datasetversion")
    assert not [p for p in reviewer.get_all_permissions() if p.startswith("datasets.")]


def test_a_reviewer_cannot_open_the_datasets_pages(project, v1):
    client = logged_in(user_in("Reviewers", project, name="rob"))
    assert client.get(reverse("admin:datasets_dataset_changelist")).status_code == 403
    url = reverse("admin:datasets_datasetversion_download", args=[v1.pk, "assay"])
    assert client.get(url).status_code == 403


def test_the_changelists_sync_and_render(curator, project, samples, django_assert_max_num_queries):
    client = logged_in(curator)
    response = client.get(reverse("admin:datasets_dataset_changelist"))
    assert response.status_code == 200 and b"golden-support" in response.content
    assert Dataset.objects.get().items.count() == 4
    assert client.get(reverse("admin:datasets_datasetitem_changelist")).status_code == 200
    with django_assert_max_num_queries(30):
        assert client.get(reverse("admin:datasets_datasetitem_changelist")).status_code == 200


def test_the_dataset_list_takes_the_same_queries_however_many_datasets(
    curator, project, v1, django_assert_max_num_queries
):
    client = logged_in(curator)
    url = reverse("admin:datasets_dataset_changelist")
    client.get(url)
    for n in range(4):
        approve_sample(project=project, dataset=f"set-{n}")
    client.get(url)  # syncs the new datasets
    # Session, user, permissions, the sync's reads (two a dataset), the page's own queries.
    with django_assert_max_num_queries(30):
        response = client.get(url)
    assert response.content.count(b"set-") >= 4 and b"v1 (4 items)" in response.content


def test_a_curator_sees_only_their_projects(other_project_keys, curator, v1):
    approve_sample(project=other_project_keys["project"], dataset="theirs")
    client = logged_in(curator)
    response = client.get(reverse("admin:datasets_dataset_changelist"))
    assert b"golden-support" in response.content and b"theirs" not in response.content


def test_publishing_from_the_admin(curator, samples):
    client = logged_in(curator)
    client.get(reverse("admin:datasets_dataset_changelist"))
    dataset = Dataset.objects.get()
    response = client.post(
        reverse("admin:datasets_dataset_changelist"),
        {"action": "publish", "_selected_action": [dataset.pk]},
        follow=True,
    )
    assert b"published v1 (4 items)" in response.content
    version = DatasetVersion.objects.get()
    assert version.created_by_name == "cora"


def test_the_version_page_shows_diff_manifest_and_downloads(curator, v1):
    client = logged_in(curator)
    response = client.get(reverse("admin:datasets_datasetversion_change", args=[v1.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Changes since the parent" in page and v1.sha256 in page
    for fmt in ("assay", "openai-chat", "inspect", "langsmith", "kto"):
        assert reverse("admin:datasets_datasetversion_download", args=[v1.pk, fmt]) in page
    assert "Save" not in page  # read-only
    download = client.get(reverse("admin:datasets_datasetversion_download", args=[v1.pk, "kto"]))
    data = b"".join(download.streaming_content)
    assert hashlib.sha256(data).hexdigest() == download["X-Content-SHA256"]
    assert download["X-Content-SHA256"] == v1.formats["kto"]["all"]["sha256"]
    manifest = client.get(reverse("admin:datasets_datasetversion_manifest", args=[v1.pk]))
    assert hashlib.sha256(b"".join(manifest.streaming_content)).hexdigest() == v1.manifest_sha256
    card = client.get(reverse("admin:datasets_datasetversion_card", args=[v1.pk]))
    assert card.content.startswith(b"# golden-support v1")
    bad = client.get(reverse("admin:datasets_datasetversion_download", args=[v1.pk, "csv"]))
    assert bad.status_code == 400


def test_a_withdrawn_version_is_not_downloadable(curator, project, samples, v1):
    services.erase_conversation(project=project, conversation_id=client_conversation_id(samples[0]))
    client = logged_in(curator)
    response = client.get(reverse("admin:datasets_datasetversion_download", args=[v1.pk, "assay"]))
    assert response.status_code == 410 and b"use version 2" in response.content
    page = client.get(reverse("admin:datasets_datasetversion_change", args=[v1.pk])).content
    assert b"re-issued as v2" in page


def test_editing_and_removing_a_draft_item(curator, samples, v1):
    client = logged_in(curator)
    item = DatasetItem.objects.filter(in_draft=True).order_by("item_id").first()
    url = reverse("admin:datasets_datasetitem_change", args=[item.pk])
    response = client.post(url, {"expected_output": "Better.", "tag_list": "a, b"})
    assert response.status_code == 302
    revision = DatasetItem.objects.get(item_id=item.item_id, in_draft=True)
    assert revision.revision == 2 and '"expected_output":"Better."' in revision.record
    # The published revision is read-only now.
    assert (
        client.post(
            reverse("admin:datasets_datasetitem_change", args=[item.pk]), {"expected_output": "x"}
        ).status_code
        == 403
    )
    other = DatasetItem.objects.filter(in_draft=True).exclude(item_id=item.item_id).first()
    client.post(
        reverse("admin:datasets_datasetitem_changelist"),
        {"action": "remove_from_draft", "_selected_action": [other.pk]},
    )
    assert not DatasetItem.objects.filter(item_id=other.item_id, in_draft=True).exists()
    version = services.publish_version(dataset=v1.dataset)
    diff = services.diff_items(services.version_items(v1), services.version_items(version))
    assert diff.changed == [item.item_id] and diff.removed == [other.item_id]

"""The datasets API, end to end: secret key, status codes, headers, streamed bodies."""

import hashlib
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from datasets import export, services
from datasets.models import DatasetVersion
from tests.datasets.conftest import publish
from tests.datasets.factories import approve_sample, client_conversation_id

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(project_keys):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}")
    return client


def content(response):
    return b"".join(response.streaming_content)


def test_it_needs_a_secret_key_of_the_project(client, project_keys, other_project_keys, v1):
    assert client.get("/api/v1/datasets").status_code == 401
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {project_keys['pk']}")
    response = client.get("/api/v1/datasets", HTTP_ORIGIN="https://chat.example.com")
    assert response.status_code == 403
    assert response.json() == {
        "error": {"authorization": "This endpoint needs a secret key (sk_…)."}
    }
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {other_project_keys['sk']}")
    assert client.get("/api/v1/datasets").json() == {"datasets": []}
    response = client.get("/api/v1/datasets/golden-support/versions/1/export")
    assert response.status_code == 404
    assert response.json() == {"error": {"dataset": "No dataset with this name in the project."}}


def test_it_lists_datasets_with_their_latest_version_and_draft(
    api, project, samples, v1, django_assert_max_num_queries
):
    approve_sample(project=project)
    approve_sample(project=project, dataset="second")
    services.sync_drafts(project=project)
    # Key lookup, throttle, 2 sync reads per dataset, the list.
    with django_assert_max_num_queries(25):
        response = api.get("/api/v1/datasets")
    assert response.status_code == 200
    assert response.json() == {
        "datasets": [
            {
                "name": "golden-support",
                "description": "",
                "split_ratios": {"test": 10, "train": 80, "validation": 10},
                "latest": 1,
                "versions": 1,
                "draft": {"items": 5, "pending": 1},
            },
            {
                "name": "second",
                "description": "",
                "split_ratios": {"test": 10, "train": 80, "validation": 10},
                "latest": None,
                "versions": 0,
                "draft": {"items": 1, "pending": 1},
            },
        ]
    }


def test_listing_costs_two_queries_a_dataset_to_sync_and_no_more(api, project, v1):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert api.get("/api/v1/datasets").status_code == 200
        return len(queries.captured_queries)

    count()  # The first request of a key creates its throttle entry.
    one = count()
    for n in range(5):
        approve_sample(project=project, dataset=f"set-{n}")
    services.sync_drafts(project=project)
    # Two cheap reads per dataset check for pending approvals; the list itself is one query.
    assert count() <= one + 2 * 5


def test_it_lists_versions_newest_first(api, project, samples, v1, django_assert_max_num_queries):
    approve_sample(project=project)
    publish(project)
    # Key lookup and throttle (about a dozen with the database cache), sync, three reads.
    with django_assert_max_num_queries(25):
        response = api.get("/api/v1/datasets/golden-support/versions")
    data = response.json()
    assert data["dataset"] == "golden-support" and data["latest"] == 2
    assert [v["number"] for v in data["versions"]] == [2, 1]
    first = data["versions"][1]
    assert first["tags"] == ["prod"] and first["parent"] is None and first["notes"] == "first"
    assert first["sha256"] == v1.sha256 and first["item_count"] == 4
    assert first["withdrawn"] is False and first["reissued_as"] is None
    assert data["versions"][0]["parent"] == 1


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_an_export_streams_with_the_sha256_of_its_body(api, v1, fmt, django_assert_max_num_queries):
    # Key lookup and throttle (about a dozen with the database cache), sync, the version, rows.
    with django_assert_max_num_queries(25):
        response = api.get(f"/api/v1/datasets/golden-support/versions/1/export?format={fmt}")
        body = content(response)
    assert response.status_code == 200
    assert response["X-Content-SHA256"] == hashlib.sha256(body).hexdigest()
    assert response["X-Content-SHA256"] == v1.formats[fmt]["all"]["sha256"]
    assert int(response["Content-Length"]) == len(body)
    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    assert f"golden-support-v1.{fmt}.jsonl" in response["Content-Disposition"]
    assert response["X-Assay-Version"] == "1"
    # Never cached for good: an erasure can withdraw a numbered version too.
    assert response["Cache-Control"] == "no-cache"
    assert body == content(
        api.get(f"/api/v1/datasets/golden-support/versions/1/export?format={fmt}")
    )
    for line in body.decode().splitlines():
        assert line == export.dumps(json.loads(line))


def test_latest_a_tag_and_a_split_stand_in(api, project, samples, v1):
    approve_sample(project=project)
    v2 = publish(project)
    latest = api.get("/api/v1/datasets/golden-support/versions/latest/export")
    assert latest["X-Content-SHA256"] == v2.sha256 and latest["X-Assay-Version"] == "2"
    assert latest["Cache-Control"] == "no-cache"
    prod = api.get("/api/v1/datasets/golden-support/versions/prod/export")
    assert prod["X-Content-SHA256"] == v1.sha256
    split = max(v2.counts["splits"], key=v2.counts["splits"].get)
    response = api.get(
        f"/api/v1/datasets/golden-support/versions/2/export?format=kto&split={split}"
    )
    body = content(response)
    assert response["X-Content-SHA256"] == hashlib.sha256(body).hexdigest()
    assert response["X-Content-SHA256"] == v2.formats["kto"][split]["sha256"]


def test_unknown_format_split_or_version_are_clear_errors(api, v1):
    response = api.get("/api/v1/datasets/golden-support/versions/1/export?format=csv")
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "format": "Unknown format; use one of: assay, inspect, kto, langsmith, openai-chat."
        }
    }
    response = api.get("/api/v1/datasets/golden-support/versions/1/export?split=holdout")
    assert response.status_code == 400
    assert response.json() == {
        "error": {"split": "Unknown split; this dataset has: test, train, validation."}
    }
    for ref in ("7", "staging"):
        response = api.get(f"/api/v1/datasets/golden-support/versions/{ref}/export")
        assert response.status_code == 404
        assert response.json() == {"error": {"version": "No such version or tag in this dataset."}}
    response = api.get("/api/v1/datasets/nope/versions/1/manifest")
    assert response.status_code == 404
    assert api.get("/api/v1/datasets/bad%20name/versions").status_code == 404


def test_the_manifest_streams_with_its_sha256(api, v1):
    response = api.get("/api/v1/datasets/golden-support/versions/1/manifest")
    body = content(response)
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response["X-Content-SHA256"] == hashlib.sha256(body).hexdigest() == v1.manifest_sha256
    manifest = json.loads(body)
    assert manifest["version"] == 1 and len(manifest["lineage"]) == 4
    assert manifest["formats"]["assay"]["all"]["sha256"] == v1.sha256


def test_the_card_is_markdown(api, v1):
    response = api.get("/api/v1/datasets/golden-support/versions/latest/card")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/markdown")
    assert response.content.decode().startswith("# golden-support v1")


def test_a_withdrawn_version_answers_410_naming_its_reissue(api, project, samples, v1):
    services.erase_conversation(project=project, conversation_id=client_conversation_id(samples[0]))
    for path in ("export?format=assay", "manifest", "card"):
        response = api.get(f"/api/v1/datasets/golden-support/versions/1/{path}")
        assert response.status_code == 410
        assert response.json() == {
            "error": {
                "version": "Version 1 was withdrawn after a conversation was erased; "
                "use version 2, its re-issue."
            }
        }
    versions = api.get("/api/v1/datasets/golden-support/versions").json()["versions"]
    assert versions[1]["withdrawn"] is True and versions[1]["reissued_as"] == 2
    assert versions[0]["tags"] == ["prod"]
    assert api.get("/api/v1/datasets/golden-support/versions/prod/export").status_code == 200


def test_the_diff_lists_added_removed_and_changed_ids(api, project, samples, v1):
    dataset = v1.dataset
    ids = sorted(services.version_items(v1).values_list("item_id", flat=True))
    services.remove_item(dataset=dataset, item_id=ids[0])
    services.edit_item(dataset=dataset, item_id=ids[1], tags=["edited"])
    new = approve_sample(project=project)
    new_id = export.item_id_for(dataset_name=dataset.name, sample_id=str(new.pk))
    draft = api.get("/api/v1/datasets/golden-support/diff?to=draft").json()
    assert draft["from"] == 1 and draft["to"] == "draft"
    assert (draft["added"], draft["removed"], draft["changed"]) == ([new_id], [ids[0]], [ids[1]])
    publish(project)
    response = api.get("/api/v1/datasets/golden-support/diff?from=1&to=2")
    assert response.status_code == 200
    assert response.json() == {
        "dataset": "golden-support",
        "from": 1,
        "to": 2,
        "counts": {"added": 1, "removed": 1, "changed": 1},
        "added": [new_id],
        "removed": [ids[0]],
        "changed": [ids[1]],
    }
    # Defaults: to=latest, from=its parent.
    assert api.get("/api/v1/datasets/golden-support/diff").json()["from"] == 1
    first = api.get("/api/v1/datasets/golden-support/diff?to=1").json()
    assert first["from"] is None and len(first["added"]) == 4
    assert api.get("/api/v1/datasets/golden-support/diff?from=9").status_code == 404


def test_the_api_picks_up_new_approvals_first(api, project):
    approve_sample(project=project, dataset="fresh")
    assert api.get("/api/v1/datasets").json()["datasets"][0]["name"] == "fresh"
    assert DatasetVersion.objects.count() == 0

import json
from typing import Any

import pytest
from django.test import override_settings
from django.utils import timezone

from curation.intake import received
from curation.models import Sample
from feedback.models import ApiKey, Submission
from feedback.privacy import message_hash
from tests.conftest import ORIGIN, feedback_body, share_body

pytestmark = pytest.mark.django_db


def test_it_accepts_a_shared_conversation_with_a_secret_key(
    post, project_keys, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = post("/api/v1/conversations", share_body(), key=project_keys["sk"])
    assert response.status_code == 202
    assert response.json()["status"] == "received"
    sample = Sample.objects.get(pk=response.json()["id"])
    assert sample.state == Sample.State.RECEIVED
    assert sample.project == project_keys["project"]
    # Ids are only compared, so they are kept as keyed hashes (feedback.privacy).
    assert sample.submission.payload["messages"][0]["id"] == message_hash("m1")
    # The pipeline is queued only once the rows are committed.
    assert [(cb.func, cb.args) for cb in callbacks] == [(received.add, (sample.pk,))]


def test_it_accepts_feedback_with_a_publishable_key_from_an_allowed_origin(post, project_keys):
    response = post("/api/v1/feedback", feedback_body(), key=project_keys["pk"], origin=ORIGIN)
    assert response.status_code == 202
    assert Submission.objects.get(pk=response.json()["id"]).kind == "feedback"


def test_it_accepts_text_plain_json_on_browser_endpoints(post, project_keys):
    body = json.dumps({**feedback_body(), "key": project_keys["pk"]})
    response = post(
        "/api/v1/feedback", body, origin=ORIGIN, content_type="text/plain;charset=UTF-8"
    )
    assert response.status_code == 202
    # The key travelled in the body but is not stored with the submission.
    assert "key" not in Submission.objects.get(pk=response.json()["id"]).payload


def test_it_refuses_a_secret_key_in_the_body(post, project_keys):
    body = {**feedback_body(), "key": project_keys["sk"]}
    response = post("/api/v1/feedback", body, origin=ORIGIN)
    assert response.status_code == 401
    assert "authorization" in response.json()["error"]


def test_it_drops_messages_without_consent(post, project_keys):
    body = feedback_body(messages=[{"role": "user", "content": "private words"}])
    response = post("/api/v1/feedback", body, key=project_keys["sk"])
    assert response.status_code == 202
    assert "messages" not in Submission.objects.get(pk=response.json()["id"]).payload


def test_it_keeps_messages_with_consent(post, project_keys):
    body = feedback_body(consent=True, messages=[{"role": "user", "content": "hello"}])
    response = post("/api/v1/feedback", body, key=project_keys["sk"])
    assert (
        Submission.objects.get(pk=response.json()["id"]).payload["messages"][0]["content"]
        == "hello"
    )


def test_it_answers_a_repeated_idempotency_key_with_the_same_id(post, project_keys):
    body = share_body(idempotency_key="abc-1")
    first = post("/api/v1/conversations", body, key=project_keys["sk"])
    second = post("/api/v1/conversations", body, key=project_keys["sk"])
    assert first.status_code == 202
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert Submission.objects.count() == 1


def test_idempotency_keys_are_per_project(post, project_keys, other_project_keys):
    body = share_body(idempotency_key="same")
    assert post("/api/v1/conversations", body, key=project_keys["sk"]).status_code == 202
    assert post("/api/v1/conversations", body, key=other_project_keys["sk"]).status_code == 202
    assert Submission.objects.count() == 2


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (feedback_body(rating="sideways"), "rating"),
        ({k: v for k, v in feedback_body().items() if k != "conversation_id"}, "conversation_id"),
        (feedback_body(reasons="inaccurate"), "reasons"),
        (feedback_body(metadata=["not", "an", "object"]), "metadata"),
        (feedback_body(model={"version": "1"}), "model.name"),
        (
            feedback_body(consent=True, messages=[{"role": "robot", "content": "x"}]),
            "messages.0.role",
        ),
        ([1, 2, 3], "body"),
    ],
)
def test_it_names_the_invalid_field(post, project_keys, body, field):
    response = post("/api/v1/feedback", body, key=project_keys["sk"])
    assert response.status_code == 400
    assert field in response.json()["error"]
    assert Submission.objects.count() == 0


def test_it_requires_consent_to_share(post, project_keys):
    response = post("/api/v1/conversations", share_body(consent=False), key=project_keys["sk"])
    assert response.status_code == 400
    assert "consent" in response.json()["error"]


def test_it_requires_messages_to_share(post, project_keys):
    response = post("/api/v1/conversations", share_body(messages=[]), key=project_keys["sk"])
    assert response.status_code == 400
    assert "messages" in response.json()["error"]


def test_it_rejects_malformed_json_without_quoting_it(post, project_keys):
    response = post("/api/v1/feedback", b'{"comment": "secret words', key=project_keys["sk"])
    assert response.status_code == 400
    assert response.json() == {"error": {"body": "Body is not valid JSON."}}


def test_invalid_choices_are_not_echoed(post, project_keys):
    response = post(
        "/api/v1/feedback", feedback_body(rating="my-ssn-078-05-1120"), key=project_keys["sk"]
    )
    assert response.status_code == 400
    assert "078-05-1120" not in response.content.decode()


@pytest.mark.parametrize("path", ["/api/v1/feedback", "/api/v1/conversations", "/api/v1/batch"])
def test_it_answers_401_without_a_key(post, path, project_keys):
    response = post(path, feedback_body())
    assert response.status_code == 401
    assert response.json()["error"]["authorization"]
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_it_answers_401_for_an_unknown_key(post, project_keys):
    response = post("/api/v1/feedback", feedback_body(), key="sk_not-a-real-key")
    assert response.status_code == 401


def test_it_answers_401_for_a_malformed_authorization_header(client, project_keys):
    response = client.post(
        "/api/v1/feedback",
        feedback_body(),
        format="json",
        HTTP_AUTHORIZATION=f"Token {project_keys['sk']}",
    )
    assert response.status_code == 401


def test_it_answers_401_for_a_revoked_key(post, project_keys, secret_key):
    secret_key.revoked_at = timezone.now()
    secret_key.save(update_fields=["revoked_at"])
    response = post("/api/v1/feedback", feedback_body(), key=project_keys["sk"])
    assert response.status_code == 401


def test_it_answers_403_for_a_publishable_key_from_another_origin(post, project_keys):
    response = post(
        "/api/v1/feedback", feedback_body(), key=project_keys["pk"], origin="https://evil.example"
    )
    assert response.status_code == 403
    assert "origin" in response.json()["error"]


def test_it_answers_403_for_a_publishable_key_without_an_origin(post, project_keys):
    response = post("/api/v1/feedback", feedback_body(), key=project_keys["pk"])
    assert response.status_code == 403


def test_a_publishable_key_works_only_from_its_own_projects_origins(
    post, project_keys, other_project_keys
):
    response = post(
        "/api/v1/feedback", feedback_body(), key=other_project_keys["pk"], origin=ORIGIN
    )
    assert response.status_code == 403


def test_it_answers_403_for_a_publishable_key_on_batch(post, project_keys):
    body = {"events": [{"type": "feedback", **feedback_body()}]}
    response = post("/api/v1/batch", body, key=project_keys["pk"], origin=ORIGIN)
    assert response.status_code == 403
    assert Submission.objects.count() == 0


@override_settings(ASSAY_MAX_BODY_BYTES=1024)
def test_it_answers_413_for_a_body_over_the_limit(post, project_keys):
    body = feedback_body(comment="x" * 2000)
    response = post("/api/v1/feedback", body, key=project_keys["sk"])
    assert response.status_code == 413
    assert "body" in response.json()["error"]
    assert Submission.objects.count() == 0


def test_the_default_body_limit_is_256_kib(post, project_keys):
    body = share_body(messages=[{"role": "user", "content": "word " * 55_000}])
    response = post("/api/v1/conversations", body, key=project_keys["sk"])
    assert response.status_code == 413


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "application/xml"])
def test_it_answers_415_for_a_body_that_is_not_json(post, project_keys, content_type):
    response = post(
        "/api/v1/feedback", "rating=up", key=project_keys["sk"], content_type=content_type
    )
    assert response.status_code == 415
    assert "content_type" in response.json()["error"]


def test_batch_does_not_accept_text_plain(post, project_keys):
    body = json.dumps({"events": [{"type": "feedback", **feedback_body()}]})
    response = post("/api/v1/batch", body, key=project_keys["sk"], content_type="text/plain")
    assert response.status_code == 415


@override_settings(ASSAY_SECRET_KEY_RATE="2/min")
def test_it_answers_429_with_retry_after_past_the_key_rate(post, project_keys, frozen_clock):
    statuses = [
        post("/api/v1/feedback", feedback_body(), key=project_keys["sk"]).status_code
        for _ in range(3)
    ]
    assert statuses == [202, 202, 429]
    response = post("/api/v1/feedback", feedback_body(), key=project_keys["sk"])
    assert int(response["Retry-After"]) > 0
    assert "rate" in response.json()["error"]
    assert Submission.objects.count() == 2


@override_settings(ASSAY_SECRET_KEY_RATE="1/min", ASSAY_KEY_RATE="1/min")
def test_the_rate_is_per_key(post, project_keys, frozen_clock):
    assert post("/api/v1/feedback", feedback_body(), key=project_keys["sk"]).status_code == 202
    assert (
        post("/api/v1/feedback", feedback_body(), key=project_keys["pk"], origin=ORIGIN).status_code
        == 202
    )


def test_batch_answers_207_with_one_result_per_event_in_order(post, project_keys):
    events: list[Any] = [
        {"type": "feedback", **feedback_body()},
        {"type": "conversation", **share_body(consent=False)},
        {"type": "telemetry"},
        "not an object",
        {"type": "conversation", **share_body()},
    ]
    response = post("/api/v1/batch", {"events": events}, key=project_keys["sk"])
    assert response.status_code == 207
    results = response.json()["results"]
    assert len(results) == 5
    assert results[0]["status"] == "received"
    assert "consent" in results[1]["error"]
    assert "type" in results[2]["error"]
    assert "body" in results[3]["error"]
    assert results[4]["status"] == "received"
    # The valid events were kept despite their invalid neighbours.
    assert set(Sample.objects.values_list("pk", flat=True)) == {
        Sample.objects.get(pk=results[0]["id"]).pk,
        Sample.objects.get(pk=results[4]["id"]).pk,
    }


@override_settings(ASSAY_BATCH_MAX_EVENTS=2)
def test_batch_refuses_more_events_than_configured(post, project_keys):
    events = [{"type": "feedback", **feedback_body()}] * 3
    response = post("/api/v1/batch", {"events": events}, key=project_keys["sk"])
    assert response.status_code == 400
    assert "events" in response.json()["error"]
    assert Submission.objects.count() == 0


def test_batch_idempotency_keys_dedupe_within_and_across_batches(post, project_keys):
    event = {"type": "feedback", **feedback_body(idempotency_key="k1")}
    first = post("/api/v1/batch", {"events": [event, event]}, key=project_keys["sk"]).json()[
        "results"
    ]
    assert first[0]["id"] == first[1]["id"]
    again = post("/api/v1/feedback", feedback_body(idempotency_key="k1"), key=project_keys["sk"])
    assert again.status_code == 200
    assert again.json()["id"] == first[0]["id"]


def test_preflight_is_answered_for_an_allowed_origin(client, project_keys):
    response = client.options(
        "/api/v1/feedback",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert "authorization" in response["Access-Control-Allow-Headers"]


def test_preflight_is_not_answered_for_an_unknown_origin(client, project_keys):
    response = client.options(
        "/api/v1/feedback",
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "Access-Control-Allow-Origin" not in response


def test_batch_gets_no_cors_headers(client, project_keys):
    response = client.options(
        "/api/v1/batch", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in response


def test_sample_status_needs_a_secret_key(client, post, project_keys):
    sample_id = post("/api/v1/feedback", feedback_body(), key=project_keys["sk"]).json()["id"]
    response = client.get(
        f"/api/v1/samples/{sample_id}",
        HTTP_AUTHORIZATION=f"Bearer {project_keys['pk']}",
        HTTP_ORIGIN=ORIGIN,
    )
    assert response.status_code == 403
    response = client.get(f"/api/v1/samples/{sample_id}")
    assert response.status_code == 401


def test_sample_status_shows_state_but_no_content(client, post, project_keys):
    sample_id = post("/api/v1/conversations", share_body(), key=project_keys["sk"]).json()["id"]
    response = client.get(
        f"/api/v1/samples/{sample_id}", HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == sample_id
    assert body["status"] == "received"
    assert body["kind"] == "conversation"
    assert body["pii"] == {}
    assert "John" not in response.content.decode()


def test_a_sample_of_another_project_is_not_found(client, post, project_keys, other_project_keys):
    sample_id = post("/api/v1/feedback", feedback_body(), key=project_keys["sk"]).json()["id"]
    response = client.get(
        f"/api/v1/samples/{sample_id}", HTTP_AUTHORIZATION=f"Bearer {other_project_keys['sk']}"
    )
    assert response.status_code == 404
    assert "id" in response.json()["error"]


def test_a_malformed_sample_id_is_not_found(client, project_keys):
    response = client.get(
        "/api/v1/samples/not-a-uuid", HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}"
    )
    assert response.status_code == 404


def test_unknown_api_paths_answer_json_404(client):
    response = client.get("/api/v1/nope")
    assert response.status_code == 404
    assert response.json()["error"]


def test_the_openapi_schema_describes_the_intake_paths(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    paths = json.loads(response.content)["paths"]
    for path in [
        "/api/v1/feedback",
        "/api/v1/conversations",
        "/api/v1/batch",
        "/api/v1/samples/{sample_id}",
    ]:
        assert any(p.rstrip("/") == path for p in paths), path
    assert client.get("/api/docs/").status_code == 200


def test_keys_are_stored_hashed(project_keys):
    stored = list(ApiKey.objects.values_list("hashed", "prefix"))
    assert all(
        project_keys["sk"] != hashed and project_keys["sk"] != prefix for hashed, prefix in stored
    )
    assert project_keys["sk"].startswith("sk_") and project_keys["pk"].startswith("pk_")


def test_a_key_is_found_by_its_hash_with_its_projects_origins_in_one_query(
    project_keys, django_assert_num_queries
):
    with django_assert_num_queries(1):
        key = ApiKey.objects.with_hash(ApiKey.hash(project_keys["pk"]))
        assert key is not None
        assert (key.project_id, key.is_secret, key.is_revoked) == (
            project_keys["project"].pk,
            False,
            False,
        )
        assert key.project.allows_origin(ORIGIN)
        assert not key.project.allows_origin("https://evil.example")
    # The rest of the project loads when read, rather than passing for empty.
    with django_assert_num_queries(1):
        assert key.project.slug == "acme"
    assert ApiKey.objects.with_hash(ApiKey.hash("sk_not-a-key")) is None


def test_a_revoked_key_is_found_with_its_revocation(project_keys, secret_key):
    secret_key.revoked_at = timezone.now()
    secret_key.save(update_fields=["revoked_at"])
    found = ApiKey.objects.with_hash(ApiKey.hash(project_keys["sk"]))
    assert found is not None and found.pk == secret_key.pk
    assert found.revoked_at == secret_key.revoked_at

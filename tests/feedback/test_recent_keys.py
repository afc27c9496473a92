"""Keys a web process keeps for a few seconds (assay.auth.find_key), and why a revocation
still applies at once: the database refuses a submission whose key is revoked."""

from importlib import import_module

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from assay import auth
from curation.models import Sample
from feedback.models import ApiKey, Project, Submission
from tests.conftest import ORIGIN, feedback_body, share_body

pytestmark = pytest.mark.django_db


def _revoke(raw: str) -> None:
    ApiKey.objects.filter(hashed=ApiKey.hash(raw)).update(revoked_at=timezone.now())


def test_a_key_is_looked_up_once_within_its_time(project_keys, django_assert_num_queries):
    hashed = ApiKey.hash(project_keys["sk"])
    with django_assert_num_queries(1):
        first = auth.find_key(hashed, recent_allowed=True)
        assert auth.find_key(hashed, recent_allowed=True) is first


def test_a_key_is_looked_up_again_once_its_time_is_up(project_keys, monkeypatch, settings):
    settings.ASSAY_KEY_CACHE_SECONDS = 10
    now = [1000.0]
    monkeypatch.setattr(auth.time, "monotonic", lambda: now[0])
    hashed = ApiKey.hash(project_keys["pk"])
    assert auth.find_key(hashed, recent_allowed=True).project.allows_origin(ORIGIN)
    # An origin taken off the project's list stops working within the time, not at once.
    Project.objects.filter(pk=project_keys["project"].pk).update(allowed_origins=[])
    now[0] += 9.9
    assert auth.find_key(hashed, recent_allowed=True).project.allows_origin(ORIGIN)
    now[0] += 0.2
    assert not auth.find_key(hashed, recent_allowed=True).project.allows_origin(ORIGIN)


def test_unknown_and_revoked_keys_are_not_kept(project_keys, django_assert_num_queries):
    _revoke(project_keys["sk"])
    for hashed in (ApiKey.hash("sk_unknown"), ApiKey.hash(project_keys["sk"])):
        with django_assert_num_queries(2):
            auth.find_key(hashed, recent_allowed=True)
            auth.find_key(hashed, recent_allowed=True)


def test_with_no_time_set_every_request_looks_its_key_up(
    project_keys, settings, django_assert_num_queries
):
    settings.ASSAY_KEY_CACHE_SECONDS = 0
    with django_assert_num_queries(2):
        auth.find_key(ApiKey.hash(project_keys["sk"]), recent_allowed=True)
        auth.find_key(ApiKey.hash(project_keys["sk"]), recent_allowed=True)


def test_the_kept_keys_are_bounded(project_keys, monkeypatch):
    monkeypatch.setattr(auth, "RECENT_KEYS_MAX", 1)
    auth.find_key(ApiKey.hash(project_keys["sk"]), recent_allowed=True)
    auth.find_key(ApiKey.hash(project_keys["pk"]), recent_allowed=True)
    assert list(auth._recent_keys) == [ApiKey.hash(project_keys["pk"])]


@pytest.mark.parametrize("kind", ["sk", "pk"])
def test_a_key_revoked_while_kept_is_refused_at_once_and_nothing_is_stored(
    post, project_keys, kind
):
    origin = ORIGIN if kind == "pk" else None
    key = project_keys[kind]
    assert post("/api/v1/feedback", feedback_body(), key=key, origin=origin).status_code == 202
    assert ApiKey.hash(key) in auth._recent_keys
    _revoke(key)
    response = post("/api/v1/feedback", feedback_body(), key=key, origin=origin)
    assert response.status_code == 401
    assert response.json() == {"error": {"authorization": "Unknown or revoked API key."}}
    assert ApiKey.hash(key) not in auth._recent_keys
    assert Submission.objects.count() == Sample.objects.count() == 1


def test_a_key_revoked_during_a_batch_keeps_what_came_before(post, project_keys, monkeypatch):
    from feedback import services

    calls = []
    real = services.insert_together

    def revoke_after_the_first(*objects):
        calls.append(objects)
        if len(calls) == 2:
            _revoke(project_keys["sk"])
        return real(*objects)

    monkeypatch.setattr(services, "insert_together", revoke_after_the_first)
    events = [{"type": "feedback", **feedback_body(conversation_id=f"c{n}")} for n in range(3)]
    response = post("/api/v1/batch", {"events": events}, key=project_keys["sk"])
    assert response.status_code == 207
    results = response.json()["results"]
    assert "id" in results[0]
    revoked = {"error": {"authorization": "Unknown or revoked API key."}}
    assert results[1:] == [revoked, revoked]
    assert Submission.objects.count() == 1


def test_the_database_refuses_a_submission_naming_a_revoked_key(project_keys, secret_key):
    _revoke(project_keys["sk"])
    with pytest.raises(IntegrityError, match=Submission.REVOKED_KEY_ERROR), transaction.atomic():
        Submission.objects.create(
            project=project_keys["project"], api_key=secret_key, kind="feedback", payload=None
        )
    # Without a key (rows written by the system) or with an active one, rows go in.
    Submission.objects.create(project=project_keys["project"], kind="feedback", payload=None)


def test_the_trigger_raises_the_message_the_code_looks_for():
    migration = import_module("feedback.migrations.0005_submission_key_active")
    assert migration.ERROR == Submission.REVOKED_KEY_ERROR


def test_only_the_intake_endpoints_use_a_recent_key(post, client, project_keys):
    key = project_keys["sk"]
    accepted = post("/api/v1/conversations", share_body(), key=key)
    assert accepted.status_code == 202
    assert ApiKey.hash(key) in auth._recent_keys
    sample_url = f"/api/v1/samples/{accepted.json()['id']}"
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    assert client.get(sample_url, **bearer).status_code == 200
    _revoke(key)
    # Reading a sample writes no submission, so nothing but a fresh lookup could refuse it.
    assert client.get(sample_url, **bearer).status_code == 401


def test_a_key_deleted_while_kept_is_a_401_not_a_500(post, project_keys):
    key = project_keys["sk"]
    assert post("/api/v1/feedback", feedback_body(), key=key).status_code == 202
    ApiKey.objects.filter(hashed=ApiKey.hash(key)).delete()
    response = post("/api/v1/feedback", feedback_body(), key=key)
    assert response.status_code == 401
    assert Submission.objects.filter(api_key__isnull=False).count() == 0


def test_a_repeated_idempotency_key_with_a_revoked_kept_key_is_refused(post, project_keys):
    key = project_keys["sk"]
    body = feedback_body(idempotency_key="retry-1")
    assert post("/api/v1/feedback", body, key=key).status_code == 202
    _revoke(key)
    assert post("/api/v1/feedback", body, key=key).status_code == 401

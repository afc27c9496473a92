"""Intake refuses what the pipeline cannot process, with a 400 naming the field, before any
write (issue: poisoned samples that crashed the worker forever)."""

import json
from typing import Any

import pytest

from curation.models import Sample
from feedback.models import Submission
from tests.conftest import ORIGIN, feedback_body, share_body

pytestmark = pytest.mark.django_db


def _deep(levels: int) -> dict:
    value: dict = {}
    for _ in range(levels):
        value = {"a": value}
    return value


def _nothing_written() -> bool:
    return not Submission.objects.exists() and not Sample.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (share_body(metadata=_deep(300)), "metadata"),
        (share_body(metadata={"blob": "x" * 9000}), "metadata"),
        (share_body(metadata={"jane@example.com": 1}), "metadata"),
        (share_body(metadata={"n4111111111111111": 1}), "metadata"),
        (share_body(model={"name": "jane@example.com"}), "model.name"),
        (share_body(model={"name": "gpt", "version": "4111 1111 1111 1111"}), "model.version"),
        (
            share_body(prompt_version="sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"),
            "prompt_version",
        ),
        (share_body(prompt_version="hello world"), "prompt_version"),
        (
            share_body(messages=[{"role": "user", "content": "x" * 60_000}] * 2),
            "messages",
        ),
    ],
)
def test_it_refuses_what_the_pipeline_cannot_process(post, project_keys, body, field):
    response = post("/api/v1/conversations", body, key=project_keys["sk"])
    assert response.status_code == 400
    assert field in response.json()["error"]
    assert _nothing_written()


RAW_BODIES = [
    # A NUL in a metadata value, in a metadata key, and a lone surrogate in content and key.
    ('"metadata": {"k": "a\\u0000b"}', "metadata.k"),
    ('"metadata": {"k\\u0000": "v"}', "metadata"),
    ('"metadata": {"k": {"\\ud800": 1}}', "metadata.k"),
    ('"conversation_id": "c\\udfff"', "conversation_id"),
]


@pytest.mark.parametrize(("fragment", "field"), RAW_BODIES)
def test_nul_and_lone_surrogates_are_refused_anywhere(post, project_keys, fragment, field):
    body = json.dumps(share_body())[:-1] + ", " + fragment + "}"
    response = post("/api/v1/conversations", body, key=project_keys["sk"])
    assert response.status_code == 400
    assert field in response.json()["error"]
    assert "\\u0000" not in response.content.decode() and "ud800" not in response.content.decode()
    assert _nothing_written()


def test_message_content_with_a_lone_surrogate_names_the_message(post, project_keys):
    body = json.dumps(share_body()).replace("What is the capital", "What \\ud83d is the capital")
    response = post("/api/v1/conversations", body, key=project_keys["sk"])
    assert response.status_code == 400
    assert response.json()["error"] == {
        "messages.2.content": "Contains an unpaired surrogate (not valid Unicode)."
    }


def test_a_publishable_key_gets_the_same_refusal(post, project_keys):
    response = post(
        "/api/v1/feedback",
        feedback_body(metadata=_deep(300)),
        key=project_keys["pk"],
        origin=ORIGIN,
    )
    assert response.status_code == 400 and "metadata" in response.json()["error"]


def test_a_bad_event_in_a_batch_costs_only_its_own_result(post, project_keys):
    events = [
        {"type": "feedback", **feedback_body(conversation_id="a")},
        {"type": "conversation", **share_body(metadata=_deep(50))},
        {"type": "feedback", **feedback_body(conversation_id="c", comment="bad\u0000")},
        {"type": "conversation", **share_body(conversation_id="d")},
    ]
    response = post("/api/v1/batch", {"events": events}, key=project_keys["sk"])
    assert response.status_code == 207
    results = response.json()["results"]
    assert [("id" in r, "error" in r) for r in results] == [
        (True, False),
        (False, True),
        (False, True),
        (True, False),
    ]
    assert "metadata" in results[1]["error"] and "comment" in results[2]["error"]
    assert Submission.objects.count() == 2 and Sample.objects.count() == 2


def test_good_labels_and_metadata_pass(post, project_keys):
    body = share_body(
        model={"name": "gpt-4o", "version": "2024-08-06"},
        prompt_version="support-v3.1",
        metadata={"page": "/help", "app.version": "1.2.3", "nested": {"locale": "de-DE"}},
    )
    assert post("/api/v1/conversations", body, key=project_keys["sk"]).status_code == 202


@pytest.mark.parametrize("consent", ["yes", "true", 1, "on"])
def test_consent_is_only_json_true(post, project_keys, consent):
    response = post("/api/v1/conversations", share_body(consent=consent), key=project_keys["sk"])
    assert response.status_code == 400
    assert response.json()["error"] == {"consent": "Must be true or false."}


def test_415_and_405_do_not_quote_what_was_sent(client, post, project_keys):
    response = post(
        "/api/v1/batch", b"x", key=project_keys["sk"], content_type="text/x-jane-doe-secret"
    )
    assert response.status_code == 415
    assert "jane" not in response.content.decode()
    deleted = client.generic(
        "PATCH", "/api/v1/feedback", HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}"
    )
    assert deleted.status_code == 405
    assert deleted.json()["error"]["method"].startswith("Not allowed here")
    assert "PATCH" not in deleted.content.decode()


def test_a_serializer_built_once_keeps_each_requests_data_and_errors_apart():
    from concurrent.futures import ThreadPoolExecutor

    from feedback.serializers import FeedbackInSerializer

    def check(number: int) -> tuple[bool, Any]:
        if number % 2:
            body = feedback_body(conversation_id=f"conv-{number}")
            serializer = FeedbackInSerializer.for_data(body)
            return serializer.is_valid(), serializer.validated_data["conversation_id"]
        serializer = FeedbackInSerializer.for_data({"rating": f"sideways-{number}"})
        return serializer.is_valid(), sorted(serializer.errors)

    # Threads (runserver's, say) validating at once with the same fields.
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(check, range(400)))
    for number, result in enumerate(results):
        if number % 2:
            assert result == (True, f"conv-{number}")
        else:
            assert result == (False, ["conversation_id", "rating"])
    # The fields were built once per class, not for every serializer.
    assert FeedbackInSerializer.for_data({}).fields is FeedbackInSerializer.for_data({}).fields

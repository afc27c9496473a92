import time

import pytest

from curation.models import Sample
from feedback.models import Submission
from tests.conftest import feedback_body, share_body

pytestmark = pytest.mark.integration


def _wait_for_state(
    client, sample_id: str, key: str, *, until: set[str], timeout: float = 90
) -> dict:
    """Poll the public status endpoint, as a client would, until the sample settles."""
    deadline = time.monotonic() + timeout
    while True:
        body = client.get(f"/api/v1/samples/{sample_id}", HTTP_AUTHORIZATION=f"Bearer {key}").json()
        if body["status"] in until or time.monotonic() > deadline:
            return body
        time.sleep(0.2)


def test_a_shared_conversation_reaches_pending_review_through_a_real_worker(
    celery_worker, client, post, project_keys
):
    response = post("/api/v1/conversations", share_body(), key=project_keys["sk"])
    assert response.status_code == 202
    sample_id = response.json()["id"]

    body = _wait_for_state(
        client, sample_id, project_keys["sk"], until={"pending_review", "recorded"}
    )

    assert body["status"] == "pending_review"
    assert body["pii"] == {"EMAIL_ADDRESS": 1, "PERSON": 1}
    sample = Sample.objects.select_related("conversation").get(pk=sample_id)
    contents = list(sample.conversation.messages.values_list("content", flat=True))
    assert contents[0] == "Hi, I'm <PERSON_1>. Email me at <EMAIL_ADDRESS_1>"
    assert Submission.objects.get(pk=sample_id).payload is None


def test_feedback_without_a_conversation_is_recorded_by_the_worker(
    celery_worker, client, post, project_keys
):
    response = post(
        "/api/v1/feedback",
        feedback_body(comment="John Smith again: wrong!"),
        key=project_keys["sk"],
    )
    sample_id = response.json()["id"]

    body = _wait_for_state(
        client, sample_id, project_keys["sk"], until={"pending_review", "recorded"}
    )

    assert body["status"] == "recorded"
    assert Sample.objects.get(pk=sample_id).feedback.comment == "<PERSON_1> again: wrong!"


def test_two_worker_processes_keep_exactly_one_of_identical_submissions(
    celery_worker, client, post, project_keys
):
    # Two pool processes pick these up at the same time; the shared index in PostgreSQL (and
    # its unique constraint) must still let exactly one through.
    body = share_body(
        messages=[
            {"role": "user", "content": "How do I merge two dicts in Python 3.12?"},
            {"role": "assistant", "content": "Use a | b."},
        ]
    )
    ids = [
        post("/api/v1/conversations", body, key=project_keys["sk"]).json()["id"] for _ in range(6)
    ]

    states = [
        _wait_for_state(client, i, project_keys["sk"], until={"pending_review", "auto_rejected"})[
            "status"
        ]
        for i in ids
    ]

    assert sorted(states) == ["auto_rejected"] * 5 + ["pending_review"]
    rejected = Sample.objects.filter(pk__in=ids, state="auto_rejected")
    assert all(any("duplicate" in reason for reason in s.reasons) for s in rejected)


def test_junk_is_auto_rejected_by_the_worker(celery_worker, client, post, project_keys):
    body = share_body(
        messages=[{"role": "user", "content": "asdfghjkl qwerty zxcvbnm"}],
        feedback={"rating": "up"},
    )
    sample_id = post("/api/v1/conversations", body, key=project_keys["sk"]).json()["id"]

    body = _wait_for_state(
        client, sample_id, project_keys["sk"], until={"pending_review", "auto_rejected"}
    )

    assert body["status"] == "auto_rejected"
    assert any(reason.startswith("gibberish") for reason in body["reasons"])

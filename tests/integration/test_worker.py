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

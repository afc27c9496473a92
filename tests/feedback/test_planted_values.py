"""Personal data planted in every field of every endpoint is found nowhere afterwards: not in
any table, not in the logs of the run (issue: ids and labels were stored as sent).

Each field is either scrubbed (free text), kept as a keyed hash (ids only compared), or held
to a strict pattern (labels), in which case a value carrying personal data is refused.
"""

import logging

import pytest

from curation.pipeline import advance_sample
from tests.conftest import ORIGIN, every_stored_value

pytestmark = pytest.mark.django_db

EMAIL = "kowalski.planted@example.org"
PHONE = "+44 20 7946 0958"
NAME = "Bartholomew Kowalski"
TOKEN = "ghp_" + "Zq8" * 12
PLANTED = [EMAIL, PHONE, NAME, TOKEN, "Kowalski"]


def planted_everywhere(kind: str) -> dict:
    """A body with personal data in every field that takes a string."""
    common = {
        "conversation_id": EMAIL,
        "idempotency_key": f"{EMAIL}-{kind}",
        "end_user_id": EMAIL,
        "metadata": {"contact": EMAIL, "note": f"call {NAME} on {PHONE}", "nested": {"t": TOKEN}},
    }
    messages = [
        {"role": "user", "content": f"I'm {NAME}, mail {EMAIL}, phone {PHONE}", "id": EMAIL},
        {
            "role": "assistant",
            "content": f"Thanks {NAME}. Your token {TOKEN} is noted.",
            "id": PHONE,
        },
    ]
    feedback = {
        "rating": "down",
        "reasons": [f"{NAME} says wrong"],
        "comment": f"{NAME} ({EMAIL})",
        "message_id": PHONE,
    }
    if kind.endswith("feedback"):
        return {**common, **feedback, "consent": True, "messages": messages}
    return {**common, "consent": True, "messages": messages, "feedback": feedback}


LABEL_FIELDS = [
    ("model", {"name": EMAIL}),
    ("model", {"name": "gpt", "version": PHONE}),
    ("prompt_version", TOKEN),
    ("prompt_version", NAME),
    ("metadata", {EMAIL: 1}),
]


@pytest.mark.parametrize(("field", "value"), LABEL_FIELDS)
def test_labels_carrying_personal_data_are_refused(post, project_keys, field, value):
    body = {**planted_everywhere("conversation"), field: value}
    response = post("/api/v1/conversations", body, key=project_keys["sk"])
    assert response.status_code == 400
    assert all(p not in response.content.decode() for p in PLANTED)


def test_nothing_planted_survives_in_the_database_or_the_logs(post, project_keys, caplog):
    caplog.set_level(logging.DEBUG)
    sk, pk = project_keys["sk"], project_keys["pk"]
    ids = [
        post("/api/v1/feedback", planted_everywhere("feedback"), key=sk).json()["id"],
        post("/api/v1/conversations", planted_everywhere("conversation"), key=sk).json()["id"],
        post(
            "/api/v1/feedback",
            planted_everywhere("browser-feedback"),
            key=pk,
            origin=ORIGIN,
        ).json()["id"],
        post(
            "/api/v1/conversations",
            planted_everywhere("browser-share"),
            key=pk,
            origin=ORIGIN,
        ).json()["id"],
    ]
    batch = post(
        "/api/v1/batch",
        {
            "events": [
                {"type": "feedback", **planted_everywhere("batch-feedback")},
                {"type": "conversation", **planted_everywhere("batch-share")},
            ]
        },
        key=sk,
    ).json()
    ids += [result["id"] for result in batch["results"]]
    assert len(ids) == 6
    # Repeats answer from the hashed idempotency key.
    repeat = post("/api/v1/feedback", planted_everywhere("feedback"), key=sk)
    assert repeat.status_code == 200 and repeat.json()["id"] == ids[0]
    # Before scrubbing, only ciphertext is stored.
    assert [p for p in PLANTED if p in every_stored_value()] == []
    for sample_id in ids:
        advance_sample(sample_id=sample_id)
    stored = every_stored_value()
    assert [p for p in PLANTED if p in stored] == []
    assert [p for p in PLANTED if p in caplog.text] == []
    assert "<PERSON_1>" in stored and "<EMAIL_ADDRESS_1>" in stored

import json

import pytest
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from curation.models import FilterResult, Review, Sample
from tests.curation.conftest import set_reviews_per_sample

pytestmark = pytest.mark.django_db


def review(client, sample_id, **body):
    return client.post(f"/api/v1/samples/{sample_id}/review", body, format="json")


def test_review_next_returns_the_claimed_transcript(reviewer, pending, token_client):
    sample = pending()
    FilterResult.objects.filter(sample=sample, name="profanity").update(
        verdict="flag", reason="swearing"
    )
    response = token_client(reviewer).post("/api/v1/review/next")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == str(sample.pk)
    assert body["lease_expires_at"]
    assert [m["role"] for m in body["messages"]] == ["user", "assistant", "user"]
    assert body["messages"][0]["content"] == "Hi, I'm <PERSON_1>. Email me at <EMAIL_ADDRESS_1>"
    # The feedback names no message: it is about the last answer.
    assert [m["rated"] for m in body["messages"]] == [False, True, False]
    assert body["feedback"] == {
        "rating": "down",
        "reasons": ["inaccurate"],
        "comment": "<PERSON_1> again: wrong!",
        "message_id": "",
    }
    assert body["model"] == {"name": "gpt-x", "version": "2026-10"}
    assert body["prompt_version"] == "v7"
    assert body["pii"] == {"EMAIL_ADDRESS": 1, "PERSON": 1}
    # Only what a filter flagged or rejected; passes are not listed.
    assert body["flags"] == [{"filter": "profanity", "verdict": "flag", "reason": "swearing"}]


def test_review_next_answers_204_when_nothing_waits(reviewer, token_client):
    response = token_client(reviewer).post("/api/v1/review/next")
    assert response.status_code == 204
    assert response.content == b""


def test_approve_through_the_api_then_the_secret_key_sees_approved(
    reviewer, pending, token_client, project_keys
):
    sample = pending()
    client = token_client(reviewer)
    response = review(
        client,
        sample.pk,
        decision="approve",
        dataset="golden-support",
        reference="Lima.",
        tags=["geo"],
    )
    assert response.status_code == 200
    assert response.json()["status"] == "approved"
    keyed = APIClient()
    keyed.credentials(HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}")
    assert keyed.get(f"/api/v1/samples/{sample.pk}").json()["status"] == "approved"


def test_reject_through_the_api(reviewer, pending, token_client, project_keys):
    sample = pending()
    response = review(token_client(reviewer), sample.pk, decision="reject", reason="prank")
    assert response.status_code == 200 and response.json()["status"] == "rejected"
    keyed = APIClient()
    keyed.credentials(HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}")
    assert keyed.get(f"/api/v1/samples/{sample.pk}").json()["status"] == "rejected"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"decision": "reject"}, "reason"),
        ({"decision": "reject", "reason": "bored"}, "reason"),
        ({"decision": "approve"}, "dataset"),
        ({"decision": "approve", "dataset": "a b"}, "dataset"),
        ({"decision": "maybe"}, "decision"),
        ({"decision": "approve", "dataset": "d", "tags": "x"}, "tags"),
    ],
)
def test_an_incomplete_decision_is_a_400_naming_the_field(
    reviewer, pending, token_client, body, field
):
    sample = pending()
    response = review(token_client(reviewer), sample.pk, **body)
    assert response.status_code == 400
    assert field in response.json()["error"]
    assert Sample.objects.get(pk=sample.pk).state == "pending_review"
    assert not Review.objects.exists()


def test_a_new_dataset_name_is_accepted_on_first_approval(reviewer, pending, token_client):
    sample = pending()
    response = review(token_client(reviewer), sample.pk, decision="approve", dataset="brand-new")
    assert response.status_code == 200
    assert Sample.objects.get(pk=sample.pk).dataset_name == "brand-new"


def test_an_api_key_or_no_token_is_401(pending, project_keys):
    sample = pending()
    anonymous = APIClient()
    assert anonymous.post("/api/v1/review/next").status_code == 401
    keyed = APIClient()
    keyed.credentials(HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}")
    assert keyed.post("/api/v1/review/next").status_code == 401
    response = review(keyed, sample.pk, decision="reject", reason="prank")
    assert response.status_code == 401
    assert "authorization" in response.json()["error"]


def test_a_user_without_the_role_is_403(no_role, pending, token_client):
    sample = pending()
    client = token_client(no_role)
    assert client.post("/api/v1/review/next").status_code == 403
    response = review(client, sample.pk, decision="reject", reason="prank")
    assert response.status_code == 403
    assert "authorization" in response.json()["error"]


def test_a_sample_outside_the_users_projects_is_404(outsider, pending, token_client):
    sample = pending()
    response = review(token_client(outsider), sample.pk, decision="reject", reason="prank")
    assert response.status_code == 404
    assert response.json() == {"error": {"id": "No sample with this id."}}
    # The same answer as for an id that does not exist at all.
    assert review(token_client(outsider), "not-a-uuid", decision="skip").json() == response.json()


def test_deciding_twice_is_409(project, reviewer, second_reviewer, pending, token_client):
    set_reviews_per_sample(project, 2)
    sample = pending()
    client = token_client(reviewer)
    assert review(client, sample.pk, decision="approve", dataset="d").status_code == 200
    again = review(client, sample.pk, decision="approve", dataset="d")
    assert again.status_code == 409
    assert again.json()["error"]["decision"] == "You already decided this sample."
    assert (
        review(token_client(second_reviewer), sample.pk, decision="approve", dataset="d").json()[
            "status"
        ]
        == "approved"
    )
    final = review(token_client(second_reviewer), sample.pk, decision="reject", reason="prank")
    assert final.status_code == 409


def test_createreviewer_json_prints_one_line_with_a_working_token(project, pending, capsys):
    sample = pending()
    call_command("createreviewer", "alice", "--project", project.slug, "--json")
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    created = json.loads(out)
    assert set(created) == {"username", "token"} and created["username"] == "alice"
    assert Token.objects.get(user__username="alice").key == created["token"]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {created['token']}")
    assert client.post("/api/v1/review/next").json()["id"] == str(sample.pk)


def test_createreviewer_curator_and_reruns_keep_the_token(project, capsys):
    call_command("createreviewer", "carl", "--curator", "--json")
    first = json.loads(capsys.readouterr().out)
    call_command("createreviewer", "carl", "--project", project.slug, "--json")
    second = json.loads(capsys.readouterr().out)
    assert first["token"] == second["token"]
    from django.contrib.auth.models import User

    carl = User.objects.get(username="carl")
    assert carl.is_staff and carl.has_perm("curation.adjudicate_sample")
    assert list(carl.project_memberships.values_list("project__slug", flat=True)) == [project.slug]


def test_createreviewer_refuses_an_unknown_project():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="nope"):
        call_command("createreviewer", "dan", "--project", "nope")


def test_skip_through_the_api_answers_the_same_shape(
    reviewer, second_reviewer, pending, token_client
):
    sample = pending()
    response = review(token_client(reviewer), sample.pk, decision="skip")
    assert response.status_code == 200
    assert response.json() == {
        "id": str(sample.pk),
        "status": "pending_review",
        "needs_adjudication": False,
        "votes": 0,
        "reviews_per_sample": 1,
    }
    # Skipped: not offered to this reviewer again, but to the next one.
    assert token_client(reviewer).post("/api/v1/review/next").status_code == 204
    assert token_client(second_reviewer).post("/api/v1/review/next").json()["id"] == str(sample.pk)

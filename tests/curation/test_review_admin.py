import pytest
from django.contrib.admin import helpers
from django.test import Client
from django.urls import reverse

from curation import reviews
from curation.models import FilterResult, Review, Sample
from feedback.privacy import conversation_hash
from tests.curation.conftest import make_user

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/curation/sample/"


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def review_url(sample) -> str:
    return reverse("admin:curation_sample_review", args=[sample.pk])


def test_review_next_claims_and_opens_the_review_page(reviewer, pending):
    sample = pending()
    client = logged_in(reviewer)
    response = client.get(reverse("admin:curation_sample_review_next"))
    assert response.status_code == 302 and response["Location"] == review_url(sample)
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    # The transcript, placeholders highlighted, the rated answer marked, and the shortcuts.
    assert '<mark class="assay-pii">&lt;PERSON_1&gt;</mark>' in html
    assert "Rated answer" in html
    assert 'id="shortcuts"' in html and "<kbd>a</kbd>" in html
    assert "gpt-x" in html and "v7" in html
    assert Sample.objects.get(pk=sample.pk).claimed_by == reviewer


def test_an_empty_queue_says_so(reviewer):
    client = logged_in(reviewer)
    response = client.get(reverse("admin:curation_sample_review_next"), follow=True)
    assert b"Nothing is waiting for your review" in response.content


def test_user_text_with_html_renders_as_text(reviewer, pending):
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    sample = pending(
        messages=[
            {"role": "user", "content": f"What does {attack} do?"},
            {"role": "assistant", "content": "It is <b>markup</b>."},
        ],
        feedback={"rating": "down", "comment": attack, "reasons": ["<i>bad</i>"]},
    )
    html = logged_in(reviewer).get(review_url(sample)).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>markup" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;i&gt;bad&lt;/i&gt;" in html


def test_approving_on_the_page_moves_to_the_next_sample(reviewer, pending):
    first, second = pending(), pending()
    client = logged_in(reviewer)
    client.get(reverse("admin:curation_sample_review_next"))
    response = client.post(
        review_url(first),
        {"decision": "approve", "dataset": "golden", "reference": "Lima.", "tags": "geo, peru"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:curation_sample_review_next")
    first.refresh_from_db()
    assert (first.state, first.dataset_name, first.tags) == ("approved", "golden", ["geo", "peru"])
    # The next page remembers the dataset for keyboard approvals.
    page = client.get(client.get(response["Location"])["Location"])
    assert 'value="golden"' in page.content.decode()
    assert page.context["sample"].pk == second.pk


def test_a_bad_decision_shows_the_error_and_changes_nothing(reviewer, pending):
    sample = pending()
    response = logged_in(reviewer).post(review_url(sample), {"decision": "reject"})
    assert response.status_code == 200
    assert "Give a reason" in response.content.decode()
    assert Sample.objects.get(pk=sample.pk).state == "pending_review"


def test_redact_more_from_the_page(reviewer, pending):
    sample = pending(messages=[{"role": "user", "content": "my locker code is qq-4471-zz, ok?"}])
    client = logged_in(reviewer)
    response = client.post(
        review_url(sample),
        {"action": "redact", "value": "qq-4471-zz", "entity_type": "SECRET"},
        follow=True,
    )
    assert "Redacted 1 occurrence" in response.content.decode()
    assert "qq-4471-zz" not in response.content.decode()
    assert "&lt;SECRET_1&gt;" in response.content.decode()


def test_a_reviewer_cannot_open_another_projects_sample(outsider, pending):
    sample = pending()
    assert logged_in(outsider).get(review_url(sample)).status_code == 404


def test_a_staff_user_without_a_role_gets_403(no_role, pending):
    sample = pending()
    client = logged_in(no_role)
    assert client.get(review_url(sample)).status_code == 403
    assert client.get(reverse("admin:curation_sample_review_next")).status_code == 403


def test_the_change_list_shows_only_the_reviewers_projects(reviewer, outsider, pending):
    sample = pending()
    assert str(sample.pk)[:8] in logged_in(reviewer).get(CHANGELIST).content.decode()
    assert str(sample.pk)[:8] not in logged_in(outsider).get(CHANGELIST).content.decode()


def test_bulk_approve_writes_one_review_per_sample(reviewer, pending):
    samples = [pending() for _ in range(3)]
    client = logged_in(reviewer)
    selected = [str(s.pk) for s in samples]
    form = client.post(
        CHANGELIST, {"action": "approve_selected", helpers.ACTION_CHECKBOX_NAME: selected}
    )
    assert form.status_code == 200 and b"Approve samples" in form.content
    client.post(
        CHANGELIST,
        {
            "action": "approve_selected",
            helpers.ACTION_CHECKBOX_NAME: selected,
            "dataset": "bulk-set",
            "tags": "batch",
            "apply": "1",
        },
    )
    assert set(Sample.objects.values_list("state", "dataset_name")) == {("approved", "bulk-set")}
    assert Review.objects.filter(action="approve").count() == 3
    assert set(Review.objects.values_list("sample_id", flat=True)) == {s.pk for s in samples}


def test_bulk_reject_with_filters_applies_to_the_filtered_rows(reviewer, pending):
    up = pending(feedback={"rating": "up"})
    down = pending()
    client = logged_in(reviewer)
    client.post(
        CHANGELIST + "?rating=down",
        {
            "action": "reject_selected",
            helpers.ACTION_CHECKBOX_NAME: [str(down.pk)],
            "reason": "low_quality",
            "apply": "1",
        },
    )
    assert Sample.objects.get(pk=down.pk).state == "rejected"
    assert Sample.objects.get(pk=up.pk).state == "pending_review"
    listed = client.get(CHANGELIST + "?rating=up").content.decode()
    assert str(up.pk)[:8] in listed and str(down.pk)[:8] not in listed


def test_assigning_is_a_curator_action(reviewer, curator, pending):
    sample = pending()
    client = logged_in(curator)
    client.post(
        CHANGELIST,
        {
            "action": "assign_selected",
            helpers.ACTION_CHECKBOX_NAME: [str(sample.pk)],
            "reviewers": [reviewer.pk],
            "apply": "1",
        },
    )
    assert Sample.objects.get(pk=sample.pk).assignee == reviewer
    # A reviewer is not offered the action at all.
    assert b"assign_selected" not in logged_in(reviewer).get(CHANGELIST).content


def test_a_curator_reopens_from_the_page(reviewer, curator, pending):
    sample = pending()
    reviews.decide_sample(user=reviewer, sample_id=sample.pk, decision="approve", dataset="d")
    assert b"Reopen" not in logged_in(reviewer).get(review_url(sample)).content
    logged_in(curator).post(review_url(sample), {"action": "reopen", "note": "check again"})
    assert Sample.objects.get(pk=sample.pk).state == "pending_review"


def test_the_admin_index_shows_queue_counts_and_throughput(reviewer, pending):
    sample = pending()
    pending()
    reviews.decide_sample(user=reviewer, sample_id=sample.pk, decision="approve", dataset="d")
    html = logged_in(reviewer).get("/admin/").content.decode()
    assert 'id="review-dashboard"' in html
    assert '<th scope="row">acme</th><td>1</td><td>1</td>' in html
    assert '<th scope="row">rita</th><td>1</td><td>1</td><td>1</td>' in html


def test_the_review_page_runs_a_bounded_number_of_queries(
    reviewer, pending, django_assert_max_num_queries
):
    sample = pending()
    client = logged_in(reviewer)
    client.get(review_url(sample))
    with django_assert_max_num_queries(16):
        assert client.get(review_url(sample)).status_code == 200
    # More turns, flags and trail entries do not add queries.
    long = pending(
        messages=[
            {"role": "user" if i % 2 == 0 else "assistant", "content": f"turn {i}"}
            for i in range(30)
        ]
    )
    for n in range(3):
        skipper = make_user(f"x{n}", groups=("Reviewers",), projects=(sample.project,))
        reviews.skip_sample(user=skipper, sample_id=long.pk)
    FilterResult.objects.filter(sample=long, name__in=["profanity", "pii_density"]).update(
        verdict="flag", reason="flagged for the test"
    )
    with django_assert_max_num_queries(16):
        assert client.get(review_url(long)).status_code == 200


def test_the_change_list_runs_a_bounded_number_of_queries(
    reviewer, pending, django_assert_max_num_queries
):
    for _ in range(3):
        pending()
    client = logged_in(reviewer)
    client.get(CHANGELIST)
    with django_assert_max_num_queries(14) as few:
        assert client.get(CHANGELIST).status_code == 200
    for _ in range(12):
        pending()
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(CHANGELIST).status_code == 200


def test_projects_keys_and_conversations_are_scoped_to_memberships(
    curator, outsider, other_project_keys, pending
):
    pending()
    outsider_curator = make_user(
        "oc", groups=("Reviewers", "Curators"), projects=(other_project_keys["project"],)
    )
    mine = logged_in(curator)
    theirs = logged_in(outsider_curator)
    assert b"acme" in mine.get("/admin/feedback/project/").content
    assert b"/admin/feedback/project/" in mine.get("/admin/").content
    listed = theirs.get("/admin/feedback/project/").content
    assert b"outsider" in listed and b">acme<" not in listed
    stored_id = conversation_hash("conv-0").encode()
    assert stored_id in mine.get("/admin/feedback/conversation/").content
    assert stored_id not in theirs.get("/admin/feedback/conversation/").content
    acme_prefix = curator.project_memberships.get().project.keys.first().prefix.encode()
    outsider_prefix = other_project_keys["project"].keys.first().prefix.encode()
    mine_keys = mine.get("/admin/feedback/apikey/").content
    theirs_keys = theirs.get("/admin/feedback/apikey/").content
    assert acme_prefix in mine_keys and outsider_prefix not in mine_keys
    assert outsider_prefix in theirs_keys and acme_prefix not in theirs_keys
    # A reviewer cannot manage projects at all.
    assert logged_in(outsider).get("/admin/feedback/project/").status_code == 403


def test_the_change_list_never_opens_a_raw_payload(reviewer, secret_key, monkeypatch):
    from assay import crypto
    from feedback.services import share_conversation
    from tests.conftest import share_body

    share_conversation(api_key=secret_key, data=share_body())  # still received: payload sealed
    opened = []
    monkeypatch.setattr(crypto, "unseal", lambda token: opened.append(token) or {})
    response = logged_in(reviewer).get(CHANGELIST)
    assert response.status_code == 200 and b"Shared conversation" in response.content
    assert opened == []

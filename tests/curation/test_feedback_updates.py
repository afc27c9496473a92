"""Changing one's mind: a second rating of the same answer by the same end user (the widget's
up → down) changes the earlier Feedback row instead of adding one; a retried POST is one."""

from collections.abc import Callable
from typing import Any

import pytest

from curation.models import Sample
from curation.pipeline import advance_sample
from feedback.models import Feedback
from tests.conftest import ORIGIN, feedback_body, share_body

pytestmark = pytest.mark.django_db

WIDGET_USER = "anon-3f9c2a7e"


@pytest.fixture
def rate(post: Callable[..., Any], project_keys: dict[str, Any]) -> Callable[..., Sample]:
    """POST feedback as the widget does (publishable key, allowed origin); the sample."""

    def _rate(**overrides: Any) -> Sample:
        body = feedback_body(**{"end_user_id": WIDGET_USER, **overrides})
        response = post("/api/v1/feedback", body, key=project_keys["pk"], origin=ORIGIN)
        assert response.status_code == 202, response.content
        return Sample.objects.get(pk=response.json()["id"])

    return _rate


def _run(sample: Sample) -> Sample:
    advance_sample(sample_id=sample.pk)
    sample.refresh_from_db()
    return sample


def test_it_updates_the_earlier_rating_instead_of_adding_one(rate):
    first = _run(rate(rating="up", idempotency_key="a1"))
    second = _run(
        rate(rating="down", reasons=["inaccurate"], comment="Wrong city", idempotency_key="a2")
    )

    feedback = Feedback.objects.get()
    assert (feedback.rating, feedback.reasons, feedback.comment) == (
        Feedback.Rating.DOWN,
        ["inaccurate"],
        "Wrong city",
    )
    assert second.state == Sample.State.RECORDED
    assert second.reasons == [
        f"changed mind: updated the earlier rating of this answer (sample {first.pk})"
    ]
    # The row belongs to the sample that gave the rating it now holds.
    assert second.feedback_id == feedback.pk
    first.refresh_from_db()
    assert (first.state, first.feedback_id) == (Sample.State.RECORDED, None)


def test_a_later_rating_scrubbed_first_is_not_overwritten_by_an_earlier_one(rate):
    up = rate(rating="up", idempotency_key="b1")
    down = rate(rating="down", idempotency_key="b2")
    # Two workers, the down one first.
    _run(down)
    up = _run(up)

    assert list(Feedback.objects.values_list("rating", flat=True)) == [Feedback.Rating.DOWN]
    assert up.state == Sample.State.RECORDED
    assert up.feedback_id is None
    assert up.reasons == [
        f"superseded: a later rating of the same answer is kept (sample {down.pk})"
    ]


def test_ratings_of_other_answers_or_other_users_are_kept_apart(rate):
    _run(rate(rating="up", idempotency_key="c1"))
    _run(rate(rating="down", message_id="m4", idempotency_key="c2"))
    _run(rate(rating="down", end_user_id="anon-other", idempotency_key="c3"))
    _run(rate(rating="down", conversation_id="conv-2", idempotency_key="c4"))

    assert Feedback.objects.count() == 4


def test_feedback_without_an_end_user_is_never_merged(post, project_keys):
    for rating in ("up", "down"):
        response = post(
            "/api/v1/feedback",
            feedback_body(rating=rating),
            key=project_keys["pk"],
            origin=ORIGIN,
        )
        advance_sample(sample_id=response.json()["id"])

    assert Feedback.objects.count() == 2


def test_the_rating_of_a_shared_conversation_is_left_as_reviewed(post, project_keys, rate):
    shared = post(
        "/api/v1/conversations",
        share_body(
            end_user_id=WIDGET_USER,
            feedback={"rating": "down", "message_id": "m2", "reasons": ["inaccurate"]},
        ),
        key=project_keys["pk"],
        origin=ORIGIN,
    )
    advance_sample(sample_id=shared.json()["id"])
    _run(rate(rating="up", idempotency_key="d1"))

    ratings = {f.conversation_id is None: f.rating for f in Feedback.objects.all()}
    assert ratings == {False: Feedback.Rating.DOWN, True: Feedback.Rating.UP}


def test_a_retried_post_is_one_submission(post, project_keys):
    body = feedback_body(rating="down", end_user_id=WIDGET_USER, idempotency_key="e1")
    first = post("/api/v1/feedback", body, key=project_keys["pk"], origin=ORIGIN)
    again = post("/api/v1/feedback", body, key=project_keys["pk"], origin=ORIGIN)

    assert (first.status_code, again.status_code) == (202, 200)
    assert first.json()["id"] == again.json()["id"]
    assert Sample.objects.count() == 1


def test_an_earlier_rating_no_sample_holds_any_more_is_still_changed(rate):
    first = _run(rate(rating="up", idempotency_key="f1"))
    # Its sample is gone (erased); the Feedback row stays for the insights.
    Sample.objects.filter(pk=first.pk).update(feedback=None)
    second = _run(rate(rating="down", idempotency_key="f2"))

    assert list(Feedback.objects.values_list("rating", flat=True)) == [Feedback.Rating.DOWN]
    assert second.reasons == ["changed mind: updated the earlier rating of this answer"]
    assert second.feedback_id == Feedback.objects.get().pk


def test_of_two_ratings_sent_at_the_same_moment_the_one_scrubbed_last_is_kept(rate):
    first = _run(rate(rating="up", idempotency_key="g1"))
    second = rate(rating="down", idempotency_key="g2")
    Sample.objects.filter(pk=second.pk).update(created_at=first.created_at)
    second = _run(second)

    assert list(Feedback.objects.values_list("rating", flat=True)) == [Feedback.Rating.DOWN]
    assert second.reasons[0].startswith("changed mind:")


def test_a_rating_of_the_whole_conversation_is_changed_too(post, project_keys):
    samples = []
    for rating, key in (("up", "h1"), ("down", "h2")):
        body = feedback_body(end_user_id=WIDGET_USER, rating=rating, idempotency_key=key)
        del body["message_id"]
        response = post("/api/v1/feedback", body, key=project_keys["pk"], origin=ORIGIN)
        samples.append(_run(Sample.objects.get(pk=response.json()["id"])))

    assert list(Feedback.objects.values_list("rating", "message_external_id")) == [
        (Feedback.Rating.DOWN, "")
    ]
    assert samples[1].reasons == [
        f"changed mind: updated the earlier rating of this answer (sample {samples[0].pk})"
    ]

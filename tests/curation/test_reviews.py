from datetime import timedelta

import pytest
from django.utils import timezone

from curation import reviews
from curation.models import Review, Sample
from feedback.models import Conversation, Feedback, Message
from tests.conftest import every_stored_value
from tests.curation.conftest import make_user, set_reviews_per_sample

pytestmark = pytest.mark.django_db
State = Sample.State


def approve(user, sample, dataset="golden", **kwargs):
    return reviews.decide_sample(
        user=user, sample_id=sample.pk, decision="approve", dataset=dataset, **kwargs
    )


def reject(user, sample, reason="low_quality", **kwargs):
    return reviews.decide_sample(
        user=user, sample_id=sample.pk, decision="reject", reason=reason, **kwargs
    )


# -- claiming ------------------------------------------------------------------------------


def test_it_claims_the_oldest_pending_sample_with_a_lease(reviewer, pending):
    first, second = pending(), pending()
    claimed = reviews.claim_next(user=reviewer)
    assert claimed.pk == first.pk
    assert claimed.claimed_by_id == reviewer.pk
    assert claimed.lease_expires_at > timezone.now() + timedelta(minutes=10)
    # Asking again resumes the sample already held, rather than taking a second one.
    assert reviews.claim_next(user=reviewer).pk == first.pk
    assert Sample.objects.filter(claimed_by=reviewer).count() == 1
    assert Sample.objects.get(pk=second.pk).claimed_by is None


def test_two_reviewers_never_get_the_same_sample(reviewer, second_reviewer, pending):
    pending(), pending()
    a = reviews.claim_next(user=reviewer)
    b = reviews.claim_next(user=second_reviewer)
    assert a.pk != b.pk
    assert reviews.claim_next(user=make_user("late", groups=("Reviewers",))) is None


def test_an_expired_lease_returns_the_sample_to_the_queue(reviewer, second_reviewer, pending):
    sample = pending()
    reviews.claim_next(user=reviewer)
    assert reviews.claim_next(user=second_reviewer) is None
    Sample.objects.filter(pk=sample.pk).update(lease_expires_at=timezone.now() - timedelta(1))
    assert reviews.claim_next(user=second_reviewer).pk == sample.pk
    # The first reviewer's lease is gone: their decision now meets the other's live lease.
    with pytest.raises(reviews.AlreadyDecided, match="holds"):
        approve(reviewer, sample)


def test_a_reviewer_sees_only_their_projects(reviewer, outsider, pending):
    sample = pending()
    assert reviews.claim_next(user=outsider) is None
    with pytest.raises(reviews.SampleNotFound):
        approve(outsider, sample)
    assert reviews.claim_next(user=reviewer).pk == sample.pk


def test_a_user_without_a_role_can_do_nothing(no_role, pending):
    sample = pending()
    with pytest.raises(reviews.NotAllowed):
        reviews.claim_next(user=no_role)
    with pytest.raises(reviews.NotAllowed):
        approve(no_role, sample)


def test_assigned_samples_come_first_and_only_to_their_assignee(
    reviewer, second_reviewer, curator, pending
):
    older, newer = pending(), pending()
    counts = reviews.assign_samples(user=curator, sample_ids=[newer.pk], reviewers=[reviewer])
    assert counts == {"rita": 1}
    assert reviews.claim_next(user=reviewer).pk == newer.pk
    assert reviews.claim_next(user=second_reviewer).pk == older.pk
    # Assigning needs a curator; the assignment is in the audit trail.
    with pytest.raises(reviews.NotAllowed):
        reviews.assign_samples(user=reviewer, sample_ids=[older.pk], reviewers=[reviewer])
    record = Review.objects.get(action=Review.Action.ASSIGN)
    assert record.reviewer == curator and record.after["assignee_name"] == "rita"


def test_assignment_is_spread_in_turn_over_members_only(
    reviewer, second_reviewer, outsider, curator, pending
):
    samples = [pending() for _ in range(5)]
    counts = reviews.assign_samples(
        user=curator,
        sample_ids=[s.pk for s in samples],
        reviewers=[reviewer, second_reviewer, outsider],
    )
    assert counts == {"rita": 3, "rob": 2}


# -- deciding ------------------------------------------------------------------------------


def test_approving_moves_the_sample_to_approved_with_its_dataset(reviewer, pending):
    sample = pending()
    reviews.claim_next(user=reviewer)
    outcome = approve(
        reviewer, sample, dataset="golden-support", reference="Lima.", tags=["geo", "geo", "q"]
    )
    assert outcome.sample.state == State.APPROVED
    sample.refresh_from_db()
    assert (sample.dataset_name, sample.reference, sample.tags) == (
        "golden-support",
        "Lima.",
        ["geo", "q"],
    )
    assert sample.decided_at is not None and sample.claimed_by is None
    review = Review.objects.get(sample=sample)
    assert (review.reviewer, review.action, review.dataset) == (
        reviewer,
        "approve",
        "golden-support",
    )


def test_rejecting_needs_a_reason_and_records_it(reviewer, pending):
    sample = pending()
    with pytest.raises(reviews.InvalidDecision) as missing:
        reject(reviewer, sample, reason="")
    assert missing.value.field == "reason"
    with pytest.raises(reviews.InvalidDecision) as other:
        reject(reviewer, sample, reason="other")
    assert other.value.field == "note"
    reject(reviewer, sample, reason="off_topic", note="asks about football")
    sample.refresh_from_db()
    assert sample.state == State.REJECTED
    assert sample.reasons[-1] == "review: Off topic"
    assert Review.objects.get(sample=sample).note == "asks about football"


def test_approving_needs_a_well_formed_dataset_name_and_tags(reviewer, pending):
    sample = pending()
    for bad in ("", "has space", "<script>", "x" * 101):
        with pytest.raises(reviews.InvalidDecision) as exc:
            approve(reviewer, sample, dataset=bad)
        assert exc.value.field == "dataset"
    with pytest.raises(reviews.InvalidDecision) as exc:
        approve(reviewer, sample, tags=["<b>bold</b>"])
    assert exc.value.field == "tags"
    assert Review.objects.count() == 0


def test_a_decided_sample_cannot_be_decided_again(reviewer, second_reviewer, pending):
    sample = pending()
    approve(reviewer, sample)
    with pytest.raises(reviews.AlreadyDecided):
        reject(second_reviewer, sample)
    with pytest.raises(reviews.AlreadyDecided):
        approve(reviewer, sample)
    assert Review.objects.filter(sample=sample).count() == 1


def test_skipping_gives_the_sample_to_someone_else(reviewer, second_reviewer, pending):
    sample = pending()
    reviews.claim_next(user=reviewer)
    reviews.skip_sample(user=reviewer, sample_id=sample.pk)
    assert reviews.claim_next(user=reviewer) is None
    assert reviews.claim_next(user=second_reviewer).pk == sample.pk
    assert Sample.objects.get(pk=sample.pk).state == State.PENDING_REVIEW


# -- several reviewers per sample -----------------------------------------------------------


def test_with_two_reviews_needed_the_sample_waits_for_a_second_reviewer(
    project, reviewer, second_reviewer, pending
):
    set_reviews_per_sample(project, 2)
    sample = pending()
    reviews.claim_next(user=reviewer)
    outcome = approve(reviewer, sample, tags=["a"])
    assert (outcome.sample.state, outcome.votes, outcome.required) == (State.PENDING_REVIEW, 1, 2)
    # Back in the queue, but not for the reviewer who already voted.
    assert reviews.claim_next(user=reviewer) is None
    with pytest.raises(reviews.AlreadyDecided, match="already decided"):
        approve(reviewer, sample)
    assert reviews.claim_next(user=second_reviewer).pk == sample.pk
    outcome = approve(second_reviewer, sample, reference="Lima.", tags=["b"])
    assert outcome.sample.state == State.APPROVED
    assert outcome.sample.tags == ["a", "b"] and outcome.sample.reference == "Lima."


def test_a_disagreement_goes_to_a_curator_who_adjudicates(
    project, reviewer, second_reviewer, curator, pending
):
    set_reviews_per_sample(project, 2)
    sample = pending()
    approve(reviewer, sample)
    reject(second_reviewer, sample, reason="prank")
    sample.refresh_from_db()
    assert sample.state == State.PENDING_REVIEW and sample.needs_adjudication
    # Reviewers no longer get it; a third reviewer's vote is refused.
    third = make_user("tess", groups=("Reviewers",), projects=(project,))
    assert reviews.claim_next(user=third) is None
    with pytest.raises(reviews.AlreadyDecided, match="curator"):
        approve(third, sample)
    with pytest.raises(reviews.NotAllowed):
        reviews.claim_next(user=reviewer, adjudicate=True)
    assert reviews.claim_next(user=curator, adjudicate=True).pk == sample.pk
    outcome = reject(curator, sample, reason="prank")
    assert outcome.sample.state == State.REJECTED
    adjudication = Review.objects.get(sample=sample, adjudication=True)
    assert adjudication.reviewer == curator and adjudication.reason == "prank"


def test_approvals_into_different_datasets_are_a_disagreement(
    project, reviewer, second_reviewer, pending
):
    set_reviews_per_sample(project, 2)
    sample = pending()
    approve(reviewer, sample, dataset="one")
    approve(second_reviewer, sample, dataset="two")
    assert Sample.objects.get(pk=sample.pk).needs_adjudication


def test_three_reviews_needed_apply_only_when_unanimous(
    project, reviewer, second_reviewer, third_reviewer, pending
):
    set_reviews_per_sample(project, 3)
    sample = pending()
    reject(reviewer, sample, reason="prank")
    reject(second_reviewer, sample, reason="low_quality")
    assert Sample.objects.get(pk=sample.pk).state == State.PENDING_REVIEW
    outcome = reject(third_reviewer, sample, reason="prank")
    assert outcome.sample.state == State.REJECTED
    # The most common reason is the sample's.
    assert outcome.sample.reasons[-1] == "review: Prank or test"


# -- reopening and the audit trail ----------------------------------------------------------


def test_only_a_curator_reopens_and_a_new_round_of_votes_starts(
    reviewer, second_reviewer, curator, pending
):
    sample = pending()
    approve(reviewer, sample, dataset="golden", tags=["x"])
    with pytest.raises(reviews.NotAllowed):
        reviews.reopen_sample(user=reviewer, sample_id=sample.pk)
    reopened = reviews.reopen_sample(user=curator, sample_id=sample.pk, note="wrong dataset")
    assert (reopened.state, reopened.review_round, reopened.dataset_name, reopened.tags) == (
        State.PENDING_REVIEW,
        2,
        "",
        [],
    )
    record = Review.objects.get(action=Review.Action.REOPEN)
    assert record.before == {"state": "approved", "dataset": "golden", "tags": ["x"]}
    assert record.after == {"state": "pending_review", "round": 2}
    # The first reviewer may vote again in the new round.
    assert reviews.claim_next(user=reviewer).pk == sample.pk
    assert approve(reviewer, sample, dataset="other").sample.dataset_name == "other"


def test_an_auto_rejected_sample_can_be_rescued_by_a_curator(curator, pending):
    sample = pending()
    Sample.objects.filter(pk=sample.pk).update(state=State.AUTO_REJECTED)
    assert reviews.reopen_sample(user=curator, sample_id=sample.pk).state == State.PENDING_REVIEW


def test_review_records_are_append_only(reviewer, pending):
    sample = pending()
    approve(reviewer, sample)
    record = Review.objects.get()
    record.note = "rewritten"
    with pytest.raises(TypeError):
        record.save()
    with pytest.raises(TypeError):
        record.delete()
    with pytest.raises(TypeError):
        Review.objects.filter(pk=record.pk).update(note="rewritten")
    with pytest.raises(TypeError):
        Review.objects.all().delete()
    assert Review.objects.get().note == ""


def test_every_decision_leaves_one_record_with_who_what_and_why(
    project, reviewer, second_reviewer, curator, pending
):
    set_reviews_per_sample(project, 2)
    sample = pending()
    reviews.skip_sample(user=reviewer, sample_id=sample.pk)
    approve(second_reviewer, sample, reference="Lima.")
    reject(curator, sample, reason="harmful", note="insults")
    reviews.decide_sample(user=curator, sample_id=sample.pk, decision="reject", reason="harmful")
    trail = list(
        Review.objects.filter(sample=sample).values_list(
            "reviewer_name", "action", "adjudication", "reason"
        )
    )
    assert trail == [
        ("rita", "skip", False, ""),
        ("rob", "approve", False, ""),
        ("cora", "reject", False, "harmful"),
        ("cora", "reject", True, "harmful"),
    ]
    assert all(r.created_at and r.round == 1 for r in Review.objects.all())


# -- redact more ----------------------------------------------------------------------------


def _all_text(sample):
    texts = list(
        Message.objects.filter(conversation=sample.conversation_id).values_list(
            "content", flat=True
        )
    )
    feedback = Feedback.objects.get(pk=sample.feedback_id)
    return [
        *texts,
        feedback.comment,
        str(Conversation.objects.get(pk=sample.conversation_id).metadata),
    ]


def test_redact_more_replaces_every_occurrence_with_a_new_consistent_placeholder(
    project, reviewer, pending
):
    # "Grzmotowicz" is a surname the scrubber does not know on its own.
    sample = pending(
        messages=[
            {
                "role": "user",
                "content": "Hi, I'm John Smith. My ticket mentions grzmotowicz twice.",
            },
            {"role": "assistant", "content": "Noted, Grzmotowicz will be told."},
            {"role": "user", "content": "Thanks"},
        ],
        feedback={"rating": "down", "comment": "GRZMOTOWICZ was not reached"},
        metadata={"agent": "grzmotowicz"},
    )
    before = sample.pii_report
    replaced = reviews.redact_sample(
        user=reviewer,
        sample_id=sample.pk,
        value="Grzmotowicz",
        entity_type="PERSON",
        add_to_deny_list=True,
    )
    assert replaced == 4
    texts = _all_text(sample)
    assert not any("grzmotowicz" in t.casefold() for t in texts)
    assert texts[0] == "Hi, I'm <PERSON_1>. My ticket mentions <PERSON_2> twice."
    assert texts[1] == "Noted, <PERSON_2> will be told."
    assert texts[3] == "<PERSON_2> was not reached"
    sample.refresh_from_db()
    assert sample.pii_report["PERSON"] == before["PERSON"] + 1
    project.refresh_from_db()
    assert project.settings["pii"]["deny_list"] == ["Grzmotowicz"]
    record = Review.objects.get(action=Review.Action.REDACT)
    assert record.after["replacement"] == "<PERSON_2>" and record.after["occurrences"] == 4
    assert "grzmotowicz" not in str(record.before).casefold() + str(record.after).casefold()
    assert record.after["value_hash"] == reviews._value_hash("grzmotowicz")


def test_redact_more_refuses_text_that_is_not_there_or_a_bad_type(reviewer, pending):
    sample = pending()
    with pytest.raises(reviews.InvalidDecision) as absent:
        reviews.redact_sample(
            user=reviewer, sample_id=sample.pk, value="Zebedee", entity_type="PERSON"
        )
    assert absent.value.field == "value"
    with pytest.raises(reviews.InvalidDecision) as bad_type:
        reviews.redact_sample(
            user=reviewer, sample_id=sample.pk, value="Peru", entity_type="PLANET"
        )
    assert bad_type.value.field == "entity_type"


def test_a_redacted_value_is_nowhere_in_the_database(reviewer, pending):
    sample = pending(
        messages=[{"role": "user", "content": "my locker code is zq-7781-lk, what is an ETF?"}]
    )
    reviews.redact_sample(
        user=reviewer, sample_id=sample.pk, value="zq-7781-lk", entity_type="SECRET"
    )
    assert "zq-7781-lk" not in every_stored_value()

"""The batch helpers in assay.db, on whichever database the run uses.

tests/integration/test_postgres.py runs these same tests on PostgreSQL, where the helpers
take a different path (`= ANY(array)`, COPY, one statement with WITH).
"""

import uuid
from datetime import UTC, datetime

import pytest
from django.db import IntegrityError, transaction

from assay.db import insert_rows, insert_together
from curation.models import FilterResult, LshBand, Sample, SampleFingerprint
from feedback.models import Conversation, Submission


def _samples(project, count: int) -> list[Sample]:
    submissions = Submission.objects.bulk_create(
        Submission(project=project, kind="conversation", payload=None) for _ in range(count)
    )
    return Sample.objects.bulk_create(
        Sample(submission=submission, project=project, state="scrubbed")
        for submission in submissions
    )


@pytest.mark.django_db
def test_any_matches_like_in_through_keys_and_foreign_keys(project):
    samples = _samples(project, 3)
    wanted = [samples[0].pk, samples[2].pk, uuid.uuid4(), None, samples[0].pk]
    assert set(Sample.objects.filter(pk__any=wanted).values_list("pk", flat=True)) == {
        samples[0].pk,
        samples[2].pk,
    }
    conversation = Conversation.objects.create(project=project, external_id="c-1")
    Sample.objects.filter(pk=samples[1].pk).update(conversation=conversation)
    assert list(
        Sample.objects.filter(conversation__any=[conversation.pk]).values_list("pk", flat=True)
    ) == [samples[1].pk]


@pytest.mark.django_db
def test_any_with_no_values_matches_nothing_and_excludes_nothing(project):
    samples = _samples(project, 2)
    assert not Sample.objects.filter(pk__any=[]).exists()
    assert Sample.objects.exclude(pk__any=[]).count() == len(samples)


@pytest.mark.django_db
def test_any_takes_thousands_of_64_bit_keys(project):
    sample = _samples(project, 1)[0]
    fingerprint = SampleFingerprint.objects.create(
        sample=sample, project=project, exact="e", signature=b""
    )
    stored = [-(2**63), 2**63 - 1, 0, 12345]
    LshBand.objects.bulk_create(
        LshBand(fingerprint=fingerprint, project=project, key=key) for key in stored
    )
    asked = [*range(1, 5000), *stored]
    found = LshBand.objects.filter(project=project, key__any=asked).values_list("key", flat=True)
    assert sorted(found) == sorted(stored)


@pytest.mark.django_db
def test_insert_rows_stores_every_value_as_given(project):
    samples = _samples(project, 2)
    at = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=UTC)
    awkward = ["tab\there", "line\nbreak", "back\\slash", "\\N", "", "quote ' \" ; --", "日本語 ✓"]
    rows = [
        (sample.pk, f"filter{i}", "flag", i / 7, reason, at)
        for sample in samples
        for i, reason in enumerate(awkward)
    ]
    insert_rows(FilterResult, ["sample", "name", "verdict", "score", "reason", "created_at"], rows)
    stored = FilterResult.objects.values_list(
        "sample_id", "name", "verdict", "score", "reason", "created_at"
    )
    assert sorted(stored, key=str) == sorted(rows, key=str)


@pytest.mark.django_db
def test_insert_rows_with_no_rows_does_nothing(project):
    insert_rows(FilterResult, ["sample", "name", "verdict"], [])
    assert not FilterResult.objects.exists()


@pytest.mark.django_db
def test_insert_together_stores_every_row_with_its_defaults(project):
    submission = Submission(project=project, kind="feedback", payload={"rating": "up"})
    sample = Sample(submission=submission, project=project, created_at=submission.received_at)
    insert_together(submission, sample)
    assert not submission._state.adding and not sample._state.adding
    stored = Sample.objects.select_related("submission").get(pk=submission.pk)
    assert stored.submission.payload == {"rating": "up"}
    assert stored.submission.received_at == submission.received_at
    assert (stored.state, stored.attempts, stored.reasons) == ("received", 0, [])
    assert stored.state_changed_at == sample.state_changed_at


@pytest.mark.django_db
def test_insert_together_writes_nothing_when_one_row_is_refused(project):
    taken = Submission.objects.create(project=project, kind="feedback", payload=None)
    Sample.objects.create(submission=taken, project=project)
    submission = Submission(project=project, kind="feedback", payload=None)
    # The second row repeats an existing primary key.
    with transaction.atomic():  # the caller's transaction survives the refused insert
        with pytest.raises(IntegrityError):
            insert_together(submission, Sample(submission=taken, project=project))
        assert not Submission.objects.filter(pk=submission.pk).exists()
    assert Submission.objects.count() == Sample.objects.count() == 1


def test_insert_together_needs_primary_keys_set_before_the_insert():
    with pytest.raises(ValueError, match="primary keys"):
        insert_together(Conversation())

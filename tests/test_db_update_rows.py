"""assay.db.update_rows: different values on many rows, each found by its primary key."""

from datetime import UTC, datetime

import pytest

from assay.db import update_rows
from curation.models import Sample
from feedback.models import Conversation, Submission


@pytest.mark.django_db
def test_update_rows_sets_each_rows_own_values(project):
    submissions = Submission.objects.bulk_create(
        Submission(project=project, kind="conversation", payload=None) for _ in range(3)
    )
    samples = Sample.objects.bulk_create(
        Sample(submission=submission, project=project) for submission in submissions
    )
    conversation = Conversation.objects.create(project=project, external_id="c-1")
    at = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

    update_rows(
        Sample,
        ["state", "state_changed_at", "conversation", "pii_report"],
        [
            (samples[0].pk, "scrubbed", at, conversation.pk, {"PERSON": 2}),
            (samples[2].pk, "recorded", at, None, {}),
        ],
    )

    rows = {
        s.pk: (s.state, s.state_changed_at, s.conversation_id, s.pii_report)
        for s in Sample.objects.all()
    }
    assert rows == {
        samples[0].pk: ("scrubbed", at, conversation.pk, {"PERSON": 2}),
        samples[1].pk: ("received", samples[1].state_changed_at, None, {}),
        samples[2].pk: ("recorded", at, None, {}),
    }


@pytest.mark.django_db
def test_update_rows_with_no_rows_does_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        update_rows(Sample, ["state"], [])

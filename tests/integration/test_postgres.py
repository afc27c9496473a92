"""The batch paths that differ on PostgreSQL: `= ANY(array)` lookups, COPY inserts, and the
filter stage that uses both. The tests are the SQLite suite's own, collected here again."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curation.models import Sample
from tests.test_db import (  # noqa: F401
    test_any_matches_like_in_through_keys_and_foreign_keys,
    test_any_takes_thousands_of_64_bit_keys,
    test_any_with_no_values_matches_nothing_and_excludes_nothing,
    test_insert_rows_stores_every_value_as_given,
    test_insert_rows_with_no_rows_does_nothing,
    test_insert_together_needs_primary_keys_set_before_the_insert,
    test_insert_together_stores_every_row_with_its_defaults,
    test_insert_together_writes_nothing_when_one_row_is_refused,
)
from tests.test_filters import (  # noqa: F401
    test_a_batch_dedups_within_itself_and_floods_count_batch_members,
    test_a_rejected_sample_is_auto_rejected_with_every_reason,
    test_exact_and_near_duplicates_of_earlier_samples_are_rejected,
    test_rerunning_the_filters_applies_a_new_threshold,
)


@pytest.mark.django_db
def test_any_sends_one_array_parameter(project):
    ids = [uuid.uuid4() for _ in range(500)]
    sql, params = Sample.objects.filter(pk__any=ids).query.sql_with_params()
    assert sql.endswith("= ANY(%s::uuid[])")
    assert [list(p) if isinstance(p, list) else p for p in params] == [ids]
    with CaptureQueriesContext(connection) as queries:
        assert list(Sample.objects.filter(pk__any=ids)) == []
    assert len(queries.captured_queries) == 1


@pytest.mark.django_db(transaction=True)
def test_insert_together_is_one_statement_in_autocommit(project):
    from assay.db import insert_together
    from feedback.models import Submission

    submission = Submission(project=project, kind="feedback", payload={"rating": "down"})
    sample = Sample(submission=submission, project=project)
    with CaptureQueriesContext(connection) as queries:
        insert_together(submission, sample)
    # No BEGIN / COMMIT round trips: one statement, its own transaction.
    assert [q["sql"][:5] for q in queries.captured_queries] == ["WITH "]
    assert Sample.objects.get(pk=submission.pk).submission.payload == {"rating": "down"}

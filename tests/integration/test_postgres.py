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

"""The batch scrub step on PostgreSQL, where its writes take other paths (row locks taken in
order, COPY for messages, ids returned by bulk inserts, executemany pipelined). The tests are
the SQLite suite's own, collected here again."""

from tests.curation.test_scrub_batch import (  # noqa: F401
    strict_key,
    test_a_changed_rating_in_the_same_batch_updates_the_earlier_one,
    test_a_sample_scrubbed_meanwhile_is_left_alone,
    test_a_sample_whose_scrubbing_raises_fails_alone,
    test_an_erased_or_unreadable_payload_fails_alone,
    test_it_erases_the_payloads_and_writes_the_report_mode_and_policy,
    test_it_writes_what_scrubbing_each_sample_alone_writes,
    test_placeholders_are_consistent_in_a_conversation_and_restart_in_the_next,
    test_process_samples_scrubs_in_batches_and_counts_a_failure_once,
    test_the_number_of_queries_does_not_grow_with_the_batch,
)
from tests.test_db_update_rows import (  # noqa: F401
    test_update_rows_sets_each_rows_own_values,
    test_update_rows_with_no_rows_does_nothing,
)

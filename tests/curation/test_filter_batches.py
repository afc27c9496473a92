"""Filtering a batch of scrubbed samples (curation.pipeline.filter_samples): what each filter is
handed of a sample, the flood counts looked up for the batch, the duplicate index under a
race, and the outcome written back."""

from datetime import timedelta

import pytest
from django.utils import timezone

from curation import minhash, pipeline
from curation.filters import FILTERS, Verdict, project_config
from curation.models import FilterResult, LshBand, Sample
from curation.project_settings import settings_version
from feedback.models import ApiKey, Project
from feedback.privacy import end_user_hash
from feedback.services import share_conversation, submit_feedback
from tests.conftest import feedback_body, share_body

pytestmark = pytest.mark.django_db

State = Sample.State


@pytest.fixture
def keys(project_keys) -> dict[str, ApiKey]:
    return {
        kind: ApiKey.objects.get(hashed=ApiKey.hash(project_keys[short]))
        for kind, short in (("publishable", "pk"), ("secret", "sk"))
    }


def _scrubbed(api_key: ApiKey, text: str, **overrides) -> Sample:
    messages = [
        {"role": "user", "content": text},
        {"role": "assistant", "content": f"An answer to: {text}"},
    ]
    body = share_body(messages=messages, **overrides)
    sample_id = share_conversation(api_key=api_key, data=body).id
    assert pipeline.scrub_sample(sample_id=sample_id)
    return Sample.objects.get(pk=sample_id)


@pytest.fixture
def handed(monkeypatch) -> list:
    """Every Subject the filters are handed, the filters themselves passing everything."""
    seen: list = []

    def run_filters(subject, configs):
        seen.append(subject)
        return {}

    monkeypatch.setattr(pipeline, "run_filters", run_filters)
    return seen


def test_the_filters_are_handed_the_scrubbed_conversation_and_who_sent_it(keys, handed):
    messages = [
        {"role": "system", "content": "You are a helpful bot."},
        {"role": "user", "content": "How do I sort a dict by value?"},
        {"role": "assistant", "content": "Use sorted() with a key."},
        {"role": "user", "content": "Thanks, and in reverse?"},
        {"role": "assistant", "content": "Pass reverse=True."},
    ]
    body = share_body(
        messages=messages,
        end_user_id="user-8812",
        feedback={"rating": "down", "comment": "Ada Lovelace found it wrong"},
    )
    sample_id = share_conversation(api_key=keys["secret"], data=body).id
    pipeline.scrub_sample(sample_id=sample_id)
    sample = Sample.objects.get(pk=sample_id)

    assert pipeline.filter_samples(sample_ids=[sample_id]) == 1
    [subject] = handed
    user_turns = ["How do I sort a dict by value?", "Thanks, and in reverse?"]
    assert (subject.sample_id, subject.project_id) == (sample.pk, sample.project_id)
    assert subject.user_turns == user_turns
    assert subject.assistant_turns == ["Use sorted() with a key.", "Pass reverse=True."]
    assert subject.end_user == end_user_hash("user-8812")
    assert (subject.api_key_id, subject.api_key_kind) == (keys["secret"].pk, "secret")
    assert subject.created_at == sample.created_at
    assert subject.pii_mode == "placeholder"
    assert subject.comment == "<PERSON_1> found it wrong"
    expected = minhash.fingerprint(user_turns)
    assert expected is not None and subject.fingerprint is not None
    assert (subject.fingerprint.exact, subject.fingerprint.band_keys) == (
        expected.exact,
        expected.band_keys,
    )


def test_a_conversation_without_feedback_or_a_key_any_more_is_filtered_too(keys, handed, project):
    project.settings = {"pii": {"mode": "surrogate"}}
    project.save(update_fields=["settings"])
    body = share_body()
    del body["feedback"]
    sample_id = share_conversation(api_key=keys["publishable"], data=body).id
    pipeline.scrub_sample(sample_id=sample_id)
    keys["publishable"].delete()

    assert pipeline.filter_samples(sample_ids=[sample_id]) == 1
    [subject] = handed
    assert (subject.comment, subject.end_user) == ("", "")
    assert (subject.api_key_id, subject.api_key_kind) == (None, None)
    assert subject.pii_mode == "surrogate"
    assert Sample.objects.get(pk=sample_id).state == State.PENDING_REVIEW


def test_flood_counts_are_the_earlier_samples_within_the_window_of_each(keys, handed, project):
    project.settings = {"filters": {"flood": {"window_seconds": 60}}}
    project.save(update_fields=["settings"])
    now = timezone.now()
    browser, server = keys["publishable"], keys["secret"]
    timeline = [
        ("too early", browser, "u-1", -90),
        ("earlier", browser, "u-1", -50),
        ("server backfill", server, "u-1", -40),
        ("someone else", browser, "u-2", -20),
        ("judged", browser, "u-1", 0),
        ("judged later", browser, "u-1", 5),
        ("from the server", server, "u-1", 10),
    ]
    samples = {}
    for text, key, end_user, seconds in timeline:
        sample = _scrubbed(key, f"Question {text}: how do I sort a list?", end_user_id=end_user)
        Sample.objects.filter(pk=sample.pk).update(created_at=now + timedelta(seconds=seconds))
        samples[text] = sample.pk

    batch = [samples["judged"], samples["judged later"], samples["from the server"]]
    assert pipeline.filter_samples(sample_ids=batch) == 3
    counts = {s.sample_id: (s.earlier_from_end_user, s.earlier_with_key) for s in handed}
    # From u-1 in the browser within 60 s: "earlier"; with the key also "someone else".
    assert counts[samples["judged"]] == (1, 2)
    # 5 s later "judged" is one more of each, and "too early" is still out.
    assert counts[samples["judged later"]] == (2, 3)
    # The server key's own count: the backfill only; its end user's count is not its limit,
    # but browser samples of u-1 still count for u-1.
    assert counts[samples["from the server"]] == (3, 1)


def test_flood_counts_stay_within_the_project_and_count_keys_without_end_users(
    keys, handed, project, other_project_keys
):
    now = timezone.now()
    their_key = ApiKey.objects.get(hashed=ApiKey.hash(other_project_keys["pk"]))
    elsewhere = _scrubbed(their_key, "The same user on another site", end_user_id="u-1")
    earlier = _scrubbed(keys["publishable"], "An earlier question, no end user")
    judged = _scrubbed(keys["publishable"], "A question from u-1", end_user_id="u-1")
    anonymous = _scrubbed(keys["publishable"], "A question from nobody in particular")
    for seconds, sample in ((-30, elsewhere), (-20, earlier), (0, judged), (5, anonymous)):
        Sample.objects.filter(pk=sample.pk).update(created_at=now + timedelta(seconds=seconds))

    pipeline.filter_samples(sample_ids=[judged.pk])
    pipeline.filter_samples(sample_ids=[anonymous.pk])
    counts = {s.sample_id: (s.earlier_from_end_user, s.earlier_with_key) for s in handed}
    assert counts[judged.pk] == (0, 1)
    assert counts[anonymous.pk] == (0, 2)


def test_a_batch_longer_than_the_window_counts_each_sample_in_its_own_window(keys, handed, project):
    project.settings = {"filters": {"flood": {"window_seconds": 60}}}
    project.save(update_fields=["settings"])
    now = timezone.now()
    browser = keys["publishable"]
    batch = []
    for i, seconds in enumerate((0, 30, 100, 130)):
        sample = _scrubbed(browser, f"Question {i} about sorting lists", end_user_id="u-1")
        Sample.objects.filter(pk=sample.pk).update(created_at=now + timedelta(seconds=seconds))
        batch.append(sample.pk)
    pipeline.filter_samples(sample_ids=batch)
    counts = {s.sample_id: (s.earlier_from_end_user, s.earlier_with_key) for s in handed}
    # At 100 s the window starts at 40 s: the samples at 0 and 30 s are out of it.
    assert [counts[pk] for pk in batch] == [(0, 0), (1, 1), (0, 0), (1, 1)]


def test_identical_short_prompts_in_one_batch_are_exact_duplicates_of_the_first(keys):
    first = _scrubbed(keys["secret"], "How do I sort a list in Go?")
    again = _scrubbed(keys["secret"], "how do I sort a list in go")
    assert pipeline.filter_samples(sample_ids=[first.pk, again.pk]) == 2
    again.refresh_from_db()
    assert again.reasons == [f"near_duplicate: exact duplicate of sample {first.pk}"]


def test_without_the_flood_filter_nothing_is_counted(keys, handed, project):
    project.settings = {"filters": {"flood": False}}
    project.save(update_fields=["settings"])
    first = _scrubbed(keys["publishable"], "First question about lists", end_user_id="u-1")
    second = _scrubbed(keys["publishable"], "Second question about dicts", end_user_id="u-1")
    Sample.objects.filter(pk=second.pk).update(created_at=timezone.now() + timedelta(seconds=1))
    pipeline.filter_samples(sample_ids=[first.pk, second.pk])
    assert [(s.earlier_from_end_user, s.earlier_with_key) for s in handed] == [(0, 0), (0, 0)]


LONG = "My Django app returns a 500 when I save a model with a null CharField; why is that?"


def test_a_text_another_worker_indexed_meanwhile_makes_the_sample_a_duplicate(keys, monkeypatch):
    other_worker = _scrubbed(keys["secret"], LONG)
    duplicate = _scrubbed(keys["secret"], LONG)
    fresh = _scrubbed(keys["secret"], "What is the capital of Australia, and why not Sydney?")
    # This batch looks its candidates up first; the other worker's batch commits after that.
    looked_up = pipeline.dedup.candidates_by_key
    monkeypatch.setattr(pipeline.dedup, "candidates_by_key", lambda **kwargs: {})
    assert pipeline.filter_samples(sample_ids=[other_worker.pk]) == 1
    monkeypatch.setattr(pipeline.dedup, "candidates_by_key", looked_up)
    monkeypatch.setattr(
        pipeline, "_judge", lambda subjects, configs, project_id: _judged(subjects, configs)
    )

    assert pipeline.filter_samples(sample_ids=[duplicate.pk, fresh.pk]) == 2
    duplicate.refresh_from_db()
    assert duplicate.state == State.AUTO_REJECTED
    assert duplicate.reasons == [
        "near_duplicate: exact duplicate of a sample filtered at the same time"
    ]
    result = FilterResult.objects.get(sample=duplicate, name="near_duplicate")
    assert (result.verdict, result.score) == ("reject", 1.0)
    assert Sample.objects.get(pk=fresh.pk).state == State.PENDING_REVIEW
    # Only the samples that passed are in the index, each with its bands.
    indexed = set(LshBand.objects.values_list("fingerprint__sample_id", flat=True))
    assert indexed == {other_worker.pk, fresh.pk}
    assert LshBand.objects.filter(fingerprint__sample_id=fresh.pk).count() == minhash.BANDS


def test_a_batch_member_let_through_is_a_candidate_for_the_ones_after_it(keys):
    first = _scrubbed(keys["secret"], LONG)
    near = _scrubbed(keys["secret"], LONG + " Any idea? thanks")
    assert pipeline.filter_samples(sample_ids=[first.pk, near.pk]) == 2
    near.refresh_from_db()
    assert near.state == State.AUTO_REJECTED
    [reason] = near.reasons
    assert reason.startswith("near_duplicate: near-duplicate (")
    assert reason.endswith(f"similar) of sample {first.pk}")


def test_a_batch_member_rejected_by_another_filter_is_no_candidate(keys, project):
    project.settings = {"filters": {"flood": {"per_end_user": 1}}}
    project.save(update_fields=["settings"])
    now = timezone.now()
    browser = keys["publishable"]
    busy = _scrubbed(browser, "A question about something else", end_user_id="u-1")
    flooded = _scrubbed(browser, LONG, end_user_id="u-1")
    near = _scrubbed(browser, LONG + " Any idea? thanks", end_user_id="u-2")
    for seconds, sample in ((-10, busy), (0, flooded), (1, near)):
        Sample.objects.filter(pk=sample.pk).update(created_at=now + timedelta(seconds=seconds))
    pipeline.filter_samples(sample_ids=[busy.pk, flooded.pk, near.pk])
    states = dict(Sample.objects.values_list("pk", "state"))
    assert [states[s.pk] for s in (busy, flooded, near)] == [
        State.PENDING_REVIEW,
        State.AUTO_REJECTED,
        State.PENDING_REVIEW,
    ]
    # Nor is it indexed for the batches after this one.
    assert not LshBand.objects.filter(fingerprint__sample_id=flooded.pk).exists()


def test_a_batch_costs_the_same_queries_whatever_its_size(keys, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def filtered(count: int) -> int:
        samples = [
            _scrubbed(
                keys["publishable"],
                f"Question {count}-{i} about sorting a {count * 10 + i} item list",
                end_user_id=f"u-{i}",
                feedback={"rating": "down", "comment": f"Wrong answer {i}"},
            )
            for i in range(count)
        ]
        with CaptureQueriesContext(connection) as queries:
            assert pipeline.filter_samples(sample_ids=[s.pk for s in samples]) == count
        return len(queries)

    assert filtered(1) == filtered(5)


def _judged(subjects, configs):
    """The filters' verdicts as if no duplicate had been indexed when the batch looked."""
    from curation.filters import run_filters

    return {s.sample_id: run_filters(s, configs) for s in subjects}


def test_the_outcome_is_written_with_every_result_and_the_settings_version(keys, project):
    project.settings = {"filters": {"pii_density": {"share": 0.2}}}
    project.save(update_fields=["settings"])
    flagged = _scrubbed(keys["secret"], "I am John Smith, why was my order late?")
    rejected = _scrubbed(keys["secret"], "asdfghjkl qwertyuiop zxcvbnm")
    clean = _scrubbed(keys["secret"], "What is the capital of Australia?")
    ids = [flagged.pk, rejected.pk, clean.pk]
    assert pipeline.filter_samples(sample_ids=ids) == 3

    version = settings_version(project_config(project.settings["filters"]))
    outcome = {
        pk: (state, reasons, filter_version)
        for pk, state, reasons, filter_version in Sample.objects.filter(pk__in=ids).values_list(
            "pk", "state", "reasons", "filter_settings_version"
        )
    }
    assert outcome[flagged.pk][0] == State.PENDING_REVIEW
    assert [r.split(":")[0] for r in outcome[flagged.pk][1]] == ["pii_density"]
    assert outcome[rejected.pk][0] == State.AUTO_REJECTED
    # A rejected sample shows why it was rejected, not what was merely flagged.
    assert all(r.startswith("gibberish:") for r in outcome[rejected.pk][1])
    assert outcome[clean.pk][:2] == (State.PENDING_REVIEW, [])
    assert {v for _, _, v in outcome.values()} == {version}
    for pk in ids:
        names = list(
            FilterResult.objects.filter(sample_id=pk).order_by("pk").values_list("name", flat=True)
        )
        assert sorted(names) == sorted(FILTERS)
    clean_density = FilterResult.objects.get(sample=clean, name="pii_density")
    assert (clean_density.verdict, clean_density.score, clean_density.reason) == ("pass", 0.0, "")


def test_feedback_alone_is_recorded_and_a_sample_taken_meanwhile_is_left_alone(keys, monkeypatch):
    rating = submit_feedback(api_key=keys["secret"], data=feedback_body()).id
    pipeline.scrub_sample(sample_id=rating)
    Sample.objects.filter(pk=rating).update(state_changed_at=timezone.now() - timedelta(days=1))
    taken = _scrubbed(keys["secret"], "How do I sort a dict by value?")
    kept = _scrubbed(keys["secret"], "How do I reverse a list in Go?")
    judge = pipeline._judge

    def another_worker_takes_one(subjects, configs, project_id):
        verdicts = judge(subjects, configs, project_id)
        Sample.objects.filter(pk=taken.pk).update(state=State.PENDING_REVIEW, reasons=["mine"])
        return verdicts

    monkeypatch.setattr(pipeline, "_judge", another_worker_takes_one)
    assert pipeline.filter_samples(sample_ids=[rating, taken.pk, kept.pk]) == 2
    recorded = Sample.objects.get(pk=rating)
    assert timezone.now() - recorded.state_changed_at < timedelta(minutes=1)
    assert (recorded.state, recorded.reasons) == (
        State.RECORDED,
        ["feedback without a shared conversation: kept for insights"],
    )
    assert Sample.objects.get(pk=taken.pk).reasons == ["mine"]
    assert not FilterResult.objects.filter(sample=taken).exists()
    assert Sample.objects.get(pk=kept.pk).state == State.PENDING_REVIEW


def test_a_batch_spanning_projects_is_filtered_with_each_projects_settings(
    keys, other_project_keys
):
    mine = _scrubbed(keys["secret"], "asdfghjkl qwertyuiop zxcvbnm")
    theirs_project = other_project_keys["project"]
    Project.objects.filter(pk=theirs_project.pk).update(settings={"filters": {"gibberish": False}})
    their_key = ApiKey.objects.get(hashed=ApiKey.hash(other_project_keys["sk"]))
    theirs = _scrubbed(their_key, "asdfghjkl qwertyuiop zxcvbnm")
    assert pipeline.filter_samples(sample_ids=[theirs.pk, mine.pk]) == 2
    assert Sample.objects.get(pk=mine.pk).state == State.AUTO_REJECTED
    assert Sample.objects.get(pk=theirs.pk).state == State.PENDING_REVIEW
    assert not FilterResult.objects.filter(sample=theirs, name="gibberish").exists()


def test_refiltering_replaces_the_results_and_the_index_entries(keys, project):
    sample = _scrubbed(keys["secret"], LONG)
    pipeline.filter_samples(sample_ids=[sample.pk])
    assert pipeline.refilter_samples(sample_ids=[sample.pk]) == 1
    # Not a duplicate of itself, and one result per filter, not two.
    assert Sample.objects.get(pk=sample.pk).state == State.PENDING_REVIEW
    assert FilterResult.objects.filter(sample=sample).count() == len(FILTERS)
    assert LshBand.objects.filter(fingerprint__sample_id=sample.pk).count() == minhash.BANDS


def test_only_samples_in_the_states_a_run_starts_from_are_filtered(keys):
    scrubbed = _scrubbed(keys["secret"], "How do I sort a dict by value?")
    not_in_the_batch = _scrubbed(keys["secret"], "How do I reverse a list in Go?")
    received = share_conversation(api_key=keys["secret"], data=share_body()).id
    assert pipeline.filter_samples(sample_ids=[scrubbed.pk, received]) == 1
    assert Sample.objects.get(pk=not_in_the_batch.pk).state == State.SCRUBBED
    assert Sample.objects.get(pk=received).state == State.RECEIVED
    assert pipeline.refilter_samples(sample_ids=[received]) == 0


def test_a_verdict_the_filters_give_is_stored_as_given(keys, monkeypatch):
    sample = _scrubbed(keys["secret"], "How do I sort a dict by value?")
    monkeypatch.setattr(
        pipeline,
        "run_filters",
        lambda subject, configs: {"spam": Verdict("flag", 0.25, "a user turn looks like spam")},
    )
    pipeline.filter_samples(sample_ids=[sample.pk])
    [result] = FilterResult.objects.filter(sample=sample)
    assert (result.name, result.verdict, result.score, result.reason) == (
        "spam",
        "flag",
        0.25,
        "a user turn looks like spam",
    )
    assert Sample.objects.get(pk=sample.pk).reasons == ["spam: a user turn looks like spam"]

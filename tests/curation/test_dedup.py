"""Duplicate detection: the MinHash maths (curation.minhash), the shared index's lookups
(curation.dedup) and the near_duplicate filter's decision on what they find."""

import hashlib

import numpy as np
import pytest
from datasketch import MinHash

from curation import dedup, minhash
from curation.filters import check_near_duplicate, project_config
from curation.minhash import BANDS, NUM_PERM, ROWS, Candidate, Fingerprint, Match, best_match
from curation.models import Sample
from curation.pipeline import advance_sample
from feedback.services import share_conversation
from tests.conftest import share_body
from tests.test_filters import subject

QUESTION = "My Django app returns a 500 when I save a model with a null CharField; why is that?"
REWORDED = "My Django app returns a 500 when I save a model with a null CharField; why is that so?"
UNRELATED = "What is the best way to learn the French subjunctive as an adult beginner?"


def _fingerprint(*turns: str) -> Fingerprint:
    found = minhash.fingerprint(list(turns))
    assert found is not None
    return found


def _candidate(sample_id: object, text: str) -> Candidate:
    fingerprint = _fingerprint(text)
    return Candidate(sample_id, fingerprint.exact, fingerprint.signature)


# -- the maths --------------------------------------------------------------------------------


def test_normalizing_ignores_case_punctuation_spacing_and_pleasantries_at_either_end():
    assert minhash.normalize("Hi,  How do I   SORT a list?? thanks") == "how do i sort a list"
    assert minhash.normalize("hello please Sort <PERSON_1>'s list!\n\n  In Go, thx") == (
        "sort <person_1> s list\nin go"
    )
    # Only at the ends: "thanks" inside a question is part of it.
    assert minhash.normalize("why do thanks notes matter") == "why do thanks notes matter"


def test_a_fingerprint_is_the_normalized_user_turns_one_per_line():
    fingerprint = _fingerprint("How do I sort a list?", "In Go, please")
    assert fingerprint.exact == hashlib.sha256(b"how do i sort a list\nin go").hexdigest()
    assert fingerprint.length == len("how do i sort a list\nin go")
    assert _fingerprint("how do i sort a list", "in go").exact == fingerprint.exact
    assert _fingerprint("how do i sort a list in go").exact != fingerprint.exact


@pytest.mark.parametrize("turns", [[], [""], ["?!", "..."]])
def test_turns_with_nothing_left_once_normalized_have_no_fingerprint(turns):
    assert minhash.fingerprint(turns) is None


@pytest.mark.parametrize("text", ["ok", "why", "sort a list", QUESTION])
def test_the_signature_is_a_minhash_over_the_character_5_grams_of_the_padded_text(text):
    normalized = minhash.normalize(text)
    padded = f" {normalized} "
    grams = {padded[i : i + 5] for i in range(len(padded) - 4)} or {padded}
    expected = MinHash(num_perm=NUM_PERM, seed=1)
    expected.update_batch([gram.encode() for gram in grams])
    fingerprint = _fingerprint(text)
    assert fingerprint.signature.dtype == np.uint32
    assert np.array_equal(fingerprint.signature, expected.hashvalues.astype(np.uint32))


def test_the_end_of_a_text_counts_as_much_as_the_rest():
    assert not np.array_equal(
        _fingerprint(QUESTION + " a").signature, _fingerprint(QUESTION + " b").signature
    )


def test_each_band_key_depends_on_its_own_rows_of_the_signature_only():
    fingerprint = _fingerprint(QUESTION)
    keys = fingerprint.band_keys
    assert len(keys) == len(set(keys)) == BANDS
    assert all(-(2**63) <= key < 2**63 for key in keys)  # a signed 64-bit column
    changed = fingerprint.signature.copy()
    changed[ROWS] += 1  # the first row of the second band
    new_keys = minhash._band_keys(changed)
    assert new_keys[0] == keys[0]
    assert new_keys[1] != keys[1]
    assert new_keys[2:] == keys[2:]


def test_similar_texts_share_bands_and_unrelated_ones_none():
    question, reworded, unrelated = (
        set(_fingerprint(text).band_keys) for text in (QUESTION, REWORDED, UNRELATED)
    )
    assert question & reworded
    assert question != reworded
    assert not question & unrelated


def _with_signature(values: np.ndarray, exact: str = "fingerprint") -> Fingerprint:
    return Fingerprint(exact=exact, signature=values, length=100, band_keys=())


def test_the_best_match_is_the_most_similar_candidate_at_or_above_the_threshold():
    mine = np.arange(NUM_PERM, dtype=np.uint32)
    half = mine.copy()
    half[: NUM_PERM // 2] += 1_000  # equal in exactly half of the rows
    most = mine.copy()
    most[: NUM_PERM // 4] += 1_000  # three quarters
    fingerprint = _with_signature(mine)
    halfway = Candidate("half", "other", half)
    closer = Candidate("closer", "another", most)

    assert best_match(fingerprint, [halfway], threshold=0.5) == Match("half", 0.5)
    assert best_match(fingerprint, [halfway], threshold=0.51) is None
    assert best_match(fingerprint, [halfway, closer], threshold=0.5) == Match("closer", 0.75)
    assert best_match(fingerprint, [closer, halfway], threshold=0.5) == Match("closer", 0.75)
    assert best_match(fingerprint, [], threshold=0.0) is None
    # Of two as similar, the first found stays: the same answer on every run.
    twin = Candidate("twin", "yet another", half.copy())
    assert best_match(fingerprint, [halfway, twin], threshold=0.5) == Match("half", 0.5)


def test_an_exact_match_wins_and_exact_only_looks_for_nothing_else():
    mine = np.arange(NUM_PERM, dtype=np.uint32)
    fingerprint = _with_signature(mine, exact="same text")
    near = Candidate("near", "other text", mine.copy())  # same signature, other text
    exact = Candidate("exact", "same text", mine + 1)
    assert best_match(fingerprint, [near, exact], threshold=0.8) == Match("exact", 1.0)
    assert best_match(fingerprint, [near], threshold=0.8) == Match("near", 1.0)
    assert best_match(fingerprint, [near, exact], threshold=0.8, exact_only=True) == Match(
        "exact", 1.0
    )
    assert best_match(fingerprint, [near], threshold=0.8, exact_only=True) is None


# -- the filter's decision --------------------------------------------------------------------


def _judged(text: str, candidates: list[Candidate], **config) -> tuple[str, str]:
    judged = subject(text)
    judged.fingerprint = minhash.fingerprint([text])
    judged.duplicate_candidates = candidates
    verdict = check_near_duplicate(judged, {**project_config({})["near_duplicate"], **config})
    return verdict.verdict, verdict.reason


def test_a_sample_without_a_fingerprint_or_a_match_passes():
    assert check_near_duplicate(subject("?!"), project_config({})["near_duplicate"]).verdict == (
        "pass"
    )
    assert _judged(QUESTION, [_candidate("s-1", UNRELATED)]) == ("pass", "")


def test_exact_and_near_duplicates_are_rejected_naming_the_sample():
    assert _judged(QUESTION, [_candidate("s-1", QUESTION.upper())]) == (
        "reject",
        "exact duplicate of sample s-1",
    )
    verdict, reason = _judged(REWORDED, [_candidate("s-2", QUESTION)])
    assert verdict == "reject"
    assert reason.startswith("near-duplicate (") and reason.endswith("% similar) of sample s-2")


def test_prompts_shorter_than_near_min_chars_only_match_exactly():
    length = len(minhash.normalize(REWORDED))
    candidates = [_candidate("s-2", QUESTION)]
    assert _judged(REWORDED, candidates, near_min_chars=length + 1) == ("pass", "")
    assert _judged(REWORDED, candidates, near_min_chars=length)[0] == "reject"


# -- the shared index -------------------------------------------------------------------------


@pytest.fixture
def indexed(secret_key) -> Sample:
    """A sample through the pipeline, so its fingerprint is in the index."""
    body = share_body(messages=[{"role": "user", "content": QUESTION}])
    sample_id = share_conversation(api_key=secret_key, data=body).id
    assert advance_sample(sample_id=sample_id) == Sample.State.PENDING_REVIEW
    return Sample.objects.get(pk=sample_id)


@pytest.mark.django_db
def test_the_index_finds_a_near_duplicate_sharing_only_some_bands(indexed):
    reworded = _fingerprint(REWORDED)
    match = dedup.find_duplicate(project_id=indexed.project_id, fingerprint=reworded, threshold=0.8)
    assert match is not None and match.sample_id == indexed.pk and 0.8 <= match.similarity < 1
    assert (
        dedup.find_duplicate(
            project_id=indexed.project_id, fingerprint=reworded, threshold=0.8, exact_only=True
        )
        is None
    )
    assert (
        dedup.find_duplicate(
            project_id=indexed.project_id, fingerprint=_fingerprint(UNRELATED), threshold=0.0
        )
        is None
    )


@pytest.mark.django_db
def test_the_index_hands_back_candidates_by_band_key_per_project(
    indexed, secret_key, other_project_keys
):
    body = share_body(messages=[{"role": "user", "content": UNRELATED}])
    advance_sample(sample_id=share_conversation(api_key=secret_key, data=body).id)
    fingerprint = _fingerprint(QUESTION)
    found = dedup.candidates_by_key(project_id=indexed.project_id, fingerprints=[fingerprint])
    assert set(found) == set(fingerprint.band_keys)
    for candidates in found.values():
        [candidate] = candidates
        assert (candidate.sample_id, candidate.exact) == (indexed.pk, fingerprint.exact)
        assert np.array_equal(candidate.signature, fingerprint.signature)
    elsewhere = other_project_keys["project"].pk
    assert dedup.candidates_by_key(project_id=elsewhere, fingerprints=[fingerprint]) == {}
    assert dedup.candidates_by_key(project_id=indexed.project_id, fingerprints=[]) == {}


@pytest.mark.django_db
def test_forgotten_samples_are_no_longer_found(indexed):
    dedup.forget(sample_ids=[indexed.pk])
    assert (
        dedup.find_duplicate(
            project_id=indexed.project_id, fingerprint=_fingerprint(QUESTION), threshold=0.8
        )
        is None
    )

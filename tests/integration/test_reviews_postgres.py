"""The review queue under real concurrency on PostgreSQL: claimers in threads, each with its
own connection and transactions, never share a live claim; SKIP LOCKED lets a claimer pass a
locked row instead of waiting; two reviewers deciding the same sample at once leave one vote.
"""

import importlib
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import timedelta
from itertools import pairwise
from typing import Any

import psycopg
import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import OperationalError, connection, transaction
from django.utils import timezone

from curation import reviews
from curation.models import Membership, Review, Sample
from feedback.models import Conversation, Project, Submission

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]
State = Sample.State
CLAIMERS = 8
SAMPLES = 40


@pytest.fixture
def groups(transactional_db: None) -> None:
    """The Reviewers and Curators groups of migration 0006.

    A transactional test ends with a flush, which empties the tables that data migrations
    filled (post_migrate brings back permissions, not groups): make them again.
    """
    migration = importlib.import_module("curation.migrations.0006_reviewer_groups")
    for name, wanted in (
        ("Reviewers", migration.REVIEWER_PERMISSIONS),
        ("Curators", migration.CURATOR_PERMISSIONS),
    ):
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in wanted:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


@pytest.fixture
def queue_project(groups: None) -> Project:
    return Project.objects.create(slug="queue", name="Queue")


def make_reviewers(project: Project, count: int, prefix: str = "reviewer") -> list[User]:
    reviewers = Group.objects.get(name="Reviewers")
    users = []
    for n in range(count):
        user = User.objects.create_user(username=f"{prefix}-{n}", password="pw", is_staff=True)
        user.groups.add(reviewers)
        Membership.objects.create(project=project, user=user)
        users.append(user)
    return users


def make_pending(project: Project, count: int) -> list[Sample]:
    """Samples as the pipeline leaves them in pending_review, oldest first; no NLP."""
    start = timezone.now() - timedelta(hours=1)
    submissions = Submission.objects.bulk_create(
        Submission(project=project, kind=Submission.Kind.CONVERSATION, payload=None)
        for _ in range(count)
    )
    conversations = Conversation.objects.bulk_create(
        Conversation(project=project, external_id=f"conv-{n}") for n in range(count)
    )
    return Sample.objects.bulk_create(
        Sample(
            submission=submission,
            project=project,
            conversation=conversation,
            state=State.PENDING_REVIEW,
            created_at=start + timedelta(seconds=n),
            state_changed_at=start + timedelta(seconds=n),
        )
        for n, (submission, conversation) in enumerate(zip(submissions, conversations, strict=True))
    )


def run_threads(targets: list[Callable[[], Any]], timeout: float = 15) -> list[Any]:
    """Run each target in its own thread (own connection), all released by one barrier.

    Returns their results in order; re-raises the first exception a thread hit.
    """
    barrier = threading.Barrier(len(targets))
    results: list[Any] = [None] * len(targets)
    errors: list[BaseException] = []

    def run(index: int, target: Callable[[], Any]) -> None:
        try:
            barrier.wait(timeout=timeout)
            results[index] = target()
        except BaseException as exc:  # handed to the test thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(i, target), daemon=True)
        for i, target in enumerate(targets)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    if errors:
        raise errors[0]
    return results


def test_concurrent_claimers_each_get_their_own_samples_until_none_is_left(queue_project):
    samples = make_pending(queue_project, SAMPLES)
    users = make_reviewers(queue_project, CLAIMERS)

    def claim_and_approve(user: User) -> Callable[[], list[Any]]:
        def work() -> list[Any]:
            claimed = []
            while (sample := reviews.claim_next(user=user)) is not None:
                # Read back in this thread's connection: the claim is committed and ours.
                row = Sample.objects.get(pk=sample.pk)
                assert (row.claimed_by_id, row.state) == (user.pk, State.PENDING_REVIEW)
                assert row.lease_expires_at is not None
                assert row.lease_expires_at > timezone.now()
                claimed.append(sample.pk)
                reviews.decide_sample(
                    user=user, sample_id=sample.pk, decision="approve", dataset="golden"
                )
            return claimed

        return work

    started = time.monotonic()
    per_user = run_threads([claim_and_approve(user) for user in users])
    elapsed = time.monotonic() - started

    claims = [pk for claimed in per_user for pk in claimed]
    # Each claim was decided at once, so a sample claimed twice was claimed by two at once.
    assert [pk for pk, n in Counter(claims).items() if n > 1] == []
    assert set(claims) == {s.pk for s in samples}
    # The work was really shared out (not one thread taking everything while the rest waited).
    assert sum(1 for claimed in per_user if claimed) >= 2, per_user
    assert Sample.objects.filter(state=State.APPROVED).count() == SAMPLES
    votes = Review.objects.votes()
    assert votes.count() == SAMPLES
    claimer = {pk: user.pk for user, claimed in zip(users, per_user, strict=True) for pk in claimed}
    assert {r.sample_id: r.reviewer_id for r in votes} == claimer
    assert elapsed < 10


def test_a_released_sample_is_claimed_again_but_never_under_a_live_lease(queue_project):
    """Claim, hold a moment, release, claim again: samples change hands, never overlap."""
    make_pending(queue_project, 12)
    users = make_reviewers(queue_project, CLAIMERS)
    rounds = 10

    def claim_hold_release(user: User) -> Callable[[], list[tuple[Any, float, float]]]:
        def work() -> list[tuple[Any, float, float]]:
            held = []
            for _ in range(rounds):
                sample = reviews.claim_next(user=user)
                if sample is None:
                    continue
                # From here until release is called the claim is certainly committed and live.
                got = time.monotonic()
                assert Sample.objects.get(pk=sample.pk).claimed_by_id == user.pk
                time.sleep(0.002)
                assert Sample.objects.get(pk=sample.pk).claimed_by_id == user.pk
                released = time.monotonic()
                reviews.release_sample(user=user, sample_id=sample.pk)
                held.append((sample.pk, got, released))
            return held

        return work

    per_user = run_threads([claim_hold_release(user) for user in users])

    spans: dict[Any, list[tuple[float, float, int]]] = defaultdict(list)
    for user, held in zip(users, per_user, strict=True):
        for pk, got, released in held:
            spans[pk].append((got, released, user.pk))
    for pk, intervals in spans.items():
        intervals.sort()
        for (_, end, first), (begin, _, second) in pairwise(intervals):
            assert begin >= end or first == second, f"{pk} held by two reviewers at once"
    # With 8 claimers and 12 samples, samples did change hands.
    assert any(len({u for *_, u in intervals}) > 1 for intervals in spans.values())
    assert not Sample.objects.filter(claimed_by__isnull=False).exists()


def _raw_connection() -> psycopg.Connection:
    """A second session on the test database, outside Django."""
    db = connection.settings_dict
    return psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname=db["NAME"],
    )


def test_skip_locked_passes_a_locked_row_instead_of_waiting(queue_project):
    oldest, second, *_ = make_pending(queue_project, 3)
    rita, rob = make_reviewers(queue_project, 2)
    with _raw_connection() as other:
        # Another transaction holds the oldest sample's row lock (as a claimer or a decision
        # does between its SELECT … FOR UPDATE and its commit).
        other.execute(
            "SELECT 1 FROM curation_sample WHERE submission_id = %s FOR UPDATE", [oldest.pk]
        )
        with connection.cursor() as cursor:
            # Any wait for a row lock in this session now fails instead of blocking.
            cursor.execute("SET lock_timeout = '500ms'")
        try:
            started = time.monotonic()
            claimed = reviews.claim_next(user=rita)
            elapsed = time.monotonic() - started
            assert claimed.pk == second.pk
            assert elapsed < 0.25
            # Without SKIP LOCKED the same candidate query waits for the lock (and times out).
            with pytest.raises(OperationalError, match="lock timeout"), transaction.atomic():
                list(
                    reviews.claimable(rob)
                    .order_by("created_at", "pk")
                    .select_for_update(of=("self",))
                    .values_list("pk", flat=True)[:1]
                )
        finally:
            with connection.cursor() as cursor:
                cursor.execute("RESET lock_timeout")
        other.rollback()
    # Lock released: the oldest is back at the head of the queue.
    assert reviews.claim_next(user=rob).pk == oldest.pk


def test_two_reviewers_deciding_the_same_sample_at_once_leave_one_decision(queue_project):
    races = 10
    samples = make_pending(queue_project, races)
    rita, rob = make_reviewers(queue_project, 2)

    def decide(user: User, sample: Sample, decision: str) -> Callable[[], str]:
        def work() -> str:
            try:
                reviews.decide_sample(
                    user=user,
                    sample_id=sample.pk,
                    decision=decision,
                    dataset="golden",
                    reason="low_quality",
                )
            except reviews.AlreadyDecided:
                return "already decided"
            return "ok"

        return work

    # Neither has claimed it (no lease): only the row lock and the state check stand between.
    for sample in samples:
        outcomes = run_threads([decide(rita, sample, "approve"), decide(rob, sample, "reject")])
        assert sorted(outcomes) == ["already decided", "ok"], outcomes
        votes = list(Review.objects.filter(sample=sample, action__in=["approve", "reject"]))
        assert len(votes) == 1
        sample.refresh_from_db()
        winner = votes[0]
        expected = State.APPROVED if winner.action == "approve" else State.REJECTED
        assert sample.state == expected
        assert winner.reviewer_id == (rita.pk if winner.action == "approve" else rob.pk)


def _synchronous_commit() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        return str(cursor.fetchone()[0])


def test_a_claim_skips_the_wal_flush_only_in_a_transaction_of_its_own(queue_project, monkeypatch):
    make_pending(queue_project, 2)
    (rita,) = make_reviewers(queue_project, 1)
    seen: list[str] = []
    update = reviews.Sample.objects.filter

    def watching_filter(*args: Any, **kwargs: Any) -> Any:
        seen.append(_synchronous_commit())
        return update(*args, **kwargs)

    # What the claim's own transaction runs with, read from inside it.
    monkeypatch.setattr(reviews.Sample.objects, "filter", watching_filter)
    assert reviews.claim_next(user=rita) is not None
    assert seen and set(seen) == {"off"}
    monkeypatch.undo()
    assert _synchronous_commit() == "on"
    # Inside a caller's transaction the claim leaves the setting alone: what the caller
    # writes in that transaction must still wait for the flush.
    with transaction.atomic():
        assert reviews.claim_next(user=rita) is not None
        assert _synchronous_commit() == "on"

"""The sample pipeline: one idempotent step at a time, each a compare-and-set on state.

Expensive work (NLP) runs outside any transaction; the step then commits only if the sample
is still in the state the work started from, so a step that runs twice (a redelivered task,
`process_samples` beside a worker) does nothing the second time. Both steps also run on
batches (`scrub_samples`, `filter_samples`): the NLP or the lookups once for the batch, then
the same compare-and-set for each of its samples in one transaction.
"""

import bisect
import hashlib
import itertools
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from assay.db import insert_rows, update_rows
from curation import dedup, minhash
from curation.filters import Subject, Verdict, project_config, run_filters
from curation.models import FilterResult, LshBand, Sample, SampleFingerprint
from curation.project_settings import settings_version
from curation.scrub import PiiPolicy, ScrubResult, scrub_conversations
from feedback.models import Conversation, Feedback, Message, Submission

logger = logging.getLogger(__name__)

State = Sample.State
RATINGS = {"up": Feedback.Rating.UP, "down": Feedback.Rating.DOWN}


class _TextSlots:
    """Collects every free-text string of a payload so one scrub call sees them all."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, text: str | None) -> int | None:
        if not text:
            return None
        self.texts.append(text)
        return len(self.texts) - 1

    def add_tree(self, value: Any) -> Any:
        """Replace every string in a JSON tree by its slot number, keeping the shape."""
        if isinstance(value, str):
            return _Slot(self.add(value))
        if isinstance(value, list):
            return [self.add_tree(item) for item in value]
        if isinstance(value, dict):
            return {key: self.add_tree(item) for key, item in value.items()}
        return value


@dataclass(frozen=True)
class _Slot:
    index: int | None


def _fill(value: Any, scrubbed: list[str]) -> Any:
    if isinstance(value, _Slot):
        return "" if value.index is None else scrubbed[value.index]
    if isinstance(value, list):
        return [_fill(item, scrubbed) for item in value]
    if isinstance(value, dict):
        return {key: _fill(item, scrubbed) for key, item in value.items()}
    return value


def _payload_texts(kind: str, payload: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Every free-text field of a validated payload as one list, so one scrub call sees them
    all, and the payload's shape with slots in their place; ids are left as sent."""
    feedback = payload.get("feedback") if kind == Submission.Kind.CONVERSATION else payload
    slots = _TextSlots()
    shape = {
        "messages": [
            {**message, "content": _Slot(slots.add(message["content"]))}
            for message in payload.get("messages") or []
        ],
        "feedback": (
            {
                **feedback,
                "comment": _Slot(slots.add(feedback.get("comment"))),
                "reasons": slots.add_tree(feedback.get("reasons") or []),
            }
            if feedback
            else None
        ),
        "metadata": slots.add_tree(payload.get("metadata") or {}),
    }
    return shape, slots.texts


@dataclass(frozen=True)
class _Received:
    """A received sample with its payload's texts collected, before the NLP."""

    sample: Sample
    payload: dict[str, Any]
    shape: dict[str, Any]
    texts: list[str]

    @classmethod
    def of(cls, sample: Sample) -> "_Received":
        payload = sample.submission.payload
        if payload is None:
            raise RuntimeError(f"sample {sample.pk} is received but its payload is already erased")
        return cls(sample, payload, *_payload_texts(sample.submission.kind, payload))


@dataclass(frozen=True)
class _Scrubbed:
    """A sample's scrubbed payload (its raw one only for ids and labels), ready to be written."""

    sample: Sample
    payload: dict[str, Any]
    scrubbed: dict[str, Any]
    result: ScrubResult
    policy_version: str

    def common(self) -> dict[str, Any]:
        """The fields its Conversation and Feedback rows share."""
        model = self.payload.get("model") or {}
        return {
            "project_id": self.sample.project_id,
            "model_name": model.get("name", ""),
            "model_version": model.get("version", ""),
            "prompt_version": self.payload.get("prompt_version", ""),
            # Intake stored the keyed hash (feedback.privacy), never the id as sent.
            "end_user": self.payload.get("end_user_id", ""),
        }

    def rating(self) -> dict[str, Any]:
        given = self.scrubbed["feedback"]
        return {
            "rating": RATINGS[given["rating"]],
            "reasons": given["reasons"],
            "comment": given["comment"],
        }

    def rates_alone(self) -> bool:
        """Feedback without a conversation from a known end user: it may change a rating."""
        return bool(
            not self.scrubbed["messages"]
            and self.scrubbed["feedback"]
            and self.common()["end_user"]
        )


def _scrub(received: list[_Received], policy: PiiPolicy) -> list[_Scrubbed]:
    """The NLP for samples under one policy: one pass over all their texts, outside any
    transaction; each sample keeps its own placeholders."""
    results = scrub_conversations([r.texts for r in received], policy=policy)
    version = settings_version(policy)
    return [
        _Scrubbed(r.sample, r.payload, _fill(r.shape, result.texts), result, version)
        for r, result in zip(received, results, strict=True)
    ]


_SCRUBBED_FIELDS = [
    "state",
    "state_changed_at",
    "conversation",
    "feedback",
    "pii_report",
    "pii_mode",
    "pii_policy_version",
]


def _store_scrubbed(items: list[_Scrubbed]) -> int:
    """received → scrubbed for the samples still received: their scrubbed rows written and
    their raw payloads erased, all in one transaction. Returns how many moved.

    Rows are written in bulk, except feedback an end user gives alone, written one sample at
    a time in the order received: each may change the rating the one before it wrote.
    """
    now = timezone.now()
    with transaction.atomic():
        # Locked in one order, so two batches that overlap wait instead of deadlocking; the
        # samples another run scrubbed meanwhile are no longer received and are left alone.
        claimed = set(
            Sample.objects.select_for_update()
            .filter(pk__any=[item.sample.pk for item in items], state=State.RECEIVED)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        items = [item for item in items if item.sample.pk in claimed]
        if not items:
            return 0
        _write_scrubbed([item for item in items if not item.rates_alone()], now=now)
        for item in items:
            if item.rates_alone():
                _write_rating(item, now=now)
        Submission.objects.filter(pk__any=list(claimed)).update(payload=None, erased_at=now)
    return len(items)


def _write_scrubbed(items: list[_Scrubbed], *, now: Any) -> None:
    """Each sample's Conversation, Messages and Feedback, then its row: scrubbed."""
    shared = [item for item in items if item.scrubbed["messages"]]
    conversations = Conversation.objects.bulk_create(
        Conversation(
            external_id=item.payload["conversation_id"],
            metadata=item.scrubbed["metadata"],
            **item.common(),
        )
        for item in shared
    )
    conversation_of = {
        item.sample.pk: conversation
        for item, conversation in zip(shared, conversations, strict=True)
    }
    insert_rows(
        Message,
        ["conversation", "position", "external_id", "role", "content"],
        [
            (conversation.pk, position, message.get("id", ""), message["role"], message["content"])
            for item, conversation in zip(shared, conversations, strict=True)
            for position, message in enumerate(item.scrubbed["messages"])
        ],
    )
    rated = [item for item in items if item.scrubbed["feedback"]]
    feedback = Feedback.objects.bulk_create(
        Feedback(
            conversation_external_id=item.payload["conversation_id"],
            message_external_id=item.scrubbed["feedback"].get("message_id", ""),
            conversation=conversation_of.get(item.sample.pk),
            metadata={} if item.sample.pk in conversation_of else item.scrubbed["metadata"],
            **item.rating(),
            **item.common(),
        )
        for item in rated
    )
    feedback_of = {item.sample.pk: row for item, row in zip(rated, feedback, strict=True)}
    update_rows(
        Sample,
        _SCRUBBED_FIELDS,
        [
            (
                item.sample.pk,
                State.SCRUBBED,
                now,
                getattr(conversation_of.get(item.sample.pk), "pk", None),
                getattr(feedback_of.get(item.sample.pk), "pk", None),
                item.result.report,
                item.result.mode,
                item.policy_version,
            )
            for item in items
        ],
    )


def _write_rating(item: _Scrubbed, *, now: Any) -> None:
    """Feedback alone from an end user: a new rating, or a change to their earlier one."""
    changed_mind = _change_earlier_rating(
        sample=item.sample,
        rated={
            "project_id": item.sample.project_id,
            "conversation_external_id": item.payload["conversation_id"],
            "message_external_id": item.scrubbed["feedback"].get("message_id", ""),
            "end_user": item.common()["end_user"],
        },
        rating=item.rating(),
    )
    if changed_mind is None:
        _write_scrubbed([item], now=now)
        return
    # Nothing left to filter: the sample only changed a rating already recorded.
    update_rows(
        Sample,
        [*_SCRUBBED_FIELDS, "reasons"],
        [
            (
                item.sample.pk,
                State.RECORDED,
                now,
                None,
                getattr(changed_mind.feedback, "pk", None),
                item.result.report,
                item.result.mode,
                item.policy_version,
                [changed_mind.reason],
            )
        ],
    )


def scrub_sample(*, sample_id: Any) -> bool:
    """received → scrubbed: write scrubbed rows and erase the raw payload in one transaction."""
    sample = Sample.objects.select_related("submission", "project").get(pk=sample_id)
    if sample.state != State.RECEIVED:
        return False
    policy = PiiPolicy.from_settings(sample.project.settings.get("pii"))
    return _store_scrubbed(_scrub([_Received.of(sample)], policy)) == 1


@dataclass(frozen=True)
class ScrubOutcome:
    scrubbed: int
    # Samples that raised even when scrubbed alone, with the error, for the caller to count.
    failed: dict[Any, Exception]


def scrub_samples(*, sample_ids: list[Any]) -> ScrubOutcome:
    """received → scrubbed for many samples, as scrub_sample does for each.

    The NLP runs once per PII policy over the texts of all its samples, and their rows are
    written in one transaction. One bad sample does not hold back the others: a sample whose
    payload cannot be read goes on alone, and a batch that raises is scrubbed again one
    sample at a time; only what still raises alone is returned as failed.
    """
    try:
        samples = list(
            Sample.objects.filter(pk__any=sample_ids, state=State.RECEIVED)
            .select_related("submission", "project")
            .order_by("created_at", "pk")
        )
    except Exception as error:
        # One payload that cannot be unsealed fails the whole query.
        logger.warning("loading %d samples raised %s", len(sample_ids), type(error).__name__)
        return _scrub_one_by_one(sample_ids)
    groups: dict[PiiPolicy, list[_Received]] = {}
    alone: list[Any] = []
    for sample in samples:
        try:
            policy = PiiPolicy.from_settings(sample.project.settings.get("pii"))
            groups.setdefault(policy, []).append(_Received.of(sample))
        except Exception:
            alone.append(sample.pk)
    scrubbed = 0
    for policy, received in groups.items():
        try:
            scrubbed += _store_scrubbed(_scrub(received, policy))
        except Exception as error:
            # Only the error's type: its message could quote user text.
            logger.warning(
                "scrubbing %d samples together raised %s; scrubbing them one at a time",
                len(received),
                type(error).__name__,
            )
            alone.extend(r.sample.pk for r in received)
    one_by_one = _scrub_one_by_one(alone)
    return ScrubOutcome(scrubbed + one_by_one.scrubbed, one_by_one.failed)


def _scrub_one_by_one(sample_ids: list[Any]) -> ScrubOutcome:
    scrubbed = 0
    failed: dict[Any, Exception] = {}
    for sample_id in sample_ids:
        try:
            scrubbed += scrub_sample(sample_id=sample_id)
        except Exception as error:
            failed[sample_id] = error
    return ScrubOutcome(scrubbed, failed)


@dataclass(frozen=True)
class _ChangedMind:
    feedback: Feedback | None
    reason: str


def _change_earlier_rating(
    *, sample: Sample, rated: dict[str, Any], rating: dict[str, Any]
) -> _ChangedMind | None:
    """Feedback alone on an answer the same end user already rated (the widget's up → down):
    change the earlier Feedback row instead of adding a second one. None if there is none.

    `rated` is (project, conversation, message, end user), the last three keyed hashes, as
    intake stored them. The row moves to the sample that last changed it, so two workers
    scrubbing an up and a down out of order still keep the one given last. Call inside the
    scrub step's transaction.
    """
    if connection.vendor == "postgresql":
        # Serialize the first two ratings of an answer, which find no row to lock (SQLite
        # writes one transaction at a time already: transaction_mode IMMEDIATE).
        digest = hashlib.sha256(json.dumps(rated, sort_keys=True).encode()).digest()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s)", [int.from_bytes(digest[:8], "big", signed=True)]
            )
    earlier = (
        Feedback.objects.select_for_update()
        .filter(conversation__isnull=True, **rated)
        .order_by("-created_at", "-pk")
        .first()
    )
    if earlier is None:
        return None
    holder = Sample.objects.filter(feedback=earlier).values_list("pk", "created_at").first()
    if holder is not None and holder[1] > sample.created_at:
        return _ChangedMind(
            None, f"superseded: a later rating of the same answer is kept (sample {holder[0]})"
        )
    Feedback.objects.filter(pk=earlier.pk).update(**rating)
    earlier.refresh_from_db()
    if holder is not None:
        Sample.objects.filter(pk=holder[0]).update(feedback=None)
    where = f" (sample {holder[0]})" if holder else ""
    return _ChangedMind(earlier, f"changed mind: updated the earlier rating of this answer{where}")


def _subject(sample: Sample, messages: list[tuple[str, str]]) -> Subject:
    """What the filters see of a sample; messages are its (role, content) pairs in order."""
    user_turns = [content for role, content in messages if role == Message.Role.USER]
    return Subject(
        sample_id=sample.pk,
        project_id=sample.project_id,
        user_turns=user_turns,
        assistant_turns=[content for role, content in messages if role == Message.Role.ASSISTANT],
        end_user=sample.conversation.end_user if sample.conversation else "",
        api_key_id=sample.submission.api_key_id,
        api_key_kind=sample.submission.api_key.kind if sample.submission.api_key else None,
        created_at=sample.created_at,
        pii_mode=sample.pii_mode,
        comment=sample.feedback.comment if sample.feedback else "",
        fingerprint=minhash.fingerprint(user_turns),
    )


def _count_earlier(subjects: list[Subject], *, project_id: int, window: timedelta) -> None:
    """Fill in each subject's flood counts from one query over the batch's time span."""
    end_users = {s.end_user for s in subjects if s.end_user}
    keys = {s.api_key_id for s in subjects if s.api_key_id is not None}
    if not end_users and not keys:
        return
    recent = list(
        Sample.objects.filter(
            project_id=project_id,
            created_at__gte=min(s.created_at for s in subjects) - window,
            created_at__lt=max(s.created_at for s in subjects),
        )
        .filter(Q(conversation__end_user__any=end_users) | Q(submission__api_key_id__any=keys))
        .values_list(
            "created_at",
            "conversation__end_user",
            "submission__api_key_id",
            "submission__api_key__kind",
        )
    )
    by_end_user: dict[str, list[Any]] = {}
    by_key: dict[int, list[Any]] = {}
    for at, end_user, key, kind in recent:
        # An end user's own traffic is what comes through the browser: a server backfill
        # naming them must not make their next thumbs-down a flood.
        if kind != "secret":
            by_end_user.setdefault(end_user, []).append(at)
        by_key.setdefault(key, []).append(at)
    for times in [*by_end_user.values(), *by_key.values()]:
        times.sort()

    def within(times: list[Any], subject: Subject) -> int:
        return bisect.bisect_left(times, subject.created_at) - bisect.bisect_left(
            times, subject.created_at - window
        )

    for subject in subjects:
        if subject.end_user:
            subject.earlier_from_end_user = within(by_end_user.get(subject.end_user, []), subject)
        if subject.api_key_id is not None:
            subject.earlier_with_key = within(by_key.get(subject.api_key_id, []), subject)


def _judge(
    subjects: list[Subject], configs: dict[str, dict[str, Any]], project_id: int
) -> dict[Any, dict[str, Verdict]]:
    """Run the filters on a batch in order; a sample the batch lets through counts as indexed
    for the ones after it."""
    if "flood" in configs:
        _count_earlier(
            subjects,
            project_id=project_id,
            window=timedelta(seconds=configs["flood"]["window_seconds"]),
        )
    fingerprints = [s.fingerprint for s in subjects if s.fingerprint is not None]
    by_key = (
        dedup.candidates_by_key(project_id=project_id, fingerprints=fingerprints)
        if "near_duplicate" in configs
        else {}
    )
    verdicts = {}
    for subject in subjects:
        if subject.fingerprint is not None:
            found = {
                c.sample_id: c for key in subject.fingerprint.band_keys for c in by_key.get(key, [])
            }
            found.pop(subject.sample_id, None)
            subject.duplicate_candidates = list(found.values())
        verdicts[subject.sample_id] = run_filters(subject, configs)
        passed = all(
            v.verdict != FilterResult.Verdict.REJECT for v in verdicts[subject.sample_id].values()
        )
        if passed and subject.fingerprint is not None:
            candidate = minhash.Candidate(
                subject.sample_id, subject.fingerprint.exact, subject.fingerprint.signature
            )
            for key in subject.fingerprint.band_keys:
                by_key.setdefault(key, []).append(candidate)
    return verdicts


def _index(subjects: list[Subject], verdicts: dict[Any, dict[str, Verdict]]) -> None:
    """Add the samples that passed to the duplicate index.

    If another worker indexed the same text a moment ago, the unique constraint refuses the
    insert and that sample becomes the duplicate.
    """
    passed = [
        s
        for s in subjects
        if s.fingerprint and all(v.verdict != "reject" for v in verdicts[s.sample_id].values())
    ]
    rows = [
        SampleFingerprint(
            sample_id=s.sample_id,
            project_id=s.project_id,
            exact=s.fingerprint.exact,  # type: ignore[union-attr]
            signature=s.fingerprint.signature.tobytes(),  # type: ignore[union-attr]
        )
        for s in passed
    ]
    try:
        with transaction.atomic():
            SampleFingerprint.objects.bulk_create(rows)
        indexed = passed
    except IntegrityError:
        indexed = []
        for subject, row in zip(passed, rows, strict=True):
            try:
                with transaction.atomic():
                    row.save(force_insert=True)
                indexed.append(subject)
            except IntegrityError:
                verdicts[subject.sample_id]["near_duplicate"] = Verdict(
                    FilterResult.Verdict.REJECT,
                    1.0,
                    "exact duplicate of a sample filtered at the same time",
                )
    insert_rows(
        LshBand,
        ["fingerprint", "project", "key"],
        [(s.sample_id, s.project_id, key) for s in indexed for key in s.fingerprint.band_keys],  # type: ignore[union-attr]
    )


# Samples filtered together by process_samples and the benchmark.
BATCH_SIZE = 200


def filter_samples(
    *, sample_ids: list[Any], from_states: tuple[str, ...] = (State.SCRUBBED,)
) -> int:
    """Filter a batch: from_states → filtered → auto_rejected | pending_review, in one transaction.

    Lookups are batched (one query each for flood counts and duplicate candidates) and every
    result is stored. Samples no longer in from_states when the batch commits (another worker
    took them) are left alone. Feedback without a conversation goes to recorded instead.
    Returns how many samples this call moved.
    """
    samples = list(
        Sample.objects.filter(pk__any=sample_ids, state__in=from_states)
        .select_related("project", "submission__api_key", "conversation", "feedback")
        .order_by("project_id", "created_at")
    )
    return sum(
        _filter_project_batch(list(group), from_states=from_states)
        for _, group in itertools.groupby(samples, key=lambda s: s.project_id)
    )


def _filter_project_batch(samples: list[Sample], *, from_states: tuple[str, ...]) -> int:
    project = samples[0].project
    configs = project_config(project.settings.get("filters"))
    version = settings_version(configs)
    feedback_only = [s.pk for s in samples if s.conversation_id is None]
    messages: dict[int, list[tuple[str, str]]] = {}
    rows = Message.objects.filter(
        conversation_id__any=[s.conversation_id for s in samples if s.conversation_id]
    )
    for conversation_id, role, content in rows.order_by("conversation_id", "position").values_list(
        "conversation_id", "role", "content"
    ):
        messages.setdefault(conversation_id, []).append((role, content))
    subjects = [
        _subject(s, messages.get(s.conversation_id, [])) for s in samples if s.conversation_id
    ]
    verdicts = _judge(subjects, configs, project.pk)
    now = timezone.now()
    with transaction.atomic():
        claimed = set(
            Sample.objects.select_for_update(skip_locked=True)
            .filter(pk__any=[s.pk for s in samples], state__in=from_states)
            .values_list("pk", flat=True)
        )
        recorded = Sample.objects.filter(
            pk__any=[pk for pk in feedback_only if pk in claimed]
        ).update(
            state=State.RECORDED,
            state_changed_at=now,
            reasons=["feedback without a shared conversation: kept for insights"],
        )
        subjects = [s for s in subjects if s.sample_id in claimed]
        if not subjects:
            return recorded
        ids = [s.sample_id for s in subjects]
        Sample.objects.filter(pk__any=ids).update(state=State.FILTERED, state_changed_at=now)
        if from_states != (State.SCRUBBED,):
            # A re-run replaces earlier results and index entries.
            FilterResult.objects.filter(sample_id__any=ids).delete()
            dedup.forget(sample_ids=ids)
        _index(subjects, verdicts)
        insert_rows(
            FilterResult,
            ["sample", "name", "verdict", "score", "reason", "created_at"],
            [
                (s.sample_id, name, v.verdict, v.score, v.reason, now)
                for s in subjects
                for name, v in verdicts[s.sample_id].items()
            ],
        )
        # One UPDATE per distinct outcome: clean samples share theirs, and Django's
        # bulk_update (a CASE per row) costs more than the whole rest of the batch.
        outcomes: dict[tuple[str, str], list[Any]] = {}
        for subject in subjects:
            results = verdicts[subject.sample_id]
            rejects = [f"{n}: {v.reason}" for n, v in results.items() if v.verdict == "reject"]
            flags = [f"{n}: {v.reason}" for n, v in results.items() if v.verdict == "flag"]
            outcome = State.AUTO_REJECTED if rejects else State.PENDING_REVIEW
            outcomes.setdefault((outcome, json.dumps(rejects or flags)), []).append(
                subject.sample_id
            )
        for (state, reasons), pks in outcomes.items():
            Sample.objects.filter(pk__any=pks).update(
                state=state,
                reasons=json.loads(reasons),
                state_changed_at=now,
                filter_settings_version=version,
            )
    return recorded + len(subjects)


def filter_sample(*, sample_id: Any) -> bool:
    """scrubbed → filtered → pending_review | auto_rejected (or → recorded for feedback only)."""
    return filter_samples(sample_ids=[sample_id]) == 1


def refilter_samples(*, sample_ids: list[Any]) -> int:
    """Run the filters again on samples no reviewer has decided yet (after a threshold change)."""
    return filter_samples(
        sample_ids=sample_ids, from_states=(State.PENDING_REVIEW, State.AUTO_REJECTED)
    )


def _refilter_stranded(*, sample_id: Any) -> bool:
    """filtered → onwards. filter_samples never commits a sample in filtered (it moves on in
    the same transaction), but a sample found there must not wait forever."""
    return filter_samples(sample_ids=[sample_id], from_states=(State.FILTERED,)) == 1


STEPS: dict[str, Callable[..., bool]] = {
    State.RECEIVED: scrub_sample,
    State.SCRUBBED: filter_sample,
    State.FILTERED: _refilter_stranded,
}


def advance_sample(*, sample_id: Any, until: str | None = None) -> str:
    """Run the sample through every step that applies and return the state it ends in.

    With `until`, stop on reaching that state (the worker stops at scrubbed and leaves the
    filters to a batch task). Every run that has work to do counts as an attempt, whatever
    ends it (an error, a killed worker, a time limit): past ASSAY_MAX_ATTEMPTS the sample
    fails for good instead. A run with nothing to do (a task queued twice) does not count.
    """
    state = Sample.objects.values_list("state", flat=True).get(pk=sample_id)
    if state == until or state not in STEPS:
        return str(state)
    Sample.objects.filter(pk=sample_id).update(attempts=F("attempts") + 1)
    attempts = Sample.objects.values_list("attempts", flat=True).get(pk=sample_id)
    if attempts > settings.ASSAY_MAX_ATTEMPTS and fail_sample(
        sample_id=sample_id, reason=f"gave up after {attempts - 1} attempts"
    ):
        return str(State.FAILED)
    while True:
        state = Sample.objects.values_list("state", flat=True).get(pk=sample_id)
        step = STEPS.get(state)
        if state == until or step is None:
            return str(state)
        if not step(sample_id=sample_id):
            # Someone else moved the sample meanwhile: report where it is now.
            return str(Sample.objects.values_list("state", flat=True).get(pk=sample_id))


def fail_sample(*, sample_id: Any, reason: str) -> bool:
    """An unfinished sample → failed (the dead letter), its reason recorded.

    Its sealed payload is kept for ASSAY_FAILED_RETENTION so an operator can retry it once
    the cause is fixed; erase_expired_failures removes it after that.
    """
    changed = Sample.objects.filter(pk=sample_id, state__in=State.unfinished()).update(
        state=State.FAILED, state_changed_at=timezone.now(), reasons=[reason]
    )
    if changed:
        logger.warning("sample %s failed: %s", sample_id, reason)
    return changed == 1


def note_failure(*, sample_id: Any, error: BaseException) -> bool:
    """Record that an attempt raised; True once the sample has used up its attempts and
    failed. Only the error's type is kept: its message could quote user text."""
    attempts = Sample.objects.filter(pk=sample_id).values_list("attempts", flat=True).first()
    if attempts is None or attempts < settings.ASSAY_MAX_ATTEMPTS:
        return False
    return fail_sample(
        sample_id=sample_id, reason=f"failed after {attempts} attempts: {type(error).__name__}"
    )


def retry_sample(*, sample_id: Any) -> bool:
    """failed → received with fresh attempts, if its payload is still there to process."""
    with transaction.atomic():
        changed = Sample.objects.filter(
            pk=sample_id, state=State.FAILED, submission__payload__isnull=False
        ).update(state=State.RECEIVED, state_changed_at=timezone.now(), attempts=0, reasons=[])
    return changed == 1


def erase_expired_failures(*, older_than: Any) -> int:
    """Erase the sealed payloads of samples that failed before `older_than`."""
    expired = Sample.objects.filter(state=State.FAILED, state_changed_at__lt=older_than)
    return Submission.objects.filter(pk__in=expired.values("pk"), payload__isnull=False).update(
        payload=None, erased_at=timezone.now()
    )

"""Human decisions on samples: claim, approve, reject, skip, redact more, adjudicate, reopen.

Every decision is a compare-and-set on `pending_review` (or, to reopen, on a decided state)
taken with the sample's row locked, and leaves one append-only Review record. A claim is a
lease: past `lease_expires_at` the sample is back in the queue for anyone. With a project's
`reviews_per_sample` N > 1 a sample stays in the queue until N different reviewers have
voted; unanimous votes apply, a disagreement waits for a curator (`needs_adjudication`).

The automated pipeline lives in curation.pipeline; nothing here runs NLP.
"""

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib.auth.models import AbstractUser, AnonymousUser
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from assay.crypto import keyed_hash
from curation.models import Membership, Review, Sample
from curation.project_settings import reviews_per_sample, validate_project_settings
from curation.recognizers import COMMON_WORDS
from curation.scrub import DEFAULT_ENTITIES, surrogate_value
from feedback.models import Message, Project

State = Sample.State
Action = Review.Action
User = AbstractUser | AnonymousUser

# Dataset names and tags are shown in exports and URLs: a strict pattern, never free text.
DATASET_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
TAG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,49}$")
MAX_TAGS = 20
REDACTABLE = (*DEFAULT_ENTITIES,)


class ReviewError(Exception):
    """A decision that cannot be taken; `field` names what to fix."""

    field = "decision"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        if field:
            self.field = field


class InvalidDecision(ReviewError):
    pass


class NotAllowed(ReviewError):
    field = "authorization"


class SampleNotFound(ReviewError):
    field = "id"


class AlreadyDecided(ReviewError):
    pass


# -- who may do what ---------------------------------------------------------------------


def is_reviewer(user: User) -> bool:
    return bool(user.is_active and user.has_perm("curation.review_sample"))


def is_curator(user: User) -> bool:
    return bool(user.is_active and user.has_perm("curation.adjudicate_sample"))


def project_ids_for(user: User) -> list[int] | None:
    """The projects whose samples the user may see; None means every project (superusers)."""
    if user.is_superuser:
        return None
    return list(Membership.objects.filter(user=user.pk).values_list("project_id", flat=True))


def visible_samples(user: User) -> QuerySet[Sample]:
    """Samples of the user's projects (all of them for a superuser, none for an outsider)."""
    if not is_reviewer(user):
        return Sample.objects.none()
    projects = project_ids_for(user)
    samples = Sample.objects.all()
    return samples if projects is None else samples.filter(project_id__in=projects)


def access_sample(*, user: User, sample_id: UUID | str, lock: bool = False) -> Sample:
    """Fetch a sample the user may review; one outside their projects is simply not found."""
    if not is_reviewer(user):
        raise NotAllowed("This needs the Reviewers or Curators role.")
    try:
        pk = sample_id if isinstance(sample_id, UUID) else UUID(str(sample_id))
    except ValueError:
        raise SampleNotFound("No sample with this id.") from None
    samples = visible_samples(user).select_related("project")
    if lock:
        samples = samples.select_for_update(of=("self",))
    sample = samples.filter(pk=pk).first()
    if sample is None:
        raise SampleNotFound("No sample with this id.")
    return sample


# -- the queue ---------------------------------------------------------------------------


def _lease_free(user: User, now: datetime) -> Q:
    return Q(lease_expires_at__isnull=True) | Q(lease_expires_at__lt=now) | Q(claimed_by=user.pk)


def claimable(user: User, *, adjudicate: bool = False, now: datetime | None = None) -> QuerySet:
    """Pending samples this user may claim now, oldest first.

    Reviewers never get a sample they already voted on or skipped in this round, one under
    another reviewer's live lease, or one assigned to someone else who has not voted on it
    yet. Curators adjudicating get the disputed samples instead.
    """
    now = now or timezone.now()
    samples = visible_samples(user).filter(state=State.PENDING_REVIEW)
    if adjudicate:
        return samples.filter(needs_adjudication=True).filter(_lease_free(user, now))
    mine = Review.objects.filter(
        sample=OuterRef("pk"),
        round=OuterRef("review_round"),
        reviewer=user.pk,
        action__in=[Action.APPROVE, Action.REJECT, Action.SKIP],
    )
    assignee_voted = Review.objects.votes().filter(
        sample=OuterRef("pk"), round=OuterRef("review_round"), reviewer=OuterRef("assignee")
    )
    return (
        samples.filter(needs_adjudication=False)
        .filter(_lease_free(user, now))
        .filter(Q(assignee__isnull=True) | Q(assignee=user.pk) | Exists(assignee_voted))
        .exclude(Exists(mine))
    )


def _lease_seconds() -> int:
    return int(settings.ASSAY_REVIEW_LEASE.total_seconds())


def claim_next(*, user: User, adjudicate: bool = False) -> Sample | None:
    """Claim the next sample for this user with a lease, or None when nothing is waiting.

    Order: a sample the user already holds, then samples assigned to them, then the oldest.
    On PostgreSQL the candidate row is locked with SKIP LOCKED, so concurrent claimers take
    different samples without waiting; elsewhere the claim is a compare-and-set on the lease.
    """
    if not is_reviewer(user) or (adjudicate and not is_curator(user)):
        raise NotAllowed("This needs the Reviewers or Curators role.")
    now = timezone.now()
    expires = now + settings.ASSAY_REVIEW_LEASE
    base = claimable(user, adjudicate=adjudicate, now=now)
    skip_locked = connection.features.has_select_for_update_skip_locked
    # Only a transaction of the claim's own: inside a caller's, the setting would cover what
    # the caller writes too.
    soft = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic():
        if soft:
            # A lease is soft state: should the server crash before the WAL reaches the
            # disk, the claim is lost and the sample is simply back in the queue. So a claim
            # does not wait for that flush (decisions, which must last, still do).
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        # Most claims find nothing held or assigned: one cheap indexed look first spares
        # them the two narrower queries.
        mine = Q(claimed_by=user.pk, lease_expires_at__gte=now) | Q(assignee=user.pk)
        slices = (
            [
                base.filter(claimed_by=user.pk, lease_expires_at__gte=now),
                base.filter(assignee=user.pk),
                base,
            ]
            if Sample.objects.filter(mine, state=State.PENDING_REVIEW).exists()
            else [base]
        )
        for candidates in slices:
            ordered = candidates.select_related("project").order_by("created_at", "pk")
            if skip_locked:
                ordered = ordered.select_for_update(skip_locked=True, of=("self",))
            for sample in ordered[: 1 if skip_locked else 5]:
                claimed = (
                    Sample.objects.filter(pk=sample.pk, state=State.PENDING_REVIEW)
                    .filter(_lease_free(user, now))
                    .update(claimed_by=user.pk, lease_expires_at=expires)
                )
                if claimed:
                    sample.claimed_by_id, sample.lease_expires_at = user.pk, expires
                    return sample
    return None


def release_sample(*, user: User, sample_id: UUID) -> None:
    """Give a claimed sample back to the queue before its lease ends."""
    Sample.objects.filter(pk=sample_id, claimed_by=user.pk).update(
        claimed_by=None, lease_expires_at=None
    )


# -- decisions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    sample: Sample
    votes: int
    required: int


def _record(
    sample: Sample, user: Any, action: str, *, adjudication: bool = False, **fields: Any
) -> Review:
    return Review.objects.create(
        sample=sample,
        project_id=sample.project_id,
        reviewer=user if user.pk else None,
        reviewer_name=user.get_username(),
        round=sample.review_round,
        action=action,
        adjudication=adjudication,
        **fields,
    )


def _check_lease(sample: Sample, user: User, now: datetime) -> None:
    held_by_other = (
        sample.claimed_by_id not in (None, user.pk)
        and sample.lease_expires_at is not None
        and sample.lease_expires_at >= now
    )
    if held_by_other:
        raise AlreadyDecided("Another reviewer holds this sample right now.")


def check_dataset_name(name: str) -> str:
    name = (name or "").strip()
    if not DATASET_NAME.match(name):
        raise InvalidDecision(
            "Name a dataset: letters, digits, '.', '_' or '-', at most 100 characters.",
            field="dataset",
        )
    return name


def check_tags(tags: Iterable[str]) -> list[str]:
    cleaned = sorted({tag.strip() for tag in tags if tag and tag.strip()})
    if len(cleaned) > MAX_TAGS or not all(TAG.match(tag) for tag in cleaned):
        raise InvalidDecision(
            f"At most {MAX_TAGS} tags of letters, digits, spaces and . _ : / -, "
            "50 characters each.",
            field="tags",
        )
    return cleaned


def _finalize(sample: Sample, votes: Sequence[Review], now: datetime) -> None:
    """Apply an agreed decision: pending_review → approved | rejected (compare-and-set)."""
    last = votes[-1]
    fields: dict[str, Any] = {
        "state_changed_at": now,
        "decided_at": now,
        "claimed_by": None,
        "lease_expires_at": None,
        "needs_adjudication": False,
    }
    if last.action == Action.APPROVE:
        references = [v.reference for v in votes if v.reference]
        fields |= {
            "state": State.APPROVED,
            "dataset_name": last.dataset,
            "reference": references[-1] if references else "",
            "tags": sorted({tag for v in votes for tag in v.tags}),
        }
    else:
        reason = Counter(v.reason for v in votes if v.reason).most_common(1)[0][0]
        label = Review.RejectReason(reason).label
        fields |= {"state": State.REJECTED, "reasons": [*sample.reasons, f"review: {label}"]}
    changed = Sample.objects.filter(
        pk=sample.pk, state=State.PENDING_REVIEW, review_round=sample.review_round
    ).update(**fields)
    if changed != 1:
        raise AlreadyDecided("This sample was decided meanwhile.")
    _set(sample, fields)


def _release(sample: Sample, **fields: Any) -> None:
    fields |= {"claimed_by": None, "lease_expires_at": None}
    Sample.objects.filter(pk=sample.pk).update(**fields)
    _set(sample, fields)


def _set(sample: Sample, fields: dict[str, Any]) -> None:
    """Mirror an UPDATE already made on the row onto the instance in hand."""
    for name, value in fields.items():
        setattr(sample, name, value)


def _agree(a: Review, b: Review) -> bool:
    return a.action == b.action and (a.action != Action.APPROVE or a.dataset == b.dataset)


def decide_sample(
    *,
    user: User,
    sample_id: UUID | str,
    decision: str,
    dataset: str = "",
    reference: str = "",
    tags: Iterable[str] = (),
    reason: str = "",
    note: str = "",
) -> Outcome:
    """Approve or reject a sample, as a vote or, for a curator on a disputed sample, finally.

    Approving names a dataset (created in the project on first approval by the datasets app);
    rejecting needs a reason from Review.RejectReason.
    """
    if decision == Action.APPROVE:
        dataset = check_dataset_name(dataset)
        tags = check_tags(tags)
        reason = ""
    elif decision == Action.REJECT:
        if reason not in Review.RejectReason.values:
            raise InvalidDecision(
                f"Give a reason, one of: {', '.join(Review.RejectReason.values)}.", field="reason"
            )
        if reason == Review.RejectReason.OTHER and not note.strip():
            raise InvalidDecision("Say why in the note when the reason is 'other'.", field="note")
        dataset, reference, tags = "", "", []
    else:
        raise InvalidDecision("Must be one of: approve, reject.", field="decision")
    now = timezone.now()
    with transaction.atomic():
        sample = access_sample(user=user, sample_id=sample_id, lock=True)
        if sample.state != State.PENDING_REVIEW:
            raise AlreadyDecided("This sample is already decided.")
        adjudicating = sample.needs_adjudication
        if adjudicating and not is_curator(user):
            raise AlreadyDecided("The reviewers disagreed: this sample waits for a curator.")
        round_votes = list(Review.objects.votes().filter(sample=sample, round=sample.review_round))
        if not adjudicating and any(v.reviewer_id == user.pk for v in round_votes):
            raise AlreadyDecided("You already decided this sample.")
        _check_lease(sample, user, now)
        review = _record(
            sample,
            user,
            decision,
            adjudication=adjudicating,
            dataset=dataset,
            reference=reference.strip(),
            tags=list(tags),
            reason=reason,
            note=note.strip(),
            before={"state": sample.state},
        )
        required = reviews_per_sample(sample.project.settings)
        if adjudicating:
            _finalize(sample, [review], now)
        else:
            round_votes.append(review)
            if len(round_votes) < required:
                # More votes needed: back in the queue for the next reviewer.
                _release(sample)
            elif all(_agree(round_votes[0], v) for v in round_votes):
                _finalize(sample, round_votes, now)
            else:
                _release(sample, needs_adjudication=True)
    return Outcome(sample=sample, votes=len(round_votes), required=required)


def skip_sample(*, user: User, sample_id: UUID | str) -> Outcome:
    """Pass on a sample: it goes back to the queue for others, not to this reviewer again."""
    with transaction.atomic():
        sample = access_sample(user=user, sample_id=sample_id, lock=True)
        if sample.state != State.PENDING_REVIEW:
            raise AlreadyDecided("This sample is already decided.")
        _record(sample, user, Action.SKIP)
        Sample.objects.filter(pk=sample.pk, claimed_by=user.pk).update(
            claimed_by=None, lease_expires_at=None
        )
        votes = Review.objects.votes().filter(sample=sample, round=sample.review_round).count()
    return Outcome(sample=sample, votes=votes, required=reviews_per_sample(sample.project.settings))


def reopen_sample(*, user: User, sample_id: UUID | str, note: str = "") -> Sample:
    """A curator sends a decided (or auto-rejected) sample back to the queue, in a new round."""
    if not is_curator(user):
        raise NotAllowed("Only a curator can reopen a decided sample.")
    reopenable = [State.APPROVED, State.REJECTED, State.AUTO_REJECTED]
    with transaction.atomic():
        sample = access_sample(user=user, sample_id=sample_id, lock=True)
        if sample.state not in reopenable:
            raise InvalidDecision("Only approved, rejected or auto-rejected samples reopen.")
        before = {"state": sample.state, "dataset": sample.dataset_name, "tags": sample.tags}
        changed = Sample.objects.filter(pk=sample.pk, state=sample.state).update(
            state=State.PENDING_REVIEW,
            state_changed_at=timezone.now(),
            review_round=sample.review_round + 1,
            needs_adjudication=False,
            claimed_by=None,
            lease_expires_at=None,
            dataset_name="",
            reference="",
            tags=[],
            decided_at=None,
        )
        if changed != 1:
            raise AlreadyDecided("This sample changed meanwhile.")
        _record(
            sample,
            user,
            Action.REOPEN,
            note=note.strip(),
            before=before,
            after={"state": State.PENDING_REVIEW, "round": sample.review_round + 1},
        )
        sample.refresh_from_db()
    return sample


def assign_samples(
    *, user: User, sample_ids: Sequence[UUID], reviewers: Sequence[Any]
) -> dict[str, int]:
    """A curator spreads pending samples over named reviewers, in turn; counts per reviewer.

    Only reviewers who belong to a sample's project get it; the rest of a selection is left.
    """
    if not is_curator(user):
        raise NotAllowed("Only a curator can assign samples.")
    if not reviewers:
        raise InvalidDecision("Choose at least one reviewer.", field="reviewers")
    members: dict[int, set[int]] = {}
    for project_id, member in Membership.objects.filter(
        user__in=[r.pk for r in reviewers]
    ).values_list("project_id", "user_id"):
        members.setdefault(project_id, set()).add(member)
    counts: Counter[str] = Counter()
    turn = 0
    with transaction.atomic():
        samples = visible_samples(user).filter(pk__in=sample_ids, state=State.PENDING_REVIEW)
        for sample in samples.order_by("created_at", "pk"):
            eligible = [r for r in reviewers if r.pk in members.get(sample.project_id, set())]
            if not eligible:
                continue
            reviewer = eligible[turn % len(eligible)]
            turn += 1
            Sample.objects.filter(pk=sample.pk).update(assignee=reviewer)
            _record(
                sample,
                user,
                Action.ASSIGN,
                before={"assignee": sample.assignee_id},
                after={"assignee": reviewer.pk, "assignee_name": reviewer.get_username()},
            )
            counts[reviewer.get_username()] += 1
    return dict(counts)


# -- redact more -------------------------------------------------------------------------


def _value_hash(value: str) -> str:
    """A keyed hash of a redacted value: proves which value was meant, reveals nothing."""
    return keyed_hash(value.casefold(), purpose="redacted_value")


def _next_replacement(entity_type: str, mode: str, texts: list[str]) -> str:
    if mode == "surrogate" and (fake := surrogate_value(entity_type)):
        return fake
    numbers = [
        int(n) for text in texts for n in re.findall(rf"<{re.escape(entity_type)}_(\d+)>", text)
    ]
    return f"<{entity_type}_{max(numbers, default=0) + 1}>"


def _replace_tree(value: Any, pattern: re.Pattern[str], replacement: str) -> tuple[Any, int]:
    if isinstance(value, str):
        return pattern.subn(lambda _: replacement, value)
    if isinstance(value, list):
        pairs = [_replace_tree(item, pattern, replacement) for item in value]
        return [p[0] for p in pairs], sum(p[1] for p in pairs)
    if isinstance(value, dict):
        replaced = {k: _replace_tree(v, pattern, replacement) for k, v in value.items()}
        return {k: p[0] for k, p in replaced.items()}, sum(p[1] for p in replaced.values())
    return value, 0


def redact_sample(
    *,
    user: User,
    sample_id: UUID | str,
    value: str,
    entity_type: str,
    add_to_deny_list: bool = False,
) -> int:
    """Replace a value the scrubber missed, everywhere in the sample's conversation.

    Every occurrence (case-insensitive, whole words) in every turn, the comment and the
    metadata gets one new placeholder of the chosen type; for a person, the single words of
    the name too, as the scrubber does. Returns how many occurrences were replaced. The
    Review record keeps a keyed hash of the value, never the value.
    """
    value = (value or "").strip()
    if len(value) < 2 or len(value) > 200:
        raise InvalidDecision("Select the text to redact (2 to 200 characters).", field="value")
    if entity_type not in REDACTABLE:
        raise InvalidDecision(f"Must be one of: {', '.join(REDACTABLE)}.", field="entity_type")
    with transaction.atomic():
        sample = access_sample(user=user, sample_id=sample_id, lock=True)
        if sample.state != State.PENDING_REVIEW:
            raise AlreadyDecided("Only a sample waiting for review can be redacted.")
        _check_lease(sample, user, timezone.now())
        conversation = sample.conversation
        if conversation is None:
            raise InvalidDecision("This sample has no conversation to redact.", field="value")
        messages = list(Message.objects.filter(conversation=conversation))
        feedback = sample.feedback
        texts = [m.content for m in messages] + ([feedback.comment] if feedback else [])
        words = [value]
        if entity_type == "PERSON":
            words += [
                w
                for w in re.findall(r"[^\W\d_][\w'’\-]*", value)
                if len(w) >= 3 and w.casefold() not in COMMON_WORDS and w != value
            ]
        alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        if not any(pattern.search(text) for text in texts):
            raise InvalidDecision("That text does not occur in this sample.", field="value")
        replacement = _next_replacement(entity_type, sample.pii_mode, texts)
        replaced = 0
        for message in messages:
            message.content, count = pattern.subn(lambda _: replacement, message.content)
            replaced += count
        Message.objects.bulk_update(messages, ["content"])
        if feedback:
            feedback.comment, count = pattern.subn(lambda _: replacement, feedback.comment)
            feedback.metadata, more = _replace_tree(feedback.metadata, pattern, replacement)
            replaced += count + more
            feedback.save(update_fields=["comment", "metadata"])
        conversation.metadata, count = _replace_tree(conversation.metadata, pattern, replacement)
        replaced += count
        conversation.save(update_fields=["metadata"])
        report = dict(sample.pii_report)
        report[entity_type] = report.get(entity_type, 0) + 1
        Sample.objects.filter(pk=sample.pk).update(pii_report=dict(sorted(report.items())))
        if add_to_deny_list:
            _deny(sample.project_id, value)
        _record(
            sample,
            user,
            Action.REDACT,
            before={"pii": sample.pii_report},
            after={
                "pii": dict(sorted(report.items())),
                "entity_type": entity_type,
                "replacement": replacement,
                "occurrences": replaced,
                "value_hash": _value_hash(value),
                "added_to_deny_list": add_to_deny_list,
            },
        )
    return replaced


def _deny(project_id: int, value: str) -> None:
    """Add a value to the project's PII deny list, so the scrubber catches it from now on."""
    project = Project.objects.select_for_update().get(pk=project_id)
    pii = dict(project.settings.get("pii") or {})
    deny = list(pii.get("deny_list", []))
    if value.casefold() not in {term.casefold() for term in deny}:
        deny.append(value)
    pii["deny_list"] = deny
    new_settings = {**project.settings, "pii": pii}
    validate_project_settings(new_settings)
    project.settings = new_settings
    project.save(update_fields=["settings"])

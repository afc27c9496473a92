"""Reads for reviewers: a sample as a reviewer sees it, and the queue's figures."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import combinations
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from curation import agreement, pipeline
from curation.models import FilterResult, Review, Sample
from curation.project_settings import reviews_per_sample
from feedback.models import Feedback, Message

# The API's words for a stored rating: the inverse of the pipeline's.
RATINGS = {rating: word for word, rating in pipeline.RATINGS.items()}


def rated_position(messages: list[Message], feedback: Feedback | None) -> int | None:
    """Which message the feedback is about: the one it names, else the last answer."""
    if feedback is None:
        return None
    if feedback.message_external_id:
        for message in messages:
            if message.external_id == feedback.message_external_id:
                return message.position
    answers = [m.position for m in messages if m.role == Message.Role.ASSISTANT]
    return answers[-1] if answers else None


def review_view(sample: Sample) -> dict[str, Any]:
    """The scrubbed transcript and everything a reviewer weighs, in the API's shape."""
    conversation = sample.conversation
    feedback = sample.feedback
    messages = list(conversation.messages.all()) if conversation else []
    rated = rated_position(messages, feedback)
    source = conversation or feedback
    flags = [
        {"filter": r.name, "verdict": r.verdict, "reason": r.reason}
        for r in FilterResult.objects.filter(sample=sample)
        .exclude(verdict=FilterResult.Verdict.PASS)
        .order_by("name")
    ]
    return {
        "id": sample.pk,
        "project": sample.project.slug,
        "lease_expires_at": sample.lease_expires_at,
        "review_round": sample.review_round,
        "needs_adjudication": sample.needs_adjudication,
        "messages": [
            {"role": m.role, "content": m.content, "rated": m.position == rated} for m in messages
        ],
        "feedback": (
            {
                "rating": RATINGS[Feedback.Rating(feedback.rating)],
                "reasons": feedback.reasons,
                "comment": feedback.comment,
                "message_id": feedback.message_external_id,
            }
            if feedback
            else None
        ),
        "model": {
            "name": source.model_name if source else "",
            "version": source.model_version if source else "",
        },
        "prompt_version": source.prompt_version if source else "",
        "flags": flags,
        "pii": sample.pii_report,
    }


@dataclass
class QueueFigures:
    states: list[dict[str, Any]] = field(default_factory=list)
    throughput: list[dict[str, Any]] = field(default_factory=list)
    agreement: list[dict[str, Any]] = field(default_factory=list)
    pairs: list[dict[str, Any]] = field(default_factory=list)


SHOWN_STATES = [
    Sample.State.PENDING_REVIEW,
    Sample.State.APPROVED,
    Sample.State.REJECTED,
    Sample.State.AUTO_REJECTED,
]


def queue_figures(*, project_ids: list[int] | None) -> QueueFigures:
    """Queue counts per project and state, decisions per reviewer (today, 7 days, all), and
    agreement per project and per reviewer pair, from a fixed number of queries."""
    samples = Sample.objects.all()
    reviews = Review.objects.all()
    if project_ids is not None:
        samples = samples.filter(project_id__in=project_ids)
        reviews = reviews.filter(project_id__in=project_ids)
    figures = QueueFigures()

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    disputed: Counter[str] = Counter()
    for slug, state, needs_adjudication, n in (
        samples.values_list("project__slug", "state", "needs_adjudication")
        .annotate(n=Count("pk"))
        .order_by("project__slug")
    ):
        counts[slug][state] += n
        if needs_adjudication:
            disputed[slug] += n
    for slug, by_state in counts.items():
        figures.states.append(
            {
                "project": slug,
                "counts": [by_state.get(state, 0) for state in SHOWN_STATES],
                "in_pipeline": sum(by_state.get(s, 0) for s in Sample.State.unfinished()),
                "disputed": disputed[slug],
            }
        )

    now = timezone.now()
    decisions = reviews.filter(
        action__in=[Review.Action.APPROVE, Review.Action.REJECT, Review.Action.SKIP]
    )
    figures.throughput = list(
        decisions.values("reviewer_name")
        .annotate(
            all=Count("pk"),
            week=Count("pk", filter=Q(created_at__gte=now - timedelta(days=7))),
            day=Count("pk", filter=Q(created_at__gte=now - timedelta(days=1))),
        )
        .values("reviewer_name", "all", "week", "day")
        .order_by("reviewer_name")
    )
    for row in figures.throughput:
        row["reviewer"] = row.pop("reviewer_name")

    # Agreement: each reviewer's vote per (sample, round), by project, for the samples that
    # more than one reviewer voted on (none, while every project asks for one vote).
    votes_qs = reviews.votes()
    another_vote = (
        Review.objects.votes()
        .filter(sample=OuterRef("sample"), round=OuterRef("round"))
        .exclude(pk=OuterRef("pk"))
    )
    votes: dict[str, dict[tuple[Any, int], dict[str, str]]] = defaultdict(dict)
    for slug, sample_id, round_, reviewer, action in votes_qs.filter(
        Exists(another_vote)
    ).values_list("project__slug", "sample_id", "round", "reviewer_name", "action"):
        votes[slug].setdefault((sample_id, round_), {})[reviewer] = action
    for slug, units in sorted(votes.items()):
        multi = [u for u in units.values() if len(u) >= 2]
        if not multi:
            continue
        reviewers = sorted({r for u in multi for r in u})
        value = agreement.krippendorff_alpha(multi)
        method = "Krippendorff's alpha"
        if len(reviewers) == 2:
            value = agreement.cohen_kappa(
                [u[reviewers[0]] for u in multi], [u[reviewers[1]] for u in multi]
            )
            method = "Cohen's kappa"
        figures.agreement.append(
            {"project": slug, "samples": len(multi), "method": method, "value": value}
        )
        for a, b in combinations(reviewers, 2):
            shared = [u for u in multi if a in u and b in u]
            if shared:
                figures.pairs.append(
                    {
                        "project": slug,
                        "pair": f"{a} / {b}",
                        "samples": len(shared),
                        "kappa": agreement.cohen_kappa(
                            [u[a] for u in shared], [u[b] for u in shared]
                        ),
                        "raw": sum(u[a] == u[b] for u in shared) / len(shared),
                    }
                )
    return figures


def dataset_names(*, project_id: int) -> list[str]:
    """Datasets this project's approvals have named, for the review page's suggestions."""
    return list(
        Sample.objects.filter(project_id=project_id)
        .exclude(dataset_name="")
        .values_list("dataset_name", flat=True)
        .distinct()
        .order_by("dataset_name")[:200]
    )


def reviews_required(sample: Sample) -> int:
    return reviews_per_sample(sample.project.settings)


def round_votes(sample: Sample) -> int:
    return Review.objects.votes().filter(sample=sample, round=sample.review_round).count()

"""Approved samples for the datasets tests.

`approve_sample` is the one place that makes an approval, through curation.reviews as a
reviewer would.
"""

import itertools
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from curation import reviews
from curation.models import Membership, Sample
from curation.pipeline import advance_sample
from feedback.models import ApiKey, Project
from feedback.serializers import ConversationInSerializer
from feedback.services import share_conversation

_counter = itertools.count(1)
# The conversation id each sample was shared under, as the client sent it (Assay stores only
# its keyed hash).
CLIENT_IDS: dict[Any, str] = {}


def client_conversation_id(sample: Sample) -> str:
    return CLIENT_IDS[sample.pk]


TOPICS = [
    ("How do I reset my router password?", "Hold the reset button for ten seconds."),
    ("Which plan includes priority support?", "The Business plan includes priority support."),
    ("Can I export my invoices as CSV files?", "Yes, from Billing, choose Export and then CSV."),
    ("Why was my card declined at checkout?", "Your bank declined it; please contact them."),
    ("Where can I change the shipping address?", "Open Orders and edit the address there."),
    ("Does the mobile app work offline?", "Some screens work offline, sync happens later."),
    ("How long does a refund usually take?", "Refunds reach your account in five days."),
    ("What is the capital city of Australia?", "The capital of Australia is Sydney."),
]


def reviewer(name: str = "rita", project: Project | None = None) -> Any:
    """A user in the Reviewers group, a member of the project."""
    user, _ = get_user_model().objects.get_or_create(username=name)
    user.groups.add(*Group.objects.filter(name="Reviewers"))
    if project is not None:
        Membership.objects.get_or_create(project=project, user=user)
    return user


def approve_sample(
    *,
    project: Project,
    dataset: str = "golden-support",
    conversation_id: str | None = None,
    rating: str | None = "down",
    reasons: list[str] | None = None,
    comment: str = "",
    reference: str = "",
    tags: list[str] | None = None,
    reviewers: tuple[str, ...] = ("rita",),
    topic: int | None = None,
    extra: str = "",
) -> Sample:
    """Share a conversation, run it through the pipeline and approve it into `dataset`."""
    n = next(_counter)
    question, answer = TOPICS[(n if topic is None else topic) % len(TOPICS)]
    conversation_id = conversation_id or f"conv-{n}"
    body: dict[str, Any] = {
        "conversation_id": conversation_id,
        "consent": True,
        "model": {"name": "gpt-x", "version": "2026-10"},
        "prompt_version": f"v{n % 3}",
        "messages": [
            {"role": "system", "content": "You are a helpful support assistant."},
            {"role": "user", "content": f"{question} This is ticket number {n}. {extra}".strip()},
            {"role": "assistant", "content": f"{answer} Ticket {n} is noted.", "id": f"a{n}"},
        ],
    }
    if rating:
        body["feedback"] = {
            "rating": rating,
            "reasons": reasons if reasons is not None else ["inaccurate"],
            "comment": comment,
            "message_id": f"a{n}",
        }
    serializer = ConversationInSerializer(data=body)
    serializer.is_valid(raise_exception=True)
    api_key = ApiKey.objects.filter(project=project, kind=ApiKey.Kind.SECRET).first()
    assert api_key is not None
    accepted = share_conversation(api_key=api_key, data=dict(serializer.validated_data))
    CLIENT_IDS[accepted.id] = conversation_id
    state = advance_sample(sample_id=accepted.id)
    assert state == Sample.State.PENDING_REVIEW, state
    # The review services decide: each named reviewer votes; with several, the project asks
    # for that many votes on this sample.
    project.settings = {**project.settings, "review": {"reviews_per_sample": len(reviewers)}}
    project.save(update_fields=["settings"])
    for name in reviewers:
        reviews.decide_sample(
            user=reviewer(name, project),
            sample_id=accepted.id,
            decision="approve",
            dataset=dataset,
            reference=reference,
            tags=tags or [],
        )
    sample = Sample.objects.get(pk=accepted.id)
    assert sample.state == Sample.State.APPROVED, sample.state
    return sample


def reopen(sample: Sample) -> None:
    """A curator sends the sample back to the queue (curation.reviews.reopen_sample)."""
    curator, _ = get_user_model().objects.get_or_create(username="cora")
    curator.groups.add(*Group.objects.filter(name__in=["Reviewers", "Curators"]))
    Membership.objects.get_or_create(project=sample.project, user=curator)
    reviews.reopen_sample(user=curator, sample_id=sample.pk)

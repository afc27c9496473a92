"""Owner/member/outsider-style fixtures for the review queue: reviewers of the acme project, a
curator, a reviewer of another project, a staff user without a role, and pending samples."""

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import Group, User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from curation.models import Membership, Sample
from curation.pipeline import advance_sample
from feedback.models import ApiKey, Project
from feedback.services import share_conversation
from tests.conftest import share_body


def make_user(username: str, *, groups: tuple[str, ...] = (), projects: tuple = ()) -> User:
    user = User.objects.create_user(username=username, password="pw-" + username, is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=groups))
    for project in projects:
        Membership.objects.create(project=project, user=user)
    return user


@pytest.fixture
def reviewer(project: Project) -> User:
    return make_user("rita", groups=("Reviewers",), projects=(project,))


@pytest.fixture
def second_reviewer(project: Project) -> User:
    return make_user("rob", groups=("Reviewers",), projects=(project,))


@pytest.fixture
def third_reviewer(project: Project) -> User:
    return make_user("ruth", groups=("Reviewers",), projects=(project,))


@pytest.fixture
def curator(project: Project) -> User:
    return make_user("cora", groups=("Reviewers", "Curators"), projects=(project,))


@pytest.fixture
def outsider(other_project_keys: dict[str, Any]) -> User:
    return make_user("otto", groups=("Reviewers",), projects=(other_project_keys["project"],))


@pytest.fixture
def no_role(project: Project) -> User:
    return make_user("nora", projects=(project,))


@pytest.fixture
def pending(project: Project, secret_key: ApiKey) -> Callable[..., Sample]:
    """Share a conversation and run the pipeline: a sample waiting for review."""
    counter = iter(range(10_000))
    # Samples here differ by a number only: the duplicate filter would reject them.
    project.settings = {"filters": {"near_duplicate": False}}
    project.save(update_fields=["settings"])

    def _pending(**overrides: Any) -> Sample:
        n = next(counter)
        body = share_body(conversation_id=f"conv-{n}", **overrides)
        if "messages" not in overrides:
            body["messages"][-1]["content"] = f"Question number {n}: what is the capital of Peru?"
        accepted = share_conversation(api_key=secret_key, data=body)
        state = advance_sample(sample_id=accepted.id)
        assert state == Sample.State.PENDING_REVIEW, state
        return Sample.objects.get(pk=accepted.id)

    return _pending


def set_reviews_per_sample(project: Project, n: int) -> None:
    project.settings = {**project.settings, "review": {"reviews_per_sample": n}}
    project.save(update_fields=["settings"])


@pytest.fixture
def token_client() -> Callable[[User | None], APIClient]:
    def _client(user: User | None) -> APIClient:
        client = APIClient()
        if user is not None:
            token, _ = Token.objects.get_or_create(user=user)
            client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return client

    return _client

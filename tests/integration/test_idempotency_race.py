"""Two requests racing with one idempotency key on PostgreSQL: one row, two 2xx, one id.

The race is forced, not hoped for. The test first holds, in an open transaction of its own,
a row with the same project and idempotency key. Both requests (each in its own thread, with
its own connection) then look for an earlier submission, find none (the held row is not
committed), and block in their INSERT on the unique index. Once PostgreSQL shows both
waiting on the test's transaction, the test rolls it back: one request's INSERT goes through;
the other waits for that one to commit and then fails on the unique constraint, which the
intake must turn into an answer naming the winner's id.
"""

import threading
import time
from typing import Any

import pytest
from django.db import connection, connections, transaction
from rest_framework.test import APIClient

from curation.models import Sample
from feedback.models import ApiKey, Submission
from feedback.privacy import idempotency_hash
from tests.conftest import share_body

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _waiting_on_me() -> int:
    """How many other sessions are waiting for a lock this session holds."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(DISTINCT pid) FROM pg_locks "
            "WHERE NOT granted AND pg_backend_pid() = ANY(pg_blocking_pids(pid))"
        )
        return int(cursor.fetchone()[0])


def test_two_requests_racing_on_one_idempotency_key_get_one_row_and_the_same_id(project_keys):
    body = share_body(idempotency_key="retry-me-7f3a")
    key = ApiKey.objects.get(hashed=ApiKey.hash(project_keys["sk"]))
    answers: list[Any] = [None, None]
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def request(index: int) -> None:
        try:
            barrier.wait(timeout=10)
            answers[index] = APIClient().post(
                "/api/v1/conversations",
                body,
                format="json",
                HTTP_AUTHORIZATION=f"Bearer {project_keys['sk']}",
            )
        except BaseException as exc:  # handed to the test thread
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=request, args=(i,), daemon=True) for i in range(2)]
    with transaction.atomic():
        Submission.objects.create(
            project_id=key.project_id,
            api_key=key,
            kind=Submission.Kind.CONVERSATION,
            idempotency_key=idempotency_hash("retry-me-7f3a"),
            payload=None,
        )
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 20
        while _waiting_on_me() < 2:
            assert not errors, errors
            assert time.monotonic() < deadline, f"the requests never met on the key: {answers}"
            time.sleep(0.02)
        transaction.set_rollback(True)  # both requests now race for the key
    for thread in threads:
        thread.join(20)
    assert not any(thread.is_alive() for thread in threads), "a request hung"
    assert not errors, errors

    assert sorted(answer.status_code for answer in answers) == [200, 202], [
        (answer.status_code, answer.content) for answer in answers
    ]
    ids = {answer.json()["id"] for answer in answers}
    assert len(ids) == 1
    (submission,) = Submission.objects.filter(project_id=key.project_id)
    assert str(submission.pk) in ids
    assert Sample.objects.filter(pk=submission.pk).count() == 1
    assert Sample.objects.count() == 1

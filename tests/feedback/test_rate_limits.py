"""Rate limits: per publishable key and client address with a per-key ceiling, the secret
key apart, shared by every web process through the cache, failing open when it is down."""

import logging

import pytest
from django.core.cache import cache, caches
from django.test import override_settings

import assay.auth
from assay.auth import client_ip
from feedback.models import Submission
from tests.conftest import ORIGIN, feedback_body

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_clock")]


def from_address(client, project_keys, address, **headers):
    return client.post(
        "/api/v1/feedback",
        feedback_body(),
        format="json",
        HTTP_AUTHORIZATION=f"Bearer {project_keys['pk']}",
        HTTP_ORIGIN=ORIGIN,
        REMOTE_ADDR=address,
        **headers,
    ).status_code


@override_settings(ASSAY_CLIENT_RATE="2/min", ASSAY_KEY_RATE="100/min")
def test_one_visitor_cannot_use_up_a_projects_allowance(client, project_keys):
    assert [from_address(client, project_keys, "10.0.0.1") for _ in range(3)] == [202, 202, 429]
    # Another visitor of the same page still gets through.
    assert from_address(client, project_keys, "10.0.0.2") == 202


@override_settings(ASSAY_CLIENT_RATE="5/min", ASSAY_KEY_RATE="3/min")
def test_a_publishable_key_has_a_ceiling_across_addresses(client, project_keys):
    statuses = [from_address(client, project_keys, f"10.0.1.{n}") for n in range(5)]
    assert statuses == [202, 202, 202, 429, 429]


@override_settings(ASSAY_CLIENT_RATE="1/min", ASSAY_KEY_RATE="1/min", ASSAY_SECRET_KEY_RATE="5/min")
def test_the_servers_secret_key_is_counted_apart_from_the_browsers(client, post, project_keys):
    assert from_address(client, project_keys, "10.0.2.1") == 202
    assert from_address(client, project_keys, "10.0.2.2") == 429
    assert post("/api/v1/feedback", feedback_body(), key=project_keys["sk"]).status_code == 202


def test_the_client_address_honours_only_the_trusted_proxies(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR="6.6.6.6, 1.2.3.4")
    settings.ASSAY_TRUSTED_PROXIES = 0
    assert client_ip(request) == "10.9.9.9"
    settings.ASSAY_TRUSTED_PROXIES = 1
    assert client_ip(request) == "1.2.3.4"
    settings.ASSAY_TRUSTED_PROXIES = 2
    assert client_ip(request) == "6.6.6.6"


@override_settings(ASSAY_CLIENT_RATE="2/min", ASSAY_TRUSTED_PROXIES=1)
def test_a_spoofed_forwarded_for_does_not_buy_a_new_allowance(client, project_keys):
    spoof = [
        from_address(client, project_keys, "10.0.0.9", HTTP_X_FORWARDED_FOR=f"{n}.1.1.1, 7.7.7.7")
        for n in range(3)
    ]
    assert spoof == [202, 202, 429]


@override_settings(ASSAY_SECRET_KEY_RATE="2/min")
def test_counters_are_shared_through_the_cache_not_the_process(post, project_keys, secret_key):
    assert post("/api/v1/feedback", feedback_body(), key=project_keys["sk"]).status_code == 202
    # A second cache connection, as another web process would open, sees the same count.
    other = caches.create_connection("default")
    window = 1_800_000_030 // 60
    assert other.get(f"throttle:sk:{secret_key.pk}:{window}") == 1
    other.incr(f"throttle:sk:{secret_key.pk}:{window}")
    assert post("/api/v1/feedback", feedback_body(), key=project_keys["sk"]).status_code == 429


def test_an_unreachable_cache_lets_requests_through_with_a_warning(
    post, project_keys, monkeypatch, caplog
):
    def down(*args, **kwargs):
        raise ConnectionError("redis is down")

    # The cache itself fails, whichever way it is counted (add + incr, or a script on Redis);
    # the throttle's own counting code runs.
    monkeypatch.setattr(cache, "add", down)
    monkeypatch.setattr(assay.auth, "_redis_count_script", down)
    with caplog.at_level(logging.WARNING, logger="assay.auth"):
        response = post("/api/v1/feedback", feedback_body(), key=project_keys["sk"])
    assert response.status_code == 202
    assert Submission.objects.count() == 1
    assert "rate-limit cache unreachable (ConnectionError)" in caplog.text

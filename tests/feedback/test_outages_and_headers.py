"""Outages answer JSON 503 instead of 500; pages carry security headers; logins are
throttled; production settings pass `check --deploy`; error reports hide bodies."""

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.db import OperationalError
from django.test import Client
from django.views.debug import ExceptionReporter

from feedback.models import ApiKey, Submission
from tests.conftest import ORIGIN, feedback_body

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def test_a_database_outage_is_a_json_503_with_retry_after(post, project_keys, monkeypatch):
    def down(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(ApiKey.objects, "with_hash", down)
    response = post("/api/v1/feedback", feedback_body(), key=project_keys["sk"])
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json() == {
        "error": {"service": "The service is temporarily unavailable; retry shortly."}
    }


def test_a_cors_preflight_with_the_database_down_is_not_a_500(client, project_keys, monkeypatch):
    from feedback import cors

    def down(*args, **kwargs):
        raise OperationalError("down")

    monkeypatch.setattr(cors.Project.objects, "only", down)
    response = client.options(
        "/api/v1/feedback", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert response.status_code < 500
    assert "access-control-allow-origin" not in response


def test_admin_pages_send_csp_frame_denial_and_nosniff():
    response = Client().get("/admin/login/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_password_guessing_is_locked_out():
    User.objects.create_user("guard", password="right-horse-battery", is_staff=True)
    client = Client()
    statuses = [
        client.post(
            "/admin/login/", {"username": "guard", "password": "wrong"}, REMOTE_ADDR="10.1.1.1"
        ).status_code
        for _ in range(5)
    ]
    # The fifth failure locks the pair out; even the right password is refused now.
    assert statuses == [200, 200, 200, 200, 429]
    locked = client.post(
        "/admin/login/",
        {"username": "guard", "password": "right-horse-battery"},
        REMOTE_ADDR="10.1.1.1",
    )
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_error_reports_never_show_the_request_body_or_frame_variables(rf):
    # Built at run time, so the source lines the report quotes do not contain it.
    secret = "@".join(["jane.doe", "example.com"])
    request = rf.post("/api/v1/feedback", {"comment": secret})
    try:
        payload = {"comment": secret}  # noqa: F841 - a frame variable the report must hide
        raise ValueError("boom")
    except ValueError:
        reporter = ExceptionReporter(request, *sys.exc_info())
        html = reporter.get_traceback_html()
        text = reporter.get_traceback_text()
    assert secret not in html and secret not in text


def test_production_settings_pass_check_deploy(tmp_path):
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": base64.urlsafe_b64encode(os.urandom(48)).decode(),
        "ASSAY_PAYLOAD_KEYS": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "ALLOWED_HOSTS": "assay.example.com",
        "ASSAY_VAR_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_nothing_is_written_when_the_database_fails_mid_request(post, project_keys, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def down(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    # The sample's INSERT runs after its submission's (in one transaction off PostgreSQL).
    execute = CursorWrapper.execute

    def sample_insert_fails(self, sql, params=None):
        if sql.startswith('INSERT INTO "curation_sample"'):
            down()
        return execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", sample_insert_fails)
    response = post("/api/v1/feedback", feedback_body(), key=project_keys["sk"])
    assert response.status_code == 503
    assert not Submission.objects.exists()

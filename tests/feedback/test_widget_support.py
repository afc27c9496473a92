"""What the widget relies on from the server: its files served as static assets within the size
budget, CORS answered the way it sends (text/plain, key in the body, no preflight), the
Retry-After it honours, and the /demo/ page that shows it off."""

import gzip
import json
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from feedback.models import Submission
from tests.conftest import ORIGIN, feedback_body

WIDGET = Path(finders.find("assay/widget.js") or "static/assay/widget.js")
# The budget for the widget, gzipped.
BUDGET_BYTES = 8 * 1024


def test_the_widget_is_under_its_gzipped_size_budget():
    size = len(gzip.compress(WIDGET.read_bytes(), compresslevel=9))
    print(f"widget.js: {WIDGET.stat().st_size} bytes, {size} gzipped")
    assert size < BUDGET_BYTES


def test_the_widget_and_its_module_build_are_static_files():
    assert finders.find("assay/widget.js")
    module = Path(finders.find("assay/widget.mjs"))
    assert 'import "./widget.js";' in module.read_text()


def test_the_widget_needs_no_eval_and_no_inline_styles():
    source = WIDGET.read_text()
    for forbidden in ("eval(", "new Function", "innerHTML", "insertAdjacentHTML", ".style."):
        assert forbidden not in source, forbidden
    assert "adoptedStyleSheets" in source


@pytest.mark.django_db
def test_a_text_plain_post_with_the_key_in_the_body_is_accepted(client, project_keys):
    body = feedback_body(key=project_keys["pk"], idempotency_key="w-1", end_user_id="anon-1")
    response = client.post(
        "/api/v1/feedback",
        json.dumps(body),
        content_type="text/plain;charset=UTF-8",
        HTTP_ORIGIN=ORIGIN,
    )
    assert response.status_code == 202
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert "retry-after" in response["Access-Control-Expose-Headers"].lower()
    again = client.post(
        "/api/v1/feedback",
        json.dumps(body),
        content_type="text/plain;charset=UTF-8",
        HTTP_ORIGIN=ORIGIN,
    )
    assert (again.status_code, again.json()["id"]) == (200, response.json()["id"])
    assert Submission.objects.count() == 1


@pytest.mark.django_db
def test_a_disallowed_origin_can_read_why_it_was_refused(client, project_keys):
    response = client.post(
        "/api/v1/feedback",
        json.dumps(feedback_body(key=project_keys["pk"])),
        content_type="text/plain",
        HTTP_ORIGIN="https://evil.example",
    )
    assert response.status_code == 403
    # Readable by the page, so the widget can say why instead of retrying as if offline.
    assert response["Access-Control-Allow-Origin"] == "https://evil.example"
    assert "not allowed" in response.json()["error"]["origin"]
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_a_disallowed_origin_still_gets_no_preflight(client, project_keys):
    response = client.options(
        "/api/v1/conversations",
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.django_db
def test_other_endpoints_answer_no_cors_even_to_a_post(client, project_keys):
    response = client.post("/api/v1/batch", "{}", content_type="text/plain", HTTP_ORIGIN=ORIGIN)
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.django_db
def test_the_demo_page_carries_the_demo_key_and_no_inline_code(client, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    (tmp_path / "demo.json").write_text(json.dumps({"publishable_key": "pk_demo123"}))
    response = client.get("/demo/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-key="pk_demo123"' in html
    assert 'data-endpoint="http://testserver"' in html
    assert "/static/assay/widget.js" in html
    assert "<script>" not in html
    assert "style=" not in html
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_demo_page_says_how_to_create_the_demo_project(client, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    response = client.get("/demo/")
    assert response.status_code == 200
    assert "manage.py seed_demo" in response.content.decode()
    assert "data-key=" in response.content.decode()
    assert 'data-key=""' in response.content.decode()

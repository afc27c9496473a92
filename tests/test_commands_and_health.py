import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from curation.models import Sample
from feedback.models import ApiKey, Project

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db


def test_createproject_json_prints_exactly_one_object(capsys):
    call_command(
        "createproject",
        "shop",
        "--origin",
        "https://Shop.example.com/",
        "--origin",
        "http://localhost:3000",
        "--json",
    )
    out = capsys.readouterr().out
    created = json.loads(out)
    assert set(created) == {"project", "publishable_key", "secret_key"}
    assert created["project"] == "shop"
    project = Project.objects.get(slug="shop")
    assert project.allowed_origins == ["https://shop.example.com", "http://localhost:3000"]
    keys = {key.kind: key for key in project.keys.all()}
    assert keys["publishable"].hashed == ApiKey.hash(created["publishable_key"])
    assert keys["secret"].hashed == ApiKey.hash(created["secret_key"])


def test_createproject_refuses_a_duplicate_slug_and_a_bad_origin():
    call_command("createproject", "shop", "--json")
    with pytest.raises(CommandError, match="already exists"):
        call_command("createproject", "shop")
    with pytest.raises(CommandError, match="not an origin"):
        call_command("createproject", "other", "--origin", "https://example.com/path")
    assert Project.objects.count() == 1


def test_seed_demo_is_repeatable_and_keeps_its_credentials(settings, tmp_path, capsys):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo")
    first = json.loads((tmp_path / "demo.json").read_text())
    call_command("seed_demo")
    second = json.loads((tmp_path / "demo.json").read_text())
    assert first == second
    assert first["admin_password"] in capsys.readouterr().out
    assert Project.objects.filter(slug="demo").count() == 1
    # The demo conversations were submitted once, through the intake service.
    assert Sample.objects.count() == 2
    assert ApiKey.objects.get(hashed=ApiKey.hash(first["secret_key"])).is_secret


def test_healthz_answers(client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_answers_200_when_database_and_broker_are_reachable(client, settings):
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    assert response.json()["checks"] == {"database": "ok", "broker": "ok"}


def test_readyz_answers_503_when_the_broker_is_unreachable(client, monkeypatch):
    from assay.celery import app

    monkeypatch.setattr(app.conf, "broker_url", "redis://127.0.0.1:1/0")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "unreachable"


def _start_settings(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_start_up_fails_clearly_without_a_secret_key_when_debug_is_off():
    result = _start_settings(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_start_up_fails_clearly_on_a_bad_setting():
    result = _start_settings(ASSAY_KEY_RATE="lots")
    assert result.returncode != 0
    assert "ASSAY_KEY_RATE" in result.stderr


def test_seed_demo_allows_the_address_make_run_serves(settings, tmp_path, capsys):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo", "--origin", "http://127.0.0.1:9000")
    assert "http://127.0.0.1:9000" in capsys.readouterr().out
    project = Project.objects.get(slug="demo")
    assert "http://127.0.0.1:9000" in project.allowed_origins
    call_command("seed_demo", "--origin", "http://0.0.0.0:8080")
    project.refresh_from_db()
    assert {"http://127.0.0.1:9000", "http://0.0.0.0:8080"} <= set(project.allowed_origins)

"""publish_version, export_dataset, tag_version and erase_conversation."""

import hashlib
import io

import pytest
from django.core.management import CommandError, call_command

from datasets import export
from datasets.models import DatasetVersion
from tests.datasets.conftest import body
from tests.datasets.factories import approve_sample, client_conversation_id

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_publish_version_syncs_publishes_tags_and_prints_the_sha256(project, samples):
    out, _ = run("publish_version", "acme", "golden-support", "--notes", "first", "--tag", "prod")
    version = DatasetVersion.objects.get()
    assert version.notes == "first" and version.created_by_name == "system"
    assert "Published golden-support v1 [prod]: 4 items (vs nothing: +4 -0 ~0)" in out
    assert f"sha256 {version.sha256}" in out
    approve_sample(project=project)
    out, _ = run("publish_version", "acme", "golden-support")
    assert "v2" in out and "(vs v1: +1 -0 ~0)" in out
    with pytest.raises(CommandError, match="Nothing changed"):
        run("publish_version", "acme", "golden-support")
    with pytest.raises(CommandError, match="No dataset"):
        run("publish_version", "acme", "nope")
    with pytest.raises(CommandError, match="No project"):
        run("publish_version", "nope", "golden-support")


def test_export_dataset_writes_a_file_with_a_progress_bar_and_prints_its_sha256(
    tmp_path, project, samples, v1, capsys
):
    target = tmp_path / "out.jsonl"
    out, _ = run(
        "export_dataset", "acme", "golden-support@1", "--format", "inspect", "--output", str(target)
    )
    data = target.read_bytes()
    assert data == body(v1, "inspect")
    digest = hashlib.sha256(data).hexdigest()
    assert digest == v1.formats["inspect"]["all"]["sha256"]
    assert out.startswith(f"sha256 {digest}  {target}")
    assert "item" in capsys.readouterr().err  # tqdm's bar
    assert not list(tmp_path.glob(".*partial"))


def test_export_dataset_to_stdout_by_tag_latest_and_split(tmp_path, project, samples, v1):
    out, err = run("export_dataset", "acme", "golden-support@prod")
    assert out.encode() == body(v1) and f"sha256 {v1.sha256}" in err
    out, _ = run("export_dataset", "acme", "golden-support", "--format", "kto")
    assert out.encode() == body(v1, "kto")
    split = max(v1.counts["splits"], key=v1.counts["splits"].get)
    out, err = run("export_dataset", "acme", "golden-support@v1", "--split", split)
    assert out.encode() == body(v1, "assay", split)
    assert v1.formats["assay"][split]["sha256"] in err
    with pytest.raises(CommandError, match="Unknown split"):
        run("export_dataset", "acme", "golden-support", "--split", "holdout")
    with pytest.raises(CommandError, match="No such version"):
        run("export_dataset", "acme", "golden-support@9")
    with pytest.raises(CommandError):
        run("export_dataset", "acme", "golden-support", "--format", "csv")


def test_export_dataset_refuses_a_withdrawn_version(project, samples, v1):
    run("erase_conversation", "acme", client_conversation_id(samples[0]))
    with pytest.raises(CommandError, match="use version 2"):
        run("export_dataset", "acme", "golden-support@1")
    out, _ = run("export_dataset", "acme", "golden-support@prod")
    assert len(out.splitlines()) == 3


def test_tag_version_moves_a_tag(project, samples, v1):
    approve_sample(project=project)
    run("publish_version", "acme", "golden-support")
    out, _ = run("tag_version", "acme", "golden-support@2", "prod")
    assert "prod → golden-support v2" in out
    out, _ = run("export_dataset", "acme", "golden-support@prod")
    assert export.sha256_hex(out.encode()) == DatasetVersion.objects.get(number=2).sha256
    with pytest.raises(CommandError, match="A tag"):
        run("tag_version", "acme", "golden-support@2", "latest")


def test_erase_conversation_reports_counts_without_content(project, samples, v1):
    conversation_id = client_conversation_id(samples[1])
    out, _ = run("erase_conversation", "acme", conversation_id, "--requested-by", "dpo")
    assert "1 sample(s) and 1 dataset item(s) removed" in out
    assert "golden-support v1 withdrawn, re-issued as v2" in out
    assert conversation_id not in out

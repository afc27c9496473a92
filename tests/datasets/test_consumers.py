"""Each export format loaded by its real consumer: Hugging Face `datasets` (every format),
Inspect AI's json_dataset (`inspect`), and TRL's KTOTrainer data preparation plus one training
step on a tiny random model (`kto`).

They live in a separate virtualenv (bench/consumers_setup.sh) named by ASSAY_CONSUMERS_PYTHON
and run from a folder outside the repository, where this project's `datasets` app cannot
shadow Hugging Face's package. Without the variable the test skips, except under CI.
"""

import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

from datasets import export
from tests.datasets.conftest import body, publish
from tests.datasets.factories import approve_sample

CHECK = Path(__file__).with_name("consumers_check.py")


@pytest.fixture
def consumers_python() -> str:
    python = os.environ.get("ASSAY_CONSUMERS_PYTHON", "")
    if not python:
        if os.environ.get("CI"):
            pytest.fail("ASSAY_CONSUMERS_PYTHON is not set under CI", pytrace=False)
        pytest.skip("ASSAY_CONSUMERS_PYTHON not set (bash bench/consumers_setup.sh)")
    return python


@pytest.mark.django_db
def test_every_format_loads_in_its_real_consumer(consumers_python, project):
    for n in range(8):
        approve_sample(
            project=project,
            rating=["up", "down", None][n % 3],
            reference="A reference answer." if n % 4 == 0 else "",
            tags=["geo"] if n % 2 else [],
        )
    version = publish(project)
    with tempfile.TemporaryDirectory(prefix="assay-consumers-") as folder:
        paths = {}
        for fmt in export.FORMATS:
            path = Path(folder) / f"golden-support-v1.{fmt}.jsonl"
            path.write_bytes(body(version, fmt))
            paths[fmt] = str(path)
        done = subprocess.run(
            [consumers_python, "-c", CHECK.read_text(), json.dumps(paths)],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": "", "PYTHONSAFEPATH": "1", "HF_HUB_OFFLINE": "1"},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-4000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    lines = {fmt: version.formats[fmt]["all"]["lines"] for fmt in export.FORMATS}
    for fmt in export.FORMATS:
        assert results[f"hf:{fmt}"]["rows"] == lines[fmt], fmt
    assert results["hf:assay"]["columns"] == [
        "expected_output",
        "feedback",
        "id",
        "input",
        "metadata",
        "output",
        "split",
        "tags",
    ]
    assert results["hf:openai-chat"]["columns"] == ["messages"]
    assert results["hf:langsmith"]["columns"] == ["expected_output", "input", "metadata"]
    assert results["hf:kto"]["columns"] == ["completion", "label", "prompt"]
    inspect = results["inspect"]
    ids = sorted(json.loads(x)["id"] for x in body(version).splitlines())
    assert inspect["samples"] == 8 and inspect["ids"] == ids
    assert inspect["roles"] == ["system", "user"] and inspect["targets"] == 4
    assert {"feedback", "split", "output"} <= set(inspect["metadata_keys"])
    kto = results["kto"]
    assert "skipped" not in kto, kto
    assert kto["rows"] == lines["kto"] and kto["labels"] == [False, True]
    assert kto["conversational"] is True
    assert {"prompt_ids", "completion_ids", "label"} <= set(kto["prepared_columns"])
    assert kto["trained_steps"] == 1

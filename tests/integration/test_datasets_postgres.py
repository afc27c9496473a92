"""Dataset exports are byte-identical on PostgreSQL and SQLite.

The same fixed rows are built here (PostgreSQL) and in a subprocess on a fresh SQLite file; every
version, format and split must hash the same, and the streamed bytes must match the hashes
stored at publish time and the pure export function.
"""

import json
import os
import subprocess
import sys
import tempfile

import pytest

from datasets import export, services
from datasets.models import DatasetVersion
from tests.datasets.conftest import samples, v1  # noqa: F401
from tests.datasets.scenario import build

# The SQLite suite's own dataset tests, collected here again on PostgreSQL.
from tests.datasets.test_erasure import (  # noqa: F401
    test_every_version_holding_it_is_withdrawn_and_reissued,
    test_older_versions_that_held_it_are_reissued_on_their_own,
)
from tests.datasets.test_immutability import (  # noqa: F401
    test_published_items_cannot_be_updated_in_bulk,
    test_versions_cannot_be_saved_updated_or_deleted,
)
from tests.datasets.test_services import (  # noqa: F401
    test_every_version_keeps_its_bytes_through_later_work,
    test_exports_are_byte_identical_every_time_and_match_the_pure_function,
    test_removing_and_editing_items_make_the_next_version_and_the_diff_lists_them,
    test_the_manifest_has_hashes_counts_and_lineage,
)
from tests.integration.conftest import ROOT


def sqlite_figures() -> dict:
    with tempfile.TemporaryDirectory(prefix="assay-xdb-") as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/xdb.sqlite3",
            "ASSAY_VAR_DIR": tmp,
            "CELERY_BROKER_URL": "memory://",
            "REDIS_URL": "",
            "LOG_LEVEL": "WARNING",
        }
        done = subprocess.run(
            [sys.executable, "-m", "tests.datasets.scenario"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.mark.django_db
def test_exports_are_byte_identical_on_postgresql_and_sqlite():
    postgres = build()
    for number, figures in postgres.items():
        version = DatasetVersion.objects.get(number=int(number))
        for fmt in export.FORMATS:
            assert figures["streamed"][fmt] == figures["formats"][fmt]["all"]["sha256"]
            records = [json.loads(r) for r in services.stream_lines(version)]
            golden = export.export_bytes(records, fmt)
            assert export.sha256_hex(golden) == figures["formats"][fmt]["all"]["sha256"]
    assert sqlite_figures() == postgres


@pytest.mark.django_db
def test_items_come_in_byte_order_of_their_ids_on_postgresql():
    build()
    version = DatasetVersion.objects.get(number=1)
    ids = [json.loads(line)["id"] for line in services.stream_lines(version)]
    assert ids == sorted(ids, key=lambda i: i.encode())

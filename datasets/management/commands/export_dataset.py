import hashlib
import os
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from datasets import services
from datasets.export import FORMATS
from datasets.management.commands._common import (
    project_by_slug,
    split_ref,
    synced_dataset,
    version_of,
)


class Command(BaseCommand):
    help = (
        "Export a version as JSON Lines: DATASET[@VERSION|@TAG] (default latest). Prints the "
        "sha256 of the bytes written (to stderr when the export goes to stdout)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("project", help="Project slug")
        parser.add_argument("dataset", help="DATASET[@VERSION|@TAG], e.g. golden-support@7")
        parser.add_argument("--format", choices=FORMATS, default="assay")
        parser.add_argument("--split", default="", help="One split (default: every item)")
        parser.add_argument("--output", help="File to write (default: stdout)")

    def handle(self, *args: Any, **options: Any) -> None:
        name, ref = split_ref(options["dataset"])
        version = version_of(synced_dataset(project_by_slug(options["project"]), name), ref)
        fmt = options["format"]
        try:
            split = services.check_split(version.dataset, options["split"])
        except services.DatasetError as exc:
            raise CommandError(str(exc)) from None
        expected = services.export_figures(version, fmt, split)
        chunks = services.iter_export(version=version, fmt=fmt, split=split)
        output = options["output"]
        mismatch = "The bytes written do not match the version's stored sha256."
        if not output:
            # Bytes as they are to a real stdout; text to a stream that has no buffer (tests).
            stream: Any = self.stdout._out
            digest = self._write(chunks, getattr(stream, "buffer", None) or _Text(stream))
            stream.flush()
            if digest != expected["sha256"]:
                raise CommandError(mismatch)
            self.stderr.write(f"sha256 {digest}  -  ({name} v{version.number}, {fmt})")
            return
        path = Path(output)
        partial = path.with_name(f".{path.name}.partial")
        bar = tqdm(
            total=expected["lines"], unit="item", unit_scale=True, file=sys.stderr, desc=name
        )
        try:
            with bar, partial.open("wb") as handle:
                digest = self._write(chunks, handle, progress=bar)
            if digest != expected["sha256"]:
                raise CommandError(mismatch)
            # The file appears whole or not at all.
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        self.stdout.write(f"sha256 {digest}  {output}  ({name} v{version.number}, {fmt})")

    def _write(self, chunks: Any, handle: Any, *, progress: Any = None) -> str:
        hasher = hashlib.sha256()
        for chunk in chunks:
            hasher.update(chunk)
            handle.write(chunk)
            if progress is not None:
                progress.update(chunk.count(b"\n"))
        return hasher.hexdigest()


class _Text:
    """A binary write() onto a text stream."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data.decode())

"""A version's dataset card: Markdown with statistics computed with pandas.

Records come in chunks, are summarised chunk by chunk (counts add up; lengths are kept as
small integer arrays), so a card of a million items stays within bounded memory. Pure: records
in, text out.
"""

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from datasets.export import label

CHUNK = 20_000
TOP = 15


class _Stats:
    def __init__(self) -> None:
        self.counters: dict[str, Counter[str]] = {
            name: Counter()
            for name in ("split", "label", "tags", "reasons", "model", "prompt_version", "source")
        }
        self.lengths: dict[str, list[np.ndarray]] = {"input": [], "output": [], "turns": []}
        self.with_reference = 0

    def add_chunk(self, records: list[Mapping[str, Any]]) -> None:
        frame = pd.DataFrame(
            {
                "split": [r["split"] for r in records],
                "label": [label(r) for r in records],
                "model": [r["metadata"]["model"] or "(none)" for r in records],
                "prompt_version": [r["metadata"]["prompt_version"] or "(none)" for r in records],
                "source": [r["metadata"]["source"] for r in records],
                "input": [sum(len(m["content"]) for m in r["input"]) for r in records],
                "output": [len(r["output"]["content"]) if r["output"] else 0 for r in records],
                "turns": [len(r["input"]) + (1 if r["output"] else 0) for r in records],
                "tags": [r["tags"] for r in records],
                "reasons": [(r["feedback"] or {}).get("reasons", []) for r in records],
            }
        )
        for column in ("split", "label", "model", "prompt_version", "source"):
            self.counters[column].update(frame[column].value_counts().to_dict())
        for column in ("tags", "reasons"):
            self.counters[column].update(frame[column].explode().dropna().value_counts().to_dict())
        for column in ("input", "output", "turns"):
            self.lengths[column].append(frame[column].to_numpy(dtype=np.int32))
        self.with_reference += sum(1 for r in records if r["expected_output"] is not None)


def _table(title: str, counts: Counter[str], total: int, *, top: int = TOP) -> list[str]:
    lines = [f"### {title}", ""]
    if not counts:
        return [*lines, "None.", ""]
    lines += [f"| {title.lower()} | items | share |", "| --- | ---: | ---: |"]
    # Most common first, ties by name, so the card is the same every time.
    for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        share = 100 * count / total if total else 0
        lines.append(f"| {_cell(name)} | {count} | {share:.1f}% |")
    if len(counts) > top:
        lines.append(f"| … {len(counts) - top} more | | |")
    return [*lines, ""]


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_card(*, header: Mapping[str, Any], description: str, records: Iterable[str]) -> str:
    """The Markdown card of a version from its header (manifest fields) and canonical lines."""
    stats = _Stats()
    chunk: list[Mapping[str, Any]] = []
    for line in records:
        chunk.append(json.loads(line))
        if len(chunk) >= CHUNK:
            stats.add_chunk(chunk)
            chunk = []
    if chunk:
        stats.add_chunk(chunk)
    total = sum(stats.counters["split"].values())
    name, number = header["dataset"], header["version"]
    lines = [
        f"# {_cell(name)} v{number}",
        "",
        _cell(description) if description else "_No description._",
        "",
        f"- Project: `{header['project']}`",
        f"- Schema: `{header['schema']}`",
        f"- Items: {total}",
        f"- Published: {header['created_at']} by {_cell(header['created_by'])}",
        f"- Parent: {'v' + str(header['parent']) if header['parent'] else 'none'}",
        f"- sha256 (assay export): `{header['sha256']}`",
        f"- Dataset hash: `{header['dataset_hash']}`",
        f"- Items with a reference answer: {stats.with_reference}",
        "",
    ]
    if header.get("notes"):
        lines += ["## Notes", "", _cell(header["notes"]), ""]
    lines += ["## Statistics", ""]
    lines += _table("Split", stats.counters["split"], total)
    lines += _table("Rating", stats.counters["label"], total)
    lines += _table("Tags", stats.counters["tags"], total)
    lines += _table("Reasons", stats.counters["reasons"], total)
    lines += _table("Models", stats.counters["model"], total)
    lines += _table("Prompt versions", stats.counters["prompt_version"], total)
    lines += _table("Source", stats.counters["source"], total)
    lines += ["### Lengths (characters; turns are messages)", ""]
    lines += ["| | mean | median | p90 | max |", "| --- | ---: | ---: | ---: | ---: |"]
    for column, title in (("input", "input"), ("output", "rated answer"), ("turns", "turns")):
        values = (
            np.concatenate(stats.lengths[column])
            if stats.lengths[column]
            else np.zeros(0, np.int32)
        )
        if len(values):
            series = pd.Series(values)
            lines.append(
                f"| {title} | {series.mean():.1f} | {series.median():.0f} "
                f"| {series.quantile(0.9):.0f} | {series.max()} |"
            )
        else:
            lines.append(f"| {title} | – | – | – | – |")
    lines.append("")
    return "\n".join(lines)

"""Export formatting, apart from the database: records in, bytes out.

Every item is frozen once as its canonical `assay.v1` record, rendered by `render` (keys
sorted, UTF-8 kept as is, compact separators, no floats). The `assay` export is those stored
lines; every other format parses a line and renders its own object the same way, so one
version and format give the same bytes on any database and any run.
"""

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SCHEMA = "assay.v1"
# The whole version; a split name narrows an export to that split.
ALL = "all"
LABELS = ("down", "unrated", "up")
SPLIT_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
# Lines per chunk written or streamed at once.
CHUNK_LINES = 1000


# Built once: json.dumps with options makes a new encoder on every call.
_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def dumps(value: Any) -> str:
    """The one JSON rendering of every export: sorted keys, UTF-8 as is, compact."""
    return _ENCODER.encode(value)


def sha256_hex(data: str | bytes) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def item_id_for(*, dataset_name: str, sample_id: str) -> str:
    """A stable item id: 32 hex characters from the dataset name and the source sample id."""
    return sha256_hex(f"assay-item\n{dataset_name}\n{sample_id}")[:32]


def check_split_ratios(ratios: Any) -> dict[str, int]:
    """Split weights: {name: positive integer}, at least one, names of lower-case letters."""
    if not isinstance(ratios, dict) or not ratios:
        raise ValueError('Give split weights as an object, e.g. {"train": 80, "test": 20}.')
    for name, weight in ratios.items():
        if not isinstance(name, str) or not SPLIT_NAME.match(name) or name == ALL:
            raise ValueError("Split names are lower-case letters, digits, '_' or '-'.")
        if isinstance(weight, bool) or not isinstance(weight, int) or not 0 < weight <= 10000:
            raise ValueError("Split weights are whole numbers from 1 to 10000.")
    return dict(ratios)


def assign_split(item_id: str, ratios: Mapping[str, int]) -> str:
    """The split of an item: a pure function of its id and the weights, so it never moves.

    The id's hash picks a point in [0, total); splits take their shares in name order.
    """
    total = sum(ratios.values())
    point = int(sha256_hex(f"assay-split\n{item_id}")[:16], 16) % total
    for name in sorted(ratios):
        if point < ratios[name]:
            return name
        point -= ratios[name]
    raise AssertionError("unreachable: the point is below the total")


def format_time(moment: datetime | None) -> str | None:
    """UTC, microseconds, a Z: the same text whatever database the value came from."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class ChatMessage:
    role: str
    content: str
    external_id: str = ""


@dataclass(frozen=True)
class Source:
    """What a record is built from: plain values read from an approved sample."""

    sample_id: str
    source: str
    conversation_id: str
    model: str
    prompt_version: str
    messages: list[ChatMessage]
    rating: int | None = None
    reasons: list[str] = field(default_factory=list)
    comment: str = ""
    rated_message_id: str = ""
    reference: str = ""
    tags: list[str] = field(default_factory=list)
    pii: dict[str, int] = field(default_factory=dict)
    reviewers: list[str] = field(default_factory=list)
    approved_at: datetime | None = None


def _rated_index(source: Source) -> int | None:
    """The rated answer: the message the feedback names, else the last assistant message."""
    assistant = [i for i, m in enumerate(source.messages) if m.role == "assistant"]
    if source.rated_message_id:
        for i in assistant:
            if source.messages[i].external_id == source.rated_message_id:
                return i
    return assistant[-1] if assistant else None


def canonical_record(source: Source, *, item_id: str, split: str) -> dict[str, Any]:
    """The assay.v1 record of an approved sample."""
    index = _rated_index(source)
    before = source.messages if index is None else source.messages[:index]
    output = None if index is None else source.messages[index]
    return {
        "id": item_id,
        "input": [{"role": m.role, "content": m.content} for m in before],
        "output": None if output is None else {"role": output.role, "content": output.content},
        "expected_output": source.reference or None,
        "feedback": (
            None
            if source.rating is None
            else {
                "rating": source.rating,
                "reasons": list(source.reasons),
                "comment": source.comment,
            }
        ),
        "tags": sorted(set(source.tags)),
        "split": split,
        "metadata": {
            "conversation_id": source.conversation_id,
            "model": source.model,
            "prompt_version": source.prompt_version,
            "pii": dict(source.pii),
            "source": source.source,
            "reviewed_by": ", ".join(sorted(set(source.reviewers))),
            "approved_at": format_time(source.approved_at),
        },
    }


def render(record: Mapping[str, Any]) -> str:
    """A record's canonical line, without its newline."""
    # Lone surrogates cannot be written as UTF-8 (nor stored by PostgreSQL): replace them.
    return dumps(record).encode("utf-8", "replace").decode("utf-8")


def label(record: Mapping[str, Any]) -> str:
    feedback = record.get("feedback")
    if not feedback:
        return "unrated"
    return "up" if feedback["rating"] > 0 else "down"


def target(record: Mapping[str, Any]) -> str | None:
    """What a good answer is: the reference answer, else the rated answer if rated up."""
    if record["expected_output"] is not None:
        return str(record["expected_output"])
    if record["output"] is not None and label(record) == "up":
        return str(record["output"]["content"])
    return None


def _metadata(record: Mapping[str, Any]) -> dict[str, Any]:
    output = record["output"]
    return {
        **record["metadata"],
        "id": record["id"],
        "split": record["split"],
        "tags": record["tags"],
        "feedback": record["feedback"],
        "output": None if output is None else output["content"],
    }


def to_openai_chat(record: Mapping[str, Any]) -> dict[str, Any] | None:
    """{"messages": [...]} ending with the target answer; items without one are left out."""
    answer = target(record)
    if answer is None:
        return None
    return {"messages": [*record["input"], {"role": "assistant", "content": answer}]}


def to_inspect(record: Mapping[str, Any]) -> dict[str, Any] | None:
    """Inspect AI's sample fields: id, input (chat messages), target, metadata."""
    return {
        "id": record["id"],
        "input": record["input"],
        "target": target(record) or "",
        "metadata": _metadata(record),
    }


def to_langsmith(record: Mapping[str, Any]) -> dict[str, Any] | None:
    """LangSmith / Langfuse dataset items: input, expected_output, metadata."""
    answer = target(record)
    return {
        "input": {"messages": record["input"]},
        "expected_output": None if answer is None else {"role": "assistant", "content": answer},
        "metadata": _metadata(record),
    }


def to_kto(record: Mapping[str, Any]) -> dict[str, Any] | None:
    """TRL's unpaired preference row from a thumb: prompt, completion, label (up = True)."""
    if record["output"] is None or record["feedback"] is None or not record["input"]:
        return None
    return {
        "prompt": record["input"],
        "completion": [record["output"]],
        "label": label(record) == "up",
    }


ADAPTERS: dict[str, Callable[[Mapping[str, Any]], dict[str, Any] | None] | None] = {
    "assay": None,
    "inspect": to_inspect,
    "kto": to_kto,
    "langsmith": to_langsmith,
    "openai-chat": to_openai_chat,
}
FORMATS = tuple(sorted(ADAPTERS))


def format_line(line: str, fmt: str) -> str | None:
    """One stored canonical line in a format, with its newline; None when the format skips it."""
    adapter = ADAPTERS[fmt]
    if adapter is None:
        return line + "\n"
    converted = adapter(json.loads(line))
    return None if converted is None else dumps(converted) + "\n"


def export_chunks(lines: Iterable[str], fmt: str) -> Iterator[bytes]:
    """The export of stored canonical lines (in id order) as UTF-8 chunks of many lines."""
    if fmt not in ADAPTERS:
        raise ValueError(f"unknown format {fmt!r}")
    adapter = ADAPTERS[fmt]
    chunk: list[str] = []
    for line in lines:
        if adapter is None:
            chunk.append(line)
            chunk.append("\n")
        else:
            converted = adapter(json.loads(line))
            if converted is not None:
                chunk.append(dumps(converted))
                chunk.append("\n")
        if len(chunk) >= 2 * CHUNK_LINES:
            yield "".join(chunk).encode()
            chunk = []
    if chunk:
        yield "".join(chunk).encode()


def export_bytes(records: Iterable[Mapping[str, Any]], fmt: str) -> bytes:
    """A whole export from records, sorted by id: the reference the database path must match."""
    ordered = sorted(records, key=lambda r: str(r["id"]))
    return b"".join(export_chunks((render(r) for r in ordered), fmt))


@dataclass
class Digest:
    """sha256, bytes and lines of an export as it is written."""

    hasher: Any = field(default_factory=hashlib.sha256)
    size: int = 0
    lines: int = 0

    def add(self, data: bytes, lines: int = 1) -> None:
        self.hasher.update(data)
        self.size += len(data)
        self.lines += lines

    def summary(self) -> dict[str, Any]:
        return {"sha256": self.hasher.hexdigest(), "bytes": self.size, "lines": self.lines}


class VersionDigest:
    """Every figure a version stores, from one pass over its canonical lines in id order."""

    def __init__(self, splits: Iterable[str]) -> None:
        self.scopes = (ALL, *sorted(splits))
        self.digests = {fmt: {scope: Digest() for scope in self.scopes} for fmt in FORMATS}
        self.splits = dict.fromkeys(sorted(splits), 0)
        self.labels = dict.fromkeys(LABELS, 0)
        self.splits_labels = {split: dict.fromkeys(LABELS, 0) for split in sorted(splits)}
        self.items = 0
        self.last_id = ""

    def add(self, line: str) -> None:
        record = json.loads(line)
        item_id, split = record["id"], record["split"]
        if item_id <= self.last_id:
            raise ValueError("items must come in increasing id order")
        self.last_id = item_id
        self.items += 1
        kind = label(record)
        self.splits[split] = self.splits.get(split, 0) + 1
        self.labels[kind] += 1
        self.splits_labels.setdefault(split, dict.fromkeys(LABELS, 0))[kind] += 1
        for fmt, adapter in ADAPTERS.items():
            if adapter is None:
                text = line + "\n"
            else:
                converted = adapter(record)
                if converted is None:
                    continue
                text = dumps(converted) + "\n"
            data = text.encode()
            self.digests[fmt][ALL].add(data)
            self.digests[fmt][split].add(data)

    def formats(self) -> dict[str, dict[str, dict[str, Any]]]:
        return {
            fmt: {scope: digest.summary() for scope, digest in scopes.items()}
            for fmt, scopes in self.digests.items()
        }

    def counts(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "splits": self.splits,
            "labels": self.labels,
            "splits_labels": self.splits_labels,
        }


def dataset_hash(sorted_content_hashes: Iterable[str]) -> str:
    """sha256 over the items' content hashes in sorted order, one per line: format-free."""
    hasher = hashlib.sha256()
    previous = ""
    for content_hash in sorted_content_hashes:
        if content_hash < previous:
            raise ValueError("content hashes must come sorted")
        previous = content_hash
        hasher.update(content_hash.encode() + b"\n")
    return hasher.hexdigest()


_LINEAGE_SLOT = "\x00lineage\x00"


def manifest_chunks(header: Mapping[str, Any], lineage_lines: Iterable[str]) -> Iterator[bytes]:
    """A version's manifest: the header's keys plus "lineage", one item's entry per line.

    The header is rendered with sorted keys and an indent of 2; the lineage entries (stored
    compact JSON, in id order) are spliced in where the key sorts.
    """
    text = json.dumps(
        {**header, "lineage": _LINEAGE_SLOT}, sort_keys=True, ensure_ascii=False, indent=2
    )
    before, after = text.split(json.dumps(_LINEAGE_SLOT), 1)
    yield before.encode() + b"["
    chunk: list[str] = []
    first = True
    for entry in lineage_lines:
        chunk.append(("\n    " if first else ",\n    ") + entry)
        first = False
        if len(chunk) >= CHUNK_LINES:
            yield "".join(chunk).encode()
            chunk = []
    chunk.append("]" if first else "\n  ]")
    yield "".join(chunk).encode() + after.encode() + b"\n"

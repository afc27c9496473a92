"""The pure export functions: records in, bytes out."""

import json
from datetime import UTC, datetime

import pytest

from datasets import export
from datasets.export import ChatMessage, Source

RATIOS = {"train": 80, "validation": 10, "test": 10}


def source(**overrides):
    values = {
        "sample_id": "5d0c9f0e-0000-4000-8000-000000000001",
        "source": "share",
        "conversation_id": "conv-1",
        "model": "gpt-x",
        "prompt_version": "v7",
        "messages": [
            ChatMessage("system", "Be brief."),
            ChatMessage("user", "Capital of Australia? Ça va, <PERSON_1>?", "m1"),
            ChatMessage("assistant", "Sydney.", "m2"),
            ChatMessage("user", "Sure?", "m3"),
            ChatMessage("assistant", "Yes.", "m4"),
        ],
        "rating": -1,
        "reasons": ["inaccurate"],
        "comment": "wrong",
        "rated_message_id": "m2",
        "reference": "Canberra.",
        "tags": ["geo", "capitals", "geo"],
        "pii": {"PERSON": 1},
        "reviewers": ["sam", "rita"],
        "approved_at": datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
    }
    values.update(overrides)
    return Source(**values)


def record(**overrides):
    return export.canonical_record(source(**overrides), item_id="a" * 32, split="test")


def test_it_builds_the_canonical_record_of_the_design():
    assert record() == {
        "id": "a" * 32,
        "input": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Capital of Australia? Ça va, <PERSON_1>?"},
        ],
        "output": {"role": "assistant", "content": "Sydney."},
        "expected_output": "Canberra.",
        "feedback": {"rating": -1, "reasons": ["inaccurate"], "comment": "wrong"},
        "tags": ["capitals", "geo"],
        "split": "test",
        "metadata": {
            "conversation_id": "conv-1",
            "model": "gpt-x",
            "prompt_version": "v7",
            "pii": {"PERSON": 1},
            "source": "share",
            "reviewed_by": "rita, sam",
            "approved_at": "2026-01-02T03:04:05.000006Z",
        },
    }


def test_it_rates_the_last_assistant_message_when_the_feedback_names_none():
    rec = record(rated_message_id="")
    assert rec["output"] == {"role": "assistant", "content": "Yes."}
    assert [m["content"] for m in rec["input"]][-1] == "Sure?"
    assert record(rated_message_id="nope")["output"]["content"] == "Yes."


def test_a_record_without_an_answer_or_feedback():
    rec = record(messages=[ChatMessage("user", "hi")], rating=None, reference="")
    assert rec["output"] is None and rec["feedback"] is None and rec["expected_output"] is None
    assert rec["input"] == [{"role": "user", "content": "hi"}]


def test_render_sorts_keys_keeps_utf8_and_is_compact():
    line = export.render(record())
    assert line.startswith('{"expected_output":"Canberra.","feedback":{"comment":"wrong",')
    assert "Ça va" in line and "\n" not in line
    assert '","' in line and '": "' not in line
    assert json.loads(line) == record()
    # Key order of the input never matters.
    assert export.render(dict(reversed(list(record().items())))) == line


def test_render_replaces_lone_surrogates_so_the_line_is_valid_utf8():
    line = export.render(record(comment="bad \ud800 char"))
    line.encode("utf-8")
    assert "bad ? char" in line


def line_of(fmt, rec):
    return export.format_line(export.render(rec), fmt)


def test_openai_chat_ends_with_the_reference_else_a_liked_answer_else_skips():
    with_reference = json.loads(line_of("openai-chat", record()))
    assert list(with_reference) == ["messages"]
    assert with_reference["messages"][-1] == {"role": "assistant", "content": "Canberra."}
    assert with_reference["messages"][:-1] == record()["input"]
    liked = json.loads(line_of("openai-chat", record(reference="", rating=1)))
    assert liked["messages"][-1] == {"role": "assistant", "content": "Sydney."}
    assert line_of("openai-chat", record(reference="", rating=-1)) is None
    assert line_of("openai-chat", record(reference="", rating=None)) is None


def test_inspect_has_the_sample_fields():
    row = json.loads(line_of("inspect", record()))
    assert set(row) == {"id", "input", "target", "metadata"}
    assert row["id"] == "a" * 32 and row["target"] == "Canberra."
    assert row["input"] == record()["input"]
    assert row["metadata"]["output"] == "Sydney." and row["metadata"]["split"] == "test"
    assert row["metadata"]["feedback"]["rating"] == -1
    assert json.loads(line_of("inspect", record(reference="", rating=-1)))["target"] == ""


def test_langsmith_has_input_expected_output_metadata():
    row = json.loads(line_of("langsmith", record()))
    assert set(row) == {"input", "expected_output", "metadata"}
    assert row["input"] == {"messages": record()["input"]}
    assert row["expected_output"] == {"role": "assistant", "content": "Canberra."}
    assert row["metadata"]["id"] == "a" * 32
    assert (
        json.loads(line_of("langsmith", record(reference="", rating=-1)))["expected_output"] is None
    )


def test_kto_is_trls_unpaired_preference_row():
    down = json.loads(line_of("kto", record()))
    assert down == {
        "prompt": record()["input"],
        "completion": [{"role": "assistant", "content": "Sydney."}],
        "label": False,
    }
    assert json.loads(line_of("kto", record(rating=1)))["label"] is True
    assert line_of("kto", record(rating=None)) is None
    assert line_of("kto", record(messages=[ChatMessage("assistant", "hi")])) is None


def test_every_format_is_sorted_utf8_newline_terminated_and_ordered_by_id():
    records = [
        export.canonical_record(
            source(sample_id=str(n), rating=1), item_id=f"{n:032x}", split="test"
        )
        for n in (3, 1, 2)
    ]
    for fmt in export.FORMATS:
        data = export.export_bytes(records, fmt)
        assert data.endswith(b"\n")
        lines = data.decode("utf-8").split("\n")[:-1]
        assert len(lines) == 3
        for line in lines:
            assert line == export.dumps(json.loads(line))
        assert data == export.export_bytes(list(reversed(records)), fmt)
    ids = [json.loads(x)["id"] for x in export.export_bytes(records, "assay").splitlines()]
    assert ids == sorted(ids)


def test_export_chunks_matches_format_line_and_rejects_unknown_formats():
    lines = [export.render(record(rating=r)) for r in (1, -1, None)]
    for fmt in export.FORMATS:
        expected = "".join(x for x in (export.format_line(line, fmt) for line in lines) if x)
        assert b"".join(export.export_chunks(lines, fmt)) == expected.encode()
    with pytest.raises(ValueError):
        list(export.export_chunks(lines, "csv"))


def test_a_split_is_a_pure_function_of_the_id_and_the_ratios():
    ids = [export.item_id_for(dataset_name="d", sample_id=str(n)) for n in range(5000)]
    splits = [export.assign_split(i, RATIOS) for i in ids]
    assert splits == [export.assign_split(i, dict(reversed(RATIOS.items()))) for i in ids]
    shares = {name: splits.count(name) / len(ids) for name in RATIOS}
    assert 0.77 < shares["train"] < 0.83 and 0.08 < shares["test"] < 0.12
    assert export.assign_split(ids[0], {"all_of_it": 1}) == "all_of_it"


def test_item_ids_are_stable_fixed_length_hex():
    a = export.item_id_for(dataset_name="golden", sample_id="s1")
    assert a == export.item_id_for(dataset_name="golden", sample_id="s1")
    assert a != export.item_id_for(dataset_name="other", sample_id="s1")
    assert len(a) == 32 and set(a) <= set("0123456789abcdef")


@pytest.mark.parametrize(
    "ratios",
    [{}, [], {"train": 0}, {"train": 1.5}, {"Train": 1}, {"all": 1}, {"train": True}],
)
def test_bad_split_ratios_are_refused(ratios):
    with pytest.raises(ValueError):
        export.check_split_ratios(ratios)


def test_the_dataset_hash_is_over_sorted_content_hashes():
    hashes = sorted(export.sha256_hex(str(n)) for n in range(5))
    assert export.dataset_hash(hashes) == export.sha256_hex("".join(h + "\n" for h in hashes))
    with pytest.raises(ValueError):
        export.dataset_hash(list(reversed(hashes)))


def test_the_manifest_is_json_with_the_lineage_spliced_in_order():
    entries = [export.dumps({"id": f"{n:032x}", "sample_id": str(n)}) for n in range(3)]
    text = b"".join(export.manifest_chunks({"version": 2, "dataset": "d", "z": None}, entries))
    manifest = json.loads(text)
    assert list(manifest) == ["dataset", "lineage", "version", "z"]
    assert [e["sample_id"] for e in manifest["lineage"]] == ["0", "1", "2"]
    empty = json.loads(b"".join(export.manifest_chunks({"version": 1}, [])))
    assert empty == {"lineage": [], "version": 1}


def test_version_digest_counts_labels_and_hashes_each_scope():
    lines = [
        export.render(export.canonical_record(source(rating=r), item_id=f"{n:032x}", split=s))
        for n, (r, s) in enumerate([(1, "train"), (-1, "test"), (None, "train")])
    ]
    digest = export.VersionDigest(RATIOS)
    for line in lines:
        digest.add(line)
    counts = digest.counts()
    assert counts["labels"] == {"down": 1, "unrated": 1, "up": 1}
    assert counts["splits"] == {"test": 1, "train": 2, "validation": 0}
    formats = digest.formats()
    assay = b"".join(export.export_chunks(lines, "assay"))
    assert formats["assay"]["all"] == {
        "sha256": export.sha256_hex(assay),
        "bytes": len(assay),
        "lines": 3,
    }
    train = b"".join(export.export_chunks([lines[0], lines[2]], "kto"))
    assert formats["kto"]["train"]["sha256"] == export.sha256_hex(train)
    with pytest.raises(ValueError):
        digest.add(lines[0])

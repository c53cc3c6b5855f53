"""CoNLL as real corpora write it (Wojood, the Arabic nested NER corpus: one to three tags per
token) and the tokens it brings, kept through the training exports."""

from __future__ import annotations

import collections
import json

import pytest

from tests.conftest import FIXTURES

PEERS = FIXTURES / "peers"
WOJOOD = PEERS / "conll" / "wojood_sample_val.txt"


def file_tokens(path):
    return [line.split()[0] for line in path.read_text("utf-8").splitlines() if line.strip()]


def begin_tags(path):
    """How many spans of each label the file holds: one per B- tag, in any column."""
    counts = collections.Counter()
    for line in path.read_text("utf-8").splitlines():
        counts.update(tag[2:] for tag in line.split()[1:] if tag.startswith("B-"))
    return counts


@pytest.fixture
def wojood(cli, tmp_path):
    project = tmp_path / "w.wbproj"
    assert cli("init", project, "--schema", PEERS / "schemas" / "wojood.toml").exit_code == 0
    result = cli("import", project, WOJOOD, "--format", "conll")
    assert result.exit_code == 0, result.output
    assert "470 spans" in result.stdout
    return project


def native(cli, project, tmp_path):
    out = tmp_path / "native.jsonl"
    assert cli("export", project, "-o", out).exit_code == 0
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def test_every_tag_column_of_wojood_becomes_a_span_nested_ones_too(cli, wojood, tmp_path):
    (record,) = native(cli, wojood, tmp_path)
    labels = collections.Counter(s["label"] for s in record["spans"])
    assert labels == begin_tags(WOJOOD) and sum(labels.values()) == 470
    spans = {(s["start"], s["end"], s["label"]): s["text"] for s in record["spans"]}
    # "اللجنة القومية العربية" is an ORG inside an OCC span
    nested = [
        (a, b) for (a, b, label), text in spans.items() if label == "ORG" and "اللجنة" in text
    ]
    assert any(
        a2 <= a and b <= b2 and (a2, b2) != (a, b)
        for a, b in nested
        for (a2, b2, label) in spans
        if label == "OCC"
    )


def test_wojood_tokens_come_back_exactly_from_hf_and_prodigy(cli, wojood, tmp_path):
    expected = file_tokens(WOJOOD)
    assert "$#$" in expected
    hf = tmp_path / "hf.jsonl"
    result = cli("export", wojood, "-o", hf, "--format", "hf")
    assert result.exit_code == 0
    assert json.loads(hf.read_text("utf-8"))["tokens"] == expected
    assert "nested spans (BIO cannot nest)" in result.stdout  # counted, not silent
    prodigy = tmp_path / "p.jsonl"
    cli("export", wojood, "-o", prodigy, "--format", "prodigy")
    record = json.loads(prodigy.read_text("utf-8"))
    words = [t["text"] for t in record["tokens"] if not t["text"].isspace()]
    assert words == expected


def test_a_date_token_stays_one_token(cli, tmp_path):
    conll = tmp_path / "dates.conll"
    conll.write_text("Released\tO\n1996-08-30\tB-TIME\n.\tO\n", encoding="utf-8")
    schema = tmp_path / "s.toml"
    schema.write_text('name = "t"\n[[labels]]\nname = "TIME"\n', encoding="utf-8")
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", schema)
    assert cli("import", project, conll).exit_code == 0
    for fmt in ("hf", "prodigy"):
        out = tmp_path / f"{fmt}.jsonl"
        cli("export", project, "-o", out, "--format", fmt)
        record = json.loads(out.read_text("utf-8"))
        tokens = [t if isinstance(t, str) else t["text"] for t in record["tokens"]]
        assert [t for t in tokens if not t.isspace()] == ["Released", "1996-08-30", "."]


def test_wojood_through_native_jsonl_and_back_is_equal(cli, wojood, tmp_path):
    first = native(cli, wojood, tmp_path)
    again = tmp_path / "again.wbproj"
    cli("init", again, "--schema", PEERS / "schemas" / "wojood.toml")
    assert cli("import", again, tmp_path / "native.jsonl").exit_code == 0
    assert native(cli, again, tmp_path) == first

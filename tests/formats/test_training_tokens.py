"""Training exports keep the document's text and every span's offsets: a biomedical abstract
with line breaks (BioNLP REL, a real brat folder), a span that leaves out its proclitic."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES

REL = FIXTURES / "peers" / "brat" / "REL"


@pytest.fixture
def abstracts(cli, tmp_path):
    project = tmp_path / "rel.wbproj"
    cli("init", project, "--schema", REL / "annotation.conf")
    assert cli("import", project, REL).exit_code == 0
    return project


def brat_spans(ann):
    out = set()
    for line in ann.read_text("utf-8").splitlines():
        if line.startswith("T"):
            _ident, middle, _text = line.split("\t")
            label, start, end = middle.split()
            out.add((label, int(start), int(end)))
    return out


def test_prodigy_tokens_give_back_the_text_and_spans_keep_their_offsets(cli, abstracts, tmp_path):
    out = tmp_path / "p.jsonl"
    assert cli("export", abstracts, "-o", out, "--format", "prodigy").exit_code == 0
    for line in out.read_text("utf-8").splitlines():
        record = json.loads(line)
        text, tokens = record["text"], record["tokens"]
        assert "\n" in text
        assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == text
        for t in tokens:  # ws only where a space follows
            assert t["ws"] == (text[t["end"] : t["end"] + 1] == " ")
        ann = REL / f"{record['meta']['id']}.ann"
        spans = {(s["label"], s["start"], s["end"]) for s in record["spans"]}
        assert spans == brat_spans(ann)
        for s in record["spans"]:
            assert tokens[s["token_start"]]["start"] == s["start"]
            assert tokens[s["token_end"]]["end"] == s["end"]


def test_a_span_leaving_out_its_proclitic_is_not_widened(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    text = "زار الرئيس وفلسطين"
    source = tmp_path / "in.jsonl"
    span = {"id": "s1", "start": 12, "end": 18, "label": "GPE", "text": "فلسطين"}
    source.write_text(
        json.dumps({"id": "d", "text": text, "annotator": "a", "spans": [span]}) + "\n",
        encoding="utf-8",
    )
    assert cli("import", project, source).exit_code == 0
    prodigy, hf = tmp_path / "p.jsonl", tmp_path / "hf.jsonl"
    cli("export", project, "-o", prodigy, "--format", "prodigy")
    cli("export", project, "-o", hf, "--format", "hf")
    (exported,) = json.loads(prodigy.read_text("utf-8"))["spans"]
    assert (exported["start"], exported["end"]) == (12, 18)
    record = json.loads(hf.read_text("utf-8"))
    assert record["tokens"][-2:] == ["و", "فلسطين"]
    assert record["ner_tags"][-2:] == ["O", "B-GPE"]


def test_spacy_docbin_text_is_the_document_text(cli, abstracts, tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "x.spacy"
    result = cli("export", abstracts, "-o", out, "--format", "spacy")
    assert result.exit_code == 0, result.output
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab))
    assert len(docs) == 6
    for doc in docs:
        name = doc.user_data["id"]
        assert doc.text == (REL / f"{name}.txt").read_text("utf-8")
        spans = {(s.label_, s.start_char, s.end_char) for s in doc.spans["sc"]}
        assert spans == brat_spans(REL / f"{name}.ann")

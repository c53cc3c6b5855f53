"""doccano, CoNLL, Hugging Face and Prodigy shapes, on Arabic text with an emoji in it."""

from __future__ import annotations

import json

import pytest

TEXT = "قال 👍 الأمين العام للأمم المتحدة إن «الوضع خطير»."
# code points: قال 0-3, 👍 4, الأمين 6-12, العام 13-18, للأمم 19-24, المتحدة 25-32


def spans_of(path):
    record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    return record, sorted((s["label"], s["start"], s["end"], s["text"]) for s in record["spans"])


def write(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture
def empty(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    return project


def test_doccano_relation_shape_counts_utf16_and_round_trips(cli, empty, tmp_path):
    # after the emoji, doccano's (JavaScript) offsets are one more than ours
    record = {
        "id": 7,
        "text": TEXT,
        "source": "wire",
        "entities": [
            {"id": 1, "label": "PER", "start_offset": 7, "end_offset": 19},
            {"id": 2, "label": "CUE", "start_offset": 0, "end_offset": 3},
        ],
        "relations": [],
    }
    source = write(tmp_path / "doccano.jsonl", record)
    result = cli("import", empty, source)
    assert result.exit_code == 0, result.output
    native = tmp_path / "native.jsonl"
    cli("export", empty, "-o", native)
    exported, spans = spans_of(native)
    assert spans == [("CUE", 0, 3, "قال"), ("PER", 6, 18, "الأمين العام")]
    assert exported["meta"]["source"] == "wire" and exported["annotator"] == "doccano"
    back = tmp_path / "back.jsonl"
    cli("export", empty, "-o", back, "--format", "doccano")
    again = json.loads(back.read_text("utf-8"))
    assert sorted((e["label"], e["start_offset"], e["end_offset"]) for e in again["entities"]) == [
        ("CUE", 0, 3), ("PER", 7, 19)
    ]  # fmt: skip
    # export -> import -> export is the identity
    other = tmp_path / "other.wbproj"
    cli("init", other)
    cli("import", other, back)
    third = tmp_path / "third.jsonl"
    cli("export", other, "-o", third, "--format", "doccano")
    assert third.read_text("utf-8") == back.read_text("utf-8")


def test_doccano_sequence_shape(cli, empty, tmp_path):
    source = write(tmp_path / "seq.jsonl", {"text": TEXT, "label": [[20, 33, "ORG"]]})
    assert cli("import", empty, source).exit_code == 0
    _record, spans = spans_of_export(cli, empty, tmp_path)
    assert spans == [("ORG", 19, 32, "للأمم المتحدة")]
    out = tmp_path / "seq-out.jsonl"
    result = cli("export", empty, "-o", out, "--format", "doccano", "--doccano-shape", "sequence")
    assert json.loads(out.read_text("utf-8"))["label"] == [[20, 33, "ORG"]]
    assert result.exit_code == 0


def spans_of_export(cli, project, tmp_path):
    out = tmp_path / "check.jsonl"
    cli("export", project, "-o", out)
    return spans_of(out)


def test_doccano_offsets_outside_the_text_name_the_line(cli, empty, tmp_path):
    good = {"text": "نص", "label": []}
    bad = {"text": "نص", "label": [[0, 9, "PER"]]}
    result = cli("import", empty, write(tmp_path / "d.jsonl", good, bad))
    assert result.exit_code == 1
    assert "d.jsonl:2:" in result.stderr and "outside the text" in result.stderr
    assert "documents: 0" in cli("stats", empty).stdout


def test_conll_with_two_tag_columns_and_document_markers(cli, empty, tmp_path):
    conll = tmp_path / "news.conll"
    conll.write_text(
        "-DOCSTART-\tO\tO\n\n"
        "قال\tO\tB-CUE\nالأمين\tB-PER\tO\nالعام\tI-PER\tO\n\n"
        "«\tO\tB-QUOTE\nالوضع\tO\tI-QUOTE\nخطير\tO\tI-QUOTE\n»\tO\tI-QUOTE\n"
        "-DOCSTART-\tO\tO\n"
        "ليو\tB-PER\tO\nقال\tO\tB-CUE\n",
        encoding="utf-8",
    )
    result = cli("import", empty, conll)
    assert result.exit_code == 0, result.output
    assert "2 documents added" in result.stdout
    out = tmp_path / "c.jsonl"
    cli("export", empty, "-o", out)
    first, second = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert first["id"] == "news-1" and first["text"] == "قال الأمين العام\n« الوضع خطير »"
    assert sorted((s["label"], s["text"]) for s in first["spans"]) == [
        ("CUE", "قال"), ("PER", "الأمين العام"), ("QUOTE", "« الوضع خطير »")
    ]  # fmt: skip
    assert [(s["label"], s["text"]) for s in second["spans"]] == [("PER", "ليو"), ("CUE", "قال")]


def test_conll_leaves_out_a_chunk_column_and_refuses_unknown_labels(cli, empty, tmp_path):
    conll = tmp_path / "c03.conll"
    conll.write_text("EU\tNNP\tB-NP\tB-ORG\nrejects\tVBZ\tB-VP\tO\n", encoding="utf-8")
    result = cli("import", empty, conll)
    assert result.exit_code == 0, result.output
    assert "column 3 (NP, VP) has none of the schema's labels; left out" in result.stdout
    bad = tmp_path / "bad.conll"
    bad.write_text("x\tB-PER\ny\tB-EVENT\n", encoding="utf-8")
    refused = cli("import", empty, bad)
    assert refused.exit_code == 1 and "EVENT" in refused.stderr and "bad.conll:1" in refused.stderr


@pytest.fixture
def attributed(cli, tmp_path):
    from tests.conftest import DATA

    project = tmp_path / "seed.wbproj"
    cli("init", project)
    cli("import", project, DATA / "seed-attributed.jsonl")
    return project


def test_hugging_face_export_two_tag_columns_and_label_names(cli, attributed, tmp_path):
    out = tmp_path / "hf.jsonl"
    result = cli("export", attributed, "-o", out, "--format", "hf")
    assert result.exit_code == 0
    assert "not carried by hf:" in result.stdout and "35 x relations" in result.stdout
    record = json.loads(out.read_text("utf-8"))
    tokens, ner, quotes = record["tokens"], record["ner_tags"], record["quote_tags"]
    assert len(tokens) == len(ner) == len(quotes)
    i = tokens.index("شينخوا")
    assert ner[i] == "B-ORG" and quotes[i] == "O"
    j = tokens.index("دعا")
    assert quotes[j] == "B-CUE"
    assert "للأمم" in tokens  # the proclitic stays with its word
    names = json.loads((tmp_path / "hf.jsonl.labels.json").read_text("utf-8"))
    assert names["ner_tags"][:3] == ["O", "B-PER", "I-PER"]
    assert set(ner) <= set(names["ner_tags"]) and set(quotes) <= set(names["quote_tags"])


def test_prodigy_export_tokens_spans_and_relations(cli, attributed, tmp_path):
    out = tmp_path / "prodigy.jsonl"
    assert cli("export", attributed, "-o", out, "--format", "prodigy").exit_code == 0
    record = json.loads(out.read_text("utf-8"))
    tokens = record["tokens"]
    for span in record["spans"]:
        first, last = tokens[span["token_start"]], tokens[span["token_end"]]
        assert first["start"] <= span["start"] and span["end"] <= last["end"]
    speaker = next(r for r in record["relations"] if r["label"] == "SPEAKER")
    assert speaker["head_span"]["label"] == "QUOTE"
    # Prodigy's rel.manual and explosion's rel_component: head and child are the end tokens
    assert speaker["head"] == speaker["head_span"]["token_end"]
    assert speaker["child"] == speaker["child_span"]["token_end"]
    assert any(
        r["head_span"]["token_end"] > r["head_span"]["token_start"] for r in record["relations"]
    )
    assert len(record["relations"]) == 35 and record["meta"]["annotator"] == "alice"


def test_spacy_docbin_needs_spacy_or_says_so(cli, attributed, tmp_path):
    result = cli("export", attributed, "-o", tmp_path / "x.spacy", "--format", "spacy")
    try:
        import spacy  # noqa: F401
    except ImportError:
        assert result.exit_code == 1 and "pip install 'rtl-workbench[spacy]'" in result.stderr
    else:
        from spacy.tokens import DocBin

        assert result.exit_code == 0
        vocab = spacy.blank("xx").vocab
        (doc,) = DocBin().from_disk(tmp_path / "x.spacy").get_docs(vocab)
        assert ("شينخوا", "ORG") in [(s.text, s.label_) for s in doc.spans["sc"]]
        assert all(e.label_ not in ("QUOTE", "CUE") for e in doc.ents)

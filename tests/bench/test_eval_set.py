"""The suggestions' evaluation set (tests/fixtures/eval-news/): its text is the corpus sentences it
names, every offset points at its text, and it imports cleanly as six done gold layers."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

from workbench.bench.suggest import EVAL_SET
from workbench.core.model import GOLD
from workbench.formats.importer import import_paths
from workbench.store.project import Project

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WOJOOD_VAL = FIXTURES / "peers" / "conll" / "wojood_sample_val.txt"  # the whole data/val.txt


def records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EVAL_SET.glob("*.jsonl"))]


def segments() -> list[dict]:
    return json.loads((EVAL_SET / "segments.json").read_text(encoding="utf-8"))


def test_the_set_is_six_documents_with_a_licence_and_provenance():
    assert len(records()) == 6
    assert (EVAL_SET / "LICENSE-SinaLab-ArabicNER").read_text().startswith("MIT License")
    readme = (EVAL_SET / "README.md").read_text(encoding="utf-8")
    assert "ef3a7f4e806a2d909b9107d757c5f65545ae83dc" in readme
    assert "not articles" in readme


def test_each_text_is_its_corpus_sentences_one_a_line():
    by_doc: dict[str, list[str]] = {}
    for segment in segments():
        by_doc.setdefault(segment["doc"], []).append(segment["text"])
    for record in records():
        expected = unicodedata.normalize("NFC", "\n".join(by_doc[record["id"]]))
        assert record["text"] == expected, record["id"]
        assert "$#$" not in record["text"]


def test_the_sentences_from_val_are_those_of_the_distributed_file():
    lines = WOJOOD_VAL.read_text(encoding="utf-8").split("\n")
    from_val = [s for s in segments() if s["file"] == "data/val.txt"]
    assert len(from_val) == 6
    for segment in from_val:
        first, last = segment["lines"]
        tokens = [line.split(" ")[0] for line in lines[first - 1 : last]]
        assert segment["text"] == " ".join(t for t in tokens if t != "$#$")
        assert lines[last] == ""  # a whole sentence: a blank line follows


def test_every_offset_points_at_its_text_and_every_relation_at_its_spans():
    for record in records():
        text, ids = record["text"], {s["id"]: s for s in record["spans"]}
        assert unicodedata.normalize("NFC", text) == text
        for span in record["spans"]:
            assert text[span["start"] : span["end"]] == span["text"], (record["id"], span)
            assert span["text"] == span["text"].strip()
        entities = {e["id"] for e in record["entities"]}
        assert {s["entity"] for s in record["spans"] if "entity" in s} <= entities
        for relation in record["relations"]:
            head, tail = ids[relation["head"]], ids[relation["tail"]]
            if relation["label"] == "SPEAKER":
                assert (head["label"], tail["label"] in ("PER", "ORG", "GPE")) == ("QUOTE", True)
            if relation["label"] == "HAS_CUE":
                assert (head["label"], tail["label"]) == ("QUOTE", "CUE")
        quotes = [s for s in record["spans"] if s["label"] == "QUOTE"]
        assert all(q["attrs"]["kind"] in ("direct", "indirect", "mixed") for q in quotes)


def test_the_set_imports_cleanly_as_done_gold_layers(tmp_path):
    with Project.create(tmp_path / "eval.wbproj") as project:
        import_paths(project, sorted(EVAL_SET.glob("*.jsonl")))
        doc_ids = project.document_ids()
        assert len(doc_ids) == 6
        labels: Counter[str] = Counter()
        relations = 0
        for doc_id in doc_ids:
            layer = project.layer(doc_id, GOLD)
            assert layer is not None and layer.status == "done"
            labels.update(s.label for s in layer.spans)
            relations += len(layer.relations)
    assert labels["QUOTE"] == 38 and labels["CUE"] == 36
    assert sum(labels.values()) == 216 and relations == 83

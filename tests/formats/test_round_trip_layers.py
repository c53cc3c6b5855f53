"""Exports of a project with several layers (alice, bob, gold) import back whole, from the
command line: every layer under its annotator, documents without annotations accounted for,
long ids given back (a new user's trial, issue 20 items 1-5)."""

from __future__ import annotations

import json

import pytest

TEXT = "قال 👍 أحمد إن «السلام قريب» اليوم."
LONG_ID = "ي" * 200


def _layer(doc_id: str, annotator: str, with_relation: bool) -> dict:
    person = TEXT.index("أحمد")
    quote, end = TEXT.index("«"), TEXT.index("»") + 1
    spans = [
        {"id": "s1", "start": person, "end": person + 4, "label": "PER", "text": "أحمد"},
        {"id": "s2", "start": quote, "end": end, "label": "QUOTE", "text": TEXT[quote:end]},
    ]
    relations = [{"id": "r1", "label": "SPEAKER", "head": "s2", "tail": "s1"}]
    return {
        "id": doc_id,
        "text": TEXT,
        "annotator": annotator,
        "spans": spans,
        "relations": relations if with_relation else [],
    }


@pytest.fixture
def team(cli, tmp_path):
    """A project where d1 has layers of alice, bob and gold, and d2 has none."""
    source = tmp_path / "team.jsonl"
    lines = [
        _layer("d1", "alice", True),
        _layer("d1", "bob", False),
        _layer("d1", "gold", True),
        {"id": "d2", "text": "نص بلا تعليقات."},
    ]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    project = tmp_path / "team.wbproj"
    assert cli("init", project).exit_code == 0
    imported = cli("import", project, source)
    assert imported.exit_code == 0, imported.output
    return project


def _layers(cli, project, tmp_path) -> list[tuple]:
    """(document, annotator, spans, relations) of every layer, through a JSONL export."""
    out = tmp_path / f"{project.stem}-check.jsonl"
    assert cli("export", project, "-o", out).exit_code == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    return sorted(
        (
            r["id"],
            r.get("annotator"),
            sorted((s["start"], s["end"], s["label"]) for s in r.get("spans", [])),
            len(r.get("relations", [])),
        )
        for r in records
        if r.get("annotator")
    )


@pytest.mark.parametrize("fmt", ["brat", "webanno", "doccano"])
@pytest.mark.parametrize("detect", [True, False])
def test_an_export_of_several_layers_imports_back_with_every_layer(
    cli, tmp_path, team, fmt, detect
):
    out = tmp_path / ("out.jsonl" if fmt == "doccano" else "out")
    exported = cli("export", team, "-o", out, "--format", fmt)
    assert exported.exit_code == 0, exported.output
    again = tmp_path / "again.wbproj"
    assert cli("init", again).exit_code == 0
    imported = cli("import", again, out, *([] if detect else ["--format", fmt]))
    assert imported.exit_code == 0, imported.output
    assert "3 layers added" in imported.output
    assert _layers(cli, again, tmp_path) == _layers(cli, team, tmp_path)


def test_a_conll_file_named_txt_is_read_as_conll(cli, tmp_path):
    from tests.conftest import FIXTURES

    project = tmp_path / "wojood.wbproj"
    schema = FIXTURES / "peers" / "schemas" / "wojood.toml"
    assert cli("init", project, "--schema", schema).exit_code == 0
    imported = cli("import", project, FIXTURES / "peers" / "conll" / "wojood_sample_val.txt")
    assert imported.exit_code == 0, imported.output
    assert "470 spans" in imported.output
    assert "read as CoNLL" in imported.output  # and how to have it otherwise
    records = _layers(cli, project, tmp_path)
    assert len(records) == 1 and len(records[0][2]) == 470


def test_plain_arabic_prose_in_a_txt_stays_plain_text(cli, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("قال الأمين العام O\nإن السلام B-PER قريب\nفي المنطقة.\n", "utf-8")
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    imported = cli("import", project, article)
    assert imported.exit_code == 0, imported.output
    assert "1 document added" in imported.output and "CoNLL" not in imported.output


def _documents(cli, project, tmp_path) -> list[str]:
    out = tmp_path / f"{project.stem}-docs.jsonl"
    assert cli("export", project, "-o", out).exit_code == 0
    return sorted({json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()})


@pytest.fixture
def alone(cli, tmp_path):
    """A project where d1 has alice's layer only, and d2 has none."""
    source = tmp_path / "alone.jsonl"
    lines = [_layer("d1", "alice", True), {"id": "d2", "text": "نص بلا تعليقات."}]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    project = tmp_path / "alone.wbproj"
    assert cli("init", project).exit_code == 0
    assert cli("import", project, source).exit_code == 0
    return project


@pytest.mark.parametrize("fmt", ["brat", "webanno"])
@pytest.mark.parametrize("which", ["team", "alone"])
def test_documents_without_annotations_are_exported_and_come_back(
    cli, tmp_path, request, fmt, which
):
    project = request.getfixturevalue(which)
    out = tmp_path / "out"
    exported = cli("export", project, "-o", out, "--format", fmt)
    assert exported.exit_code == 0, exported.output
    assert "1 without annotations" in exported.output
    again = tmp_path / "again.wbproj"
    assert cli("init", again).exit_code == 0
    imported = cli("import", again, out)
    assert imported.exit_code == 0, imported.output
    assert "2 documents added" in imported.output
    assert _documents(cli, again, tmp_path) == ["d1", "d2"]
    assert _layers(cli, again, tmp_path) == _layers(cli, project, tmp_path)


@pytest.mark.parametrize("fmt", ["brat", "webanno"])
@pytest.mark.parametrize("annotators", [["alice"], ["alice", "ب" * 150]])
def test_an_id_too_long_for_a_file_name_comes_back_whole(cli, tmp_path, fmt, annotators):
    source = tmp_path / "long.jsonl"
    lines = [_layer(LONG_ID, name, True) for name in annotators]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    project = tmp_path / "long.wbproj"
    assert cli("init", project).exit_code == 0
    assert cli("import", project, source).exit_code == 0
    out = tmp_path / "out"
    exported = cli("export", project, "-o", out, "--format", fmt)
    assert exported.exit_code == 0, exported.output
    assert "~" in "".join(p.name for p in out.rglob("*"))  # the file name had to be cut
    again = tmp_path / "again.wbproj"
    assert cli("init", again).exit_code == 0
    imported = cli("import", again, out)
    assert imported.exit_code == 0, imported.output
    assert _layers(cli, again, tmp_path) == _layers(cli, project, tmp_path)
    assert _documents(cli, again, tmp_path) == [LONG_ID]


@pytest.mark.parametrize("detect", [True, False])
def test_a_brat_corpus_split_in_subfolders_is_one_layer_not_annotators(cli, tmp_path, detect):
    """Another tool's brat corpus often comes as train/ and dev/ folders: without our export's
    side file, its subfolders hold more documents, not annotators named 'train' and 'dev'."""
    from pathlib import Path
    from shutil import copy

    source = Path(__file__).resolve().parent.parent / "fixtures" / "brat-news"
    corpus = tmp_path / "corpus"
    pairs = sorted(p.stem for p in source.glob("*.ann"))
    for index, stem in enumerate(pairs):
        split = corpus / ("train" if index % 2 else "dev")
        split.mkdir(parents=True, exist_ok=True)
        for suffix in (".txt", ".ann"):
            copy(source / f"{stem}{suffix}", split / f"{stem}{suffix}")
    project = tmp_path / "p.wbproj"
    assert cli("init", project, "--schema", source / "annotation.conf").exit_code == 0
    options = [] if detect else ["--format", "brat"]
    imported = cli("import", project, corpus, *options, "--annotator", "amal")
    assert imported.exit_code == 0, imported.output
    layers = _layers(cli, project, tmp_path)
    assert {annotator for _doc, annotator, _spans, _rels in layers} == {"amal"}
    assert len(layers) == len(pairs)
    entities = sum(
        line.startswith("T")
        for p in source.glob("*.ann")
        for line in p.read_text("utf-8").split("\n")
    )
    assert sum(len(spans) for _doc, _annotator, spans, _rels in layers) >= entities > 100

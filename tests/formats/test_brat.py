"""brat standoff: the tutorial corpus (with its annotation.conf) round-trips."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import FIXTURES

BRAT = FIXTURES / "brat-news"


def ann_content(path, text):
    """Everything an .ann file says, keyed by content instead of ids: spans by (type, ranges,
    text), the rest by what they point at."""
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]
    spans, events = {}, {}
    for fields in lines:
        if fields[0].startswith("T"):
            label, where = fields[1].split(" ", 1)
            spans[fields[0]] = (label, where, fields[2])
            shown = " ".join(
                text[int(a) : int(b)] for a, b in (p.split() for p in where.split(";"))
            )
            assert shown == fields[2]
    relations = {}
    for fields in lines:  # events in file order; an argument may be a later event
        if fields[0].startswith("E"):
            events[fields[0]] = fields[1].split()
        if fields[0].startswith("R"):
            relations[fields[0]] = fields[1].split()

    def ref(ident, depth=0):
        if ident in spans:
            return spans[ident]
        if ident in relations:
            label, *args = relations[ident]
            return ("relation", label, tuple((r, ref(t)) for r, t in (a.split(":") for a in args)))
        kind, *arguments = events[ident]
        label, trigger = kind.split(":")
        args = tuple(
            sorted((r, str(ref(t, depth + 1))) for r, t in (a.split(":") for a in arguments))
        )
        return ("event", label, spans[trigger], args)

    content = set()
    for fields in lines:
        kind = fields[0][0]
        if kind == "T":
            content.add(("T", *spans[fields[0]]))
        elif kind == "E":
            content.add(("E", ref(fields[0])))
        elif kind == "R":
            content.add(("R", ref(fields[0])))
        elif kind == "A":
            name, target, *value = fields[1].split()
            content.add(("A", name, str(ref(target)), tuple(value)))
        elif kind == "N":
            norm, target, reference = fields[1].split()
            content.add(("N", norm, ref(target), reference, fields[2]))
        elif kind == "#":
            note, target = fields[1].split()
            content.add(("#", note, str(ref(target)), fields[2]))
        elif kind == "*":
            label, *members = fields[1].split()
            content.add(("*", label, frozenset(ref(m) for m in members)))
    return content


@pytest.fixture
def brat_project(cli, tmp_path):
    project = tmp_path / "brat.wbproj"
    created = cli("init", project, "--schema", BRAT / "annotation.conf")
    assert created.exit_code == 0, created.output
    imported = cli("import", project, BRAT)
    assert imported.exit_code == 0, imported.output
    assert "13 documents added" in imported.stdout
    return project


def test_the_tutorial_corpus_round_trips(cli, brat_project, tmp_path):
    out = tmp_path / "out"
    result = cli("export", brat_project, "-o", out, "--format", "brat")
    assert result.exit_code == 0, result.output
    kinds = set()
    for original in sorted(BRAT.glob("*.ann")):
        text = original.with_suffix(".txt").read_text(encoding="utf-8")
        exported = out / original.name
        assert exported.with_suffix(".txt").read_text(encoding="utf-8") == text
        expected = ann_content(original, text)
        assert ann_content(exported, text) == expected, original.name
        kinds |= {item[0] for item in expected}
    assert kinds == {"T", "R", "E", "A", "N", "#", "*"}  # every kind of line was tried
    assert (out / "annotation.conf").exists()


def test_export_import_export_is_the_identity(cli, brat_project, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    cli("export", brat_project, "-o", first, "--format", "brat")
    again = tmp_path / "again.wbproj"
    cli("init", again, "--schema", first / "annotation.conf")
    assert cli("import", again, first).exit_code == 0
    cli("export", again, "-o", second, "--format", "brat")
    for ann in first.glob("*.ann"):
        assert (second / ann.name).read_text(encoding="utf-8") == ann.read_text(encoding="utf-8")


def test_labels_the_project_lacks_are_refused_with_the_way_out(cli, tmp_path):
    project = tmp_path / "news.wbproj"
    cli("init", project)
    result = cli("import", project, BRAT)
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert message.startswith("workbench: error: ") and "000-introduction.ann" in message
    assert "not in the schema" in message and "--schema annotation.conf" in message
    assert (
        "0 spans" in cli("stats", project).stdout or "documents: 0" in cli("stats", project).stdout
    )


def test_discontinuous_spans_become_linked_fragments_with_a_warning(cli, tmp_path):
    folder = tmp_path / "disc"
    folder.mkdir()
    shutil.copy(BRAT / "annotation.conf", folder)
    (folder / "a.txt").write_text("Google and Apple merged.\n", encoding="utf-8")
    (folder / "a.ann").write_text(
        # T2 shares a fragment's place under another label (the same label would be a
        # duplicate span, which every import refuses)
        "T1\tOrganization 0 6;11 16\tGoogle Apple\nT2\tGPE 11 16\tApple\n",
        encoding="utf-8",
    )
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", folder / "annotation.conf")
    result = cli("import", project, folder)
    assert result.exit_code == 0, result.output
    assert "T1 is discontinuous: imported as 2 fragments linked by FRAGMENT" in result.stdout
    out = tmp_path / "out"
    cli("export", project, "-o", out, "--format", "brat")
    assert "T1\tOrganization 0 6;11 16\tGoogle Apple" in (out / "a.ann").read_text("utf-8")


def test_an_ann_that_does_not_match_its_text_names_the_line(cli, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_text("Google merged.\n", encoding="utf-8")
    (folder / "a.ann").write_text("T1\tOrganization 0 6\tGoogle\nT2\tOrganization 7 13\tApple\n")
    project = tmp_path / "p.wbproj"
    cli("init", project, "--schema", BRAT / "annotation.conf")
    result = cli("import", project, folder)
    assert result.exit_code == 1
    assert f"{folder / 'a.ann'}:2:" in result.stderr and "'Apple'" in result.stderr

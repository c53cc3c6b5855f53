"""workbench suggest, export --layer suggest, and packages with suggestions, on the command
line (CliRunner, real files)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import DATA
from workbench.core.model import SUGGEST
from workbench.formats.export import EXPORT_FORMATS
from workbench.store.project import Project


@pytest.fixture
def sample(cli, tmp_path):
    """A project with the sample article, annotated and done by alice."""
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    assert cli("import", project, DATA / "seed-attributed.jsonl").exit_code == 0
    return project


def test_suggest_fills_only_the_suggestion_layer_and_prints_counts(cli, sample):
    with Project.open(sample) as project:
        before = project.layer("000_5e26ac53a9f599b3", "alice")
    result = cli("suggest", sample)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("suggested ") and lines[0].endswith(" in 1 document")
    assert "QUOTE 15" in lines[1]
    assert lines[2].startswith("  by source: names ") and "rules " in lines[2]
    with Project.open(sample) as project:
        assert project.layer("000_5e26ac53a9f599b3", "alice") == before
        assert project.annotators() == ["alice", SUGGEST]
    again = cli("suggest", sample)
    assert again.stdout == result.stdout  # nothing decided: the same suggestions


def test_suggest_errors_are_one_line(cli, sample, tmp_path):
    for args, message in [  # usage mistakes: exit 2 like click's own (issue 17 trial 9)
        (("--using", "rules,magic"), "unknown suggestion source 'magic' (choose from rules, "),
        (("--using", ","), "no suggestion source given (choose from rules, "),
        (("--using", ""), "no suggestion source given (choose from rules, "),
    ]:
        result = cli("suggest", sample, *args)
        assert result.exit_code == 2 and result.stdout == ""
        assert "Invalid value for '--using'" in result.stderr
        assert message in result.stderr and "Traceback" not in result.stderr
    for args, message in [
        (("--using", "model"), "no model trained; run 'workbench train PROJECT' first"),
        (("--doc", "nope"), "no document 'nope'"),
    ]:
        result = cli("suggest", sample, *args)
        assert result.exit_code == 1
        assert result.stderr.startswith("workbench: error: ")
        assert message in result.stderr and len(result.stderr.splitlines()) == 1
    result = cli("suggest", tmp_path / "missing.wbproj")
    assert result.exit_code == 1 and "no such project" in result.stderr
    with Project.open(sample) as project:
        assert SUGGEST not in project.annotators()


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_layer_suggest_in_every_format(cli, sample, tmp_path, fmt):
    if fmt == "spacy":  # an optional extra: the spacy format needs spaCy installed
        pytest.importorskip("spacy")
    cli("suggest", sample, "--using", "rules")
    out = tmp_path / f"suggestions.{fmt}"
    result = cli("export", sample, "--format", fmt, "--layer", "suggest", "-o", out)
    assert result.exit_code == 0, result.output
    assert out.exists()
    if fmt == "jsonl":
        records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        assert [r["annotator"] for r in records] == [SUGGEST]
        assert sum(s["label"] == "QUOTE" for s in records[0]["spans"]) == 15


def test_pack_hands_out_suggestions_only_when_asked_and_merge_brings_verdicts_back(
    cli, sample, tmp_path
):
    cli("suggest", sample, "--using", "rules")
    refused = cli("pack", sample, "--annotator", "suggest", "-o", tmp_path / "s.wbproj")
    assert refused.exit_code == 1 and "suggest is the suggestion layer" in refused.stderr
    plain = tmp_path / "plain.wbproj"
    assert cli("pack", sample, "--annotator", "bob", "-o", plain).exit_code == 0
    with Project.open(plain) as package:
        assert package.annotators() == []
    with_them = tmp_path / "bob.wbproj"
    result = cli("pack", sample, "--annotator", "bob", "--with-suggestions", "-o", with_them)
    assert result.exit_code == 0, result.output
    doc = "000_5e26ac53a9f599b3"
    with Project.open(with_them) as package:
        assert package.annotators() == [SUGGEST]
        quote = next(
            s.span for s in package.undecided_suggestions(doc, "bob") if s.span.label == "QUOTE"
        )
        package.accept_suggestion(doc, "bob", quote.id, with_links=True)
        cue = next(
            s.span for s in package.undecided_suggestions(doc, "bob") if s.span.label == "CUE"
        )
        package.reject_suggestion(doc, "bob", cue.id)
    merged = cli("merge", sample, with_them)
    assert merged.exit_code == 0, merged.output
    with Project.open(sample) as project:
        decided = {v.decision for v in project.verdicts(doc, "bob").values()}
        assert decided == {"accepted", "rejected"}
        assert project.layer(doc, "bob").spans
        assert cue.id not in [s.span.id for s in project.undecided_suggestions(doc, "bob")]


def test_exported_suggestions_import_as_suggestions(cli, sample, tmp_path):
    cli("suggest", sample, "--using", "rules")
    out = tmp_path / "suggestions.jsonl"
    assert cli("export", sample, "--layer", "suggest", "-o", out).exit_code == 0
    other = tmp_path / "other.wbproj"
    cli("init", other)
    result = cli("import", other, out)
    assert result.exit_code == 0, result.output
    doc = "000_5e26ac53a9f599b3"
    with Project.open(other) as project, Project.open(sample) as first:
        assert len(project.layer(doc, SUGGEST).spans) == len(first.layer(doc, SUGGEST).spans)
        info = project.suggestion_info(doc)
        assert {i.source for i in info.values()} == {"imported"}
        quote = next(s for s in project.layer(doc, SUGGEST).spans if s.label == "QUOTE")
        project.accept_suggestion(doc, "carol", quote.id, with_links=True)
        assert {s.label for s in project.layer(doc, "carol").spans} >= {"QUOTE", "CUE"}


def test_exporting_every_layer_leaves_the_suggestions_out(cli, sample, tmp_path):
    (tmp_path / "bare.txt").write_text("وقال الوزير إن الوضع صعب.", "utf-8")
    cli("import", sample, tmp_path / "bare.txt")
    cli("suggest", sample, "--using", "rules")
    out = tmp_path / "all.jsonl"
    result = cli("export", sample, "-o", out)
    assert result.exit_code == 0 and "wrote 2 records" in result.stdout
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [(r["id"], r.get("annotator")) for r in records] == [
        ("000_5e26ac53a9f599b3", "alice"),
        ("bare", None),  # its only layer is suggestions: written as a bare document
    ]
    with Project.open(sample) as project:
        assert project.record_count() == 2

"""Agreement with the suggestions: a supervisor compares an annotator with ``suggest`` to see
how much of the layer is simply accepted suggestions."""

from __future__ import annotations

import json

import pytest

from tests.conftest import DATA
from workbench.agreement.project import agreement_report
from workbench.core.errors import ProjectError
from workbench.core.model import SUGGEST, Layer, Span
from workbench.core.suggest.keys import SuggestionInfo, span_key
from workbench.formats.importer import import_paths
from workbench.store.project import Project


def seed_done() -> dict:
    record = json.loads((DATA / "seed-attributed.jsonl").read_text("utf-8").splitlines()[0])
    return dict(record, status="done")


@pytest.fixture
def path(tmp_path):
    """alice's finished attribution of the seed; the suggestions hold only its quotes and cues."""
    path = tmp_path / "team.wbproj"
    record = seed_done()
    source = tmp_path / "alice.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    with Project.create(path) as project:
        import_paths(project, [source])
        doc_id = project.document_ids()[0]
        spans = [
            Span(f"s{n}", s["start"], s["end"], s["label"], s["text"], attrs=s["attrs"])
            for n, s in enumerate(record["spans"])
            if s["label"] in ("QUOTE", "CUE")
        ]
        info = {s.id: SuggestionInfo("span", span_key(s), "rules:quote", 0.9) for s in spans}
        project.replace_suggestions(doc_id, Layer(SUGGEST, spans=spans), info)
    return path


def test_an_annotator_is_compared_with_the_suggestions(path):
    with Project.open(path) as project:
        report = agreement_report(project, ["alice", SUGGEST])
    (pair,) = report.pairs
    data = pair.to_json()
    assert pair.annotators == ("alice", "suggest") and pair.documents == 1
    # alice kept all 29 suggested quotes and cues and added 20 names of her own
    assert data["spans"] == {"alice": 49, "suggest": 29}
    assert data["matched_exact"] == 29
    assert data["span_f1_exact"] == pytest.approx(2 * 29 / (49 + 29), abs=1e-5)


def test_suggestions_are_left_out_unless_asked_for(path):
    with Project.open(path) as project:
        assert agreement_report(project).annotators == ("alice",)
        assert agreement_report(project, with_suggestions=True).annotators == ("alice", "suggest")


def test_asking_for_suggestions_in_a_project_without_any_is_one_clear_error(tmp_path):
    source = tmp_path / "alice.jsonl"
    source.write_text(json.dumps(seed_done(), ensure_ascii=False) + "\n", "utf-8")
    with Project.create(tmp_path / "p.wbproj") as project:
        import_paths(project, [source])
        with pytest.raises(ProjectError, match="run 'workbench suggest' first"):
            agreement_report(project, with_suggestions=True)


def test_agreement_command_with_suggestions(path, cli):
    result = cli("agreement", path, "--with-suggestions", "--json")
    assert result.exit_code == 0, result.stderr
    (pair,) = json.loads(result.stdout)["pairs"]
    assert pair["annotators"] == ["alice", "suggest"] and pair["matched_exact"] == 29
    named = cli("agreement", path, "--annotators", "alice,suggest", "--json")
    assert json.loads(named.stdout)["pairs"][0]["matched_exact"] == 29

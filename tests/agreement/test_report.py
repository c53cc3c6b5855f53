"""The agreement report's values, its one list of measures, and the --json keys the README
documents."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import DATA, ROOT
from tests.workflow.conftest import import_records, variant
from workbench.agreement.measures import MEASURES, SPAN_F1_EXACT, SPAN_MEASURES
from workbench.agreement.project import agreement_report
from workbench.formats.importer import import_paths
from workbench.store.project import Project

README = (ROOT / "README.md").read_text(encoding="utf-8")


def documented_table() -> dict[str, str]:
    """The README's table of what the agreement numbers are: each key and its meaning."""
    section = README.split("### What the agreement numbers are", 1)[1].split("\n\n", 2)[1]
    rows = {}
    for line in section.splitlines()[2:]:
        keys, meaning = line.strip("|").split(" | ", 1)
        for key in re.findall(r"`([a-z_0-9]+)`", keys):
            rows[key] = meaning.strip(" |")
    return rows


def documented_json() -> dict:
    example = README.split("--json` prints:\n\n```json\n", 1)[1].split("```", 1)[0]
    return json.loads(example)


def keys_of(report: dict) -> set[str]:
    """Every key of the --json output but annotators' and labels' names and documents' ids."""
    found = set(report) | set(report["overall"])
    for pair in report["pairs"]:
        found |= set(pair)
        for part in [*pair.get("by_label", {}).values(), *pair.get("by_document", {}).values()]:
            found |= set(part)
        found |= set(pair.get("undefined", {}))
    return found


@pytest.fixture
def readme_project(tmp_path):
    """The README's recipe: the seed annotated by two annotators."""
    with Project.create(tmp_path / "team.wbproj") as project:
        import_paths(
            project, [DATA / "seed-attributed.jsonl", DATA / "seed-second-annotator.jsonl"]
        )
        yield project


def test_the_json_output_has_the_keys_the_readme_documents(readme_project, tmp_path):
    outputs = [agreement_report(readme_project, by=by).to_json() for by in ("label", "document")]
    with Project.create(tmp_path / "undefined.wbproj") as project:
        empty = dict(variant("bob"), spans=[], relations=[], entities=[])
        import_records(project, tmp_path, variant("alice"), empty)
        outputs.append(agreement_report(project).to_json())
    example = documented_json()
    documented = set(documented_table()) | keys_of(example)
    assert set().union(*map(keys_of, outputs)) == documented
    # and in the order the README shows them
    assert list(outputs[0]) == list(example)
    (pair,) = example["pairs"]
    assert [k for k in outputs[0]["pairs"][0] if k in pair] == list(pair)
    assert list(outputs[0]["overall"]) == list(example["overall"])


def test_each_measure_is_described_as_in_the_readme():
    table = documented_table()
    assert {m.key: m.description for m in MEASURES} == {m.key: table[m.key] for m in MEASURES}


def test_the_report_is_values_read_through_the_measures(readme_project):
    report = agreement_report(readme_project, by="all", disagreements=True)
    (pair,) = report.pairs
    assert report.pair("bob", "alice") is pair and pair.reason is None
    assert pair.total.measures == MEASURES
    assert pair.by_label["ORG"].measures == SPAN_MEASURES
    score = pair.total.score(SPAN_F1_EXACT)
    expected = 2 * pair.total.spans.matched_exact / (pair.total.spans.a + pair.total.spans.b)
    assert score.value == round(expected, 6) and score.reason is None
    first = pair.disagreements[0]
    assert first.description == first.message()[0] % first.message()[1]
    assert pair.to_json()["span_f1_exact"] == score.value

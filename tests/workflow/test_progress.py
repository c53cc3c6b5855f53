"""Progress per annotator: documents done over time, time on task, spans per hour, agreement
with the others; and ``workbench stats`` showing it (table and --json)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tests.conftest import DATA
from workbench.cli.main import main
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.progress import progress


def two_done(path, seconds: list[float]) -> list[str]:
    """The seed article done by its two annotators, with these seconds on task each."""
    with Project.create(path) as project:
        import_paths(
            project, [DATA / "seed-attributed.jsonl", DATA / "seed-second-annotator.jsonl"]
        )
        (doc,) = project.document_ids()
        names = project.layer_annotators(doc)
        for name, spent in zip(names, seconds, strict=True):
            project.set_status(doc, name, "done")
            project.add_seconds(doc, name, spent)
    return names


def test_progress_per_annotator(tmp_path):
    names = two_done(tmp_path / "p.wbproj", [1800, 59])
    with Project.open(tmp_path / "p.wbproj") as project:
        report = progress(project, {tuple(names): (0.8, None)}, "span_f1_relaxed")
        alone = progress(project)
    first, second = report.annotators
    assert first.annotator == names[0] and first.seconds == 1800
    assert first.spans_per_hour == round(first.spans * 2, 1)
    assert second.spans_per_hour is None  # under a minute: no rate
    assert first.documents_done == 1 and first.done_over_time[-1][1] == 1
    assert first.agreement == 0.8 and second.agreement == 0.8
    assert alone.annotators[0].agreement is None
    assert alone.annotators[0].agreement_reason == "agreement was not computed"


def test_stats_shows_time_on_task_and_json_carries_progress(tmp_path):
    path = tmp_path / "p.wbproj"
    names = two_done(path, [3600, 3600])
    runner = CliRunner()
    table = runner.invoke(main, ["stats", str(path)]).output
    assert "time on task" in table and "1:00:00" in table
    data = json.loads(runner.invoke(main, ["stats", str(path), "--json"]).output)
    people = {a["annotator"]: a for a in data["progress"]["annotators"]}
    assert set(people) == set(names)
    assert data["progress"]["agreement_measure"] == "span_f1_relaxed"
    assert 0.9 < people[names[0]]["agreement"] <= 1
    assert people[names[0]]["spans_per_hour"] == people[names[0]]["spans"]

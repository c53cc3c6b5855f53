"""Categories, comments on every kind of item, time on task and history travel whole: pack, work
in the package, merge, export native JSONL, import into a fresh project: the same layers."""

from __future__ import annotations

import json

from tests.conftest import DATA
from tests.team_schema import team_schema
from workbench.formats.export import export_project
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.packages import merge, pack


def _project(path, tmp_path) -> Project:
    project = Project.create(path, team_schema())
    record = json.loads((DATA / "seed-attributed.jsonl").read_text("utf-8").splitlines()[0])
    record["annotator"] = "alice"
    record["status"] = "in_progress"
    source = tmp_path / "seed.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    import_paths(project, [source])
    return project


def test_categories_comments_seconds_and_history_round_trip(tmp_path):
    project = _project(tmp_path / "p.wbproj", tmp_path)
    doc = project.document_ids()[0]
    project.set_categories(doc, "alice", {"topic": ["politics"], "genre": ["news"]})
    project.acting_as = "boss"
    project.add_comment(doc, "alice", "Q1", "is this the whole quote?", "boss")
    project.acting_as = None
    project.add_comment(doc, "alice", "R1", "unsure whether this is the speaker", "alice")
    project.add_comment(doc, "alice", "E1", "same person as P2?", "alice")
    project.add_comment(doc, "alice", None, "a hard one", "alice")
    project.add_seconds(doc, "alice", 95.5)
    before_pack = len(project.history(doc, "alice"))

    pack(project, "alice", tmp_path / "alice.wbproj")
    with Project.open(tmp_path / "alice.wbproj") as package:
        assert len(package.history(doc, "alice")) == before_pack  # her own entries went along
        package.acting_as = "alice"
        package.set_categories(doc, "alice", {"topic": ["politics", "economy"], "genre": ["news"]})
        reply = package.add_comment(doc, "alice", "Q1", "yes, to the full stop", "alice")
        package.remove_span(doc, "alice", "C1")  # its relation R2 goes with it
        package.add_seconds(doc, "alice", 30)
        package.set_status(doc, "alice", "done")
        worked = package.layer(doc, "alice")
        package_history = package.history(doc, "alice")
    # the supervisor answers in the project meanwhile
    answer = project.add_comment(doc, "alice", None, "thanks", "boss").comments.added[0]

    (report,) = merge(project, [tmp_path / "alice.wbproj"])
    assert "comments +1 ~0 -0; categories changed on 1 document" in report.summary()
    merged = project.layer(doc, "alice")
    assert merged.categories == {"topic": ["politics", "economy"], "genre": ["news"]}
    assert merged.seconds == 125.5
    assert merged.status == "done"
    assert merged.spans == worked.spans and merged.relations == worked.relations
    by_text = {c.text: c for c in merged.comments}
    assert set(by_text) == {c.text for c in worked.comments} | {"thanks"}
    assert by_text["yes, to the full stop"].target == "Q1"
    # both sides made a c5 after packing: the package's comment got another id
    assert reply.comments.added[0].id == answer.id == "c5"
    assert len({c.id for c in merged.comments}) == len(merged.comments)
    assert answer in merged.comments
    history = project.history(doc, "alice")
    kinds = [e.kind for e in history]
    assert kinds[-1] == "merge"
    package_entries = {e.content() for e in package_history}
    assert package_entries <= {e.content() for e in history}
    merge(project, [tmp_path / "alice.wbproj"])  # again: nothing new
    assert len(project.history(doc, "alice")) == len(history)

    export_project(project, tmp_path / "out.jsonl")
    with Project.create(tmp_path / "fresh.wbproj", team_schema()) as fresh:
        import_paths(fresh, [tmp_path / "out.jsonl"])
        assert fresh.layer(doc, "alice") == project.layer(doc, "alice")
        export_project(fresh, tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "out.jsonl").read_bytes()
    record = json.loads((tmp_path / "out.jsonl").read_text("utf-8").splitlines()[0])
    assert record["categories"] == [
        {"name": "topic", "values": ["politics", "economy"]},
        {"name": "genre", "values": ["news"]},
    ]
    assert record["seconds"] == 125.5
    assert {c["target"] for c in record["comments"]} == {"Q1", "R1", "E1", None}
    project.close()

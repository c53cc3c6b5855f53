"""Native JSONL with categories, comments and seconds: bad ones refused with file and line,
nothing imported."""

from __future__ import annotations

import json

import pytest

from tests.team_schema import team_schema
from workbench.core.errors import WorkbenchError
from workbench.formats.importer import import_paths
from workbench.store.project import Project

GOOD = {
    "id": "d1",
    "text": "قال زيد إن السلام قريب",
    "annotator": "ali",
    "spans": [{"id": "s1", "start": 4, "end": 7, "label": "PER", "text": "زيد"}],
    "categories": [{"name": "topic", "values": ["politics"]}],
    "comments": [
        {
            "id": "c1",
            "target": "s1",
            "author": "ali",
            "created": "2026-01-02T03:04:05Z",
            "text": "sure?",
        }
    ],  # fmt: skip
    "seconds": 12.5,
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"categories": [{"name": "topic", "values": ["chess"]}]}, "value 'chess' is not allowed"),
        ({"categories": [{"name": "genre", "values": ["news", "opinion"]}]}, "takes one value"),
        ({"categories": {"topic": "politics"}}, "'categories' must be a list"),
        ({"comments": [{**GOOD["comments"][0], "target": "s9"}]}, "target 's9' is not a span"),
        ({"comments": [{"id": "c1", "text": "x"}]}, "a comment has missing"),
        ({"comments": [{**GOOD["comments"][0], "created": "yesterday"}]}, "not an ISO 8601"),
        ({"comments": [{**GOOD["comments"][0], "created": "2026-01-02T03:04"}]}, "no time zone"),
        ({"seconds": -3}, "'seconds' must be a number >= 0"),
    ],
)
def test_bad_fields_name_file_and_line_and_import_nothing(tmp_path, change, message):
    path = tmp_path / "in.jsonl"
    bad = {**GOOD, "id": "d2", **change}
    lines = [json.dumps(GOOD, ensure_ascii=False), json.dumps(bad, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with Project.create(tmp_path / "p.wbproj", team_schema()) as project:
        with pytest.raises(WorkbenchError) as caught:
            import_paths(project, [path])
        assert f"{path}:2:" in str(caught.value) and message in str(caught.value)
        assert project.document_ids() == [] and project.history() == []


def test_good_fields_come_in(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", "utf-8")
    with Project.create(tmp_path / "p.wbproj", team_schema()) as project:
        import_paths(project, [path])
        layer = project.layer("d1", "ali")
        assert layer.categories == {"topic": ["politics"]}
        assert layer.comments[0].text == "sure?" and layer.seconds == 12.5
        assert [e.kind for e in project.history()] == ["import"]


def test_the_json_schema_holds_categories_and_comments(tmp_path):
    import jsonschema

    from workbench.core.bundled import resources_dir
    from workbench.formats.export import export_project

    schema = json.loads((resources_dir() / "jsonl-record.schema.json").read_text("utf-8"))
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", "utf-8")
    with Project.create(tmp_path / "p.wbproj", team_schema()) as project:
        import_paths(project, [path])
        export_project(project, tmp_path / "out.jsonl")
    record = json.loads((tmp_path / "out.jsonl").read_text("utf-8"))
    assert record["comments"] == GOOD["comments"] and record["seconds"] == 12.5
    jsonschema.validate(record, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**record, "comments": [{"id": "c1", "text": "x"}]}, schema)


def test_skip_invalid_leaves_out_a_record_with_a_bad_category_whole(tmp_path):
    path = tmp_path / "in.jsonl"
    bad = {**GOOD, "id": "d2", "categories": [{"name": "topic", "values": ["chess"]}]}
    lines = [json.dumps(GOOD, ensure_ascii=False), json.dumps(bad, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with Project.create(tmp_path / "p.wbproj", team_schema()) as project:
        report = import_paths(project, [path], skip_invalid=True)
        assert project.document_ids() == ["d1"]
        assert len(report.skipped) == 1 and "value 'chess' is not allowed" in report.skipped[0]


def test_importing_again_categories_in_another_order_changes_nothing(tmp_path):
    path = tmp_path / "in.jsonl"
    shuffled = {
        **GOOD,
        "categories": [
            {"name": "genre", "values": ["news"]},
            {"name": "topic", "values": ["sport", "politics"]},
        ],
    }
    path.write_text(json.dumps(shuffled, ensure_ascii=False) + "\n", "utf-8")
    with Project.create(tmp_path / "p.wbproj", team_schema()) as project:
        import_paths(project, [path])
        assert project.layer("d1", "ali").categories == {
            "topic": ["politics", "sport"],
            "genre": ["news"],
        }
        report = import_paths(project, [path])
        assert report.layers_unchanged == 1

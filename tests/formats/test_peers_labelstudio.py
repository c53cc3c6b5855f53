"""Label Studio JSON: Label Studio's own example task, and the shapes its exports take
(predictions, relations, results of other types)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES
from tests.formats.content import native_content

PEERS = FIXTURES / "peers"
EXAMPLE = PEERS / "labelstudio" / "named_entity_annotations_1.json"
SCHEMA = PEERS / "schemas" / "labelstudio.toml"


@pytest.fixture
def project(cli, tmp_path):
    path = tmp_path / "p.wbproj"
    assert cli("init", path, "--schema", SCHEMA).exit_code == 0
    return path


def results(task):
    text = task["data"]["text"]
    out = set()
    for annotation in task["annotations"]:
        for r in annotation["result"]:
            v = r["value"]
            out |= {
                (label, v["start"], v["end"], text[v["start"] : v["end"]]) for label in v["labels"]
            }
    return out


def test_label_studios_example_is_recognised_by_content_and_exports_back_equal(
    cli, project, tmp_path
):
    result = cli("import", project, EXAMPLE)  # a .json file: not taken for JSONL
    assert result.exit_code == 0, result.output
    assert "1 spans" in result.stdout
    out = tmp_path / "out.json"
    exported = cli("export", project, "-o", out, "--format", "labelstudio")
    assert exported.exit_code == 0, exported.output
    (task,) = json.loads(out.read_text("utf-8"))
    original = json.loads(EXAMPLE.read_text("utf-8"))
    assert task["data"]["text"] == original["data"]["text"]
    assert results(task) == results(original) == {("Date", 343, 354, "February 22")}
    # and Label Studio's file read back from our export is the same project content
    again = tmp_path / "again.wbproj"
    cli("init", again, "--schema", SCHEMA)
    assert cli("import", again, out).exit_code == 0
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    cli("export", project, "-o", first)
    cli("export", again, "-o", second)
    assert native_content(first) == native_content(second)


TASKS = [
    {
        "id": 7,
        "data": {"text": "Ada 👍 works for Acme.", "source": "wire"},
        "annotations": [
            {
                "completed_by": {"email": "ann@example.org"},
                "result": [
                    {"id": "a", "type": "labels", "from_name": "ner", "to_name": "text",
                     "value": {"start": 0, "end": 3, "labels": ["Person"]}},
                    {"id": "b", "type": "labels", "from_name": "ner", "to_name": "text",
                     "value": {"start": 16, "end": 20, "labels": ["Organization"]}},
                    {"type": "relation", "from_id": "b", "to_id": "a", "direction": "left",
                     "labels": ["works_for"]},
                    {"type": "relation", "from_id": "a", "to_id": "b", "direction": "right",
                     "labels": []},
                    {"id": "c", "type": "choices", "from_name": "sentiment", "to_name": "text",
                     "value": {"choices": ["Positive"]}},
                ],
            }
        ],
        "predictions": [
            {"model_version": "v1", "result": [
                {"id": "p", "type": "labels", "value": {"start": 16, "end": 20,
                                                        "labels": ["Person"]}},
            ]},
        ],
    }
]  # fmt: skip


def test_predictions_are_their_own_layer_and_every_left_out_result_is_counted(
    cli, project, tmp_path
):
    source = tmp_path / "export.json"
    source.write_text(json.dumps(TASKS, ensure_ascii=False), encoding="utf-8")
    result = cli("import", project, source)
    assert result.exit_code == 0, result.output
    assert "1 x results of type 'choices'" in result.stdout
    assert "1 x relations without a label" in result.stdout
    native = tmp_path / "n.jsonl"
    cli("export", project, "-o", native)
    content = native_content(native)
    text, spans, relations = content["7", "ann@example.org"]
    assert text == "Ada 👍 works for Acme."
    assert spans == [("Organization", 16, 20, "Acme"), ("Person", 0, 3, "Ada")]
    assert relations == [("works_for", spans[1], spans[0])]  # "left": from b to a reversed
    assert content["7", "prediction:v1"][1] == [("Person", 16, 20, "Acme")]
    out = tmp_path / "back.json"
    cli("export", project, "-o", out, "--format", "labelstudio")
    (task,) = json.loads(out.read_text("utf-8"))
    assert [p["model_version"] for p in task["predictions"]] == ["v1"]
    assert [a["completed_by"] for a in task["annotations"]] == ["ann@example.org"]
    assert task["data"]["source"] == "wire" and task["data"]["doc_id"] == "7"


def test_a_broken_task_names_the_line_it_starts_on(cli, project, tmp_path):
    source = tmp_path / "bad.json"
    source.write_text(
        '[\n  {"data": {"text": "fine"}},\n  {"data": {"txt": "no text"}}\n]\n', encoding="utf-8"
    )
    result = cli("import", project, source)
    assert result.exit_code == 1
    assert f"{source}:3: task 2: 'data.text' must be a string" in result.stderr
    assert "documents: 0" in cli("stats", project).stdout

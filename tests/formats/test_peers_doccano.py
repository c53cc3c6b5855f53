"""doccano files doccano itself ships (tests/fixtures/peers/doccano): its import example with
relations without ids, its test data with one record lacking text, its sequence export."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES

PEERS = FIXTURES / "peers"
DOCCANO = PEERS / "doccano"
SCHEMA = PEERS / "schemas" / "doccano.toml"


def records(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def content(record):
    """A doccano record by content: spans by (label, start, end, text), relations by ends."""
    text = record["text"]
    if "entities" in record:
        spans = {
            e["id"]: (e["label"], e["start_offset"], e["end_offset"]) for e in record["entities"]
        }
    else:
        spans = {k: (label, a, b) for k, (a, b, label) in enumerate(record["label"])}
    shown = {k: (*v, text[v[1] : v[2]]) for k, v in spans.items()}
    relations = {
        (r["type"], shown[r["from_id"]], shown[r["to_id"]]) for r in record.get("relations", [])
    }
    return text, set(shown.values()), relations


@pytest.fixture
def project(cli, tmp_path):
    path = tmp_path / "p.wbproj"
    assert cli("init", path, "--schema", SCHEMA).exit_code == 0
    return path


@pytest.mark.parametrize(
    "name", ["import_example_relation_extraction.jsonl", "export_example_sequence_labeling.jsonl"]
)
def test_doccanos_own_files_import_and_export_back_equal(cli, project, tmp_path, name):
    source = DOCCANO / name
    result = cli("import", project, source)
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.jsonl"
    assert cli("export", project, "-o", out, "--format", "doccano").exit_code == 0
    exported = records(out)
    assert [content(r) for r in exported] == [content(r) for r in records(source)]
    for record in exported:  # doccano's models need integer ids
        assert all(type(e["id"]) is int for e in record["entities"])
        assert all(type(r[k]) is int for r in record["relations"] for k in ("id", "from_id"))
    # the mapping is stable: exporting again gives the same file
    again = tmp_path / "again.jsonl"
    cli("export", project, "-o", again, "--format", "doccano")
    assert again.read_text("utf-8") == out.read_text("utf-8")


def test_relations_without_ids_keep_their_ends(cli, project, tmp_path):
    source = DOCCANO / "import_example_relation_extraction.jsonl"
    assert cli("import", project, source).exit_code == 0
    native = tmp_path / "n.jsonl"
    cli("export", project, "-o", native)
    (record,) = records(native)
    spans = {s["id"]: s["text"] for s in record["spans"]}
    assert sorted(
        (r["label"], spans[r["head"]], spans[r["tail"]]) for r in record["relations"]
    ) == [
        ("foundedAt", "Google", "September 4, 1998"),
        ("foundedBy", "Google", "Larry Page"),
        ("foundedBy", "Google", "Sergey Brin"),
    ]


def test_a_file_with_one_bad_record_is_refused_whole_by_default(cli, project):
    source = DOCCANO / "tests_sequence_labeling.jsonl"
    result = cli("import", project, source)
    assert result.exit_code == 1
    assert f"{source}:3: a doccano record needs a 'text' string" in result.stderr
    assert "documents: 0" in cli("stats", project).stdout


def test_skip_invalid_imports_the_valid_records_and_lists_the_skipped(cli, project):
    source = DOCCANO / "tests_sequence_labeling.jsonl"
    result = cli("import", project, source, "--skip-invalid")
    assert result.exit_code == 0, result.output
    assert "2 documents added" in result.stdout and "1 invalid records skipped" in result.stdout
    assert f"skipped: {source}:3: a doccano record needs a 'text' string" in result.stdout


def test_skip_invalid_skips_a_record_the_schema_refuses_whole(cli, project, tmp_path):
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        '{"text": "good one", "label": [[0, 4, "ORG"]]}\n'
        '{"text": "bad label", "label": [[0, 3, "NOPE"]]}\n'
        '{"text": "bad offsets", "label": [[0, 99, "ORG"]]}\n',
        encoding="utf-8",
    )
    result = cli("import", project, source, "--skip-invalid")
    assert result.exit_code == 0, result.output
    assert "1 document added" in result.stdout
    skipped = [line for line in result.stdout.splitlines() if line.startswith("skipped: ")]
    assert [s.split(":")[2] for s in skipped] == ["2", "3"]
    assert "NOPE" in skipped[0]


@pytest.mark.parametrize(
    "line, why",
    [
        ('{"text": "abc", "label": [[true, 2, "ORG"]]}', "offsets must be integers"),
        (
            '{"text": "abc", "entities": [{"id": null, "label": "ORG", "start_offset": 0,'
            ' "end_offset": 1}], "relations": []}',
            "'id' must be an integer or a string",
        ),
        (
            '{"text": "abc", "entities": [{"id": {"a": 1}, "label": "ORG", "start_offset": 0,'
            ' "end_offset": 1}], "relations": []}',
            "'id' must be an integer or a string",
        ),
        ('{"id": null, "text": "abc", "label": []}', "'id' must be an integer or a string"),
        ('{"id": true, "text": "abc", "label": []}', "'id' must be an integer or a string"),
        ('{"text": "abc", "score": 1e999, "label": []}', "too large"),
        ('{"text": "abc", "score": NaN, "label": []}', "NaN is not a JSON number"),
        ('{"text": "abc", "score": -Infinity, "label": []}', "Infinity is not a JSON number"),
        ('{"text": "abc", "label": [[0, 1, "OR\\u0000G"]]}', "NUL"),
    ],
)
def test_doccano_refuses_what_it_could_not_give_back(cli, project, tmp_path, line, why):
    source = tmp_path / "bad.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    result = cli("import", project, source, "--format", "doccano")
    assert result.exit_code == 1
    assert f"{source}:1:" in result.stderr and why in result.stderr, result.stderr
    assert "Traceback" not in result.output


def test_a_control_character_in_a_label_is_refused(cli, project, tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"text": "abc", "label": [[0, 1, "OR\\u0007G"]]}\n', encoding="utf-8")
    result = cli("import", project, source, "--format", "doccano")
    assert result.exit_code == 1 and "control character" in result.stderr


@pytest.mark.parametrize("escape", ["\\u0000", "\\u001b"])
def test_a_schema_label_with_a_control_character_is_refused(cli, tmp_path, escape):
    # its spans could be exported but never imported back (doccano, JSONL refuse NUL)
    schema = tmp_path / "s.toml"
    schema.write_text(f'name = "n"\n[[labels]]\nname = "A{escape}B"\n', encoding="utf-8")
    result = cli("init", tmp_path / "p.wbproj", "--schema", schema)
    assert result.exit_code == 1 and "holds a control character" in result.stderr
    assert not (tmp_path / "p.wbproj").exists()

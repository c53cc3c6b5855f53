"""Every export says what its offsets count (issue 14 item 5): a field or a table in our own
formats, a comment or a side file for other tools', the export message always, and the JSON
Schema; and every importer still reads the files (with the side files beside them, and
without them)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workbench.core.bundled import resources_dir

# an emoji counts twice in UTF-16: the unit changes the numbers after it
TEXT = "قال 🙂 الرئيس Emmanuel Macron إن «الأمم المتحدة» تجتمع."
NAME = "Emmanuel Macron"


@pytest.fixture
def project(cli, tmp_path):
    path, source = tmp_path / "p.wbproj", tmp_path / "in.jsonl"
    start = TEXT.index(NAME)
    span = {"id": "s1", "start": start, "end": start + len(NAME), "label": "PER", "text": NAME}
    record = {"id": "d", "text": TEXT, "annotator": "alice", "spans": [span]}
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    cli("init", path)
    assert cli("import", path, source).exit_code == 0
    return path


def export(cli, project, out, fmt):
    result = cli("export", project, "-o", out, "--format", fmt)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    "fmt, unit",
    [
        ("jsonl", "code points"),
        ("corpus", "code points"),
        ("brat", "code points"),
        ("labelstudio", "code points"),
        ("prodigy", "code points"),
        ("doccano", "UTF-16 code units"),
        ("webanno", "UTF-16 code units"),
    ],
)
def test_the_export_message_names_the_unit(cli, project, tmp_path, fmt, unit):
    output = export(cli, project, tmp_path / f"out.{fmt}", fmt)
    assert f"offsets count {unit} of the NFC text" in output


def test_hf_says_its_tags_are_per_token(cli, project, tmp_path):
    output = export(cli, project, tmp_path / "hf.jsonl", "hf")
    assert "offsets: none; tags are per token" in output
    side = json.loads((tmp_path / "hf.jsonl.offsets").read_text("utf-8"))
    assert side["offsets"] == "tokens"


def test_native_jsonl_records_carry_the_field_the_json_schema_names(cli, project, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((resources_dir() / "jsonl-record.schema.json").read_text("utf-8"))
    assert schema["properties"]["offsets"]["const"] == "code points"
    export(cli, project, tmp_path / "o.jsonl", "jsonl")
    (record,) = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text("utf-8").splitlines()]
    assert record["offsets"] == "code points"
    jsonschema.validate(record, schema)
    span = record["spans"][0]
    assert TEXT[span["start"] : span["end"]] == NAME  # code points indeed
    # read back, into another project
    again = tmp_path / "again.wbproj"
    cli("init", again)
    assert cli("import", again, tmp_path / "o.jsonl").exit_code == 0


def test_a_record_that_counts_other_offsets_is_refused_with_its_line(cli, tmp_path):
    source = tmp_path / "utf16.jsonl"
    lines = [
        {"id": "a", "text": "نص", "offsets": "code points"},
        {"id": "b", "text": "🙂 نص", "offsets": "UTF-16 code units"},
    ]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    project = tmp_path / "p.wbproj"
    cli("init", project)
    result = cli("import", project, source)
    assert result.exit_code != 0
    assert f"{source}:2" in result.stderr and "'UTF-16 code units'" in result.stderr
    assert "Traceback" not in result.output


def test_the_corpus_database_has_an_about_table(cli, project, tmp_path):
    export(cli, project, tmp_path / "c.db", "corpus")
    conn = sqlite3.connect(tmp_path / "c.db")
    try:
        about = dict(conn.execute("SELECT key, value FROM about"))
        (start, end) = conn.execute("SELECT start, end FROM spans").fetchone()
    finally:
        conn.close()
    assert about["offsets"] == "code points" and about["text"] == "NFC, LF newlines"
    assert TEXT[start:end] == NAME


def test_parquet_files_say_it_in_their_metadata(cli, project, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    export(cli, project, tmp_path / "shards", "parquet")
    (spans,) = (tmp_path / "shards" / "spans").glob("*.parquet")
    about = json.loads(pq.read_schema(spans).metadata[b"workbench"])
    assert about["offsets"].startswith("code points")


@pytest.mark.parametrize(
    "fmt, side, unit",
    [
        ("doccano", "out.jsonl.offsets", "UTF-16 code units"),
        ("labelstudio", "out.json.offsets", "code points"),
        ("prodigy", "out.jsonl.offsets", "code points"),
        ("spacy", "out.spacy.offsets", "code points"),
        ("brat", "out/workbench.offsets", "code points"),
        ("webanno", "out/workbench.offsets", "UTF-16 code units"),
    ],
)
def test_other_tools_formats_get_a_side_file_and_still_import(
    cli, project, tmp_path, fmt, side, unit
):
    exported = tmp_path / "exported"
    exported.mkdir()
    out = exported / side.split("/")[0].removesuffix(".offsets")
    if fmt == "spacy":
        pytest.importorskip("spacy")
    export(cli, project, out, fmt)
    facts = json.loads((exported / side).read_text("utf-8"))
    assert facts["offsets"] == unit and facts["format"] == fmt
    if fmt in ("prodigy", "spacy"):
        return  # written for Prodigy and spaCy; the workbench does not read them back
    # imported from the folder that holds the export and its side file: the same span
    again = tmp_path / "again.wbproj"
    cli("init", again)
    folder = out if out.is_dir() else exported
    result = cli("import", again, folder, "--format", fmt)
    assert result.exit_code == 0, result.output
    check = tmp_path / "check.jsonl"
    export(cli, again, check, "jsonl")
    spans = [s for line in check.read_text("utf-8").splitlines() for s in json.loads(line)["spans"]]
    assert [s["text"] for s in spans] == [NAME]


def test_brat_annotation_conf_says_it_in_a_comment(cli, project, tmp_path):
    export(cli, project, tmp_path / "out", "brat")
    conf = (tmp_path / "out" / "annotation.conf").read_text("utf-8")
    assert "# offsets in the .ann files count code points of the NFC text" in conf

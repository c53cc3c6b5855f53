"""Values a user (or a forger) can put in front of the workbench that used to end in a traceback:
stored JSON that is not an object, TOML nested too deep, codecs that do not decode text. Each is
one line ``workbench: error: FILE: ...``, exit status 1, and nothing stored changes."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import SEED
from tests.reliability.test_hostile_input import run


def one_clean_error(done, path, message: str = "") -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("workbench: error: ") and str(path) in lines[0], lines[0]
    assert message in lines[0], lines[0]
    return lines[0]


def dump(path) -> list:
    conn = sqlite3.connect(path)
    try:
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("documents", "layers", "spans", "project")
        ]
    finally:
        conn.close()


@pytest.fixture
def project_and_package(tmp_path):
    project, package = tmp_path / "p.wbproj", tmp_path / "bob.wbproj"
    assert run("init", project).returncode == 0
    assert run("import", project, SEED).returncode == 0
    assert run("pack", project, "--annotator", "bob", "-o", package).returncode == 0
    conn = sqlite3.connect(package)
    layer = conn.execute("SELECT id FROM layers WHERE annotator = 'bob'").fetchone()
    if layer is None:
        doc = conn.execute("SELECT id FROM documents").fetchone()[0]
        conn.execute(
            "INSERT INTO layers (doc_id, annotator, status, created_at, updated_at) "
            "VALUES (?, 'bob', 'done', '', '')",
            [doc],
        )
        layer = conn.execute("SELECT id FROM layers WHERE annotator = 'bob'").fetchone()
    text = conn.execute("SELECT text FROM documents").fetchone()[0]
    word = text.split()[0]
    conn.execute(
        'INSERT INTO spans (layer_id, id, start, "end", label, text, attrs) '
        "VALUES (?, 's1', 0, ?, 'ORG', ?, '{}')",
        [layer[0], len(word), word],
    )
    conn.commit()
    conn.close()
    return project, package


FORGED = [
    *(
        ("UPDATE spans SET attrs = ?", value)
        for value in ("{not json", "[1, 2]", '"a string"', "null")
    ),
    *(
        ("UPDATE project SET value = ? WHERE key = 'schema'", value)
        for value in ("{not json", "[]", "[1, 2]", '{"labels": 3}')
    ),
]


@pytest.mark.parametrize(("statement", "value"), FORGED)
def test_merging_a_package_whose_stored_json_is_not_what_it_should_be(
    project_and_package, statement, value
):
    """Span attributes that are not a JSON object, a schema row that is not a schema."""
    project, package = project_and_package
    conn = sqlite3.connect(package)
    conn.execute(statement, [value])
    conn.commit()
    conn.close()
    before = dump(project)
    one_clean_error(run("merge", project, package), package)
    assert dump(project) == before
    if "schema" in statement:
        one_clean_error(run("stats", package), package)


def test_a_schema_nested_twenty_thousand_deep(tmp_path):
    schema = tmp_path / "deep.toml"
    schema.write_text("a = " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    project = tmp_path / "p.wbproj"
    one_clean_error(run("init", project, "--schema", schema), schema, "nested")
    assert not project.exists()


@pytest.mark.parametrize("encoding", ["rot13", "base64", "hex", "zlib", "undefined", "bz2"])
def test_import_with_a_codec_that_is_not_a_text_encoding(tmp_path, encoding):
    project = tmp_path / "p.wbproj"
    assert run("init", project).returncode == 0
    before = dump(project)
    source = tmp_path / "a.txt"
    source.write_text("hello world\n", encoding="utf-8")
    line = one_clean_error(run("import", project, source, "--encoding", encoding), source)
    assert encoding in line and "not a text encoding" in line
    assert dump(project) == before


def test_a_json_offset_of_five_thousand_digits(tmp_path):
    project = tmp_path / "p.wbproj"
    assert run("init", project).returncode == 0
    before = dump(project)
    offset = "9" * 5000
    jsonl = tmp_path / "big.jsonl"
    record = '{"id": "a", "text": "hello", "spans": [{"start": 0, "end": OFFSET, "label": "PER"}]}'
    jsonl.write_text(record.replace("OFFSET", offset) + "\n", encoding="utf-8")
    doccano = tmp_path / "big.doccano.jsonl"
    record = json.dumps({"id": 1, "text": "hello", "label": [[0, "OFFSET", "PER"]]})
    doccano.write_text(record.replace('"OFFSET"', offset) + "\n", encoding="utf-8")
    one_clean_error(run("import", project, jsonl), f"{jsonl}:1")
    one_clean_error(run("import", project, doccano, "--format", "doccano"), f"{doccano}:1")
    assert dump(project) == before

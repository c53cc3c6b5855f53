"""The command line as a user runs it: init, import, export, stats, and its errors."""

import json
import sqlite3

import pytest

from tests.conftest import DATA, SEED


def dump(path):
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_quick_path_gives_the_article_back(cli, tmp_path, seed_text):
    project, out = tmp_path / "p.db", tmp_path / "out.jsonl"
    assert cli("init", project).exit_code == 0
    result = cli("import", project, SEED)
    assert result.exit_code == 0, result.output
    assert "1 document added" in result.stdout
    assert cli("export", project, "-o", out).exit_code == 0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["text"] == seed_text  # the seed is already NFC with LF newlines
    assert record["id"] == SEED.stem
    assert set(record) == {"id", "text", "meta", "offsets"}
    assert record["offsets"] == "code points"


def test_stats_table_and_json(cli, tmp_path):
    project = tmp_path / "p.db"
    cli("init", project)
    cli("import", project, DATA / "multilayer.jsonl")
    table = cli("stats", project).stdout
    assert "documents: 3" in table and "alice" in table and "QUOTE" in table
    data = json.loads(cli("stats", project, "--json").stdout)
    assert data["spans"] == 19 and data["layers"]["bob"]["in_progress"] == 1


def _records(*records):
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"


GOOD = {
    "id": "ok",
    "text": "قال ليو إن الأمن مهم.",
    "annotator": "alice",
    "spans": [{"id": "a", "start": 4, "end": 7, "label": "PER", "text": "ليو"}],
}


def _with(**changes):
    record = json.loads(json.dumps(GOOD))
    record.update(changes)
    return record


BAD_FILES = {
    # the column where the line stops, not "column 1" of the line after its LF
    "invalid JSON": (
        "bad.jsonl",
        _records(GOOD) + '{"id": "x", "text": \n',
        2,
        "invalid JSON: Expecting value (column 21)",
    ),
    "invalid UTF-8": (
        "bad.jsonl",
        _records(GOOD).encode() + b'{"id": "\xff"}\n',
        2,
        "not valid UTF-8",
    ),
    "span text mismatch": (
        "bad.jsonl",
        _records(
            GOOD,
            _with(id="b", spans=[{"id": "a", "start": 4, "end": 7, "label": "PER", "text": "الأ"}]),
        ),
        2,
        "does not match the document",
    ),
    "offsets outside": (
        "bad.jsonl",
        _records(
            GOOD,
            _with(
                id="b", spans=[{"id": "a", "start": 4, "end": 70, "label": "PER", "text": "ليو"}]
            ),
        ),
        2,
        "outside the text",
    ),
    "label not in schema": (
        "bad.jsonl",
        _records(
            GOOD,
            _with(
                id="b", spans=[{"id": "a", "start": 4, "end": 7, "label": "PERSON", "text": "ليو"}]
            ),
        ),
        2,
        "label 'PERSON' is not in the schema",
    ),
    "relation to missing span": (
        "bad.jsonl",
        _records(
            GOOD,
            _with(
                id="b", relations=[{"id": "r", "label": "AFFILIATION", "head": "a", "tail": "zz"}]
            ),
        ),
        2,
        "tail 'zz' is not a span",
    ),
    "relation ends not allowed": (
        "bad.jsonl",
        _records(
            GOOD,
            _with(
                id="b",
                spans=[
                    {"id": "a", "start": 4, "end": 7, "label": "PER", "text": "ليو"},
                    {"id": "c", "start": 0, "end": 3, "label": "CUE", "text": "قال"},
                ],
                relations=[{"id": "r", "label": "SPEAKER", "head": "a", "tail": "c"}],
            ),
        ),
        2,
        "SPEAKER cannot start at a PER span",
    ),
    "invalid UTF-8 text file": (
        "bad.txt",
        "سطر\n".encode() * 3 + b"\xff\xfe\xfdabc",
        4,
        "not valid UTF-8",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
def test_bad_input_is_one_line_exit_1_and_changes_nothing(cli, tmp_path, case):
    name, content, line, message = BAD_FILES[case]
    project = tmp_path / "p.db"
    cli("init", project)
    cli("import", project, SEED)
    before = dump(project)
    bad = tmp_path / name
    bad.write_bytes(content if isinstance(content, bytes) else content.encode())
    result = cli("import", project, bad)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"workbench: error: {bad}:{line}: ")
    assert message in lines[0]
    assert "Traceback" not in result.output
    assert dump(project) == before


def test_a_file_that_is_not_a_project(cli, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list")
    for args in (
        ("stats", notes),
        ("import", notes, SEED),
        ("export", notes, "-o", tmp_path / "o"),
    ):
        result = cli(*args)
        assert result.exit_code == 1
        assert (
            result.stderr
            == f"workbench: error: {notes}: not a workbench project (not an SQLite file)\n"
        )
    assert notes.read_text() == "shopping list"


def test_usage_errors_exit_2(cli, tmp_path):
    assert cli("import", tmp_path / "p.db").exit_code == 2
    assert cli("export", tmp_path / "p.db", "-o", "x", "--format", "pdf").exit_code == 2


def commands() -> dict:
    """Every command of ``workbench``, loaded the way ``workbench --help`` loads them."""
    import click

    from workbench.cli import main

    ctx = click.Context(main)
    return {name: main.get_command(ctx, name) for name in main.list_commands(ctx)}


def test_every_command_has_help(cli):
    listing = cli("--help").output
    for name, command in commands().items():
        assert command.help, name
        assert f"  {name} " in listing, name
        assert cli(name, "--help").exit_code == 0


def test_every_command_is_in_the_readme():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in commands():
        assert f"workbench {name}" in readme, name


def test_the_benchmark_runs_and_prints_its_table():
    import subprocess
    import sys

    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench.bench",
            "--docs",
            "40",
            "--spans-per-doc",
            "5",
            "--only",
            "import,export,agreement",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode in (0, 1), out.stderr  # 1 only says a target was missed
    assert "| import 40 articles" in out.stdout and "| export 40 documents" in out.stdout
    assert "| token alpha, 40 documents x 3 annotators" in out.stdout


def test_the_memory_benchmark_measures_a_window_on_a_large_project(tmp_path):
    from workbench.bench.memory import bench_memory

    result, opening = bench_memory(tmp_path, docs=3000, tries=1)
    assert result.target == 1.5 and result.ratio > 0.9  # the larger project never costs less
    assert "3,000 documents" in result.name and result.name.endswith("(MiB)")
    assert opening.target == 2.0 and opening.unit == "seconds" and 0 < opening.ratio < 60

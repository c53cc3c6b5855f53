"""Import errors say what the file got wrong, where (file and line), in the file's own terms
(a new user's trial, issue 20 item 6). Each import is refused whole: the project is unchanged."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def project(cli, tmp_path):
    path = tmp_path / "p.wbproj"
    assert cli("init", path).exit_code == 0
    return path


def _refused(cli, project, path) -> str:
    result = cli("import", project, path)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    message = result.output.strip()
    assert len(message.splitlines()) == 1, message
    return message


def _jsonl(path, *records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    return path


def test_an_id_twice_in_one_file_names_both_lines(cli, tmp_path, project):
    dup = _jsonl(
        tmp_path / "dup2.jsonl",
        {"id": "d1", "text": "نص أول"},
        {"id": "d2", "text": "نص ثان"},
        {"id": "d2", "text": "نص آخر"},
    )
    message = _refused(cli, project, dup)
    assert message.startswith(f"workbench: error: {dup}:3: document 'd2' ")
    assert "line 2" in message and "already in the project" not in message


def test_an_id_in_two_files_of_one_import_names_the_first(cli, tmp_path, project):
    first = _jsonl(tmp_path / "a.jsonl", {"id": "d2", "text": "نص ثان"})
    second = _jsonl(tmp_path / "b.jsonl", {"id": "x", "text": "س"}, {"id": "d2", "text": "آخر"})
    result = cli("import", project, first, second)
    assert result.exit_code == 1
    assert f"{second}:2: document 'd2' " in result.output
    assert f"{first}:1" in result.output and "already in the project" not in result.output


def test_a_second_layer_for_one_annotator_names_the_first(cli, tmp_path, project):
    layer = {"id": "d", "text": "نص", "annotator": "alice", "spans": []}
    dup = _jsonl(tmp_path / "twice.jsonl", layer, {"id": "x", "text": "س"}, layer)
    message = _refused(cli, project, dup)
    assert f"{dup}:3: document 'd' has a second layer for 'alice'" in message
    assert "line 1" in message


@pytest.mark.parametrize("offsets", [[1, 2], [0, 2], [2, 4]])
def test_a_doccano_offset_inside_an_emoji_is_reported_as_the_file_gave_it(
    cli, tmp_path, project, offsets
):
    emoji = _jsonl(
        tmp_path / "emoji.jsonl", {"id": "e", "text": "a👍b قال", "label": [[*offsets, "PER"]]}
    )
    message = _refused(cli, project, emoji)
    start, end = offsets
    assert f"{emoji}:1: record e: span T1: offsets [{start}, {end})" in message
    assert "UTF-16" in message and "👍" in message


def test_a_webanno_offset_problem_names_its_line(cli, tmp_path, project):
    rows = [
        "#FORMAT=WebAnno TSV 3.3",
        "#T_SP=webanno.custom.Span|label",
        "",
        "",
        "#Text=قال أحمد",
        "1-1\t0-3\tقال\t_\t",
        "1-2\t4-80\tأحمد\tPER[1]\t",
    ]
    tsv = tmp_path / "bad.tsv"
    tsv.write_text("\n".join(rows) + "\n", "utf-8")
    message = _refused(cli, project, tsv)
    assert message.startswith(f"workbench: error: {tsv}:7: ")
    assert "4-80" in message
    rows[-1] = "1-2\t6-4\tأحمد\tPER[1]\t"  # the end before the start
    tsv.write_text("\n".join(rows) + "\n", "utf-8")
    assert _refused(cli, project, tsv).startswith(f"workbench: error: {tsv}:7: ")


@pytest.mark.parametrize("line", ["[1, 2]", '"text"', "7"])
def test_a_jsonl_line_that_is_not_an_object_says_so(cli, tmp_path, project, line):
    path = tmp_path / "lines.jsonl"
    path.write_text(line + "\n", "utf-8")
    message = _refused(cli, project, path)
    assert message.startswith(f"workbench: error: {path}:1: ")
    assert "not a JSON object" in message and "Label Studio" not in message

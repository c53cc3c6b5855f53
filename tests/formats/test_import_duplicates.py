"""A document id met twice in an import, or already in the project: the same text is the same
document (added once, or counted as already present); another text is refused, naming both
places, and nothing lands. The import checks ids a batch at a time against the project (so
that its memory does not grow with the corpus): the answers are the same whether the two
records are neighbours or a thousand lines apart."""

from __future__ import annotations

import json

from tests.cli.test_cli import dump


def write(path, records) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )


def docs(first: int, count: int) -> list[dict]:
    return [{"id": f"d{i}", "text": f"نص رقم {i}"} for i in range(first, first + count)]


def project_with(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    return project


def test_the_same_id_with_another_text_far_apart_names_both_lines(cli, tmp_path):
    project = project_with(cli, tmp_path)
    source = tmp_path / "a.jsonl"
    write(source, [*docs(0, 1200), {"id": "d7", "text": "نص آخر"}])
    before = dump(project)
    result = cli("import", project, source)
    assert result.exit_code == 1
    assert result.stderr == (
        f"workbench: error: {source}:1201: document 'd7' is also on line 8 of this file, "
        "with a different text; each document needs its own id\n"
    )
    assert dump(project) == before


def test_the_same_id_with_another_text_on_neighbouring_lines(cli, tmp_path):
    project = project_with(cli, tmp_path)
    source = tmp_path / "a.jsonl"
    write(source, [*docs(0, 3), {"id": "d2", "text": "نص آخر"}, *docs(3, 2)])
    result = cli("import", project, source)
    assert result.exit_code == 1
    assert f"{source}:4: document 'd2' is also on line 3 of this file" in result.stderr


def test_another_file_of_the_same_import_is_named_with_its_line(cli, tmp_path):
    project = project_with(cli, tmp_path)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write(first, docs(0, 700))
    write(second, [*docs(1000, 5), {"id": "d650", "text": "نص آخر"}])
    result = cli("import", project, first, second)
    assert result.exit_code == 1
    assert (
        f"{second}:6: document 'd650' was read from {first}:651 earlier in this import, with a "
        "different text" in result.stderr
    )
    assert json.loads(cli("stats", project, "--json").stdout)["documents"] == 0


def test_the_same_document_twice_is_added_once(cli, tmp_path):
    project = project_with(cli, tmp_path)
    source = tmp_path / "a.jsonl"
    write(source, [*docs(0, 800), *docs(0, 3), *docs(799, 2)])
    result = cli("import", project, source)
    assert (result.exit_code, result.stdout) == (0, "801 documents added\n")


def test_a_re_import_counts_each_document_already_present_once(cli, tmp_path):
    project = project_with(cli, tmp_path)
    source, again = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write(source, docs(0, 600))
    write(again, [*docs(0, 600), *docs(0, 2), *docs(600, 1)])
    assert cli("import", project, source).stdout == "600 documents added\n"
    result = cli("import", project, again)
    assert result.stdout == "1 document added; 600 already present\n"


def test_a_document_of_the_project_with_another_text_is_refused(cli, tmp_path):
    project = project_with(cli, tmp_path)
    source, changed = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write(source, docs(0, 10))
    write(changed, [*docs(100, 600), {"id": "d3", "text": "نص آخر"}])
    assert cli("import", project, source).exit_code == 0
    before = dump(project)
    result = cli("import", project, changed)
    assert result.exit_code == 1
    assert f"{changed}:601: document 'd3' is already in the project with a different text" in (
        result.stderr
    )
    assert dump(project) == before


def test_the_first_error_in_the_file_is_the_one_reported(cli, tmp_path):
    """A duplicate is found when its batch is checked, after later lines were read: an error on
    a later line still gives way to it."""
    project = project_with(cli, tmp_path)
    source = tmp_path / "a.jsonl"
    lines = [json.dumps(d, ensure_ascii=False) for d in docs(0, 3)]
    lines += [json.dumps({"id": "d1", "text": "نص آخر"}, ensure_ascii=False), "{not json"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("import", project, source)
    assert result.exit_code == 1
    assert f"{source}:4: document 'd1' is also on line 2" in result.stderr


def test_skip_invalid_leaves_out_only_the_duplicate(cli, tmp_path):
    project = project_with(cli, tmp_path)
    source = tmp_path / "a.jsonl"
    write(source, [*docs(0, 3), {"id": "d1", "text": "نص آخر"}, *docs(3, 2)])
    result = cli("import", project, source, "--skip-invalid")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "5 documents added; 1 invalid records skipped",
        f"skipped: {source}:4: document 'd1' is also on line 2 of this file, with a different "
        "text; each document needs its own id",
    ]

"""Smaller things a new user's trial met (issue 20 item 7): ``-o -`` writes to standard output,
the WebAnno round trip keeps the text exactly, and a folder import says what it skipped."""

from __future__ import annotations

import json

import pytest

from tests.formats.test_round_trip_layers import TEXT, _layer


@pytest.fixture
def annotated(cli, tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(_layer("d1", "alice", True), ensure_ascii=False) + "\n", "utf-8")
    project = tmp_path / "a.wbproj"
    assert cli("init", project).exit_code == 0
    assert cli("import", project, source).exit_code == 0
    return project


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "prodigy", "labelstudio"])
def test_dash_writes_a_single_file_format_to_standard_output(
    cli, tmp_path, monkeypatch, annotated, fmt
):
    monkeypatch.chdir(tmp_path)
    result = cli("export", annotated, "-o", "-", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists() and not (tmp_path / "-.offsets").exists()
    assert "wrote 1" in result.stderr and "wrote" not in result.stdout
    assert "text" in result.stdout or TEXT in result.stdout
    # what a file export writes, byte for byte
    assert cli("export", annotated, "-o", tmp_path / "file", "--format", fmt).exit_code == 0
    assert result.stdout_bytes == (tmp_path / "file").read_bytes()


@pytest.mark.parametrize("fmt", ["brat", "webanno", "parquet", "corpus", "spacy", "hf"])
def test_dash_is_refused_for_folder_and_binary_formats(cli, tmp_path, monkeypatch, annotated, fmt):
    monkeypatch.chdir(tmp_path)
    result = cli("export", annotated, "-o", "-", "--format", fmt)
    assert result.exit_code != 0
    assert "standard output" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "-").exists()


def test_the_webanno_round_trip_keeps_the_text_exactly(cli, tmp_path, annotated):
    out = tmp_path / "out"
    exported = cli("export", annotated, "-o", out, "--format", "webanno")
    assert exported.exit_code == 0, exported.output
    assert "not carried" not in exported.output  # the text is one line: nothing is lost
    again = tmp_path / "again.wbproj"
    assert cli("init", again).exit_code == 0
    assert cli("import", again, out).exit_code == 0
    assert cli("export", again, "-o", tmp_path / "back.jsonl").exit_code == 0
    (record,) = [json.loads(x) for x in (tmp_path / "back.jsonl").read_text("utf-8").splitlines()]
    assert record["text"] == TEXT


def test_a_folder_import_lists_the_files_it_skips(cli, tmp_path, annotated):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "article.txt").write_text("قال الأمين العام.", "utf-8")
    (folder / "old.wbproj").write_bytes(annotated.read_bytes())
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    result = cli("import", project, folder)
    assert result.exit_code == 0, result.output
    assert "1 document added" in result.output
    skipped = [line for line in result.output.splitlines() if "skipped" in line]
    assert any(str(folder / "old.wbproj") in line for line in skipped), result.output
    assert any(str(folder / "notes.docx") in line for line in skipped), result.output

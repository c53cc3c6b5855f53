"""Importing a folder does not follow symbolic links out of it: a link planted in a folder
someone else prepared cannot pull in (and hand on, in exports and packages) a file from
elsewhere on the disk. The import says which links it did not follow."""

from __future__ import annotations

import sqlite3

import pytest

SECRET = "كلمة السر الخاصة بالخادم"


def documents(project) -> list[str]:
    conn = sqlite3.connect(project)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY rowid")]
    finally:
        conn.close()


@pytest.fixture
def planted(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "deeper.txt").write_text(SECRET + " ٢", encoding="utf-8")
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "article.txt").write_text("قال الرئيس إن الاتفاق جاهز", encoding="utf-8")
    (folder / "innocent.txt").symlink_to(outside / "secret.txt")
    (folder / "more").symlink_to(outside, target_is_directory=True)
    return folder


def test_a_folder_import_does_not_follow_links_and_says_so(cli, tmp_path, planted):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    result = cli("import", project, planted)
    assert result.exit_code == 0, result.output
    assert documents(project) == ["article"]
    assert "innocent.txt" in result.stdout and "more" in result.stdout
    assert "symbolic link" in result.stdout and "not followed" in result.stdout
    assert SECRET not in result.stdout


def test_a_brat_folder_does_not_follow_a_linked_text(cli, tmp_path, planted):
    (planted / "article.ann").write_text("T1\tPER 4 10\tالرئيس\n", encoding="utf-8")
    (planted / "innocent.ann").write_text("", encoding="utf-8")
    project = tmp_path / "p.wbproj"
    cli("init", project)
    result = cli("import", project, planted, "--format", "brat")
    assert result.exit_code == 0, result.output
    assert documents(project) == ["article"]
    assert "innocent.txt" in result.stdout and "not followed" in result.stdout


def test_a_link_named_on_the_command_line_is_the_users_choice(cli, tmp_path, planted):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    result = cli("import", project, planted / "innocent.txt")
    assert result.exit_code == 0, result.output
    assert documents(project) == ["innocent"]

"""merge on the command line, given a package forged with sqlite3 to claim the gold layer: one
line saying so, exit 1, and the gold layer as it was."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.conftest import DATA
from workbench.store.project import Project


def layers(project) -> list[tuple]:
    conn = sqlite3.connect(project)
    try:
        return conn.execute(
            "SELECT l.annotator, l.status, count(s.id) FROM layers l "
            "LEFT JOIN spans s ON s.layer_id = l.id GROUP BY l.id ORDER BY l.id"
        ).fetchall()
    finally:
        conn.close()


def test_a_package_forged_to_claim_gold_is_refused_in_one_line(cli, tmp_path):
    project, package = tmp_path / "team.wbproj", tmp_path / "bob.wbproj"
    cli("init", project)
    assert cli("import", project, DATA / "multilayer.jsonl").exit_code == 0
    assert cli("pack", project, "--annotator", "bob", "-o", package).exit_code == 0
    before = layers(project)
    with sqlite3.connect(package) as conn:  # as an attacker would
        conn.execute(
            "UPDATE project SET value = json_set(value, '$.annotator', 'gold') "
            "WHERE key = 'package'"
        )
        conn.execute("UPDATE layers SET annotator = 'gold'")
    result = cli("merge", project, package)
    assert result.exit_code == 1
    assert result.stderr == (
        f"workbench: error: {package}: this package was made for bob, yet it claims to be "
        "gold's (altered); nothing was merged\n"
    )
    assert layers(project) == before


def _team_with_package(cli, tmp_path, annotator: str = "bob"):
    project, package = tmp_path / "team.wbproj", tmp_path / f"{annotator}.wbproj"
    cli("init", project)
    assert cli("import", project, DATA / "seed-attributed.jsonl").exit_code == 0
    assert cli("pack", project, "--annotator", annotator, "-o", package).exit_code == 0
    return project, package


def _work(cli, package, annotator: str) -> None:
    """The annotator's work in the package (a layer imported under their name)."""
    record = (DATA / "seed-second-annotator.jsonl").read_text(encoding="utf-8")
    work = package.with_suffix(".jsonl")
    work.write_text(record.replace('"annotator": "bob"', f'"annotator": "{annotator}"'), "utf-8")
    assert cli("import", package, work, "--replace").exit_code == 0


@pytest.mark.parametrize("other", ["alice", "gold"])
def test_a_package_whose_layer_was_renamed_is_refused_in_one_line(cli, tmp_path, other):
    project, package = _team_with_package(cli, tmp_path)
    _work(cli, package, "bob")
    before = layers(project)
    with sqlite3.connect(package) as conn:  # the package still claims bob's
        conn.execute("UPDATE layers SET annotator = ?", [other])
    result = cli("merge", project, package)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"workbench: error: {package}: this package holds layers of {other}, not only bob's "
        "(altered); nothing was merged\n"
    )
    assert layers(project) == before


def test_a_package_whose_text_was_edited_is_refused_in_one_line(cli, tmp_path):
    project, package = _team_with_package(cli, tmp_path)
    _work(cli, package, "bob")
    before = layers(project)
    with sqlite3.connect(package) as conn:  # the stored hash left as it was
        conn.execute("UPDATE documents SET text = replace(text, 'ال', 'لا')")
    result = cli("merge", project, package)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "has a different text from the project's" in result.stderr
    assert layers(project) == before


def test_an_older_copy_and_a_replaced_package_are_refused_in_one_line(cli, tmp_path):
    project, package = _team_with_package(cli, tmp_path, "alice")
    _work(cli, package, "alice")
    shutil.copyfile(package, tmp_path / "alice-old.wbproj")
    with sqlite3.connect(tmp_path / "alice-old.wbproj") as conn:
        conn.execute("UPDATE layers SET status = 'in_progress'")  # as it was then
    with Project.open(package) as opened:  # more work after the copy
        doc_id = opened.document_ids()[0]
        opened.set_status(doc_id, "alice", "done")
    assert cli("merge", project, package).exit_code == 0
    merged = layers(project)
    older = cli("merge", project, tmp_path / "alice-old.wbproj")
    assert (older.exit_code, older.stdout, older.stderr.count("\n")) == (1, "", 1)
    assert "an older copy of this package than the one merged before" in older.stderr
    assert layers(project) == merged == [("alice", "done", 48)]

    assert cli("pack", project, "--annotator", "alice", "-o", tmp_path / "alice-new.wbproj")
    retired = cli("merge", project, package)
    assert (retired.exit_code, retired.stderr.count("\n")) == (1, 1)
    assert "this package was replaced by alice-new.wbproj" in retired.stderr
    assert layers(project) == merged
    assert cli("merge", project, package, "--accept-replaced").exit_code == 0

"""merge on the command line, given a package forged with sqlite3 to claim the gold layer: one
line saying so, exit 1, and the gold layer as it was."""

from __future__ import annotations

import sqlite3

from tests.conftest import DATA


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

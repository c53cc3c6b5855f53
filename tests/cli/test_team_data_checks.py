"""The team data (categories, comments, time on task, history) through the command line, as a
newcomer's trial met it: a package with a negative time on task, a comment time without a time
zone, a category key the article already uses, the wrong error first on import, the history's
order and shape, and the reason a category has no agreement number."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import FIXTURES
from workbench.core import keys
from workbench.store.project import Project

DESK = FIXTURES / "readme" / "desk.jsonl"


def desk_records() -> list[dict]:
    return [json.loads(line) for line in DESK.read_text("utf-8").splitlines()]


def write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


@pytest.fixture
def desk(cli, tmp_path):
    project = tmp_path / "desk.wbproj"
    assert cli("init", project).exit_code == 0
    assert cli("import", project, DESK).exit_code == 0
    return project


def exported(cli, project, tmp_path) -> str:
    out = tmp_path / "export.jsonl"
    assert cli("export", project, "-o", out).exit_code == 0
    return out.read_text("utf-8")


# -- 3: merge checks a package's time on task like an import does -----------------------------


@pytest.mark.parametrize("seconds", ["-100", "9e999"])
def test_merge_refuses_a_package_with_an_impossible_time_on_task(cli, desk, tmp_path, seconds):
    package = tmp_path / "alice.wbproj"
    assert cli("pack", desk, "--annotator", "alice", "-o", package).exit_code == 0
    with sqlite3.connect(package) as conn:
        conn.execute(f"UPDATE layers SET seconds = {seconds}, version = version + 5")
    conn.close()
    before = exported(cli, desk, tmp_path)
    result = cli("merge", desk, package)
    assert result.exit_code != 0
    assert str(package) in result.stderr and "seconds" in result.stderr
    assert "must be a number >= 0" in result.stderr and "Traceback" not in result.stderr
    assert exported(cli, desk, tmp_path) == before
    reimport = tmp_path / "again.wbproj"
    assert cli("init", reimport).exit_code == 0
    assert cli("import", reimport, tmp_path / "export.jsonl").exit_code == 0


# -- 4: a comment's time has a time zone, and is kept in UTC ----------------------------------


def test_a_comment_time_without_a_time_zone_is_refused_with_file_and_line(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    records = desk_records()
    records[1]["comments"][0]["created"] = "2026-05-11T09:14:02"
    source = tmp_path / "naive.jsonl"
    write_jsonl(source, records)
    result = cli("import", project, source)
    assert result.exit_code != 0
    assert f"{source}:2:" in result.stderr and "2026-05-11T09:14:02" in result.stderr
    assert "time zone" in result.stderr
    with Project.open(project) as proj:
        assert proj.document_ids() == []


def test_a_comment_time_with_an_offset_is_kept_in_utc_with_z(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    records = desk_records()
    records[0]["comments"][0]["created"] = "2026-05-11T12:14:02+03:00"
    records[1]["comments"][0]["created"] = "2026-05-11T10:02:40Z"
    source = tmp_path / "offsets.jsonl"
    write_jsonl(source, records)
    assert cli("import", project, source).exit_code == 0
    out = [json.loads(line) for line in exported(cli, project, tmp_path).splitlines()]
    assert [r["comments"][0]["created"] for r in out] == [
        "2026-05-11T09:14:02Z",
        "2026-05-11T10:02:40Z",
    ]
    assert cli("import", project, source).exit_code == 0  # the same again: nothing differs


def test_a_comment_added_in_the_project_is_in_utc_with_z(desk):
    with Project.open(desk) as proj:
        added = proj.add_comment("talks", "alice", None, "later", "sara").comments.added[0]
        assert added.created.endswith("Z")
        assert proj.layer("talks", "alice").comments[-1].created == added.created


def test_merge_refuses_a_package_comment_without_a_time_zone(cli, desk, tmp_path):
    package = tmp_path / "alice.wbproj"
    assert cli("pack", desk, "--annotator", "alice", "-o", package).exit_code == 0
    with sqlite3.connect(package) as conn:
        conn.execute("UPDATE comments SET created = '2026-05-11T09:14:02'")
        conn.execute("UPDATE layers SET version = version + 1")
    conn.close()
    before = exported(cli, desk, tmp_path)
    result = cli("merge", desk, package)
    assert result.exit_code != 0 and str(package) in result.stderr
    assert "time zone" in result.stderr and "Traceback" not in result.stderr
    assert exported(cli, desk, tmp_path) == before


# -- 5: a category key the article already uses is refused -----------------------------------


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        (keys.ENTITY_KEY, "the entity menu"),
        (keys.ACCEPT_KEY, "accepts"),
        (keys.REJECT_KEY, "rejects"),
        ("X", "rejects"),  # upper case: the same physical key
        ("E", "the entity menu"),
        ("ش", "accepts"),  # 'a' on the Arabic layout
        ("3", "number"),
        ("٣", "number"),
        ("P", "PER"),  # a label's key in upper case
        (" ", "one character"),
    ],
)
def test_init_refuses_a_category_key_the_article_already_uses(cli, tmp_path, key, reason):
    schema = tmp_path / "s.toml"
    schema.write_text(
        '[[labels]]\nname = "PER"\nkey = "p"\n'
        f'[[categories]]\nname = "genre"\nkey = "{key}"\nvalues = ["news", "opinion"]\n',
        "utf-8",
    )
    project = tmp_path / "p.wbproj"
    result = cli("init", project, "--schema", schema)
    assert result.exit_code != 0
    assert str(schema) in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr and not project.exists()


def test_two_categories_whose_keys_differ_only_in_case_are_refused(cli, tmp_path):
    schema = tmp_path / "s.toml"
    schema.write_text(
        '[[labels]]\nname = "PER"\nkey = "p"\n'
        '[[categories]]\nname = "topic"\nkey = "n"\nvalues = ["a"]\n'
        '[[categories]]\nname = "genre"\nkey = "N"\nvalues = ["b"]\n',
        "utf-8",
    )
    result = cli("init", tmp_path / "p.wbproj", "--schema", schema)
    assert result.exit_code != 0 and "topic and genre have the same key" in result.stderr


def test_the_window_reads_its_article_keys_from_the_one_list():
    from workbench.ui import main_window, suggestions

    assert main_window.ENTITY_KEY is keys.ENTITY_KEY
    assert (suggestions.ACCEPT_KEY, suggestions.REJECT_KEY) == (keys.ACCEPT_KEY, keys.REJECT_KEY)
    assert {keys.ENTITY_KEY, keys.ACCEPT_KEY, keys.REJECT_KEY} <= set(keys.ARTICLE_KEYS)


# -- 6: why a category has no agreement number, in full -----------------------------------------


@pytest.mark.parametrize(("status", "said"), [("done", "marked done"), ("any", "annotated")])
def test_a_category_pair_with_no_shared_document_says_why_in_full(cli, tmp_path, status, said):
    alice, bob = desk_records()
    bob = {**bob, "id": "other", "text": "قال زيد إن السلام قريب", "spans": [], "relations": []}
    bob["comments"] = []
    source = tmp_path / "apart.jsonl"
    write_jsonl(source, [alice, bob])
    project = tmp_path / "p.wbproj"
    assert cli("init", project).exit_code == 0
    assert cli("import", project, source).exit_code == 0
    report = json.loads(cli("agreement", project, "--status", status, "--json").stdout)
    reasons = {pair["undefined"] for c in report["categories"] for pair in c["pairs"]}
    assert reasons == {f"no document that both annotators have {said}"}
    table = cli("agreement", project, "--status", status, "--bidi", "off").stdout
    assert f"no document that both annotators have {said}" in table


# -- 11: an invalid record says what is wrong, not "pass --replace" ---------------------------


def test_an_invalid_layer_over_an_existing_one_reports_the_real_error(cli, desk, tmp_path):
    records = desk_records()
    records[1]["categories"] = [{"name": "genre", "values": ["gossip"]}]
    source = tmp_path / "bad.jsonl"
    write_jsonl(source, records)
    result = cli("import", desk, source)
    assert result.exit_code != 0
    assert f"{source}:2:" in result.stderr and "value 'gossip' is not allowed" in result.stderr
    assert "--replace" not in result.stderr


# -- 12, 13: the history, oldest first by time, categories in their JSONL shape ---------------


def test_history_is_oldest_first_by_time_after_a_merge(cli, desk, tmp_path):
    package = tmp_path / "alice.wbproj"
    assert cli("pack", desk, "--annotator", "alice", "-o", package).exit_code == 0
    with Project.open(package) as proj:
        proj.remove_span("talks", "alice", "s5")
    with sqlite3.connect(package) as conn:  # made in the package before the project's edit
        conn.execute("UPDATE history SET at = '2026-05-11T09:30:00+00:00' WHERE kind = 'span'")
    conn.close()
    with Project.open(desk) as proj:
        proj.set_status("talks", "bob", "in_progress")
    assert cli("merge", desk, package).exit_code == 0
    entries = json.loads(cli("history", desk, "--json").stdout)
    times = [e["at"] for e in entries]
    assert times == sorted(times)
    assert [e["kind"] for e in entries][0] == "span"
    table = cli("history", desk, "--bidi", "off").stdout.splitlines()
    assert "span s5 deleted" in table[2]


def test_history_json_gives_categories_in_their_jsonl_shape(cli, desk):
    with Project.open(desk) as proj:
        proj.set_categories("talks", "alice", {"topic": ["economy"], "genre": ["news"]})
    entries = json.loads(cli("history", desk, "--annotator", "alice", "--json").stdout)
    imported, changed = entries
    assert imported["after"]["categories"] == [
        {"name": "topic", "values": ["politics", "diplomacy"]},
        {"name": "genre", "values": ["news"]},
        {"name": "reported_speech", "values": ["yes"]},
    ]
    assert changed["kind"] == "categories"
    assert changed["after"] == [
        {"name": "topic", "values": ["economy"]},
        {"name": "genre", "values": ["news"]},
    ]
    assert changed["before"][0] == {"name": "topic", "values": ["politics", "diplomacy"]}

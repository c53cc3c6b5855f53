"""workbench search: Arabic-insensitive, in context, over a project or a corpus database;
--bidi for terminals that do not shape Arabic."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED


@pytest.fixture
def seeded(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    cli("import", project, SEED)
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps(
            {"id": "harakat", "text": "قالت الأُمَـمُ المُتَّحِدَةُ إنّ الوضعَ خطيرٌ"}, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    cli("import", project, extra)
    return project


def found(cli, path, query):
    result = cli("search", path, query, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_bare_query_finds_written_forms_and_the_reverse(cli, seeded, tmp_path):
    results = found(cli, seeded, "الامم المتحده")
    assert {r["document"] for r in results} == {"000_5e26ac53a9f599b3", "harakat"}
    assert "الأُمَـمُ المُتَّحِدَةُ" in {r["match"] for r in results}
    assert "الأمم المتحدة" in {r["match"] for r in results}
    # harakat and tatweel in the query find the bare form
    with_marks = found(cli, seeded, "الأُمَـمُ")
    assert {r["match"] for r in with_marks} >= {"الأمم", "الأُمَـمُ"}
    assert found(cli, seeded, "مستشفى الزيتون") == []


def test_results_show_the_match_in_its_context(cli, seeded):
    first = found(cli, seeded, "الإرهاب")[0]
    assert first["match"] == "الإرهاب"
    assert first["before"].endswith("في مكافحة ")
    table = cli("search", seeded, "مكافحة الإرهاب", "--bidi", "off").stdout
    assert "«مكافحة الإرهاب»" in table and "matches in 1 documents" in table


def test_corpus_database_is_searched_the_same_way(cli, seeded, tmp_path):
    corpus = tmp_path / "corpus.db"
    assert cli("export", seeded, "-o", corpus, "--format", "corpus").exit_code == 0
    assert {r["document"] for r in found(cli, corpus, "الامم المتحده")} == {
        "000_5e26ac53a9f599b3",
        "harakat",
    }
    assert found(cli, corpus, "زيتون") == []


def test_bidi_on_shapes_and_reorders_json_never(cli, seeded):
    shown = cli("search", seeded, "شينخوا", "--bidi", "on").stdout
    assert "شينخوا" not in shown  # shaped into presentation forms, in visual order
    assert "\ufeb7" in shown or "ﺷ" in shown
    off = cli("search", seeded, "شينخوا", "--bidi", "off").stdout
    assert "«شينخوا»" in off
    # CliRunner is not a terminal: auto prints logical text
    assert "«شينخوا»" in cli("search", seeded, "شينخوا").stdout
    assert (
        json.loads(cli("search", seeded, "شينخوا", "--json", "--bidi", "on").stdout)[0]["match"]
        == "شينخوا"
    )


def test_search_of_a_file_that_is_neither(cli, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    result = cli("search", other, "x")
    assert result.exit_code == 1 and "not SQLite" in result.stderr

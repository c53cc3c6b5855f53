"""pack, merge, agreement and adjudicate as a supervisor runs them."""

from __future__ import annotations

import json

import pytest

from tests.workflow.conftest import seed_record, variant


def write_jsonl(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture
def bare_project(cli, tmp_path):
    """A project holding the seed article and no annotations."""
    project = tmp_path / "p.wbproj"
    cli("init", project)
    cli(
        "import",
        project,
        write_jsonl(tmp_path / "d.jsonl", {k: seed_record()[k] for k in ("id", "text")}),
    )
    return project


def test_supervisor_round_trip_on_the_command_line(cli, tmp_path):
    project = tmp_path / "team.wbproj"
    bare = {k: seed_record()[k] for k in ("id", "text", "meta")}
    cli("init", project)
    cli("import", project, write_jsonl(tmp_path / "docs.jsonl", bare))
    for name in ("alice", "bob"):
        result = cli("pack", project, "--annotator", name, "-o", tmp_path / f"{name}.wbproj")
        assert result.exit_code == 0 and f"packed 1 documents for {name}" in result.stdout
        # the annotators' work, put into their packages
        work = write_jsonl(
            tmp_path / f"{name}.jsonl", variant(name, drop={"O1"} if name == "bob" else set())
        )
        assert cli("import", tmp_path / f"{name}.wbproj", work).exit_code == 0
    packages = [tmp_path / "alice.wbproj", tmp_path / "bob.wbproj"]
    first = cli("merge", project, *packages)
    assert first.exit_code == 0, first.output
    assert "spans +49 ~0 -0" in first.stdout and "spans +48 ~0 -0" in first.stdout
    again = cli("merge", project, *packages)
    assert again.stdout.count("(0 changed, 1 unchanged)") == 2

    table = cli("agreement", project)
    assert "alice / bob" in table.stdout and "0.990" in table.stdout

    report = json.loads(cli("agreement", project, "--json", "--by", "label").stdout)
    (pair,) = report["pairs"]
    # by hand: alice 49 spans, bob the same but for one ORG: 48 matched -> 96 / 97
    assert pair["spans"] == {"alice": 49, "bob": 48}
    assert pair["matched_exact"] == 48
    assert pair["span_f1_exact"] == round(96 / 97, 6)
    assert pair["span_f1_relaxed"] == round(96 / 97, 6)
    assert pair["by_label"]["ORG"]["span_f1_exact"] == round(16 / 17, 6)
    assert pair["by_label"]["PER"]["span_f1_exact"] == 1.0
    assert pair["relation_f1"] == 1.0 and pair["speaker_agreement"] == 1.0
    assert 0.9 < pair["unitizing_alpha"] < 1 and 0.9 < pair["token_alpha"] < 1
    assert pair["confusion"]["ORG"] == {"ORG": 8, "—": 1}

    adjudicated = cli("adjudicate", project, "--auto")
    assert "48 spans" in adjudicated.stdout
    assert "0 spans" in cli("adjudicate", project, "--auto").stdout
    exported = cli("export", project, "-o", tmp_path / "gold.jsonl", "--layer", "gold")
    assert exported.exit_code == 0
    (gold,) = [json.loads(x) for x in (tmp_path / "gold.jsonl").read_text("utf-8").splitlines()]
    assert len(gold["spans"]) == 48


def test_agreement_undefined_and_unknown_annotators(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    cli("import", project, write_jsonl(tmp_path / "a.jsonl", variant("alice")))
    lonely = cli("agreement", project)
    assert lonely.exit_code == 0 and "needs two annotators" in lonely.stdout
    empty = dict(variant("bob"), spans=[], relations=[], entities=[])
    cli("import", project, write_jsonl(tmp_path / "b.jsonl", empty))
    report = json.loads(cli("agreement", project, "--json").stdout)
    assert report["pairs"][0]["speaker_agreement"] is None
    assert "no quote" in report["pairs"][0]["undefined"]["speaker_agreement"]
    unknown = cli("agreement", project, "--annotators", "alice,zed")
    assert unknown.exit_code == 1
    assert unknown.stderr.strip() == (
        f"workbench: error: {project}: no annotator 'zed' in this project (annotators: alice, bob)"
    )


def test_merge_of_a_changed_text_is_one_line_and_lands_nothing(cli, bare_project, tmp_path):
    import sqlite3

    project = bare_project
    cli("pack", project, "--annotator", "bob", "-o", tmp_path / "bob.wbproj")
    cli("import", tmp_path / "bob.wbproj", write_jsonl(tmp_path / "b.jsonl", variant("bob")))
    with sqlite3.connect(tmp_path / "bob.wbproj") as conn:
        conn.execute("UPDATE documents SET sha256 = 'changed'")
    result = cli("merge", project, tmp_path / "bob.wbproj")
    assert result.exit_code == 1
    assert "text hash differs" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(cli("stats", project, "--json").stdout)["spans"] == 0


def test_arabic_annotator_names_read_right_in_a_plain_terminal(cli, bare_project, tmp_path):
    project = bare_project
    shaped = cli(
        "pack", project, "--annotator", "سارة", "-o", tmp_path / "s.wbproj", "--bidi", "on"
    )
    assert shaped.exit_code == 0
    assert "سارة" not in shaped.stdout and "ﺓﺭﺎﺳ" in shaped.stdout  # joined forms, visual order
    plain = cli("merge", project, tmp_path / "s.wbproj", "--bidi", "off")
    assert "سارة, 0 documents" in plain.stdout

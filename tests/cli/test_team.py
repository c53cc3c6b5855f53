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
        assert result.exit_code == 0 and f"packed 1 document for {name}" in result.stdout
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
    assert lonely.exit_code == 1 and lonely.stdout == ""
    assert lonely.stderr.strip() == (
        f"workbench: error: {project}: agreement needs two annotators; this project has only alice"
    )
    empty = dict(variant("bob"), spans=[], relations=[], entities=[])
    cli("import", project, write_jsonl(tmp_path / "b.jsonl", empty))
    report = json.loads(cli("agreement", project, "--json").stdout)
    assert report["pairs"][0]["speaker_agreement"] is None
    assert "no quote" in report["pairs"][0]["undefined"]["speaker_agreement"]
    one = cli("agreement", project, "--annotators", "alice")  # issue 17 trial 8
    assert one.exit_code == 1 and one.stdout == ""
    assert one.stderr.strip() == (
        f"workbench: error: {project}: agreement needs two annotators; --annotators chose "
        "alice (annotators: alice, bob)"
    )
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
        conn.execute("UPDATE documents SET text = text || ' تغيير'")  # its hash left alone
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


# -- agreement when not everyone has finished --------------------------------------------------

SECOND = {"id": "second", "text": "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في القاهرة."}


def unfinished(name: str) -> dict:
    """A layer begun and left empty: one word labelled, then undone."""
    return dict(variant(name), status="in_progress", spans=[], relations=[], entities=[])


def every_number_or_its_reason(report: dict) -> list[str]:
    """The measures of the --json output that have neither a number nor a reason."""
    from workbench.agreement.measures import ALL_ANNOTATORS, MEASURES

    parts = [(" / ".join(p["annotators"]), p, MEASURES) for p in report["pairs"]]
    parts.append(("overall", report["overall"], ALL_ANNOTATORS))
    return [
        f"{name}: {m.key}"
        for name, part, measures in parts
        for m in measures
        if not isinstance(part[m.key], float) and not part.get("undefined", {}).get(m.key)
    ]


def test_agreement_with_an_annotator_who_has_not_finished(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    team = [variant("alice"), variant("bob", drop={"O1"}), unfinished("carol")]
    assert cli("import", project, write_jsonl(tmp_path / "team.jsonl", *team)).exit_code == 0

    table = cli("agreement", project)
    assert table.exit_code == 0 and "Traceback" not in table.output
    rows = {line.split("  ")[0]: line for line in table.stdout.splitlines()}
    assert rows["alice / bob"].split()[3:6] == ["1", "49/48", "0.990"]
    for pair in ("alice / carol", "bob / carol"):
        assert rows[pair].split()[3:] == ["0", "0/0"] + ["n/a"] * 6
    assert (
        "n/a (alice / carol, bob / carol): no document that both annotators have marked done"
        in table.stdout
    )
    assert "alpha_u n/a on the 0 documents all have done" in table.stdout
    assert " on 1 document, " in table.stdout  # not "1 documents" (issue 17 trial 10)

    report = json.loads(cli("agreement", project, "--json").stdout)
    assert [p["documents"] for p in report["pairs"]] == [1, 0, 0]
    assert every_number_or_its_reason(report) == []
    assert report["overall"]["undefined"] == {
        "unitizing_alpha": "no document that every annotator has marked done"
    }
    for by in ("label", "document"):
        broken_down = cli("agreement", project, "--by", by)
        assert broken_down.exit_code == 0 and "bob / carol by " + by in broken_down.stdout
    # every layer, finished or not: carol marked nothing, which is a disagreement, not a gap
    anyway = json.loads(cli("agreement", project, "--json", "--status", "any").stdout)
    assert [p["documents"] for p in anyway["pairs"]] == [1, 1, 1]
    assert anyway["pairs"][1]["span_f1_exact"] == 0.0
    assert every_number_or_its_reason(anyway) == []


def test_agreement_of_a_pair_without_a_common_done_document(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    bob_elsewhere = dict(SECOND, annotator="bob", status="done", spans=[], relations=[])
    records = [variant("alice"), {k: seed_record()[k] for k in ("id", "text")}, bob_elsewhere]
    assert cli("import", project, write_jsonl(tmp_path / "r.jsonl", *records)).exit_code == 0
    result = cli("agreement", project, "--json", "--by", "document")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    (pair,) = report["pairs"]
    assert pair["documents"] == 0 and pair["by_document"] == {}
    assert pair["spans"] == {"alice": 0, "bob": 0}
    assert every_number_or_its_reason(report) == []
    assert set(pair["undefined"].values()) == {"no document that both annotators have marked done"}
    assert report["overall"]["undefined"]["token_alpha"] == (
        "no document that two annotators have marked done"
    )


def test_the_agreement_view_opens_with_an_annotator_unfinished(cli, tmp_path):
    from PySide6.QtGui import QImage

    project = tmp_path / "p.wbproj"
    cli("init", project)
    team = [variant("alice"), unfinished("bob")]
    cli("import", project, write_jsonl(tmp_path / "team.jsonl", *team))
    shot = tmp_path / "agreement.png"
    result = cli("gui", project, "--annotator", "sara", "--view", "agreement", "--screenshot", shot)
    assert result.exit_code == 0, result.output
    assert not QImage(str(shot)).isNull()

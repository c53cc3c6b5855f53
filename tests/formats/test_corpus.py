"""The corpus database: quotes resolved, readable with sqlite-utils, stable on re-export."""

import json
import subprocess
import sys

from tests.conftest import DATA
from workbench.formats.corpus import export_corpus
from workbench.formats.importer import import_paths
from workbench.workflow.search import search


def sqlite_utils_cli(*args):
    out = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def test_quotes_table_names_speakers_and_organizations(project, tmp_path):
    import_paths(project, [DATA / "multilayer.jsonl"])
    out = tmp_path / "corpus.db"
    first = export_corpus(project, out)
    rows = json.loads(
        sqlite_utils_cli(
            "query", out, "select * from quotes where layer = 'alice' order by doc_id desc, start"
        )
    )
    summary = [
        (r["doc_id"], r["speaker_entity"], json.loads(r["organizations"]), r["cue"]) for r in rows
    ]
    assert summary == [
        ("seed", "ليو جيه يي", ["الصين"], None),
        ("seed", "ليو جيه يي", ["الصين"], "وأضاف"),
        ("emoji-mixed", "Emmanuel Macron", [], None),
    ]
    tables = {t["table"] for t in json.loads(sqlite_utils_cli("tables", out))}
    assert {"documents", "spans", "relations", "entities", "quotes"} <= tables
    # exporting again, after an edit, replaces rather than duplicates
    project.remove_span("seed", "bob", "s4")
    second = export_corpus(project, out)
    assert second == dict(first, spans=first["spans"] - 1, relations=first["relations"])
    assert export_corpus(project, out) == second


def test_corpus_search_ignores_alef_forms_and_ta_marbuta(project, tmp_path):
    import_paths(project, [DATA / "multilayer.jsonl"])
    out = tmp_path / "corpus.db"
    export_corpus(project, out)
    assert {m.document for m in search(out, "الامم المتحده")} == {"seed"}
    assert search(out, "كلمةغيرموجودة") == []


def test_every_quote_of_the_attributed_seed_has_its_speaker(project, tmp_path):
    from tests.conftest import SEED

    import_paths(project, [SEED, DATA / "seed-attributed.jsonl"])
    out = tmp_path / "corpus.db"
    counts = export_corpus(project, out)
    rows = json.loads(
        sqlite_utils_cli(
            "query",
            out,
            "select quote_id, speaker_entity, organizations, cue from quotes order by start",
        )
    )
    got = {r["quote_id"]: (r["speaker_entity"], json.loads(r["organizations"])) for r in rows}
    liu, stephen = ("ليو جيه يي", ["الصين"]), ("ستيفن كراون", ["ميكروسوفت"])
    council, eliasson = ("مجلس الأمن", ["مجلس الأمن"]), ("يان إيلياسون", ["الأمم المتحدة"])
    assert got == {
        "Q1": liu,
        "Q2": liu,
        "Q3": liu,
        "Q4": liu,
        "Q5": liu,
        "Q6": liu,
        "Q7": liu,
        "Q8": stephen,
        "Q9": stephen,
        "Q10": stephen,
        "Q11": stephen,  # وتابع بقوله: implicit
        "Q12": council,
        "Q13": council,  # أشار مجلس الأمن: an organization as speaker
        "Q14": eliasson,
        "Q15": eliasson,
    }
    assert counts["quotes"] == 15
    assert export_corpus(project, out) == counts  # exporting twice: the same row counts

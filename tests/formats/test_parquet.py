"""Parquet shards of the corpus tables: read back by pyarrow and DuckDB equal to the corpus
database, shard by shard, with the offset unit and the schema in each file's metadata."""

from __future__ import annotations

import json
import math
import sqlite3
import sys

import pytest

from tests.conftest import DATA, SEED

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")

TABLES = ("documents", "spans", "relations", "entities", "quotes")


@pytest.fixture
def corpus_project(cli, tmp_path):
    project = tmp_path / "p.wbproj"
    cli("init", project)
    for source in (SEED, DATA / "seed-attributed.jsonl", DATA / "multilayer.jsonl"):
        result = cli("import", project, source)
        assert result.exit_code == 0, result.output
    return project


def corpus_rows(path, table):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return sorted(
            (tuple(sorted(dict(r).items())) for r in conn.execute(f"SELECT * FROM [{table}]")),
            key=repr,
        )
    finally:
        conn.close()


def rows_of(table):
    return sorted((tuple(sorted(r.items())) for r in table.to_pylist()), key=repr)


def test_shards_read_back_equal_to_the_corpus_database(cli, corpus_project, tmp_path):
    corpus, shards = tmp_path / "corpus.db", tmp_path / "shards"
    assert cli("export", corpus_project, "--format", "corpus", "-o", corpus).exit_code == 0
    result = cli("export", corpus_project, "--format", "parquet", "-o", shards, "--shard-size", "2")
    assert result.exit_code == 0, result.output
    documents = len(corpus_rows(corpus, "documents"))
    assert documents >= 3
    for table in TABLES:
        files = sorted((shards / table).glob("*.parquet"))
        assert len(files) == math.ceil(documents / 2)
        expected = corpus_rows(corpus, table)
        assert expected or table == "entities"
        assert rows_of(pq.read_table(shards / table)) == expected, table
        query = f"SELECT * FROM read_parquet('{shards / table}/*.parquet')"
        frame = duckdb.sql(query)
        got = sorted(
            (tuple(sorted(zip(frame.columns, row, strict=True))) for row in frame.fetchall()),
            key=repr,
        )
        assert got == expected, table
    about = json.loads(
        pq.read_schema(shards / "spans" / "part-00000.parquet").metadata[b"workbench"]
    )
    assert about["table"] == "spans" and about["shard"] == 0
    assert about["offsets"].startswith("code points into NFC text")
    assert {label["name"] for label in about["schema"]["labels"]} >= {"PER", "QUOTE"}
    assert f"wrote {documents} documents" in result.stdout


def test_a_shard_holds_the_spans_of_its_own_documents(cli, corpus_project, tmp_path):
    shards = tmp_path / "shards"
    cli("export", corpus_project, "--format", "parquet", "-o", shards, "--shard-size", "1")
    for part in sorted((shards / "documents").glob("*.parquet")):
        ids = set(pq.read_table(part).column("id").to_pylist())
        spans = pq.read_table(shards / "spans" / part.name).column("doc_id").to_pylist()
        assert len(ids) == 1 and set(spans) <= ids


def test_exporting_again_replaces_the_shards_and_refuses_a_folder_of_other_files(
    cli, corpus_project, tmp_path
):
    shards = tmp_path / "shards"
    cli("export", corpus_project, "--format", "parquet", "-o", shards, "--shard-size", "1")
    assert cli("export", corpus_project, "--format", "parquet", "-o", shards).exit_code == 0
    assert [p.name for p in (shards / "spans").iterdir()] == ["part-00000.parquet"]
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine", encoding="utf-8")
    refused = cli("export", corpus_project, "--format", "parquet", "-o", other)
    assert refused.exit_code == 1 and (other / "notes.txt").exists()


def test_without_pyarrow_the_export_says_how_to_install_it(
    cli, corpus_project, tmp_path, monkeypatch
):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    result = cli("export", corpus_project, "--format", "parquet", "-o", tmp_path / "x")
    assert result.exit_code == 1
    assert "pip install 'rtl-workbench[parquet]'" in result.stderr
    assert not (tmp_path / "x").exists()

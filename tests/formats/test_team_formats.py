"""Document categories in the formats that can hold them (corpus database, Parquet, doccano's
text classification label, Label Studio choices, a Hugging Face column), and comments and time on
task counted as left out where a format cannot hold them."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.team_schema import TEXT, one_document, team_schema
from workbench.core.errors import WorkbenchError
from workbench.formats.export import export_project
from workbench.formats.importer import import_paths
from workbench.store.project import Project


@pytest.fixture
def project(tmp_path):
    with one_document(tmp_path / "p.wbproj") as proj:
        proj.set_categories("d1", "ali", {"topic": ["politics", "sport"], "genre": ["news"]})
        proj.add_comment("d1", "ali", "s1", "who is he?", "ali")
        proj.add_seconds("d1", "ali", 40)
        yield proj


def test_corpus_database_and_parquet_have_a_categories_table(project, tmp_path):
    export_project(project, tmp_path / "corpus.db", "corpus")
    rows = sqlite3.connect(tmp_path / "corpus.db").execute(
        "SELECT doc_id, layer, category, value FROM categories ORDER BY 3, 4"
    )
    expected = [("d1", "ali", "genre", "news"), ("d1", "ali", "topic", "politics"),
                ("d1", "ali", "topic", "sport")]  # fmt: skip
    assert rows.fetchall() == expected
    pq = pytest.importorskip("pyarrow.parquet")
    export_project(project, tmp_path / "shards", "parquet")
    table = pq.read_table(tmp_path / "shards" / "categories").to_pylist()
    assert sorted((r["doc_id"], r["layer"], r["category"], r["value"]) for r in table) == expected


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio"])
def test_doccano_and_label_studio_carry_categories_back(project, tmp_path, fmt):
    out = tmp_path / f"out.{'json' if fmt == 'labelstudio' else 'jsonl'}"
    report = export_project(project, out, fmt)
    assert report.left_out["comments"] == 1
    assert "document categories (layers with some)" not in report.left_out
    with Project.create(tmp_path / "fresh.wbproj", team_schema()) as fresh:
        import_paths(fresh, [out], fmt)
        (annotator,) = fresh.layer_annotators("d1")
        layer = fresh.layer("d1", annotator)
        assert layer.categories == {"topic": ["politics", "sport"], "genre": ["news"]}


def test_doccano_label_is_written_as_category_value(project, tmp_path):
    export_project(project, tmp_path / "out.jsonl", "doccano")
    record = json.loads((tmp_path / "out.jsonl").read_text("utf-8"))
    assert record["label"] == ["topic:politics", "topic:sport", "genre:news"]


def test_doccano_text_classification_reads_bare_values_and_refuses_unknown(tmp_path):
    good = {"id": "d1", "text": TEXT, "label": ["opinion", "topic:sport"]}
    bad = {"id": "d2", "text": TEXT, "label": ["chess"]}
    path = tmp_path / "tc.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", "utf-8")
    with Project.create(tmp_path / "p.wbproj", team_schema()) as proj:
        with pytest.raises(WorkbenchError) as caught:
            import_paths(proj, [path], "doccano")
        assert f"{path}:2:" in str(caught.value)
        assert "label 'chess': no category of the schema has this value" in str(caught.value)
        assert proj.document_ids() == []
        path.write_text(json.dumps(good) + "\n", "utf-8")
        import_paths(proj, [path], "doccano")
        layer = proj.layer("d1", "doccano")
        assert layer.categories == {"topic": ["sport"], "genre": ["opinion"]}
        assert layer.spans == []


def test_hugging_face_has_a_categories_column_and_brat_says_what_it_left_out(project, tmp_path):
    report = export_project(project, tmp_path / "hf.jsonl", "hf")
    record = json.loads((tmp_path / "hf.jsonl").read_text("utf-8"))
    assert record["categories"] == {"topic": ["politics", "sport"], "genre": ["news"]}
    assert report.left_out["comments"] == 1
    report = export_project(project, tmp_path / "brat", "brat")
    assert report.left_out["document categories (layers with some)"] == 1
    assert report.left_out["time on task (layers with some)"] == 1

"""Span operations: each one committed at once, validated, and reversible for undo."""

import sqlite3

import pytest

from workbench.core.errors import ValidationError
from workbench.core.model import Document
from workbench.store.project import Project

TEXT = "قال ليو إن الأمن مهم."


@pytest.fixture
def doc(project):
    project.add_document(Document("d1", TEXT, {"title": "t"}))
    return "d1"


def stored_spans(path):
    conn = sqlite3.connect(path)  # a second connection sees only committed data
    return conn.execute('SELECT id, start, "end", label, text FROM spans ORDER BY rowid').fetchall()


def test_add_span_is_committed_immediately(project, doc):
    span = project.add_span(doc, "alice", "PER", 4, 7)
    assert (span.id, span.text) == ("s1", "ليو")
    assert stored_spans(project.path) == [("s1", 4, 7, "PER", "ليو")]
    assert project.layer(doc, "alice").status == "in_progress"


def test_invalid_span_is_refused_and_nothing_written(project, doc):
    with pytest.raises(ValidationError, match="not in the schema"):
        project.add_span(doc, "alice", "NAME", 4, 7)
    with pytest.raises(ValidationError, match="outside the text"):
        project.add_span(doc, "alice", "PER", 4, 400)
    assert stored_spans(project.path) == []


def test_remove_and_restore_brings_back_relations(project, doc):
    per = project.add_span(doc, "alice", "PER", 4, 7)
    quote = project.add_span(doc, "alice", "QUOTE", TEXT.index("الأمن"), len(TEXT) - 1)
    layer_id = project._layer_id(doc, "alice")
    project.conn.execute(
        "INSERT INTO relations (layer_id, id, label, head, tail) VALUES (?, 'r1', 'SPEAKER', ?, ?)",
        [layer_id, quote.id, per.id],
    )
    before = project.layer(doc, "alice")
    span, relations = project.remove_span(doc, "alice", per.id)
    assert [r.id for r in relations] == ["r1"]
    assert project.layer(doc, "alice").relations == []
    project.restore_span(doc, "alice", span, relations)
    after = project.layer(doc, "alice")
    assert sorted(after.spans, key=lambda s: s.id) == sorted(before.spans, key=lambda s: s.id)
    assert after.relations == before.relations


def test_relabel_checks_relations_that_depend_on_the_span(project, doc):
    per = project.add_span(doc, "alice", "PER", 4, 7)
    quote = project.add_span(doc, "alice", "QUOTE", TEXT.index("الأمن"), len(TEXT) - 1)
    layer_id = project._layer_id(doc, "alice")
    project.conn.execute(
        "INSERT INTO relations (layer_id, id, label, head, tail) VALUES (?, 'r1', 'SPEAKER', ?, ?)",
        [layer_id, quote.id, per.id],
    )
    with pytest.raises(ValidationError, match="SPEAKER cannot point to a CUE"):
        project.update_span(doc, "alice", per.id, label="CUE")
    assert project.update_span(doc, "alice", per.id, label="ORG").label == "ORG"
    assert stored_spans(project.path)[0][3] == "ORG"


def test_reopen_shows_the_same_annotations(tmp_path):
    path = tmp_path / "p.db"
    with Project.create(path) as proj:
        proj.add_document(Document("d1", TEXT))
        proj.add_span("d1", "alice", "QUOTE", 11, 20, {"kind": "indirect"})
        proj.set_status("d1", "alice", "done")
        expected = proj.layer("d1", "alice")
    with Project.open(path) as proj:
        assert proj.layer("d1", "alice") == expected
        assert proj.document_list("alice") == [{"id": "d1", "title": TEXT, "status": "done"}]

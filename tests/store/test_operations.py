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
    span = project.add_span(doc, "alice", "PER", 4, 7).spans.added[0]
    assert (span.id, span.text) == ("s1", "ليو")
    assert stored_spans(project.path) == [("s1", 4, 7, "PER", "ليو")]
    assert project.layer(doc, "alice").status == "in_progress"


def test_invalid_span_is_refused_and_nothing_written(project, doc):
    with pytest.raises(ValidationError, match="not in the schema"):
        project.add_span(doc, "alice", "NAME", 4, 7)
    with pytest.raises(ValidationError, match="outside the text"):
        project.add_span(doc, "alice", "PER", 4, 400)
    assert stored_spans(project.path) == []


def test_remove_and_undo_brings_back_relations(project, doc):
    per = project.add_span(doc, "alice", "PER", 4, 7).spans.added[0]
    quote = project.add_span(doc, "alice", "QUOTE", TEXT.index("الأمن"), len(TEXT) - 1)
    project.add_relation(doc, "alice", "SPEAKER", quote.spans.added[0].id, per.id, None, "r1")
    before = project.layer(doc, "alice")
    removed = project.remove_span(doc, "alice", per.id)
    assert [r.id for r in removed.relations.removed] == ["r1"]
    assert project.layer(doc, "alice").relations == []
    project.apply(removed.inverse())
    after = project.layer(doc, "alice")
    assert sorted(after.spans, key=lambda s: s.id) == sorted(before.spans, key=lambda s: s.id)
    assert after.relations == before.relations


def test_relabel_checks_relations_that_depend_on_the_span(project, doc):
    per = project.add_span(doc, "alice", "PER", 4, 7).spans.added[0]
    quote = project.add_span(doc, "alice", "QUOTE", TEXT.index("الأمن"), len(TEXT) - 1)
    project.add_relation(doc, "alice", "SPEAKER", quote.spans.added[0].id, per.id, None, "r1")
    with pytest.raises(ValidationError, match="SPEAKER cannot point to a CUE"):
        project.update_span(doc, "alice", per.id, label="CUE")
    changed = project.update_span(doc, "alice", per.id, label="ORG").spans.changed
    assert [(before.label, after.label) for before, after in changed] == [("PER", "ORG")]
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
        assert proj.document_statuses("alice") == [["d1", "done"]]
        assert proj.titles(["d1"]) == {"d1": TEXT}


def test_document_lists_for_large_projects_read_only_what_they_need(project):
    for i in range(5):
        project.add_document(Document(f"d{i}", f"نص رقم {i}\nوالمزيد"))
    project.set_status("d1", "alice", "done")
    project.set_status("d3", "alice", "done")
    project.set_status("d2", "bob", "in_progress")
    assert project.document_statuses("alice") == [
        ["d0", "new"], ["d1", "done"], ["d2", "new"], ["d3", "done"], ["d4", "new"]
    ]  # fmt: skip
    assert project.document_statuses("alice", status="done") == [["d1", "done"], ["d3", "done"]]
    assert project.document_statuses("alice", query="رقم 4") == [["d4", "new"]]
    assert project.titles(["d4", "d0", "nope"]) == {"d4": "نص رقم 4", "d0": "نص رقم 0"}
    # the next one not done, wrapping around; None when every document is done
    assert project.next_document("alice", "d0") == "d2"
    assert project.next_document("alice", "d4") == "d0"
    assert project.next_document("alice", "d2", not_done=False) == "d3"
    assert project.next_document("alice", None) == "d0"
    for doc_id in ("d0", "d2", "d4"):
        project.set_status(doc_id, "alice", "done")
    assert project.next_document("alice", "d1") is None
    assert project.layer_annotators() == ["alice", "bob"]
    assert project.layer_annotators("d2", status="in_progress") == ["bob"]
    assert project.annotated_documents() == ["d0", "d1", "d2", "d3", "d4"]

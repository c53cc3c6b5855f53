"""A span with the label and offsets of one the layer holds is refused at every way in: the
store's edits, ``apply`` (undo and redo), importing a file, and the command line."""

import json
import sqlite3

import pytest

from workbench.core.changes import Changes, ChangeSet
from workbench.core.errors import ValidationError
from workbench.core.model import Document, Span
from workbench.core.validate import DuplicateSpan
from workbench.formats.importer import import_paths

TEXT = "قال ليو إن الأمن مهم."


@pytest.fixture
def doc(project):
    project.add_document(Document("d1", TEXT))
    return "d1"


def spans(path) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute('SELECT id, start, "end", label FROM spans ORDER BY rowid').fetchall()
    finally:
        conn.close()


def test_adding_a_duplicate_is_refused_with_the_span_already_there(project, doc):
    first = project.add_span(doc, "alice", "PER", 4, 7).spans.added[0]
    with pytest.raises(
        DuplicateSpan, match=r"PER 'ليو' at \[4, 7\) exists already \(span s1\)"
    ) as caught:
        project.add_span(doc, "alice", "PER", 4, 7)
    assert caught.value.existing == first
    project.add_span(doc, "alice", "GPE", 4, 7)  # another label at the same place is no duplicate
    project.add_span(doc, "bob", "PER", 4, 7)  # nor is the same span in another layer
    assert spans(project.path) == [("s1", 4, 7, "PER"), ("s2", 4, 7, "GPE"), ("s1", 4, 7, "PER")]


def test_relabelling_onto_a_duplicate_is_refused(project, doc):
    project.add_span(doc, "alice", "PER", 4, 7)
    other = project.add_span(doc, "alice", "GPE", 4, 7).spans.added[0]
    with pytest.raises(DuplicateSpan) as caught:
        project.update_span(doc, "alice", other.id, label="PER")
    assert caught.value.existing.id == "s1"
    assert spans(project.path) == [("s1", 4, 7, "PER"), ("s2", 4, 7, "GPE")]


def test_apply_refuses_a_duplicate_and_writes_nothing(project, doc):
    removed = project.remove_span(
        doc, "alice", project.add_span(doc, "alice", "PER", 4, 7).spans.added[0].id
    )
    project.add_span(doc, "alice", "PER", 4, 7, span_id="again")
    with pytest.raises(DuplicateSpan) as caught:  # undo of the removal would make a duplicate
        project.apply(removed.inverse())
    assert caught.value.existing.id == "again"
    twins = tuple(Span(i, 11, 16, "ORG", TEXT[11:16]) for i in ("t1", "t2"))
    with pytest.raises(DuplicateSpan):  # two in one change set
        project.apply(ChangeSet(doc, "alice", Changes(added=twins)))
    assert spans(project.path) == [("again", 4, 7, "PER")]


def _jsonl_with_a_duplicate(tmp_path):
    good = {
        "id": "d1",
        "text": TEXT,
        "annotator": "alice",
        "spans": [{"id": "a", "start": 4, "end": 7, "label": "PER", "text": "ليو"}],
    }
    bad = {"id": "d2", "text": TEXT, "annotator": "alice", "spans": [
        {"id": "a", "start": 4, "end": 7, "label": "PER", "text": "ليو"},
        {"id": "b", "start": 4, "end": 7, "label": "PER", "text": "ليو"}]}  # fmt: skip
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (good, bad)), "utf-8")
    return path


def test_importing_a_file_with_a_duplicate_names_file_and_line_and_changes_nothing(
    project, tmp_path
):
    path = _jsonl_with_a_duplicate(tmp_path)
    with pytest.raises(ValidationError) as caught:
        import_paths(project, [path])
    assert str(caught.value).startswith(f"{path}:2: ")
    assert "span b: PER 'ليو' at [4, 7) exists already (span a)" in str(caught.value)
    assert project.document_ids() == [] and spans(project.path) == []


def test_the_command_line_import_says_so_in_one_line(cli, tmp_path):
    project = tmp_path / "p.db"
    assert cli("init", project).exit_code == 0
    path = _jsonl_with_a_duplicate(tmp_path)
    result = cli("import", project, path)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{path}:2:" in lines[0] and "exists already" in lines[0]
    assert spans(project) == []

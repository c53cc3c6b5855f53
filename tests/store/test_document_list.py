"""The document list a window of 1,000,000 documents needs: read by position, a page at a
time, counted in SQL; and the start of a long document read without its whole text."""

from __future__ import annotations

import pytest

from workbench.core.model import Document
from workbench.store.documents import CHUNK as DOCUMENTS_CHUNK
from workbench.store.project import Project


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.wbproj") as proj:
        proj.add_documents([Document(f"d{i}", f"نص رقم {i}\nوالمزيد") for i in range(1000)])
        proj.set_status("d1", "alice", "done")
        proj.set_status("d998", "alice", "done")
        proj.set_status("d2", "bob", "in_progress")
        yield proj


def test_the_whole_list_is_read_by_position_and_holds_no_row(project):
    listing = project.document_list("alice")
    assert len(listing) == 1000
    assert listing.rowids == range(1, 1001)  # nothing read for the whole project
    assert listing.rows_read == 0
    assert listing.rows(0, 3) == [
        ("d0", "نص رقم 0", "new"), ("d1", "نص رقم 1", "done"), ("d2", "نص رقم 2", "new")
    ]  # fmt: skip
    assert listing.rows(998, 200) == [("d998", "نص رقم 998", "done"), ("d999", "نص رقم 999", "new")]
    assert listing.rows(1000, 5) == []
    assert listing.rows_read == 5
    assert listing.position("d999") == 999
    assert listing.position("nope") is None


def test_a_filtered_list_keeps_what_it_matched_in_the_statuses_order(project):
    done = project.document_list("alice", status="done")
    assert [row[0] for row in done.rows(0, 10)] == ["d1", "d998"]
    assert [done.position(d) for d in ("d1", "d998", "d0")] == [0, 1, None]
    found = project.document_list("alice", query="رقم 4")
    assert [row[0] for row in found.rows(0, len(found))] == [
        r[0] for r in project.document_statuses("alice", "رقم 4")
    ]
    assert project.document_list("bob", status="in_progress").rows(0, 5) == [
        ("d2", "نص رقم 2", "in_progress")
    ]


@pytest.mark.parametrize(
    ("query", "status", "exact"),
    [("رقم", "", False), ("رقم 4", "", False), ("نص", "new", True), ("", "done", False)],
)
def test_a_progressive_list_grows_a_chunk_at_a_time_to_the_whole_result(
    project, query, status, exact
):
    whole = project.document_list("alice", query, status, exact)
    growing = project.document_list("alice", query, status, exact, progressive=True)
    assert len(growing) == 0 and not growing.complete
    steps = []
    while (found := growing.check()) is not None:
        growing.extend(found)
        steps.append(growing.checked)
        assert len(growing) <= growing.checked  # only what was checked is listed
    assert growing.complete
    assert list(growing.rowids) == list(whole.rowids)
    assert growing.rows(0, 1000) == whole.rows(0, 1000)
    if query:  # a search checks a few documents at a time, never the whole project at once
        assert len(steps) >= len(whole) // DOCUMENTS_CHUNK
        assert all(b - a <= DOCUMENTS_CHUNK for a, b in zip([0, *steps], steps, strict=False))


def test_a_stopped_list_checks_no_more(project):
    growing = project.document_list("alice", "رقم", progressive=True)
    growing.extend(growing.check())
    assert growing.checked == len(growing) == DOCUMENTS_CHUNK
    growing.stop()
    assert growing.check() is None
    assert growing.checked == len(growing) == DOCUMENTS_CHUNK


def test_counts_and_positions_come_from_sql(project):
    assert project.document_count() == 1000
    assert project.has_document("d999") and not project.has_document("d1000")
    assert project.progress("alice", "d999") == (1000, 1000, 2)
    assert project.progress("alice") == (0, 1000, 2)


def test_the_start_of_a_long_document(project):
    text = "سطر " * 30_000
    project.add_document(Document("long", text))
    start, whole = project.document_start("long", 1000)
    assert (start.text, whole) == (text[:1000], False)
    assert project.document_start("d5", 1000)[0].text == "نص رقم 5\nوالمزيد"
    assert project.document_start("d5", 1000)[1] is True
    assert project.document_start("long", len(text))[1] is True


def test_counts_follow_documents_added_here_and_by_another_connection(project):
    assert project.document_count() == 1000
    project.add_document(Document("here", "نص"))
    assert project.document_count() == 1001
    with Project.open(project.path) as other:
        other.add_document(Document("there", "نص"))
    assert project.document_count() == 1002
    assert project.document_list("alice").rows(1000, 5) == [
        ("here", "نص", "new"),
        ("there", "نص", "new"),
    ]
    assert project.progress("alice", "there") == (1002, 1002, 2)

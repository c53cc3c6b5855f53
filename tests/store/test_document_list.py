"""The document list a window of 1,000,000 documents needs: read by position, a page at a
time, counted in SQL; and the start of a long document read without its whole text."""

from __future__ import annotations

import pytest

from workbench.core.model import Document
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

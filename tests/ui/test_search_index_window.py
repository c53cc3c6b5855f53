"""The window brings the search index up to date between events (ui/search_indexer.py): an
import leaves its documents out of the index, the document list finds them all the same, and
the window indexes them a batch at a time, never waiting on another program's write."""

from __future__ import annotations

import sqlite3
import time

from tests.ui.test_document_search import shown, type_arabic
from workbench.store.projectfile import BUSY_TIMEOUT_MS
from workbench.ui import search_indexer

TEXTS = {f"d{i:03d}": f"خبر رقم {i} عن الطقس." for i in range(300)}
TEXTS["d150"] = "وللفيروس آثار على الناس."
TEXTS["d299"] = "قال الطبيب إن الفيروس ينتشر."


def test_the_window_indexes_what_an_import_left_out_and_finds_it_all_along(
    make_window, qtbot, cli, tmp_path
):
    window, path = make_window(TEXTS)
    project = window.session.project
    more = tmp_path / "more.jsonl"
    more.write_text('{"id": "late", "text": "وصل الفيروس إلى المدينة."}\n', encoding="utf-8")
    type_arabic(window.documents.search, "الفيروس")  # found whether indexed yet or not
    qtbot.waitUntil(lambda: shown(window) == ["d150", "d299"])
    qtbot.waitUntil(lambda: not window.search_indexer.running, timeout=60_000)  # a hang only
    assert project.unindexed_documents() == 0
    assert window.search_indexer.steps >= len(TEXTS) // search_indexer.BATCH  # in batches
    # an import from another program, then the window's File → Import follows it
    assert cli("import", path, more).exit_code == 0
    assert project.unindexed_documents() == 1
    window.after_import()
    qtbot.waitUntil(lambda: project.unindexed_documents() == 0, timeout=60_000)
    window.documents.search.clear()
    type_arabic(window.documents.search, "الفيروس")
    qtbot.waitUntil(lambda: shown(window) == ["d150", "d299", "late"])


def test_the_indexer_does_not_wait_for_another_programs_write(make_window, qtbot, cli, tmp_path):
    window, path = make_window(TEXTS)
    indexer = window.search_indexer
    indexer.stop()
    more = tmp_path / "more.jsonl"
    more.write_text("".join(f'{{"id": "m{i}", "text": "نص {i}"}}\n' for i in range(80)))
    assert cli("import", path, more).exit_code == 0
    left = window.session.project.unindexed_documents()
    assert left >= 80
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        started = time.monotonic()
        indexer.start()
        qtbot.waitUntil(lambda: indexer._timer.interval() == search_indexer.RETRY_MS)
        assert time.monotonic() - started < BUSY_TIMEOUT_MS / 1000  # catches waiting only
        assert window.session.project.unindexed_documents() == left
    finally:
        other.execute("ROLLBACK")
        other.close()
    indexer._timer.setInterval(0)  # its next try, without waiting for it
    qtbot.waitUntil(lambda: not indexer.running, timeout=60_000)
    assert window.session.project.unindexed_documents() == 0


def test_the_indexer_leaves_a_write_under_way_alone(make_window, qtbot, cli, tmp_path):
    """An import in the window lets events run for its progress dialog: the indexer's turn
    then passes, rather than index inside the import's transaction."""
    window, path = make_window(TEXTS)
    indexer, project = window.search_indexer, window.session.project
    qtbot.waitUntil(lambda: not indexer.running, timeout=60_000)  # a hang only
    more = tmp_path / "more.jsonl"
    more.write_text("".join(f'{{"id": "m{i}", "text": "نص {i}"}}\n' for i in range(80)))
    assert cli("import", path, more).exit_code == 0
    with project.transaction():
        indexer._step()
        assert project.unindexed_documents() == 80
    indexer.start()
    qtbot.waitUntil(lambda: project.unindexed_documents() == 0, timeout=60_000)


def test_an_error_stops_the_indexer_instead_of_repeating_it(make_window, qtbot, monkeypatch):
    """A file that cannot take the index (a full disk, damage) is said once in the status bar,
    not at every turn of the event loop."""
    from workbench.core.errors import ProjectError

    window, _path = make_window(TEXTS)
    indexer = window.search_indexer
    indexer.stop()
    calls = []

    def failing(*_args, **_kwargs):
        calls.append(1)
        raise ProjectError("cannot index for search: the disk is full", "p.db")

    monkeypatch.setattr(window.session.project, "index_for_search", failing)
    indexer.start()
    qtbot.waitUntil(lambda: not indexer.running)
    qtbot.wait(50)
    assert calls == [1]


def test_back_in_the_window_after_another_program_imported_it_indexes_that(
    make_window, qtbot, cli, tmp_path
):
    from PySide6.QtWidgets import QWidget

    window, path = make_window(TEXTS)
    indexer, project = window.search_indexer, window.session.project
    qtbot.waitUntil(lambda: not indexer.running, timeout=60_000)  # a hang only
    elsewhere = QWidget()  # the person goes to a terminal and imports there
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    more = tmp_path / "more.jsonl"
    more.write_text("".join(f'{{"id": "m{i}", "text": "نص {i}"}}\n' for i in range(80)))
    assert cli("import", path, more).exit_code == 0
    assert project.unindexed_documents() == 80
    window.activateWindow()  # and comes back
    qtbot.waitUntil(lambda: project.unindexed_documents() == 0, timeout=60_000)


def test_the_search_box_has_a_row_of_its_own_in_a_narrow_document_list(make_window):
    window, _path = make_window(TEXTS)
    panel = window.documents
    panel.resize(260, 500)
    assert panel.search.width() >= 0.8 * panel.width()


def test_a_closed_window_never_indexes_again(make_window, qtbot):
    """A closed window may still be told it lost or got focus; its project is closed."""
    from PySide6.QtCore import QEvent

    window, _path = make_window(TEXTS)
    window.close()
    window.session.project.close()
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))  # raised nothing
    window.search_indexer.start()
    assert not window.search_indexer.running

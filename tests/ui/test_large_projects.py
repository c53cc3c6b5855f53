"""A window on what is large (issue 16, items 3 and 6): a long document shows its first
screen before its whole text is read and then holds all of it; adding a span repaints the
article at most twice; a project of many documents opens without reading them all, and its
list shows the right rows at both ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from tests.ui.conftest import drag_text, settle, stored
from workbench.core.model import Document
from workbench.store.documents import DocumentList
from workbench.store.project import Project
from workbench.ui.session import FIRST_CHARS

PARAGRAPH = "دعا مبعوث صيني لدى الأمم المتحدة إلى تعزيز الانضباط الذاتي في مكافحة الإرهاب."


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def long_text(paragraphs: int) -> str:
    return "\n".join(f"{PARAGRAPH} {i}" for i in range(paragraphs))


def test_adding_a_span_by_key_repaints_the_article_at_most_twice(make_window, qtbot):
    window, path = make_window({"d": long_text(40)})
    start, end = drag_text(qtbot, window, "مبعوث")
    settle(qtbot)  # the selection's own repaint is done
    paints = PaintCounter(window.editor.viewport())
    qtbot.keyClick(window.editor, "p")
    qtbot.waitUntil(lambda: stored(path) == [(start, end, "PER", "مبعوث")])
    settle(qtbot)
    assert 1 <= paints.count <= 2


def test_a_long_document_shows_its_start_first_then_holds_all_of_it(make_window, qtbot):
    text = long_text(3 * FIRST_CHARS // len(PARAGRAPH))
    window, path = make_window({"short": "نص قصير.", "long": text})
    editor, session = window.editor, window.session
    window.open_document("long")
    shown = editor.document().characterCount() - 1
    assert shown < FIRST_CHARS < len(text)  # the first screen comes from the start alone
    assert text[:shown] == session.document.text
    qtbot.waitUntil(lambda: session._loaded)
    assert editor.document().characterCount() - 1 == len(text)
    assert session.document.text == text
    last = text.rindex("مبعوث")  # a word near the end, marked with the keys
    editor.select_range(last, last + len("مبعوث"))
    qtbot.keyClick(editor, "p")
    assert stored(path) == [(last, last + len("مبعوث"), "PER", "مبعوث")]
    assert editor.textCursor().position() == last + len("مبعوث")


def test_a_long_document_in_one_line_is_whole_after_its_first_paint(make_window, qtbot):
    text = " ".join(["كلمة"] * FIRST_CHARS)
    window, _ = make_window({"short": "نص قصير.", "line": text})
    window.open_document("line")
    window.editor.select_range(len(text) - 4, len(text))  # past the start shown first
    assert window.editor.selection_range() == (len(text) - 4, len(text))
    assert window.editor.document().characterCount() - 1 == len(text)


@pytest.fixture
def many_documents(tmp_path):
    path = tmp_path / "many.wbproj"
    with Project.create(path) as project, project.transaction():
        project.add_documents(
            [
                Document(f"d{i:05d}", f"{PARAGRAPH} {i}", {"title": f"مقال {i}"})
                for i in range(20_000)
            ]
        )
    return path


@pytest.fixture
def window_on(qtbot):
    """window_on(path) -> a MainWindow on a project file, as the make_window fixture makes
    them (without opening a document); closed before its project at the end."""
    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session

    made = []

    def make(path):
        project = Project.open(path)
        window = MainWindow(Session(project, "alice"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, project))
        return window

    yield make
    for window, _project in made:
        window.close()


def visible_ids(view) -> list[str]:
    """The ids of the rows the document list shows on screen."""
    model, height = view.model(), view.viewport().height()
    first, last = view.rowAt(0), view.rowAt(height - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole)["id"] for r in range(first, last + 1)]


def test_a_large_project_opens_without_reading_every_document(
    many_documents, window_on, qtbot, monkeypatch
):
    every_document = []
    walks = ("document_ids", "document_statuses", "document_shas", "annotated_documents")
    walks += ("iter_records", "iter_layers", "stats", "status_moves", "layer_times")
    for name in walks:
        original = getattr(Project, name)

        def spy(self, *args, _name=name, _original=original, **kwargs):
            every_document.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Project, name, spy)
    read = []
    original_rows = DocumentList.rows

    def rows(self, first, count):
        found = original_rows(self, first, count)
        read.append(len(found))
        return found

    monkeypatch.setattr(DocumentList, "rows", rows)
    window = window_on(many_documents)
    window.open_document(window.session.next_document(None))
    qtbot.waitUntil(lambda: window.session._loaded)
    settle(qtbot)
    view = window.documents.view
    assert view.model().rowCount() == 20_000
    assert visible_ids(view)[0] == "d00000"
    assert every_document == []  # no list of every document, no statistics
    assert 0 < sum(read) <= 2 * window.documents.model.PAGE  # the rows on screen, a page or so


def test_the_list_of_a_large_project_shows_its_ends_and_follows_the_open_document(
    many_documents, window_on, qtbot
):
    window = window_on(many_documents)
    panel = window.documents
    view = panel.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: visible_ids(view)[-1:] == ["d19999"])
    assert view.model().index(19_999, 0).data() == "مقال 19999"
    bar = view.verticalScrollBar()
    bar.setValue(bar.minimum())  # scrolled back to the top
    qtbot.waitUntil(lambda: visible_ids(view)[:1] == ["d00000"])
    # opening a document far down selects its row; marking it done shows in that row
    window.open_document("d15000")
    qtbot.waitUntil(lambda: window.session._loaded)
    assert view.currentIndex().row() == 15_000
    window.session.set_status("done")
    assert view.model().index(15_000, 1).data() == "done"
    # the status filter lists only what it keeps, by position too
    panel.status.setCurrentIndex(panel.status.findData("done"))
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert view.model().index(0, 0).data(Qt.ItemDataRole.UserRole)["id"] == "d15000"
    assert view.currentIndex().row() == 0
    # the next document not done follows the list's order
    panel.status.setCurrentIndex(panel.status.findData(""))
    qtbot.waitUntil(lambda: view.model().rowCount() == 20_000)
    window.next_document()
    assert window.session.document.id == "d15001"
    assert view.currentIndex().row() == 15_001

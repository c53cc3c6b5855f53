"""In the Arabic (right-to-left) interface the side lists mark what is open and chosen: the
document list the open document, the span list the span selected in the article.
QTableView.selectRow did nothing in a right-to-left table (see workbench/ui/table_rows.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import click_text, drag_text, press_keys, settle, shortcut_key
from tests.ui.test_rtl_table_rows import arabic

FIRST = "قال الوزير إن المحادثات ستستأنف غدا في العاصمة."
SECOND = "أعلنت وزارة الخارجية أن الوفد سيصل غدا."


@pytest.fixture(params=["ar", "en"])
def language(request, qapp):
    installed = arabic(qapp) if request.param == "ar" else []
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def marked(view) -> list[int]:
    return [index.row() for index in view.selectionModel().selectedRows()]


def test_the_document_list_marks_the_open_document(language, make_window, qtbot):
    window, _ = make_window({"d1": FIRST, "d2": SECOND})
    rtl = window.documents.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert rtl == (language == "ar")
    documents = window.documents
    assert marked(documents.view) == [documents.model.row_of("d1")]
    shortcut_key(qtbot, window, "next")  # Ctrl+PgDown: the next document not done
    qtbot.waitUntil(lambda: window.session.document.id == "d2")
    assert marked(documents.view) == [documents.model.row_of("d2")]


def test_the_span_list_follows_the_span_selected_in_the_article(language, make_window, qtbot):
    window, _ = make_window({"d1": FIRST})
    window.show_panel("spans")
    drag_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, "p")
    drag_text(qtbot, window, "المحادثات ستستأنف غدا")
    window.label_palette.buttons["QUOTE"].click()
    settle(qtbot, 100)
    view = window.spans.view
    rows = {view.model().index(r, 0).data(Qt.ItemDataRole.UserRole).label: r for r in range(2)}
    assert marked(view) == [rows["QUOTE"]]  # the new span is the selected one
    click_text(qtbot, window, "الوزير")
    assert window.session.selected is not None and window.session.selected.label == "PER"
    assert marked(view) == [rows["PER"]]

"""Choosing a span's attribute in the Spans panel, with the mouse and keys, as a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import stored_attrs, undo_key

TEXT = "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا."


def word_point(editor, offset: int) -> QPoint:
    """Where the character at ``offset`` is on screen, from the text layout."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.converter.to_utf16(offset))
    return editor.cursorRect(cursor).center()


def label_by_keys(window, qtbot, text: str, key: str) -> None:
    start = TEXT.index(text)
    window.editor.select_range(start, start + len(text))
    qtbot.keyClick(window.editor, key)
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)  # nothing selected afterwards


def click_span(window, qtbot, text: str) -> None:
    point = word_point(window.editor, TEXT.index(text) + 1)
    qtbot.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)


def pick(qtbot, box, value: str) -> None:
    """Open the combo box with a click and choose ``value`` with the arrow keys and Enter."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    popup = box.view()
    qtbot.waitUntil(popup.isVisible)
    steps = box.findData(value) - box.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(popup, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def settle(qtbot, ms: int = 1500) -> None:
    """Let pending events and deferred deletions run, as the window would for a while."""
    for _ in range(ms // 50):
        QApplication.sendPostedEvents(None, 0)  # deferred deletions included
        qtbot.wait(50)


def test_choosing_a_quote_kind_keeps_the_window_alive(make_window, qtbot):
    window, path = make_window({"d": TEXT})
    quote = "الصين تدعو إلى قطع القنوات فورا"
    label_by_keys(window, qtbot, quote, "q")
    click_span(window, qtbot, quote)
    assert window.session.selected.label == "QUOTE"
    window.show_panel("spans")
    pick(qtbot, window.spans.attr_boxes["kind"], "indirect")
    settle(qtbot)
    assert window.isVisible()
    assert stored_attrs(path) == [("QUOTE", {"kind": "indirect"})]
    box = window.spans.attr_boxes["kind"]
    assert box.currentData() == "indirect"  # the panel shows what was chosen
    # and it can be chosen again from the same combo box
    pick(qtbot, box, "mixed")
    settle(qtbot, 500)
    assert stored_attrs(path) == [("QUOTE", {"kind": "mixed"})]
    # another label brings that label's attributes, and the old boxes go
    pick(qtbot, window.spans.label_box, "TITLE")
    settle(qtbot, 500)
    assert stored_attrs(path) == [("TITLE", {})]
    assert list(window.spans.attr_boxes) == []
    assert window.spans.attr_form.rowCount() == 0


def test_choosing_a_mention_type_keeps_the_window_alive(make_window, qtbot):
    window, path = make_window({"d": TEXT})
    label_by_keys(window, qtbot, "ليو جيه يي", "p")
    click_span(window, qtbot, "ليو جيه يي")
    pick(qtbot, window.spans.attr_boxes["mention_type"], "NAM")
    settle(qtbot)
    assert window.isVisible()
    assert stored_attrs(path) == [("PER", {"mention_type": "NAM"})]
    # undo from the Edit menu's shortcut brings the span back without the attribute
    undo_key(qtbot, window)
    settle(qtbot, 300)
    assert stored_attrs(path) == [("PER", {})]
    assert window.spans.attr_boxes["mention_type"].currentData() is None

"""The document list searches by the one rule of core.search (issue 14 item 4): a word with
its proclitics and suffixes, never from inside another word, and a Whole words toggle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def shown(window) -> list[str]:
    model = window.documents.view.model()
    return [
        model.index(row, 0).data(Qt.ItemDataRole.UserRole)["id"] for row in range(model.rowCount())
    ]


def type_arabic(edit, text: str) -> None:
    """Type as an Arabic keyboard layout does: key events carrying the letters (QTest only
    types characters it has a key code for)."""
    edit.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_typing_a_word_lists_the_documents_that_have_it(make_window, qtbot):
    window, _ = make_window(
        {
            "said": "وقالت الوزارة إن الوضع مستقر.",
            "resigned": "استقال الوزير ونشر مقالا.",
            "un": "دعا للأمم المتحدة إلى التهدئة.",
        }
    )
    panel = window.documents
    type_arabic(panel.search, "قال")
    qtbot.waitUntil(lambda: shown(window) == ["said"])  # not استقال, not مقالا
    panel.search.clear()
    type_arabic(panel.search, "الأمم المتحدة")
    qtbot.waitUntil(lambda: shown(window) == ["un"])  # ل + ال = لل
    qtbot.mouseClick(panel.exact, Qt.MouseButton.LeftButton)
    assert panel.exact.isChecked()
    qtbot.waitUntil(lambda: shown(window) == [])  # only للأمم, not the word alone
    panel.search.clear()
    type_arabic(panel.search, "وقالت")
    qtbot.waitUntil(lambda: shown(window) == ["said"])
    assert panel.search.text() == "وقالت"

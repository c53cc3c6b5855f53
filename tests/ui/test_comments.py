"""Comments in the window: Edit → Comment… on the selected span (or relation, or the document),
written in a plain-text editor, listed in the Comments panel with target, author and time, in
the file at once, undone with Ctrl+Z; edited and removed by their author only; shown as typed
(never as HTML), an Arabic comment right to left."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tests.ui.conftest import click_text, drag_text, press_keys, undo_key, use_menu

TEXT = "قال الوزير إن المحادثات ستستأنف غدا في القاهرة."
ARABIC = "لست متأكدا أن هذا هو المتكلم"


def stored_comments(path, annotator="alice") -> list[tuple]:
    """(target, author, text) of the layer's comments as committed in the file."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT c.target, c.author, c.text FROM comments c JOIN layers l "
            "ON l.id = c.layer_id WHERE l.annotator = ? ORDER BY c.created, c.id",
            [annotator],
        ).fetchall()
    finally:
        conn.close()


def write_comment(qtbot, window, text: str, target_row: int = 0):
    """Edit → Comment…, choose the target (rows down from the first), type, press OK."""
    use_menu(qtbot, window, "Edit/Comment…")
    dialog = window.comment_box
    qtbot.waitExposed(dialog)
    for _ in range(target_row):
        qtbot.keyClick(dialog.target, Qt.Key.Key_Down)
    editor = dialog.findChild(QPlainTextEdit)
    editor.setFocus()
    type_text(editor, text)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return dialog


def type_text(widget, text: str) -> None:
    """Type text as a keyboard (any layout) does: one key event per character, carrying the
    character (QTest.keyClicks knows only Latin-1 characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def panel_rows(window) -> list[list[str]]:
    return [list(row) for row in window.comments.model.rows]


def mark_minister(qtbot, window):
    drag_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, Qt.Key.Key_P)
    return window.session.selected


def test_a_comment_on_a_span_reaches_the_panel_and_the_file_and_undoes(make_window, qtbot):
    window, path = make_window({"d1": TEXT})
    span = mark_minister(qtbot, window)
    click_text(qtbot, window, "الوزير")
    dialog = write_comment(qtbot, window, "<b>x</b> unsure whether this is the speaker")
    assert dialog.target.itemText(0).startswith("PER")  # the selected span came first
    assert stored_comments(path) == [
        (span.id, "alice", "<b>x</b> unsure whether this is the speaker")
    ]
    panel = window.comments
    assert panel.isVisible()  # brought to the front
    (row,) = panel_rows(window)
    text, on, author, when = row
    assert text == "<b>x</b> unsure whether this is the speaker"  # as typed, not as HTML
    assert on.startswith("PER") and "الوزير" in on
    assert author == "alice" and when.strip("\u2066\u2069")[:2] == "20"
    panel.view.selectRow(0)
    assert panel.full.text() == "<b>x</b> unsure whether this is the speaker"
    assert panel.full.textFormat() == Qt.TextFormat.PlainText
    undo_key(qtbot, window)
    assert stored_comments(path) == []
    assert panel_rows(window) == []


def test_a_comment_on_the_document_and_on_a_relation(make_window, qtbot):
    window, path = make_window({"d1": "قال الوزير: «ستستأنف المحادثات غدا»."})
    drag_text(qtbot, window, "ستستأنف المحادثات غدا")
    press_keys(qtbot, window, Qt.Key.Key_Q)
    quote = window.session.selected
    drag_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, Qt.Key.Key_P)
    minister = window.session.selected
    window.session.add_relation("SPEAKER", quote, minister)
    relation = window.session.layer.relations[0]
    window.session.select_relation(relation)
    window.session.select(None)
    write_comment(qtbot, window, "is this the speaker?")  # the relation, first now
    write_comment(qtbot, window, "a short piece", target_row=1)  # the document
    assert stored_comments(path) == [
        (relation.id, "alice", "is this the speaker?"),
        (None, "alice", "a short piece"),
    ]
    assert [r[1] for r in panel_rows(window)][1] == "the document"
    assert panel_rows(window)[0][1].startswith("SPEAKER")


def test_only_the_author_edits_or_removes_a_comment(make_window, qtbot, tmp_path):
    window, path = make_window({"d1": TEXT})
    doc = window.session.document.id
    # the supervisor's answer, on alice's layer (as the agreement view writes it)
    window.session.project.add_comment(doc, "alice", None, "see the guidelines", "sara")
    window.session.open_document(doc)
    qtbot.waitUntil(lambda: window.session._loaded)
    write_comment(qtbot, window, "first try", target_row=0)
    panel = window.comments
    window.show_panel("comments")
    rows = panel_rows(window)
    mine = next(i for i, r in enumerate(rows) if r[2] == "alice")
    theirs = next(i for i, r in enumerate(rows) if r[2] == "sara")
    panel.view.selectRow(theirs)
    assert not panel.buttons["edit"].isEnabled() and not panel.buttons["remove"].isEnabled()
    panel.view.selectRow(mine)
    assert panel.buttons["edit"].isEnabled()
    qtbot.mouseClick(panel.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    qtbot.waitExposed(dialog)
    dialog.editor.selectAll()
    qtbot.keyClicks(dialog.editor, "second thoughts")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert ("alice", "second thoughts") in [(a, t) for _, a, t in stored_comments(path)]
    panel.view.selectRow(mine)
    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)
    assert [(a, t) for _, a, t in stored_comments(path)] == [("sara", "see the guidelines")]
    undo_key(qtbot, window)
    assert ("alice", "second thoughts") in [(a, t) for _, a, t in stored_comments(path)]


def ink_columns(widget) -> tuple[int, int]:
    """The leftmost and rightmost pixel columns where text is drawn."""
    image = widget.grab().toImage()
    background = QColor(image.pixel(1, 1)).lightness()
    columns = [
        x
        for x in range(image.width())
        if any(
            abs(QColor(image.pixel(x, y)).lightness() - background) > 80
            for y in range(image.height())
        )
    ]
    return min(columns), max(columns)


def test_an_arabic_comment_reads_right_to_left_on_the_right(make_window, qtbot):
    window, path = make_window({"d1": TEXT})
    write_comment(qtbot, window, ARABIC)
    assert stored_comments(path) == [(None, "alice", ARABIC)]
    panel = window.comments
    panel.view.selectRow(0)
    assert panel.full.text() == ARABIC
    assert panel.full.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(panel.full.isVisible)
    left, right = ink_columns(panel.full)
    width = panel.full.width()
    assert right > width - 12 and left > 8, (left, right, width)  # flush right
    panel.view.selectRow(0)
    english = "an English note"
    window.session.add_comment(None, english)
    panel.view.selectRow(1)
    left, _ = ink_columns(panel.full)
    assert left < 12  # and an English one flush left


def test_a_comment_on_the_entity_of_the_selected_span(make_window, qtbot):
    window, path = make_window({"d1": TEXT})
    span = mark_minister(qtbot, window)
    window.session.new_entity(span)
    entity = window.session.layer.entities[0]
    dialog = write_comment(qtbot, window, "same person as in the title?", target_row=1)
    assert dialog.target.itemText(1).startswith("entity PER")
    assert stored_comments(path) == [(entity.id, "alice", "same person as in the title?")]
    assert panel_rows(window)[0][1].startswith("entity PER")

"""History in the window: the selected span's history (who, when, before and after), and a
deleted span brought back from the document's history with Restore, which undoes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import click_text, drag_text, press_keys, stored, undo_key

TEXT = "قال الوزير إن المحادثات ستستأنف غدا في القاهرة."


def rows(panel) -> list[list[str]]:
    return [list(r) for r in panel.model.rows]


def test_the_selected_span_shows_its_history(make_window, qtbot):
    window, _ = make_window({"d1": TEXT})
    window.show_panel("history")
    panel = window.history
    qtbot.waitUntil(panel.isVisible)
    drag_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, Qt.Key.Key_P)
    click_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, Qt.Key.Key_O)  # the selected span becomes an ORG
    click_text(qtbot, window, "القاهرة")  # another place: nothing selected there
    click_text(qtbot, window, "الوزير")
    assert panel.title.text() == "History of the selected item"
    (changed, added) = rows(panel)  # newest first
    what, before, after, who, when = changed
    assert (who, what) == ("alice", "span changed")
    assert before.startswith("PER") and after.startswith("ORG") and "الوزير" in after
    assert when.strip("\u2066\u2069")[:2] == "20"
    assert added[0] == "span added" and added[1] == ""


def test_a_deleted_span_comes_back_from_the_history_and_undo_takes_it_away(make_window, qtbot):
    window, path = make_window({"d1": TEXT})
    drag_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, Qt.Key.Key_P)
    drag_text(qtbot, window, "القاهرة")
    press_keys(qtbot, window, Qt.Key.Key_G)
    click_text(qtbot, window, "الوزير")
    press_keys(qtbot, window, Qt.Key.Key_Delete)
    assert [label for *_, label, _text in stored(path)] == ["GPE"]
    window.show_panel("history")
    panel = window.history
    qtbot.waitUntil(panel.isVisible)
    assert panel.title.text() == "History of this document"  # nothing selected
    deleted = [i for i, r in enumerate(rows(panel)) if r[0] == "span deleted"]
    assert len(deleted) == 1 and "الوزير" in rows(panel)[deleted[0]][1]
    panel.view.selectRow(deleted[0])
    assert panel.restore.isEnabled()
    qtbot.mouseClick(panel.restore, Qt.MouseButton.LeftButton)
    assert stored(path) == [(4, 10, "PER", "الوزير"), (39, 46, "GPE", "القاهرة")]
    assert window.session.selected is not None and window.session.selected.text == "الوزير"
    window.history.whole.setChecked(True)  # the document's history again
    entry = next(i for i, r in enumerate(rows(panel)) if r[0] == "span deleted")
    panel.view.selectRow(entry)
    assert not panel.restore.isEnabled()  # it is there again: nothing to restore
    undo_key(qtbot, window)
    assert [label for *_, label, _text in stored(path)] == ["GPE"]

"""Document categories in the window: the bundled schema's topic, genre and reported speech,
chosen with the keyboard in the article (the category's key, then the value's number) and by
clicking the Categories panel's buttons; each choice reaches the file at once and undoes."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt

from tests.ui.conftest import press_keys, undo_key

TEXT = "قال الوزير إن المحادثات ستستأنف غدا في القاهرة."


def stored_categories(path, annotator="alice") -> dict:
    """The layer's categories as committed in the file, read through a second connection."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT categories FROM layers WHERE annotator = ?", [annotator]
        ).fetchone()
    finally:
        conn.close()
    return json.loads(row[0]) if row else {}


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def show_categories(qtbot, window):
    window.show_panel("categories")
    qtbot.waitUntil(window.categories.isVisible)
    return window.categories


def test_the_bundled_schema_has_news_desk_categories(make_window):
    window, _ = make_window({"d1": TEXT})
    specs = {c.name: c for c in window.session.project.schema.categories}
    assert set(specs) == {"topic", "genre", "reported_speech"}
    assert specs["topic"].multiple and not specs["genre"].multiple
    assert specs["reported_speech"].values == ("yes", "no")
    # the category keys are keys no label or relation uses
    label_keys = {s.key for s in window.session.project.schema.labels.values()}
    label_keys |= {s.key for s in window.session.project.schema.relations.values()}
    assert not {c.key for c in specs.values()} & (label_keys | {"e"})


def test_a_category_by_key_reaches_the_file_and_undo_takes_it_back(make_window, qtbot):
    window, path = make_window({"d1": TEXT})
    panel = show_categories(qtbot, window)
    press_keys(qtbot, window, Qt.Key.Key_R)  # genre ...
    assert "genre" in window.statusBar().currentMessage()  # ... the numbers are named
    press_keys(qtbot, window, Qt.Key.Key_2)  # ... interview
    assert stored_categories(path) == {"genre": ["interview"]}
    assert panel.buttons["genre"]["interview"].isChecked()
    assert not window.session.index.overlapping(0, len(TEXT))  # no span was made
    press_keys(qtbot, window, Qt.Key.Key_R)
    press_keys(qtbot, window, Qt.Key.Key_3)  # one genre: opinion replaces interview
    assert stored_categories(path) == {"genre": ["opinion"]}
    undo_key(qtbot, window)
    assert stored_categories(path) == {"genre": ["interview"]}
    assert panel.buttons["genre"]["interview"].isChecked()
    assert not panel.buttons["genre"]["opinion"].isChecked()
    undo_key(qtbot, window)
    assert stored_categories(path) == {}
    assert not panel.buttons["genre"]["interview"].isChecked()


def test_a_category_key_then_another_key_does_that_keys_work(make_window, qtbot):
    window, path = make_window({"d1": TEXT})
    press_keys(qtbot, window, Qt.Key.Key_Y)  # reported speech ...
    press_keys(qtbot, window, Qt.Key.Key_Escape)  # ... no: Esc lets it go
    press_keys(qtbot, window, Qt.Key.Key_1)
    assert stored_categories(path) == {}
    press_keys(qtbot, window, Qt.Key.Key_Y)
    press_keys(qtbot, window, Qt.Key.Key_1)
    assert stored_categories(path) == {"reported_speech": ["yes"]}


def test_categories_by_click_several_topics_and_undo(make_window, qtbot):
    window, path = make_window({"d1": TEXT})
    panel = show_categories(qtbot, window)
    click(qtbot, panel.buttons["topic"]["politics"])
    click(qtbot, panel.buttons["topic"]["diplomacy"])  # topics: as many as apply
    click(qtbot, panel.buttons["reported_speech"]["yes"])
    assert stored_categories(path) == {
        "topic": ["politics", "diplomacy"],
        "reported_speech": ["yes"],
    }
    assert window.session.layer.categories["topic"] == ["politics", "diplomacy"]
    click(qtbot, panel.buttons["topic"]["politics"])  # a chosen value clicked: taken back
    assert stored_categories(path)["topic"] == ["diplomacy"]
    assert not panel.buttons["topic"]["politics"].isChecked()
    assert panel.buttons["topic"]["politics"].text() == "1 politics"
    assert panel.buttons["topic"]["diplomacy"].text() == "✓ 4 diplomacy"
    undo_key(qtbot, window)
    assert stored_categories(path)["topic"] == ["politics", "diplomacy"]
    assert panel.buttons["topic"]["politics"].isChecked()


def test_each_document_shows_its_own_categories(make_window, qtbot):
    window, path = make_window({"d1": TEXT, "d2": "نص آخر عن الاقتصاد."})
    panel = show_categories(qtbot, window)
    click(qtbot, panel.buttons["genre"]["news"])
    window.open_document("d2")
    qtbot.waitUntil(lambda: window.session._loaded)
    assert not panel.buttons["genre"]["news"].isChecked()
    window.open_document("d1")
    qtbot.waitUntil(lambda: window.session._loaded)
    assert panel.buttons["genre"]["news"].isChecked()


def test_category_keys_on_an_arabic_keyboard_layout(make_window, qtbot):
    """The same physical keys on the Arabic (101) layout: r types ق, and the number row may
    type Arabic-Indic digits (٢)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    window, path = make_window({"d1": TEXT})
    press_keys(qtbot, window, Qt.Key.Key_Right)  # the article focused, the window active
    for char in "ق٢":
        event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(window.editor, event)
    assert stored_categories(path) == {"genre": ["interview"]}


def test_the_guidelines_list_the_category_keys(make_window):
    window, _ = make_window({"d1": TEXT})
    keys = dict(window.shortcut_list())
    assert keys["r, then 1–9"] == "Document category: genre"
    assert keys["Ctrl+Alt+M"] == "Comment…"

"""In a read-only project the categories, comments and the clock change nothing in the file:
a category key or click says why and the buttons show what the file holds; closing the window
after some time on task writes nothing."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.conftest import press_keys
from workbench.core.model import Document
from workbench.store import projectfile
from workbench.store.project import Project

TEXT = "قال الرئيس إن الأمم المتحدة ستجتمع غدا"


def layers_row(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT categories, seconds FROM layers").fetchall()
    finally:
        conn.close()


def test_read_only_categories_and_clock_leave_the_file_alone(
    make_window, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "ro.wbproj"
    with Project.create(path) as project:
        project.add_document(Document("d1", TEXT))
        project.add_span("d1", "alice", "PER", 4, 10)
    before = layers_row(path)
    monkeypatch.setattr(projectfile, "can_write", lambda _path: False, raising=False)
    window, _ = make_window({"d1": TEXT}, path=path)
    press_keys(qtbot, window, Qt.Key.Key_R)
    press_keys(qtbot, window, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: "read-only" in window.statusBar().currentMessage())
    window.show_panel("categories")
    button = window.categories.buttons["genre"]["news"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isChecked()  # it shows what the file holds
    assert window.session.layer.categories == {}
    window.clock.pending = 30.0  # as if counted
    window.close()
    assert layers_row(path) == before

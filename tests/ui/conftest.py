"""Fixtures for the window: a real project file and a real MainWindow, offscreen."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt

from workbench.core.model import Document
from workbench.store.project import Project


@pytest.fixture
def make_window(qtbot, tmp_path):
    """make_window({doc_id: text}, annotator) -> (window, project path)."""
    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session

    opened = []

    def make(texts: dict[str, str], annotator: str = "alice", path=None):
        path = path or tmp_path / "p.db"
        if not path.exists():
            with Project.create(path) as proj:
                for doc_id, text in texts.items():
                    proj.add_document(Document(doc_id, text))
        project = Project.open(path)
        window = MainWindow(Session(project, annotator))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.open_document(next(iter(texts)))
        qtbot.waitUntil(lambda: window.session._loaded)  # the layer loads after first paint
        opened.append(project)
        return window, path

    yield make
    for project in opened:
        project.close()


def stored(path, annotator="alice"):
    """Spans as committed in the file, read through a second connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            'SELECT s.start, s."end", s.label, s.text FROM spans s JOIN layers l '
            "ON l.id = s.layer_id WHERE l.annotator = ? ORDER BY s.start, s.rowid",
            [annotator],
        ).fetchall()
    finally:
        conn.close()


def stored_attrs(path, annotator="alice"):
    """(label, attributes) of each span as committed in the file, in text order."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT s.label, s.attrs FROM spans s JOIN layers l ON l.id = s.layer_id "
            "WHERE l.annotator = ? ORDER BY s.start, s.rowid",
            [annotator],
        ).fetchall()
    finally:
        conn.close()
    return [(label, json.loads(attrs or "{}")) for label, attrs in rows]


def press_keys(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    """Press a key in the article as a person does, with the window active (as it is on a
    desktop once a popup has closed): window shortcuts such as Ctrl+Z reach their action."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, key, modifiers)


def shortcut_key(qtbot, window, action: str):
    """Press the key combination the window's action (from its menus) shows, e.g. Ctrl+Z."""
    combination = window.actions_by_name[action].shortcut()[0]
    press_keys(qtbot, window, combination.key(), combination.keyboardModifiers())


def undo_key(qtbot, window):
    shortcut_key(qtbot, window, "undo")


def redo_key(qtbot, window):
    shortcut_key(qtbot, window, "redo")

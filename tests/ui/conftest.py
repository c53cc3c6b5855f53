"""Fixtures for the window: a real project file and a real MainWindow, offscreen."""

from __future__ import annotations

import sqlite3

import pytest

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

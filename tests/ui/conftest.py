"""Fixtures for the window: a real project file and a real MainWindow, offscreen."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt

from workbench.core.model import Document
from workbench.store.project import Project


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp):
    """The interface in English as the application starts it: with the English plural forms
    of counts ("1 span", "2 spans")."""
    from workbench.ui.preferences import install_translation

    installed = install_translation(qapp, "en")
    assert installed, "the English plural forms did not load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


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
        # the docks settle after the first resize (a timer): before, the article is narrower
        # and its lines wrap elsewhere
        qtbot.waitUntil(window.panel_fitter.settled)
        window.open_document(next(iter(texts)))
        qtbot.waitUntil(lambda: window.session._loaded)  # the layer loads after first paint
        opened.append(project)
        return window, path

    yield make
    for project in opened:
        project.close()


def open_as_the_app_does(qtbot, path):
    """The window ``workbench`` opens on ``path`` for alice (settings restored, as at start-up),
    shown and with its document loaded."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import window_for

    QApplication.setOrganizationName("rtl-workbench")
    QApplication.setApplicationName("Workbench")
    window = window_for(path, QSettings(), "alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session._loaded)
    return window


def reopen(qtbot, window, path):
    """Close ``window`` and its project as a person quits, and open ``path`` again."""
    window.close()
    window.session.project.close()
    return open_as_the_app_does(qtbot, path)


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


def point_of(editor, offset: int):
    """The on-screen place (viewport coordinates) of the middle of the character at a code
    point offset, from the glyph runs the text layout draws it with (a caret place is
    ambiguous: at a direction boundary Qt draws it at the far end of a Latin run)."""
    from PySide6.QtCore import QPoint

    position = editor.converter.to_utf16(offset)
    block = editor.document().findBlock(position)
    top = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top()  # laid out
    layout, local = block.layout(), position - block.position()
    width = editor.converter.to_utf16(offset + 1) - position
    runs = [r.boundingRect() for r in layout.glyphRuns(local, width) if r.boundingRect().width()]
    line = layout.lineForTextPosition(local)
    y = top + line.y() + line.height() / 2
    if not runs:  # a white space at the end of a line: its caret place
        x, _ = line.cursorToX(local)
        return QPoint(round(x + editor.contentOffset().x()), round(y))
    left, right = min(r.left() for r in runs), max(r.right() for r in runs)
    return QPoint(round((left + right) / 2 + editor.contentOffset().x()), round(y))


def drag_over(qtbot, editor, start: int, end: int) -> None:
    """Select [start, end) with the mouse, from the middle of its first letter to the middle
    of its last."""
    viewport = editor.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point_of(editor, start))
    qtbot.mouseMove(viewport, point_of(editor, end - 1))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point_of(editor, end - 1))


def drag_text(qtbot, window, text: str, occurrence: int = 0) -> tuple[int, int]:
    """Select a piece of the open document's text with the mouse; its offsets."""
    whole = window.session.document.text
    start = -1
    for _ in range(occurrence + 1):
        start = whole.index(text, start + 1)
    drag_over(qtbot, window.editor, start, start + len(text))
    return start, start + len(text)


def click_text(qtbot, window, text: str) -> None:
    """Click inside a piece of the open document's text (selects the span there)."""
    start = window.session.document.text.index(text)
    pos = point_of(window.editor, start + 1)
    qtbot.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def use_menu(qtbot, window, path: str) -> None:
    """Click through the menu bar as a person does, e.g. "File/Open recent/team.wbproj":
    a click on the menu's title, then on each entry (titles as shown, without the "&")."""
    names = path.split("/")
    bar = window.menuBar()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    (top,) = [a for a in bar.actions() if a.text().replace("&", "") == names[0]]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu = top.menu()
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    for name in names[1:]:
        found = [a for a in menu.actions() if a.text().replace("&", "").split("\t")[0] == name]
        assert found, f"{name!r} not in {[a.text() for a in menu.actions()]}"
        if found[0].menu() is None:
            place = menu.actionGeometry(found[0]).center()
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=place)
        else:  # into a submenu with the keys: down to its entry, then right
            for _ in range(len(menu.actions())):
                active = menu.activeAction()
                if active is not None and active.text() == found[0].text():
                    break
                qtbot.keyClick(menu, Qt.Key.Key_Down)
            qtbot.keyClick(menu, Qt.Key.Key_Right)
        if found[0].menu() is not None:
            menu = found[0].menu()
            qtbot.waitUntil(menu.isVisible, timeout=3000)


def settle(qtbot, ms: int = 300) -> None:
    """Let pending events and deferred deletions run for a while."""
    from PySide6.QtWidgets import QApplication

    for _ in range(max(1, ms // 50)):
        QApplication.sendPostedEvents(None, 0)
        qtbot.wait(50)


def step_to(qtbot, menu, row: int) -> None:
    """Move a menu's highlight to its row-th entry with the arrow keys (from the entry the
    window highlighted)."""
    actions = menu.actions()
    here = actions.index(menu.activeAction()) if menu.activeAction() in actions else -1
    for _ in range(abs(row - here)):
        qtbot.keyClick(menu, Qt.Key.Key_Down if row > here else Qt.Key.Key_Up)

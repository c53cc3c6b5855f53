"""A screenshot run, or a run as someone else (--annotator), leaves the person's settings be:
the next plain `workbench` opens the person's own project where they left it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from workbench.core.model import Document
from workbench.store.project import Project
from workbench.ui.project_files import RECENT_KEY, place_key

TEXT = "قال المتحدث إن الاجتماع سيعقد غدا في القاهرة."


def _project(path: Path) -> Path:
    with Project.create(path) as proj:
        proj.add_document(Document("d", TEXT))
    return path


def _settings() -> QSettings:
    QApplication.setOrganizationName("rtl-workbench")
    QApplication.setApplicationName("Workbench")
    return QSettings()


def test_a_screenshot_of_another_project_keeps_the_last_and_recent_projects(cli, tmp_path):
    mine, theirs = _project(tmp_path / "mine.wbproj"), _project(tmp_path / "theirs.wbproj")
    settings = _settings()
    settings.setValue("last_project", str(mine.resolve()))
    settings.setValue(RECENT_KEY, [str(mine)])
    settings.sync()
    out = tmp_path / "s.png"
    result = cli("gui", theirs, "--annotator", "x", "--screenshot", out)
    assert result.exit_code == 0, result.output
    assert out.exists()
    settings = _settings()
    assert settings.value("last_project") == str(mine.resolve())
    assert [str(p) for p in settings.value(RECENT_KEY)] == [str(mine)]
    assert not settings.contains(f"{place_key(theirs)}/document")


def test_a_window_opened_as_someone_else_keeps_no_place_when_it_closes(tmp_path, qtbot):
    from workbench.ui.app import open_window

    mine, theirs = _project(tmp_path / "mine.wbproj"), _project(tmp_path / "theirs.wbproj")
    settings = _settings()
    settings.setValue("last_project", str(mine.resolve()))
    settings.setValue(RECENT_KEY, [str(mine)])
    window = open_window(theirs, None, settings, QStandardPaths, "x", remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.session._loaded)
    window.close()
    window.session.project.close()
    settings = _settings()
    assert settings.value("last_project") == str(mine.resolve())
    assert [str(p) for p in settings.value(RECENT_KEY)] == [str(mine)]
    assert not settings.contains(f"{place_key(theirs)}/document")


def test_the_status_bar_names_the_open_project(make_window):
    window, path = make_window({"d": TEXT})
    shown = [w.text() for w in window.statusBar().findChildren(type(window.status_doc))]
    assert any(path.name in text for text in shown), shown
    assert window.status_project.isVisible()

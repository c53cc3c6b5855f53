"""Starting the window: the application object, the project to open, and screenshots."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from workbench.core.errors import WorkbenchError

APP_NAME = "Workbench"
ORG_NAME = "rtl-workbench"


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def _quiet_offscreen(_mode, _context, message: str) -> None:
    """Drop the offscreen platform's note about window size hints; print everything else."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def run(
    project: Path | None,
    doc_id: str | None = None,
    lang: str | None = None,
    screenshot: Path | None = None,
    annotator: str | None = None,
    panel: str | None = None,
    view: str | None = None,
) -> int:
    if annotator:
        from workbench.ui.preferences import reserved_name_problem

        problem = reserved_name_problem(annotator)
        if problem:  # the window would edit that layer as someone's own
            print(f"workbench: error: {problem}", file=sys.stderr)
            return 1
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif _no_display():
        print(
            "workbench: error: no display to open the window on (DISPLAY is not set); "
            "use --screenshot FILE.png to render it offscreen",
            file=sys.stderr,
        )
        return 1
    else:
        from workbench.ui.platform_check import check_xcb

        problem = check_xcb()
        if problem:  # say what to install, instead of Qt's abort naming the wrong package
            print(problem, file=sys.stderr)
            return 1
    from PySide6.QtCore import QSettings, QStandardPaths, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from workbench.ui.preferences import (
        Preferences,
        apply_theme,
        install_translation,
        interface_language,
    )

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    if screenshot is None:  # a person's run: what fails is shown and logged, not lost
        from workbench.ui import crash_report

        crash_report.install(data_folder(QStandardPaths))
    settings = QSettings()
    preferences = Preferences.load(settings)
    # the interface's language: --lang, else the settings, else the system's
    install_translation(app, interface_language(lang or preferences.language))
    apply_theme(app, preferences.theme)
    if screenshot is None and not annotator:
        ask_name_once(settings, project)
    # a screenshot, or a run as someone else (--annotator), leaves the person's settings be:
    # their last project, recent list and each project's place stay as they were
    remember = screenshot is None and not annotator
    try:
        window = open_window(
            project,
            doc_id,
            settings,
            QStandardPaths,
            annotator,
            restore=screenshot is None,
            remember=remember,
        )
    except WorkbenchError as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        return 1
    window.apply_preferences(Preferences.load(settings), switch=False)
    if panel:
        window.show_panel(panel)
    shown = window
    if view == "agreement":
        shown = window.team.show_agreement()
    elif view == "adjudication":
        shown = window.team.show_adjudication()
    if screenshot is not None:
        return 0 if save_screenshot(shown, screenshot) else 1
    window.show()
    shown.raise_()
    return app.exec()


def ask_name_once(settings, project: Path | None, ask=None) -> str | None:
    """On the first run, ask the annotator's name (offering the login name) and keep it. A
    name the workbench keeps for a layer (gold, suggest) is refused: the prompt says why and
    asks again. ``ask(default, problem)`` gives the name typed, or None when cancelled."""
    if settings.value("annotator", ""):
        return None
    if project is not None and _is_package(project):
        return None  # a package says whose it is
    from workbench.ui.preferences import reserved_name_problem

    ask = ask or _ask_name
    default = getpass.getuser() or ""
    problem = None
    while True:
        typed = ask(default, problem)
        name = (typed or "").strip()
        problem = reserved_name_problem(name)
        if typed is None or not problem:
            break
    if problem:
        return None  # cancelled after a reserved name: asked again next time
    if name:
        settings.setValue("annotator", name)
        settings.sync()
    return name or None


def _ask_name(default: str, problem: str | None) -> str | None:
    """The first-run prompt (``problem``: why the name typed before was not taken)."""
    from PySide6.QtWidgets import QApplication, QInputDialog

    dialog = QInputDialog()
    dialog.setWindowTitle(QApplication.translate("FirstRun", "Welcome"))
    prompt = QApplication.translate(
        "FirstRun", "Your name, as it will be recorded with your annotations:"
    )
    dialog.setLabelText(f"{problem}\n\n{prompt}" if problem else prompt)
    dialog.setTextValue(default)
    return dialog.textValue() if dialog.exec() else None


def _is_package(path: Path) -> bool:
    from workbench.store.project import Project
    from workbench.workflow.packages import package_owner

    try:
        with Project.open(path) as project:
            return package_owner(project) is not None
    except WorkbenchError:
        return False


def data_folder(paths) -> Path:
    """The user's data folder (the sample project, the crash log)."""
    return Path(paths.writableLocation(paths.StandardLocation.AppDataLocation))


def open_window(
    project: Path | None,
    doc_id: str | None,
    settings,
    paths,
    annotator=None,
    restore=True,
    remember=True,
):
    """The window on a project (default: the last one, or the sample built the first time)."""
    from workbench.workflow.sample import ensure_sample_project

    if project is None:
        last = settings.value("last_project", "")
        if last and Path(last).exists():
            project = Path(last)
        else:
            project = ensure_sample_project(data_folder(paths))
    return window_for(Path(project), settings, annotator, doc_id, restore, remember)


def window_for(
    project: Path,
    settings,
    annotator=None,
    doc_id: str | None = None,
    restore: bool = True,
    remember: bool = True,
):
    """A main window on a project, back where the person left it (``restore``) unless a
    document is asked for; with ``remember`` the project becomes the last and most recent
    one and the window keeps its place when it closes (without, the settings stay as they
    were)."""
    from workbench.store.project import Project
    from workbench.ui.main_window import MainWindow
    from workbench.ui.project_files import remember_recent, restore_place
    from workbench.ui.session import Session
    from workbench.workflow.packages import package_owner

    proj = Project.open(project)
    if doc_id is not None and not proj.has_document(doc_id):
        proj.close()
        raise WorkbenchError(f"no document {doc_id!r} in this project", str(project))
    if remember:
        settings.setValue("last_project", str(Path(project).resolve()))
        remember_recent(settings, Path(project))
    owner = package_owner(proj)
    # --annotator holds for this run only (the saved name is the settings' own); else a
    # package is annotated under its annotator's name, else under the saved name
    if not annotator:
        annotator = owner or str(
            settings.value("annotator", "") or getpass.getuser() or "annotator"
        )
    session = Session(proj, annotator)
    window = MainWindow(session, remember=remember)
    if restore and restore_place(settings, window, open_document=doc_id is None):
        if doc_id is not None:
            window.open_document(doc_id)
        if window.session.document is not None:
            return window
    first = doc_id or session.next_document(None) or session.next_document(None, not_done=False)
    if first is not None:
        window.open_document(first)
    return window


def save_screenshot(window, path: Path) -> bool:
    from PySide6.QtWidgets import QApplication

    from workbench.ui.window_fit import preferred_size

    window.resize(preferred_size(window))
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    ok = window.grab().save(str(path))
    if not ok:
        print(f"workbench: error: {path}: cannot write the screenshot", file=sys.stderr)
    return ok

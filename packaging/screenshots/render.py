"""Render the window's states shown in the README and docs/WINDOW.md, offscreen, from the
repository's own data: ``python packaging/screenshots/render.py [OUT_FOLDER]``.

Each state is reached the way the tests reach it (the window's own actions and panels); the
project is built in a temporary folder from tests/data, so the pictures do not depend on the
machine's settings or history.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parents[2]
TEMP = Path(tempfile.mkdtemp(prefix="workbench-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(TEMP / "config")  # no settings of the person running it
os.environ["XDG_DATA_HOME"] = str(TEMP / "data")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1280, 820)


def settle(app, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"cannot write {path}")
    print(path)


def team_project() -> Path:
    from workbench.formats.importer import import_paths
    from workbench.store.project import Project
    from workbench.workflow.adjudication import auto_adjudicate

    path = TEMP / "team.wbproj"
    with Project.create(path) as project:
        import_paths(
            project,
            [
                ROOT / "tests/data/seed-attributed.jsonl",
                ROOT / "tests/data/seed-second-annotator.jsonl",
            ],
        )
        auto_adjudicate(project)
    return path


def main_window(path: Path, annotator: str):
    from workbench.store.project import Project
    from workbench.ui.main_window import MainWindow
    from workbench.ui.session import Session

    window = MainWindow(Session(Project.open(path), annotator))
    window.resize(*SIZE)
    window.show()
    window.open_document(window.session.project.document_ids()[0])
    window.session.ensure_loaded()
    return window


def suggest_and_wait(window) -> None:
    """Suggest → Suggest this document, and wait until the run in the background ends."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    window.suggestions.runFinished.connect(loop.quit)
    if window.suggestions.suggest_document() is not None:
        loop.exec()


def team_notes(path: Path) -> None:
    """What annotators leave beside their spans: categories, comments (one in Arabic, one a
    question the supervisor answered) and time on task."""
    from workbench.store.project import Project

    with Project.open(path) as project:
        doc = project.document_ids()[0]
        quote = next(s for s in project.layer(doc, "alice").spans if s.label == "QUOTE")
        project.set_categories(
            doc, "alice", {"topic": ["security", "technology"], "genre": ["news"]}
        )
        project.add_comment(doc, "alice", quote.id, "لست متأكدة أن هذا كلام المندوب نفسه", "alice")
        project.acting_as = "sara"  # the supervisor answers (as the agreement view does)
        project.add_comment(doc, "alice", quote.id, "Yes: the cue is دعا, link SPEAKER.", "sara")
        project.acting_as = None
        project.add_comment(doc, "bob", None, "Long article: <b>two</b> quotes only?", "bob")
        project.add_seconds(doc, "alice", 1530)
        project.add_seconds(doc, "bob", 2410)


def team_work(app, out: Path, path: Path, language: str = "") -> None:
    """Categories and comments, the comment dialog, history, progress, the supervisor's
    comments: each reached the way the tests reach it."""
    from workbench.ui.table_rows import select_row

    window = main_window(path, "alice")
    window.show_panel("comments")
    select_row(window.comments.view, 0)
    settle(app)
    save(window, out, f"{language}comments")
    if language:
        window.close()
        window.session.project.close()
        return
    quote = next(s for s in window.session.index if s.label == "QUOTE")
    window.go_to_span(quote)
    dialog = window.comment_dialog()
    dialog.editor.setPlainText("هل «الإرهابيون» جزء من الاقتباس؟")
    settle(app)
    save(dialog, out, "comment-dialog")
    dialog.reject()
    cue = next(s for s in window.session.index if s.label == "CUE")
    window.session.remove_span(cue)  # deleted ... then found in the history
    window.session.select(None)
    window.show_panel("history")
    settle(app)
    rows = [r[0] for r in window.history.model.rows]
    select_row(window.history.view, rows.index("span deleted"))
    settle(app)
    save(window, out, "history")
    window.session.undo_stack.undo()
    progress = window.team.show_progress()
    settle(app)
    save(progress, out, "progress")
    progress.close()
    agreement = window.team.show_agreement()
    agreement.resize(1100, 700)
    agreement.tabs.setCurrentWidget(agreement.comments)
    select_row(agreement.comments.view, 0)
    settle(app)
    save(agreement, out, "agreement-comments")
    for other in (agreement, window):
        other.close()
    window.session.project.close()


def render(out: Path) -> None:
    from workbench.ui.preferences import install_translation

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("WorkbenchScreenshots")
    english = install_translation(app, "en")
    path = team_project()
    team_notes(path)

    window = main_window(path, "alice")
    settle(app)
    save(window, out, "annotator")
    window.show_panel("quotes")
    quote = next(s for s in window.session.index if s.label == "QUOTE")
    window.go_to_span(quote)
    settle(app)
    save(window, out, "attribution")
    speaker = window.relation_menu("SPEAKER")  # the target menu, the likely one highlighted
    settle(app)
    if speaker is not None:
        save(speaker, out, "target-menu")
        speaker.close()
    window.resize(620, 720)  # a narrow window: the panels give way
    settle(app, 20)
    save(window, out, "narrow")
    window.resize(*SIZE)
    settle(app, 20)

    dialog = window.files.import_dialog([ROOT / "tests/data/multilayer.jsonl"])
    settle(app)
    save(dialog, out, "import-dialog")
    dialog.reject()
    dialog = window.files.export_dialog()
    dialog.output.setText(str(TEMP / "corpus.jsonl"))
    settle(app)
    save(dialog, out, "export-dialog")
    dialog.reject()

    from workbench.ui.crash_report import CrashReporter

    box = CrashReporter(TEMP / "data").show_dialog("OSError: [Errno 28] No space left on device")
    settle(app)
    save(box, out, "error-dialog")
    box.close()

    agreement = window.team.show_agreement()
    agreement.resize(1100, 700)
    settle(app)
    save(agreement, out, "agreement")
    adjudication = window.team.show_adjudication()
    adjudication.resize(1400, 860)
    settle(app)
    save(adjudication, out, "adjudication")
    for other in (agreement, adjudication, window):
        other.close()
    window.session.project.close()

    window = main_window(path, "carol")  # a new annotator: F5, one accepted, a quote selected
    suggest_and_wait(window)
    window.suggestions.step(1)
    window.suggestions.accept()
    for _ in window.suggestions.state.undecided:
        if window.suggestions.step(1).label == "QUOTE":
            break
    window.statusBar().clearMessage()  # the status shows the selected one's source and score
    settle(app)
    save(window, out, "suggestions")
    window.close()
    window.session.project.close()

    team_work(app, out, path)

    for translator in english:
        app.removeTranslator(translator)
    arabic = install_translation(app, "ar")
    window = main_window(path, "alice")
    settle(app)
    save(window, out, "arabic")
    view_menu = window.menuBar().actions()[2].menu()
    view_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomRight()))
    settle(app)
    save(view_menu, out, "arabic-view-menu")
    view_menu.close()
    window.close()
    window.session.project.close()
    team_work(app, out, path, "arabic-")
    for translator in arabic:
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    render(folder)

"""Time on task reads the same wherever it is shown (Progress charts, the agreement view's
Time on task tab, the adjudication header, the status bar): one function, rounded to the
nearest minute; and the saved Progress picture says why a value is n/a, as the dialog does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from tests.conftest import DATA
from tests.ui.conftest import use_menu
from tests.ui.test_journeys import answer_modal, type_and_enter
from tests.ui.test_supervisor_comments import click_tab
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.ui.time_on_task import duration_text


def project_with_time(path, seconds: dict[str, float], files=None) -> str:
    files = files or [DATA / "seed-attributed.jsonl", DATA / "seed-second-annotator.jsonl"]
    with Project.create(path) as project:
        import_paths(project, files)
        doc = project.document_ids()[0]
        for name, spent in seconds.items():
            project.add_seconds(doc, name, spent)
    return doc


def test_durations_round_to_the_nearest_minute():
    assert [duration_text(s) for s in (40, 59.6, 89, 90, 118, 139, 111)] == [
        "40 s", "1 min", "1 min", "2 min", "2 min", "2 min", "2 min"
    ]  # fmt: skip
    assert duration_text(3570) == "1 h 00 min" and duration_text(3929) == "1 h 05 min"


def test_time_on_task_reads_the_same_everywhere(make_window, qtbot, tmp_path):
    path = tmp_path / "team.wbproj"
    doc = project_with_time(path, {"alice": 118, "bob": 111})
    window, _ = make_window({doc: ""}, "sara", path=path)
    use_menu(qtbot, window, "Team/Progress…")
    progress = window.team.windows[-1]
    chart = progress.time_chart
    assert {name: chart.fmt(v) for name, v in chart.values.items()} == {
        "alice": "2 min",  # the bar is drawn to 1.97 minutes
        "bob": "2 min",
    }
    use_menu(qtbot, window, "Team/Agreement…")
    agreement = window.team.windows[-1]
    qtbot.waitUntil(lambda: agreement.report is not None, timeout=20_000)
    click_tab(qtbot, agreement.tabs, "Time on task")
    assert {r[0]: r[2] for r in agreement.tables["times"].rows} == {
        "alice": "2 min",
        "bob": "2 min",
    }
    use_menu(qtbot, window, "Team/Adjudicate…")
    adjudication = window.team.windows[-1]
    titles = adjudication.comparison.titles
    assert titles["alice"].text() == "alice · 2 min on task"
    assert titles["bob"].text() == "bob · 2 min on task"
    window.close()
    alices, _ = make_window({doc: ""}, "alice", path=path)
    alices.clock.ticked.emit()
    assert alices.status_time.text().startswith("Time on task: 2 min")


def test_the_saved_progress_picture_says_why_a_value_is_na(make_window, qtbot, tmp_path):
    path = tmp_path / "alone.wbproj"
    doc = project_with_time(path, {"alice": 1500}, [DATA / "seed-attributed.jsonl"])
    window, _ = make_window({doc: ""}, "sara", path=path)
    use_menu(qtbot, window, "Team/Progress…")
    dialog = window.team.windows[-1]
    qtbot.waitExposed(dialog)
    assert dialog.agreement_chart.values == {"alice": None}
    reasons = dialog.reasons
    assert reasons.isVisible() and reasons.text().startswith("n/a: alice: ")
    out = tmp_path / "progress.png"
    answer_modal(qtbot, type_and_enter(qtbot, str(out)), QFileDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=5000)
    saved = QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)
    shown = reasons.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert reasons.parentWidget() is dialog.charts  # the widget the picture is made of
    assert saved.copy(reasons.geometry()) == shown  # the reason as the dialog shows it

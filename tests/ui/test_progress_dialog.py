"""Team → Progress: one series per annotator in each chart (documents done over time, time on
task, spans per hour, agreement), from the project's numbers; Save as PNG… writes the charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from tests.conftest import DATA
from tests.ui.conftest import use_menu
from tests.ui.test_journeys import answer_modal, type_and_enter
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.ui.charts import series_color


def team_project(path):
    with Project.create(path) as project:
        import_paths(
            project, [DATA / "seed-attributed.jsonl", DATA / "seed-second-annotator.jsonl"]
        )
        doc = project.document_ids()[0]
        project.add_seconds(doc, "alice", 1500)
        project.add_seconds(doc, "bob", 2400)
    return doc


def colors_in(image: QImage) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }


def test_progress_shows_each_annotator_and_saves_a_png(make_window, qtbot, tmp_path):
    path = tmp_path / "team.wbproj"
    doc = team_project(path)
    window, _ = make_window({doc: ""}, "sara", path=path)  # the project is there already
    use_menu(qtbot, window, "Team/Progress…")
    dialog = window.team.windows[-1]
    qtbot.waitExposed(dialog)
    assert list(dialog.done_chart.series) == ["alice", "bob"]  # one line each
    assert [count for _day, count in dialog.done_chart.series["alice"]] == [1.0]
    assert dialog.time_chart.values == {"alice": 25.0, "bob": 40.0}  # minutes
    assert dialog.speed_chart.values == {"alice": 117.6, "bob": 72.0}  # 49 and 48 spans
    agreement = dialog.agreement_chart.values
    assert list(agreement) == ["alice", "bob"] and 0.9 < agreement["alice"] <= 1.0
    out = tmp_path / "progress.png"
    answer_modal(qtbot, type_and_enter(qtbot, str(out)), QFileDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=5000)
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 600
    drawn = colors_in(image)
    assert series_color(0).name() in drawn and series_color(1).name() in drawn  # both bars


def test_progress_of_a_project_nobody_annotated_says_so(make_window, qtbot):
    window, _ = make_window({"d1": "نص."})
    dialog = window.team.show_progress()
    qtbot.waitExposed(dialog)
    assert dialog.note.text() == "Nobody has annotated a document yet."
    assert dialog.done_chart.series == {}

"""The team views in the Arabic interface: translations that hold while the files change
under a running window, charts whose labels fit, comment headers laid out right to left, and
Qt's own file dialog in Arabic."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT


def arabic_from(qapp, resources):
    """Install the Arabic interface reading its translations from ``resources``."""
    from workbench.ui import preferences

    original = preferences.resources_dir
    preferences.resources_dir = lambda: resources
    try:
        installed = preferences.install_translation(qapp, "ar")
    finally:
        preferences.resources_dir = original
    assert installed, "the Arabic translation did not load"
    return installed


@pytest.fixture
def arabic(qapp):
    from workbench.ui.preferences import install_translation

    installed = install_translation(qapp, "ar")
    assert installed, "the Arabic translation did not load"
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_translation_file_rewritten_under_the_running_window_changes_nothing(
    make_window, qtbot, qapp, tmp_path
):
    """lrelease (or an upgrade) writes the .qm file in place while the window runs: the
    window keeps reading the translation it loaded (a file mapped into memory was read
    half-rewritten: a crash in the document list's header under Team → Progress's Save
    dialog)."""
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "translations", resources / "translations")
    installed = arabic_from(qapp, resources)
    try:
        window, _ = make_window({"d1": "قال الوزير."})
        model = window.documents.view.model()
        title = model.headerData(0, Qt.Orientation.Horizontal)
        assert title == "العنوان"
        qm = resources / "translations" / "workbench_ar.qm"
        size = qm.stat().st_size
        with open(qm, "r+b") as out:  # rewritten in place, as lrelease does
            out.write(b"\0" * size)
        assert model.headerData(0, Qt.Orientation.Horizontal) == title
        assert window.windowTitle() and QApplication.translate("Columns", "Title") == title
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def commented_window(
    make_window, tmp_path, text: str = "قال الوزير إن المحادثات ستستأنف غدا.", author="alice"
):
    """alice's window on a document with a PER span and a comment on it by ``author``."""
    from workbench.core.model import Document
    from workbench.store.project import Project

    path = tmp_path / "p.db"
    with Project.create(path) as project:
        project.add_document(Document("d1", text))
        start = text.index("الوزير")
        project.add_span("d1", "alice", "PER", start, start + len("الوزير"))
        span = project.layer("d1", "alice").spans[0]
        project.add_comment("d1", "alice", span.id, "لست متأكدا أن هذا هو المتكلم", author)
    return make_window({"d1": text}, path=path)


def test_the_comment_column_takes_most_of_a_narrow_panel(make_window, qtbot, tmp_path):
    window, _ = commented_window(make_window, tmp_path)
    window.show_panel("comments")
    view = window.comments.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() == 1)
    width = view.viewport().width()
    assert view.columnWidth(0) >= 0.4 * width  # the comment itself, not "…"
    assert sum(view.columnWidth(c) for c in range(4)) <= width + 1  # no sideways scrolling


def test_the_comment_header_reads_right_to_left_in_arabic(arabic, make_window, qtbot, tmp_path):
    from workbench.ui.table_rows import select_row

    window, _ = commented_window(make_window, tmp_path, author="karim")
    panel = window.comments
    window.show_panel("comments")
    select_row(panel.view, 0)
    about = panel.about.text()
    assert "karim" in about and "الوزير" in about
    # the interface's direction, not the first letter's (a Latin name put it left to right)
    assert about.startswith("\u200f")
    assert panel.about.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.about.alignment() & Qt.AlignmentFlag.AlignLeading
    panel.grab().save(str(tmp_path / "comments-ar.png"))  # to look at


def progress_of_team(make_window, qtbot, tmp_path, seconds=(118, 139)):
    """sara's Team → Progress on alice's and bob's seed article (their time on task)."""
    from tests.conftest import DATA
    from workbench.formats.importer import import_paths
    from workbench.store.project import Project

    path = tmp_path / "team.wbproj"
    with Project.create(path) as project:
        import_paths(
            project, [DATA / "seed-attributed.jsonl", DATA / "seed-second-annotator.jsonl"]
        )
        doc = project.document_ids()[0]
        for name, spent in zip(("alice", "bob"), seconds, strict=True):
            project.add_seconds(doc, name, spent)
    window, _ = make_window({doc: ""}, "sara", path=path)
    dialog = window.team.show_progress()
    qtbot.waitExposed(dialog)
    return window, dialog


def test_the_arabic_progress_charts_keep_their_axis_labels_whole(
    arabic, make_window, qtbot, tmp_path
):
    from PySide6.QtGui import QColor, QPalette

    from workbench.ui.charts import MARGIN

    _window, dialog = progress_of_team(make_window, qtbot, tmp_path, seconds=(1500, 2400))
    chart = dialog.time_chart
    assert chart.axis_text(chart.axis()[0]).endswith("د")  # "40 د": the Arabic unit
    image = chart.grab().toImage()
    image.save(str(tmp_path / "time-chart-ar.png"))  # to look at
    dialog.save_png(tmp_path / "progress-ar.png")
    background = chart.palette().color(QPalette.ColorRole.Base).name()
    plot = chart.plot_rect()
    inked = {
        x
        for x in range(round(plot.left()))
        for y in range(round(plot.top()) - 10, round(plot.bottom()) + 10)
        if QColor(image.pixel(x, y)).name() != background
    }
    assert inked, "no axis labels drawn"
    assert min(inked) >= MARGIN // 2  # not cut at the chart's left edge
    assert max(inked) < plot.left()  # nor run into the plot


def test_the_arabic_save_dialog_speaks_arabic(arabic, make_window, qtbot, tmp_path):
    """Qt's own Arabic translation (qtbase_ar.qm of the wheel) lacks a few strings of the
    Qt 6 file dialog ("&Look in:", "Files of &type:", "Folder"): ours has them."""
    import re

    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    from tests.ui.test_journeys import answer_modal

    (tmp_path / "a folder").mkdir()
    _window, dialog = progress_of_team(make_window, qtbot, tmp_path)
    dialog.folder = tmp_path
    seen: dict[str, object] = {}

    def look_and_cancel(file_dialog):
        labels = [w.text() for w in file_dialog.findChildren(QLabel) if w.isVisible()]
        tree = file_dialog.findChild(QTreeView)
        qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) > 0, timeout=5000)
        rows = tree.model().rowCount(tree.rootIndex())
        kinds = [tree.model().index(r, 2, tree.rootIndex()).data() for r in range(rows)]
        seen.update(labels=labels, kinds=kinds)
        file_dialog.grab().save(str(tmp_path / "save-dialog-ar.png"))  # to look at
        file_dialog.reject()

    answer_modal(qtbot, look_and_cancel, QFileDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    latin = [t for t in seen["labels"] + seen["kinds"] if re.search("[A-Za-z]{3,}", t or "")]
    assert seen["labels"] and latin == [], latin

"""In the Arabic (right-to-left) interface the tables that pick a row themselves pick it: the
adjudication view starts on the first undecided candidate (A then accepts it), and the Comments
panel keeps the comment chosen after a change. QTableView.selectRow did nothing there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import DATA
from workbench.core.model import GOLD
from workbench.formats.importer import import_paths
from workbench.store.project import Project


def arabic(qapp):
    from workbench.ui.preferences import install_translation

    return install_translation(qapp, "ar")


def test_the_arabic_adjudication_view_starts_on_a_candidate_and_a_accepts_it(qtbot, qapp, tmp_path):
    from workbench.ui.adjudication import AdjudicationWindow

    path = tmp_path / "team.wbproj"
    with Project.create(path) as project:
        import_paths(
            project, [DATA / "seed-attributed.jsonl", DATA / "seed-second-annotator.jsonl"]
        )
    installed = arabic(qapp)
    try:
        project = Project.open(path)
        window = AdjudicationWindow(project, "sara", project.document_ids()[0])
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        row = window.table.currentIndex().row()
        assert row >= 0 and window.candidates[row].gold_state == "undecided"
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.table, Qt.Key.Key_A)
        assert window.candidates[row].gold_state == "accepted"
        assert project.layer(project.document_ids()[0], GOLD) is not None
        project.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_arabic_comments_panel_keeps_the_chosen_comment(make_window, qtbot, qapp):
    installed = arabic(qapp)
    try:
        window, _ = make_window({"d1": "قال الوزير إن المحادثات ستستأنف غدا."})
        window.session.add_comment(None, "أولا")
        window.session.add_comment(None, "ثانيا")
        panel = window.comments
        panel.view.setCurrentIndex(panel.model.index(1, 0))
        window.session.add_comment(None, "ثالثا")  # the list is read again
        assert panel.current().text == "ثانيا"
        assert panel.full.text() == "ثانيا"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)

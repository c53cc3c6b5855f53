"""The agreement view compares an annotator with the suggestions when the supervisor ticks
"Compare with suggestions"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.agreement.test_agreement_with_suggestions import path  # noqa: F401 (fixture)
from tests.ui.test_supervision import cells, computed
from workbench.store.project import Project


def test_ticking_compare_with_suggestions_adds_suggest_to_the_pairs(qtbot, path, tmp_path):  # noqa: F811
    from workbench.ui.supervisor import SupervisorWindow

    with Project.open(path) as project:
        view = SupervisorWindow(project, "sara")
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        computed(qtbot, view)
        assert view.report.annotators == ("alice",)
        box = view.with_suggestions
        assert box.isEnabled() and not box.isChecked()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
        assert box.isChecked()
        computed(qtbot, view)
        assert view.report.annotators == ("alice", "suggest")
        rows = {row[0]: row[1:] for row in cells(view.tables["measures"])}
        assert rows["alice / suggest"][0] == "1"  # one document compared
        assert view.pair.findText("alice / suggest") >= 0
        view.grab().save(str(tmp_path / "agreement-with-suggestions.png"))
        view.close()


def test_the_box_is_off_in_a_project_without_suggestions(qtbot, project):
    from workbench.ui.supervisor import SupervisorWindow

    view = SupervisorWindow(project, "sara")
    qtbot.addWidget(view)
    assert not view.with_suggestions.isEnabled()

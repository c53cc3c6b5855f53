"""The agreement view as a supervisor opens it while an annotator has not finished: every pair
shows its numbers or says why it has none."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_supervision import cells, computed
from tests.workflow.conftest import import_records, seed_record, variant
from workbench.store.project import Project


def test_team_agreement_with_a_layer_begun_and_undone(make_window, qtbot, tmp_path):
    from workbench.ui.supervisor import SupervisorWindow

    record = seed_record()
    path = tmp_path / "team.wbproj"
    with Project.create(path) as project:
        import_records(project, tmp_path, variant("alice"), variant("bob", drop={"O1"}))
    window, _ = make_window({record["id"]: record["text"]}, "sara", path)
    # the supervisor labels one word and takes it back: an empty layer, not done
    start = record["text"].index("شينخوا")
    window.editor.select_range(start, start + len("شينخوا"))
    qtbot.keyClick(window.editor, "o")
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.project.layer(record["id"], "sara").spans == []
    assert window.session.project.layer_status(record["id"], "sara") != "done"

    window.actions_by_name["agreement"].trigger()
    view = window.team.windows[-1]
    assert isinstance(view, SupervisorWindow) and view.isVisible()
    computed(qtbot, view)
    matrix = cells(view.tables["matrix"])
    assert matrix[0] == ["alice", "—", "0.990", "n/a"]
    rows = {row[0]: row[1:] for row in cells(view.tables["measures"])}
    assert rows["alice / sara"] == ["0"] + ["n/a"] * 6
    assert rows["bob / sara"] == ["0"] + ["n/a"] * 6
    assert "alice / sara: no document that both annotators have marked done" in view.note.text()
    assert "bob / sara: no document" in view.note.text()
    view.pair.setCurrentIndex(view.pair.findText("alice / sara"))
    assert view.tables["disagreements"].rowCount() == 0
    # every layer, finished or not: sara marked nothing, all of alice's spans are missing
    view.status.setCurrentIndex(view.status.findData("any"))
    computed(qtbot, view)
    assert cells(view.tables["measures"])[1][:3] == ["alice / sara", "1", "0.000"]
    view.pair.setCurrentIndex(view.pair.findText("alice / sara"))
    assert view.tables["disagreements"].rowCount() == 49 + 35

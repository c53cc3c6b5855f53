"""The project file in the window: an edit is in the file itself once the window shows it (a
copy taken while the window is open carries it), and a file deleted under the window is
noticed and said before any edit is accepted."""

from __future__ import annotations

import os
import shutil

from PySide6.QtCore import Qt

from tests.conftest import SEED
from tests.ui.conftest import drag_text, press_keys
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.packages import merge, pack

LINE = "قال الرئيس محمد في القاهرة إن الاتفاق جاهز"


def test_a_package_copied_while_the_window_has_it_open_carries_the_edits(
    make_window, qtbot, tmp_path
):
    with Project.create(tmp_path / "team.wbproj") as team:
        import_paths(team, [SEED])
        pack(team, "alice", tmp_path / "alice.wbproj")
        doc_id = team.document_ids()[0]
        word = team.document(doc_id).text.split()[3]
    window, path = make_window({doc_id: ""}, "alice", tmp_path / "alice.wbproj")
    drag_text(qtbot, window, word)
    press_keys(qtbot, window, Qt.Key.Key_P)
    assert [s.label for s in window.session.layer.spans] == ["PER"]
    shutil.copyfile(path, tmp_path / "mailed.wbproj")  # the window is still open
    with Project.open(tmp_path / "team.wbproj") as team:
        (report,) = merge(team, [tmp_path / "mailed.wbproj"])
        assert (report.documents, report.spans.added) == (1, 1)


def test_a_project_file_deleted_under_the_window_is_said_and_no_edit_is_accepted(
    make_window, qtbot
):
    window, path = make_window({"d": LINE})
    os.unlink(path)
    drag_text(qtbot, window, "محمد")
    press_keys(qtbot, window, Qt.Key.Key_P)
    assert "was deleted while it was open" in window.statusBar().currentMessage()
    assert window.session.layer.spans == []  # nothing shown as done
    assert window.session.undo_stack.count() == 0
    window.grab().save(str(path.with_name("deleted.png")))
    assert not path.exists()  # the file is not brought back empty

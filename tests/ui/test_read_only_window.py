"""A project this user may not change opens in the window read-only: the title and the status
bar say so, the article can be read and selected, and a label key changes nothing in the file
and says why (instead of an error from SQLite).

Whether a file can be written is decided by ``projectfile.can_write`` (tested for real on a
read-only mount in tests/reliability/test_read_only_and_full_disk.py); here it answers "no",
since the tests may run as root, who may write any file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import drag_text, stored
from workbench.core.model import Document
from workbench.store import projectfile
from workbench.store.project import Project

TEXT = "قال الرئيس إن الأمم المتحدة ستجتمع غدا"


def test_a_read_only_project_opens_in_a_window_that_says_so(
    make_window, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "ro.wbproj"
    with Project.create(path) as project:
        project.add_document(Document("d1", TEXT))
        project.add_span("d1", "alice", "PER", 4, 10)
    before = stored(path)
    monkeypatch.setattr(projectfile, "can_write", lambda _path: False, raising=False)
    window, _ = make_window({"d1": TEXT}, path=path)
    assert "read-only" in window.windowTitle()
    assert window.session.project.read_only
    assert "read-only" in window.status_read_only.text().lower()
    window.grab().save(str(tmp_path / "read_only.png"))
    drag_text(qtbot, window, "الأمم")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_O)  # the ORG key
    qtbot.waitUntil(lambda: "read-only" in window.statusBar().currentMessage())
    assert stored(path) == before
    assert [s.label for s in window.session.layer.spans] == ["PER"]

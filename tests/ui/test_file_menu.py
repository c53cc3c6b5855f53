"""The File menu in a person's hands (issue 19 item 8): new project, open, open recent,
import and export with their options, progress and cancel, files dropped on the window, and
each project reopening where it was left."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from tests.conftest import DATA, SEED
from tests.ui.conftest import settle, use_menu
from workbench.formats.export import EXPORT_FORMATS
from workbench.formats.importer import FORMATS
from workbench.store.project import Project

TEXT = "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا."


@pytest.fixture
def closing():
    """Windows a test opened through the File menu, closed with their projects at its end."""
    windows = []
    yield windows
    for window in windows:
        window.close()
        window.session.project.close()


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def choose_file(qtbot, dialog, path) -> None:
    """Type a file name into Qt's file dialog and press Enter, as a person does (the dialog
    active, as a desktop makes a dialog that opens)."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    type_into(qtbot, name, str(path))
    qtbot.keyClick(name, Qt.Key.Key_Return)


def ok(qtbot, dialog) -> None:
    button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cancel_at_first_step(qtbot, window):
    """Press the progress dialog's Cancel once the work has reported its first step."""
    pressed = []

    def press(_done):
        if not pressed:
            dialog = window.files.progress.dialog  # the one on screen now
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
            pressed.append(True)

    window.files.stepped.connect(press)
    return pressed


def test_new_project_then_open_recent_from_the_file_menu(make_window, qtbot, tmp_path, closing):
    QSettings().remove("recent_projects")
    window, first = make_window({"d": TEXT})
    use_menu(qtbot, window, "File/New project…")
    choose_file(qtbot, window.files.dialog, tmp_path / "fresh.wbproj")
    (fresh,) = window.files.opened
    closing.append(fresh)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert fresh.session.project.path.name == "fresh.wbproj"
    assert "fresh.wbproj" in fresh.windowTitle()
    # the first project is in Open recent; opening it from there brings it back
    use_menu(qtbot, fresh, "File/Open recent/p.db")
    (again,) = fresh.files.opened
    closing.append(again)
    assert again.session.project.path == first.resolve()
    assert again.session.document.id == "d"


def test_open_a_project_from_the_file_menu(make_window, qtbot, tmp_path, closing):
    other = tmp_path / "other.wbproj"
    with Project.create(other) as project:
        from workbench.core.model import Document

        project.add_document(Document("x", TEXT))
    window, _ = make_window({"d": TEXT})
    use_menu(qtbot, window, "File/Open…")
    choose_file(qtbot, window.files.dialog, other)
    (opened,) = window.files.opened
    closing.append(opened)
    assert opened.session.project.path.name == "other.wbproj"
    assert opened.session.document.id == "x"


def test_import_with_options_from_the_file_menu(make_window, qtbot, tmp_path):
    window, path = make_window({"d": TEXT})
    use_menu(qtbot, window, "File/Import…")
    dialog = window.files.dialog
    formats = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert formats == list(FORMATS)  # every format the command line reads
    type_into(qtbot, dialog.paths, str(DATA / "multilayer.jsonl"))
    dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
    steps = []
    window.files.stepped.connect(steps.append)
    ok(qtbot, dialog)
    assert steps and steps[-1] == (DATA / "multilayer.jsonl").stat().st_size
    assert "3 documents added" in window.files.last_message.text()
    assert window.documents.model.rowCount() == 4  # the list shows them at once
    with Project.open(path) as project:
        assert len(project.document_ids()) == 4


def test_cancelling_an_import_leaves_the_project_unchanged(make_window, qtbot, tmp_path):
    window, path = make_window({"d": TEXT})
    folder = tmp_path / "texts"
    folder.mkdir()
    for i in range(5):
        (folder / f"t{i}.txt").write_text(f"عنوان {i}\n{TEXT}", encoding="utf-8")
    use_menu(qtbot, window, "File/Import…")
    dialog = window.files.dialog
    type_into(qtbot, dialog.paths, str(folder))
    pressed = cancel_at_first_step(qtbot, window)
    ok(qtbot, dialog)
    assert pressed
    assert window.files.last_message.text() == "Nothing was imported."
    with Project.open(path) as project:
        assert project.document_ids() == ["d"]


def test_cancel_stops_an_import_inside_one_large_file(make_window, qtbot, tmp_path):
    """Progress moves record by record inside one file, and Cancel stops the import there,
    not at the file's end: the project is unchanged and the file was not read to its end."""
    window, path = make_window({"d": TEXT})
    source = tmp_path / "big.jsonl"
    records = 3000
    source.write_text(
        "".join(
            json.dumps({"id": f"r{i}", "text": f"عنوان {i}\n{TEXT}"}, ensure_ascii=False) + "\n"
            for i in range(records)
        ),
        encoding="utf-8",
    )
    size = source.stat().st_size
    use_menu(qtbot, window, "File/Import…")
    dialog = window.files.dialog
    type_into(qtbot, dialog.paths, str(source))
    seen = []  # (bytes done, the dialog's bar, its label) when Cancel was pressed

    def press_inside_the_file(done):
        shown = window.files.progress.dialog  # the one on screen now
        read = re.search(r"big\.jsonl: (\d+) records? read", shown.labelText())
        if not seen and read and 0 < done < size:
            seen.append((done, shown.value(), int(read.group(1))))
            shown.grab().save(str(tmp_path / "import_progress.png"))
            qtbot.mouseClick(shown.findChild(QPushButton), Qt.MouseButton.LeftButton)

    window.files.stepped.connect(press_inside_the_file)
    ok(qtbot, dialog)
    assert seen, "no progress was reported inside the file"
    (done, bar, read), *_ = seen
    assert 0 < bar == done < size  # the dialog's bar moved inside the file
    assert 0 < read < records  # stopped after this many records, not at the file's end
    assert window.files.last_message.text() == "Nothing was imported."
    assert window.documents.model.rowCount() == 1
    with Project.open(path) as project:
        assert project.document_ids() == ["d"]


def test_export_every_format_and_cancel(make_window, qtbot, tmp_path):
    window, _ = make_window({"d": TEXT})
    window.session.add_span("PER", 4, 14)
    use_menu(qtbot, window, "File/Export…")
    dialog = window.files.dialog
    formats = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert formats == list(EXPORT_FORMATS)  # from the exporter's list, not a copy
    assert not dialog.shape.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("doccano"))
    assert dialog.shape.isEnabled()  # doccano's option
    dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
    dialog.layer.setCurrentIndex(dialog.layer.findData("alice"))
    out = tmp_path / "out.jsonl"
    type_into(qtbot, dialog.output, str(out))
    ok(qtbot, dialog)
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["annotator"] == "alice" and record["spans"][0]["text"] == "ليو جيه يي"
    # the same export cancelled at its first record writes nothing
    use_menu(qtbot, window, "File/Export…")
    dialog = window.files.dialog
    cancelled = tmp_path / "cancelled.jsonl"
    type_into(qtbot, dialog.output, str(cancelled))
    pressed = cancel_at_first_step(qtbot, window)
    ok(qtbot, dialog)
    assert pressed and not cancelled.exists()
    assert list(tmp_path.glob("cancelled*")) == []  # no temporary left either


def drop(window, paths) -> None:
    """Drag files from a file manager onto the article and let go: the drag enters, then drops."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = window.editor.viewport()
    args = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    assert QApplication.sendEvent(target, enter) and enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(50, 50), *args))


def test_dropped_files_are_offered_for_import_and_a_project_opens(
    make_window, qtbot, tmp_path, closing
):
    window, _ = make_window({"d": TEXT})
    drop(window, [SEED])
    dialog = window.files.dialog
    assert dialog.isVisible() and dialog.chosen_paths() == [SEED]
    ok(qtbot, dialog)
    assert "1 document added" in window.files.last_message.text()
    other = tmp_path / "dropped.wbproj"
    Project.create(other).close()
    drop(window, [other])
    (opened,) = window.files.opened
    closing.append(opened)
    assert opened.session.project.path.name == "dropped.wbproj"


def test_a_project_reopens_where_it_was_left(tmp_path, qtbot, closing):
    from workbench.core.model import Document
    from workbench.ui.app import window_for

    path = tmp_path / "long.wbproj"
    with Project.create(path) as project:
        for i in range(3):
            project.add_document(Document(f"d{i}", f"عنوان {i}\n" + (TEXT + "\n") * 80))
    settings = QSettings()
    window = window_for(path, settings, "alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_document("d2")
    window.actions_by_name["zoom_in"].trigger()
    zoom = window.editor.point_size()
    window.resize(780, 740)
    settle(qtbot)
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    window.show_panel("quotes")
    window.close()
    window.session.project.close()
    again = window_for(path, settings, "alice")
    closing.append(again)
    again.show()
    qtbot.waitExposed(again)
    settle(qtbot)
    assert again.session.document.id == "d2"
    assert again.editor.point_size() == zoom
    assert again.editor.verticalScrollBar().value() == scrolled
    assert (again.width(), again.height()) == (780, 740)
    assert again.quotes.isVisible()  # the panel layout came back


def test_an_empty_project_says_how_to_bring_documents_in(tmp_path, qtbot, closing):
    """A new project shows a hint where the article goes (File → Import…, or drop files), and
    Ctrl+Enter says there are no documents rather than that every one is done."""
    from tests.ui.conftest import shortcut_key
    from workbench.ui.app import window_for

    path = tmp_path / "new.wbproj"
    Project.create(path).close()
    window = window_for(path, QSettings(), "alice", remember=False)
    closing.append(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, 100)
    empty = window.editor.viewport().grab().toImage()
    ink = {empty.pixel(x, y) for x in range(0, empty.width(), 3) for y in range(0, 200, 3)}
    assert len(ink) > 2, "nothing is drawn where the article goes"
    assert "Import" in window.editor.placeholderText()
    shortcut_key(qtbot, window, "done_next")
    box = window.last_message
    assert box is not None and box.isVisible()
    assert "Every document is done" not in box.text()
    assert "Import" in box.text()
    box.close()

"""The side panels as an annotator uses them: search, zoom, span list, relations panel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import DATA
from workbench.formats.importer import import_paths
from workbench.store.project import Project


def test_document_search_ignores_harakat_tatweel_and_alef_forms(make_window, qtbot):
    window, _ = make_window({"a": "الأمم المتحدة تدعو", "b": "مُحَمَّـــد في القاهرة", "c": "نص آخر"})
    panel = window.documents

    def shown(query, status=""):
        panel.search.setText(query)
        panel.status.setCurrentIndex(panel.status.findData(status))
        panel.refresh()
        model = panel.view.model()  # what the list shows, row by row
        return [
            model.index(r, 0).data(Qt.ItemDataRole.UserRole)["id"] for r in range(model.rowCount())
        ]

    assert shown("الامم المتحده") == ["a"]
    assert shown("محمد") == ["b"]
    assert shown("القاهره") == ["b"]
    assert shown("غير موجود") == []
    window.session.set_status("done")  # document a is open: mark it done
    assert shown("", "done") == ["a"]
    assert shown("", "new") == ["b", "c"]


def test_zoom_and_span_list_navigation(make_window, qtbot):
    text = "سطر أول.\n" * 80 + "وفي النهاية قال ليو كلمته."
    window, _ = make_window({"d": text})
    editor = window.editor
    size = editor.font().pointSizeF()
    window.actions_by_name["zoom_in"].trigger()
    assert editor.font().pointSizeF() == size + 1
    window.actions_by_name["zoom_out"].trigger()
    assert editor.font().pointSizeF() == size
    start = text.index("ليو")
    editor.select_range(start, start + 3)
    qtbot.keyClick(editor, "p")
    editor.verticalScrollBar().setValue(0)
    window.session.select(None)
    index = window.spans.model.index(0, 0)
    rect = window.spans.view.visualRect(index)
    qtbot.mouseClick(window.spans.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.selected.text == "ليو"
    assert editor.verticalScrollBar().value() > 0  # scrolled down to the span
    assert editor.converter.from_utf16(editor.textCursor().position()) == start


def test_relations_panel_relabel_delete_and_undo(tmp_path, make_window, qtbot):
    path = tmp_path / "p.db"
    with Project.create(path) as proj:
        import_paths(proj, [DATA / "multilayer.jsonl"])
    window, _ = make_window({"seed": ""}, path=path)
    panel = window.relations
    labels = [r.label for r in panel.model.rows]
    assert labels == ["HAS_TITLE", "SPEAKER", "SPEAKER", "HAS_CUE", "AFFILIATION"]
    row = labels.index("AFFILIATION")
    rect = panel.view.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.selected_relation.id == "R5"
    panel.delete.click()
    stored = {r.id for r in window.session.project.layer("seed", "alice").relations}
    assert "R5" not in stored
    window.session.undo_stack.undo()
    relation = next(
        r for r in window.session.project.layer("seed", "alice").relations if r.id == "R5"
    )
    assert (relation.label, relation.head, relation.tail) == ("AFFILIATION", "T1", "T3")
    # relabel to a label the ends do not allow: refused, said, nothing changes
    window.session.select_relation(relation)
    panel.label_box.setCurrentIndex(panel.label_box.findData("HAS_TITLE"))
    panel.label_box.activated.emit(panel.label_box.currentIndex())
    assert "HAS_TITLE cannot point to a GPE span" in window.statusBar().currentMessage()
    assert window.session.project.layer("seed", "alice").relations[-1].label == "AFFILIATION"


def test_the_span_list_shows_several_rows_and_the_selected_quote(make_window, qtbot, tmp_path):
    """At the window's default size the Spans list shows several rows, and a quote clicked in
    the article is scrolled into view there."""
    from tests.ui.conftest import click_text, settle

    path = tmp_path / "seed.wbproj"
    with Project.create(path) as project:
        import_paths(project, [DATA / "seed-attributed.jsonl"])
        (doc_id,) = project.document_ids()
        text = project.document(doc_id).text
    window, _ = make_window({doc_id: text}, path=path)
    window.resize(1280, 729)  # the size it opens at on a 1366x768 screen (fit_to_screen)
    settle(qtbot)
    window.show_panel("spans")
    settle(qtbot, 100)
    view = window.spans.view
    assert view.viewport().height() >= 4 * view.rowHeight(0), view.viewport().height()
    quotes = sorted((s for s in window.session.index if s.label == "QUOTE"), key=lambda s: s.start)
    last = quotes[-1]
    window.show_panel("entities")  # the Spans list behind another tab while the quote is picked
    window.editor.show_span(last)  # scrolled to it in the article, as a reader gets there
    settle(qtbot, 100)
    click_text(qtbot, window, last.text[:12])
    assert window.session.selected is not None and window.session.selected.id == last.id
    window.show_panel("spans")
    settle(qtbot, 100)
    (row,) = [i.row() for i in view.selectionModel().selectedRows()]
    assert view.viewport().rect().intersects(view.visualRect(view.model().index(row, 0)))


def test_the_readme_names_both_zoom_in_keys_and_both_work(make_window, qtbot):
    """The View menu shows Ctrl++; the README says Ctrl++ and Ctrl+= (the same key without
    Shift), and both zoom in."""
    from PySide6.QtGui import QKeySequence

    from tests.conftest import ROOT
    from tests.ui.conftest import press_keys

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Ctrl++" in readme and "Ctrl+=" in readme
    window, _ = make_window({"d": "نص قصير."})
    shown = window.actions_by_name["zoom_in"].shortcut().toString(QKeySequence.PortableText)
    assert shown == "Ctrl++"
    size = window.editor.point_size()
    press_keys(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press_keys(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.point_size() == size + 2

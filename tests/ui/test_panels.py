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
        return [row[0] for row in panel.model.rows]

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

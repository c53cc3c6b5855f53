"""One edit in the window is one change set: every view updates from it, nothing reads the
layer again, and undo and redo put back exactly what the file held."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import drag_over as drag_offsets
from tests.ui.conftest import point_of, redo_key, step_to, stored, undo_key

TEXT = "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا. وأضاف أن التعاون ضروري."
QUOTE = "الصين تدعو إلى قطع القنوات فورا"


def drag_over(qtbot, editor, text: str) -> None:
    """Select ``text`` with the mouse."""
    start = TEXT.index(text)
    drag_offsets(qtbot, editor, start, start + len(text))


def click_on(qtbot, editor, text: str) -> None:
    pos = point_of(editor, TEXT.index(text) + 1)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def count_layer_reads(project) -> list:
    """Wrap ``project.layer`` so that each read of a whole layer is recorded."""
    reads = []
    read = project.layer

    def counted(*args, **kwargs):
        reads.append(args)
        return read(*args, **kwargs)

    project.layer = counted
    return reads


def painted_with(editor, start: int, end: int, color: str) -> bool:
    """Whether the editor shows the span's colour (as it is, or darker when selected)."""
    image = editor.viewport().grab().toImage()
    want = [QColor(color), QColor(color).darker(130)]
    (geo,) = [g for g in editor.visible_blocks() if g.start <= start < g.end]
    for rect in geo.rects(start, end):
        for x in range(int(rect.left()) + 1, int(rect.right()), 3):
            for y in range(int(rect.top()) + 1, int(rect.bottom()), 3):
                got = image.pixelColor(x, y)
                if any(_near(got, w) for w in want):
                    return True
    return False


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 12


def test_one_edit_is_one_change_set_that_every_view_applies_without_a_layer_read(
    make_window, qtbot
):
    window, path = make_window({"d": TEXT})
    editor, session = window.editor, window.session
    published = []
    session.changed.connect(published.append)
    reads = count_layer_reads(session.project)
    span_rows = window.spans.model
    resets, inserted = [], []
    span_rows.modelReset.connect(lambda: resets.append(1))
    span_rows.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    start = TEXT.index(QUOTE)
    assert not painted_with(editor, start, start + len(QUOTE), session.color_of("QUOTE"))

    drag_over(qtbot, editor, QUOTE)
    qtbot.keyClick(editor, "q")
    qtbot.wait(50)

    assert stored(path) == [(start, start + len(QUOTE), "QUOTE", QUOTE)]
    (changes,) = published  # one change set, published once
    (quote,) = changes.spans.added
    assert (quote.label, quote.text) == ("QUOTE", QUOTE)
    assert changes.status == ("new", "in_progress")
    assert reads == []  # no view read the layer again
    # the span list inserted one row, and did not start over
    assert (resets, inserted) == ([], [(0, 0)])
    assert [s.id for s in span_rows.rows] == [quote.id]
    # the quotes panel lists the quote, still without a speaker
    quotes = window.quotes.model
    assert [q.quote.id for q in quotes.rows] == [quote.id]
    assert quotes.index(0, 5).data() == "no speaker, no cue"
    # the editor paints it, and the status bar counts it
    assert painted_with(editor, start, start + len(QUOTE), session.color_of("QUOTE"))
    assert "in progress · 1 span ·" in window.status_doc.text()


def layer_in_file(path, annotator="alice"):
    """Everything the file holds for one annotator's layers, read by a second connection."""
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(
                f"SELECT t.* FROM {table} t JOIN layers l ON l.id = t.layer_id "
                "WHERE l.annotator = ? ORDER BY t.id",
                [annotator],
            ).fetchall()
            for table in ("spans", "relations", "entities")
        }
    finally:
        conn.close()


def views_match_the_file(window):
    """The views, updated only from change sets, show what a fresh read of the file holds."""
    layer = window.session.project.layer("d", "alice")
    spans = sorted(layer.spans, key=lambda s: (s.start, -s.end))
    assert [(s.id, s.label, s.entity, s.attrs) for s in window.spans.model.rows] == [
        (s.id, s.label, s.entity, s.attrs) for s in spans
    ]
    assert sorted(r.id for r in window.relations.model.rows) == sorted(
        r.id for r in layer.relations
    )
    assert window.entities.tree.topLevelItemCount() == len(layer.entities)
    assert sorted(s.id for s in window.session.index) == sorted(s.id for s in layer.spans)


def choose(qtbot, row: int = 0):
    menu = QApplication.activePopupWidget()
    assert menu is not None
    step_to(qtbot, menu, row)
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def test_undo_and_redo_of_span_link_and_entity_edits_restore_the_file_exactly(make_window, qtbot):
    window, path = make_window({"d": TEXT})
    editor, session = window.editor, window.session
    states = [layer_in_file(path)]

    def record():
        qtbot.wait(10)
        states.append(layer_in_file(path))

    drag_over(qtbot, editor, "ليو جيه يي")
    qtbot.keyClick(editor, "p")  # 1. a span
    record()
    drag_over(qtbot, editor, QUOTE)
    qtbot.keyClick(editor, "q")  # 2. another
    record()
    qtbot.keyClick(editor, "s")  # 3. SPEAKER from the selected quote to the person
    choose(qtbot)
    record()
    click_on(qtbot, editor, "ليو")
    assert session.selected.label == "PER"
    qtbot.keyClick(editor, "e")  # 4. the person becomes an entity
    choose(qtbot)
    record()
    click_on(qtbot, editor, "ليو")
    mention_type = window.spans.attr_boxes["mention_type"]
    mention_type.setFocus()  # 5. an attribute from the panel, with the keyboard
    qtbot.keyClick(mention_type, Qt.Key.Key_Down)  # — -> NAM
    record()
    click_on(qtbot, editor, QUOTE)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # 6. the quote goes, and its link with it
    record()
    assert len(states[-1]["relations"]) == 0 and len(states[-2]["relations"]) == 1
    assert all(
        a != b for a, b in zip(states[:-1], states[1:], strict=True)
    )  # each edit changed the file
    views_match_the_file(window)

    for expected in reversed(states[:-1]):
        undo_key(qtbot, window)
        qtbot.wait(10)
        assert layer_in_file(path) == expected
        views_match_the_file(window)
    assert not session.undo_stack.canUndo()
    for expected in states[1:]:
        redo_key(qtbot, window)
        qtbot.wait(10)
        assert layer_in_file(path) == expected
        views_match_the_file(window)


def test_a_refused_edit_never_reaches_the_undo_stack(make_window, qtbot):
    window, path = make_window({"d": TEXT})
    editor, session = window.editor, window.session
    drag_over(qtbot, editor, "ليو جيه يي")
    qtbot.keyClick(editor, "p")
    first = session.selected
    drag_over(qtbot, editor, "قال")
    qtbot.keyClick(editor, "c")
    assert session.undo_stack.count() == 2
    before = layer_in_file(path)
    drag_over(qtbot, editor, "ليو جيه يي")  # the same text, the same label again
    qtbot.keyClick(editor, "p")
    assert window.statusBar().currentMessage() == "This span exists already."
    assert session.selected.id == first.id  # the span already there is selected
    assert session.undo_stack.count() == 2  # nothing to undo for the refusal
    assert session.undo_stack.undoText() == "Add CUE"
    assert layer_in_file(path) == before
    undo_key(qtbot, window)  # the last real edit is what undo takes back
    assert [s[2] for s in stored(path)] == ["PER"]

"""The annotator's editor, driven as a user drives it: keys, mouse, undo, reopen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import drag_over, stored

SEED_LINE = "دعا ليو جيه يي مندوب الصين الدائم لدى الأمم المتحدة إلى قطع القنوات."
MIXED = "قال 👩\u200d👩\u200d👧 الرئيس Emmanuel Macron إنّ الأمن أولاً 🙂 شكرا."
MARKUP = 'نص <b>عريض</b> و<img src="x.png"> صورة'


def put_cursor(editor, offset: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(editor.converter.to_utf16(offset))
    editor.setTextCursor(cursor)


def test_keyboard_selection_and_label_key_store_exact_offsets(make_window, qtbot):
    window, path = make_window({"d": SEED_LINE})
    editor = window.editor
    start = SEED_LINE.index("ليو")
    put_cursor(editor, start)
    editor.setFocus()
    # in right-to-left text, Shift+Left extends the selection forwards (visually leftwards)
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert editor.selection_range() == (start, start + 3)
    qtbot.keyClick(editor, "p")
    assert stored(path) == [(start, start + 3, "PER", "ليو")]


def test_word_by_word_selection_with_ctrl_shift(make_window, qtbot):
    window, path = make_window({"d": SEED_LINE})
    editor = window.editor
    start = SEED_LINE.index("مندوب")
    put_cursor(editor, start)
    for _ in range(2):
        qtbot.keyClick(
            editor,
            Qt.Key.Key_Left,
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
        )
    qtbot.keyClick(editor, "t")
    (span,) = stored(path)
    assert span[2:] == ("TITLE", "مندوب الصين")
    assert span[:2] == (start, start + len("مندوب الصين"))


def test_mouse_selection_snaps_to_words(make_window, qtbot):
    window, path = make_window({"d": SEED_LINE})
    editor = window.editor
    word = "الأمم المتحدة"
    start = SEED_LINE.index(word)
    # drag from inside the first word to inside the second one
    drag_over(qtbot, editor, start + 2, start + len(word) - 2)
    selected = editor.selection_range()
    assert start < selected[0] < selected[1] < start + len(word)  # not whole words yet
    window.label_palette.buttons["ORG"].click()
    assert stored(path) == [(start, start + len(word), "ORG", word)]


def test_emoji_before_the_span_does_not_shift_offsets(make_window, qtbot):
    window, path = make_window({"d": MIXED})
    editor = window.editor
    word = "الرئيس"
    start = MIXED.index(word)
    assert editor.converter.to_utf16(start) == start + 3  # three astral emoji before it
    put_cursor(editor, start)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    )
    qtbot.keyClick(editor, "t")
    assert stored(path) == [(start, start + len(word), "TITLE", word)]


def test_latin_inside_arabic_and_a_span_across_the_direction_boundary(make_window, qtbot):
    window, path = make_window({"d": MIXED})
    editor = window.editor
    # the line must hold the whole sentence: where it wraps decides the picture (wrapped just
    # after "Emmanuel", the two runs touch and are one rectangle)
    window.resize(1280, 700)
    qtbot.waitUntil(lambda: window.panel_fitter.settled() and editor.viewport().width() > 600)
    qtbot.waitUntil(lambda: editor.document().firstBlock().layout().lineCount() == 1)
    name = "Emmanuel Macron"
    start = MIXED.index(name)
    editor.select_range(start + 1, start + len(name) - 1)  # a sloppy selection inside the name
    qtbot.keyClick(editor, "p")
    crossing = "الرئيس Emmanuel"
    c_start = MIXED.index(crossing)
    drag_over(qtbot, editor, c_start, c_start + len(crossing))
    window.label_palette.buttons["TITLE"].click()
    assert stored(path) == [
        (c_start, c_start + len(crossing), "TITLE", crossing),
        (start, start + len(name), "PER", name),
    ]
    # the crossing span is drawn as two rectangles: one Arabic run, one Latin run
    (geo,) = [g for g in editor.visible_blocks() if g.start <= c_start < g.end]
    rects = geo.rects(c_start, c_start + len(crossing))
    assert len(rects) == 2


def test_arabic_keyboard_layout_key_selects_the_label(make_window, qtbot):
    window, path = make_window({"d": SEED_LINE})
    editor = window.editor
    start = SEED_LINE.index("الصين")
    editor.select_range(start, start + 5)
    # on the Arabic layout the physical key "g" types "ل"
    event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "ل")
    QApplication.sendEvent(editor, event)
    assert stored(path) == [(start, start + 5, "GPE", "الصين")]


def test_markup_in_the_text_shows_literally(make_window):
    window, _ = make_window({"d": MARKUP})
    document = window.editor.document()
    assert document.toPlainText() == MARKUP
    assert document.toRawText().count("<b>") == 1
    assert not any(fmt.format.isImageFormat() for fmt in document.firstBlock().layout().formats())


def test_a_paragraph_takes_its_direction_from_its_first_letter(make_window):
    window, _ = make_window({"d": "Latin first, then العربية\nالعربية أولا ثم Latin\n2024"})
    editor = window.editor
    lines = []
    block = editor.document().firstBlock()
    while block.isValid():
        lines.append(block.layout().lineAt(0).naturalTextRect())
        block = block.next()
    width = editor.viewport().width()
    assert lines[0].left() < width * 0.2  # a Latin first letter: from the left edge
    assert lines[1].right() > width * 0.8  # an Arabic one: from the right edge
    assert lines[2].right() > width * 0.8  # no letter at all: right to left, as the article


def test_proclitic_toggle(make_window, qtbot):
    text = "وأشار مجلس الأمن للأمم المتحدة"
    window, path = make_window({"d": text})
    window.label_palette.clitic.setChecked(True)
    window.editor.select_range(0, 5)
    qtbot.keyClick(window.editor, "c")
    start = text.index("للأمم")
    window.editor.select_range(start, start + 5)
    qtbot.keyClick(window.editor, "o")
    assert stored(path) == [(1, 5, "CUE", "أشار"), (start, start + 5, "ORG", "للأمم")]
    span = window.session.selected
    assert span.attrs == {"clitics": ["ل"]}


def test_undo_redo_restore_the_stored_annotations_exactly(make_window, qtbot):
    window, path = make_window({"d": SEED_LINE})
    editor, stack = window.editor, window.session.undo_stack
    editor.select_range(SEED_LINE.index("ليو"), SEED_LINE.index("ليو") + 3)
    qtbot.keyClick(editor, "p")
    after_first = stored(path)
    editor.select_range(SEED_LINE.index("الصين"), SEED_LINE.index("الصين") + 5)
    qtbot.keyClick(editor, "g")
    after_second = stored(path)
    window.session.select(window.session.index.at(SEED_LINE.index("ليو"))[0])
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert stored(path) == [s for s in after_second if s[2] != "PER"]
    stack.undo()
    assert stored(path) == after_second
    stack.undo()
    assert stored(path) == after_first
    stack.undo()
    assert stored(path) == []
    stack.redo()
    stack.redo()
    assert stored(path) == after_second
    ids = {s.id for s in window.session.index}
    assert ids == {"s1", "s2"}  # redo brings back the same ids


def test_relabel_and_attributes_from_the_span_panel(make_window, qtbot):
    window, path = make_window({"d": SEED_LINE})
    editor = window.editor
    start = SEED_LINE.index("إلى")
    editor.select_range(start, len(SEED_LINE) - 1)
    qtbot.keyClick(editor, "q")
    panel = window.spans
    kind = panel.attr_boxes["kind"]
    kind.setCurrentIndex(kind.findData("indirect"))
    kind.activated.emit(kind.currentIndex())
    assert window.session.project.layer("d", "alice").spans[0].attrs == {"kind": "indirect"}
    window.session.undo_stack.undo()
    assert window.session.project.layer("d", "alice").spans[0].attrs == {}


def test_closing_and_reopening_shows_the_same_spans(make_window, qtbot):
    window, path = make_window({"d": SEED_LINE})
    window.editor.select_range(SEED_LINE.index("ليو"), SEED_LINE.index("ليو") + 3)
    qtbot.keyClick(window.editor, "p")
    before = stored(path)
    window.close()
    again, _ = make_window({"d": SEED_LINE}, path=path)
    assert [(s.start, s.end, s.label, s.text) for s in again.session.index] == before
    assert [(s.label, s.text) for s in again.spans.model.rows] == [("PER", "ليو")]


def test_click_selects_the_innermost_span_then_the_outer(make_window, qtbot):
    window, _ = make_window({"d": SEED_LINE})
    editor, session = window.editor, window.session
    title = "مندوب الصين الدائم لدى الأمم المتحدة"
    t_start = SEED_LINE.index(title)
    editor.select_range(t_start, t_start + len(title))
    qtbot.keyClick(editor, "t")
    g_start = SEED_LINE.index("الصين")
    editor.select_range(g_start, g_start + 5)
    qtbot.keyClick(editor, "g")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.converter.to_utf16(g_start + 2))
    point = editor.cursorRect(cursor).center()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert session.selected is None
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert session.selected.label == "GPE"
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert session.selected.label == "TITLE"


def test_done_and_next(make_window, qtbot):
    window, _ = make_window({"a": SEED_LINE, "b": MIXED, "c": MARKUP})
    window.actions_by_name["done_next"].trigger()
    assert window.session.document.id == "b"
    assert window.session.project.layer("a", "alice").status == "done"
    assert window.status_doc.text() == "Document 2 of 3 · new · 0 spans · 1 of 3 documents done"
    window.actions_by_name["next"].trigger()
    assert window.session.document.id == "c"
    window.actions_by_name["next"].trigger()
    assert window.session.document.id == "b"  # a is done: skipped

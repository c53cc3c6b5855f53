"""The mouse and the arrow keys in wrapped right-to-left text with Latin names and digits in it
(issue 14 items 2 and 3): a drag from a word's first letter to its last selects that word, a
click puts the caret where it was clicked, and the arrows never jump over text.

Points on screen come from the text layout's glyph runs (what is painted), not from Qt's
caret places: at a direction boundary a caret place is drawn at the far end of the Latin run.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from workbench.ui.hit_test import by_utf16_unit

# wraps into several lines in the window; Latin names, digits and Arabic punctuation inside
MIXED = (
    "قال الرئيس Emmanuel Macron في باريس إن «الأمم المتحدة» ستعقد اجتماعا، وذكرت BBC أن "
    "رمز؛ الاتفاق 2024 سيبقى. وأضاف وزير الخارجية أن المحادثات في جنيف ستستمر حتى نهاية "
    "الأسبوع المقبل، وأن الوفود تنتظر ردا رسميا من القاهرة."
)


def letter_boxes(editor) -> dict[int, tuple[float, float, float, bool]]:
    """Each letter drawn in the first block: code point offset -> (left, right, y, rtl) in
    viewport coordinates, from the glyph runs Qt draws (one letter at a time). Letters that
    share one glyph with the next (lam-alef) are left out: where one ends is a guess."""
    block = editor.document().firstBlock()
    layout = block.layout()
    offset = editor.contentOffset()
    top = editor.blockBoundingGeometry(block).translated(offset).top()
    text = by_utf16_unit(block.text())  # Qt counts UTF-16 units
    out = {}
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        y = top + line.y() + line.height() / 2
        for pos in range(line.textStart(), line.textStart() + line.textLength()):
            runs = [r for r in layout.glyphRuns(pos, 1) if r.boundingRect().width() > 0]
            if not runs or text[pos].isspace():
                continue
            following = [r for r in layout.glyphRuns(pos + 1, 1) if r.boundingRect().width() > 0]
            if pos + 1 < len(text) and not following and not text[pos + 1].isspace():
                continue  # a ligature with the next letter
            left = min(r.boundingRect().left() for r in runs) + offset.x()
            right = max(r.boundingRect().right() for r in runs) + offset.x()
            out[editor.converter.from_utf16(pos)] = (left, right, y, runs[0].isRightToLeft())
    return out


def inside(box, fraction: float) -> QPoint:
    """A point ``fraction`` of the way into a letter from the side it starts on (its right side
    when it runs right to left)."""
    left, right, y, rtl = box
    x = right - (right - left) * fraction if rtl else left + (right - left) * fraction
    return QPoint(round(x), round(y))


def drag_letters(qtbot, editor, boxes, first: int, last: int) -> None:
    """Press on the middle of one letter, move to the middle of another, release."""
    viewport = editor.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=inside(boxes[first], 0.5))
    qtbot.mouseMove(viewport, inside(boxes[last], 0.5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=inside(boxes[last], 0.5))


def wrapped_window(make_window, qtbot, text=MIXED):
    window, path = make_window({"d": text})
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.editor.document().firstBlock().layout().lineCount() >= 3)
    return window, path


def test_dragging_over_a_word_selects_exactly_that_word(make_window, qtbot, tmp_path):
    window, _ = wrapped_window(make_window, qtbot)
    editor = window.editor
    window.label_palette.snap.setChecked(False)
    boxes = letter_boxes(editor)
    got = {}
    for word in ("باريس", "BBC", "Macron", "الأمم", "2024", "Emmanuel Macron", "الرئيس Emmanuel"):
        start = MIXED.index(word)
        drag_letters(qtbot, editor, boxes, start, start + len(word) - 1)
        got[word] = editor.selection_range()
        assert got[word] == (start, start + len(word)), word
        # and from the last letter back to the first: the same letters
        drag_letters(qtbot, editor, boxes, start + len(word) - 1, start)
        assert editor.selection_range() == (start, start + len(word)), word
    # with snapping off, the label goes on exactly the dragged letters
    start = MIXED.index("باريس")
    drag_letters(qtbot, editor, boxes, start, start + 4)
    qtbot.keyClick(editor, "g")
    assert (window.session.selected.start, window.session.selected.end) == (start, start + 5)
    editor.viewport().grab().save(str(tmp_path / "drag.png"))


def test_a_click_puts_the_caret_where_it_was_clicked_on_every_wrapped_line(make_window, qtbot):
    window, _ = wrapped_window(make_window, qtbot)
    editor = window.editor
    boxes = letter_boxes(editor)
    lines = {round(box[2]) for box in boxes.values()}
    assert len(lines) >= 3
    wrong = []
    for offset, box in boxes.items():
        for fraction, caret in ((0.25, offset), (0.75, offset + 1)):
            qtbot.mouseClick(
                editor.viewport(), Qt.MouseButton.LeftButton, pos=inside(box, fraction)
            )
            got = editor.converter.from_utf16(editor.textCursor().position())
            if got != caret:
                wrong.append((offset, MIXED[offset], fraction, got))
    assert wrong == [], f"{len(wrong)} of {2 * len(boxes)} clicks landed elsewhere: {wrong[:6]}"


def test_a_click_on_a_span_on_a_wrapped_line_selects_that_span(make_window, qtbot):
    window, _ = wrapped_window(make_window, qtbot)
    editor, session = window.editor, window.session
    for word, key in (("جنيف", "g"), ("القاهرة", "g"), ("Macron", "p")):
        start = MIXED.index(word)
        editor.select_range(start, start + len(word))
        qtbot.keyClick(editor, key)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    boxes = letter_boxes(editor)
    for word in ("جنيف", "القاهرة", "Macron"):
        start = MIXED.index(word)
        for offset in (start, start + len(word) - 1):  # its first and its last letter
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
            qtbot.mouseClick(
                editor.viewport(), Qt.MouseButton.LeftButton, pos=inside(boxes[offset], 0.9)
            )
            assert session.selected is not None and session.selected.text == word, word


def caret_x(editor) -> float:
    return editor.cursorRect().center().x()


def test_arrow_keys_move_the_caret_across_a_latin_name_without_jumping(make_window, qtbot):
    """Movement is visual: Left moves the caret one letter to the left on screen, also inside
    and across "Emmanuel Macron"; it passes every letter of the name once."""
    window, _ = wrapped_window(make_window, qtbot)
    editor = window.editor
    boxes = letter_boxes(editor)
    widest = max(right - left for left, right, _, _ in boxes.values())
    start = MIXED.index("الرئيس")
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=inside(boxes[start], 0.1))
    assert editor.converter.from_utf16(editor.textCursor().position()) == start
    passed = set()
    y = editor.cursorRect().center().y()
    for _ in range(len("الرئيس Emmanuel Macron في")):
        before = caret_x(editor)
        qtbot.keyClick(editor, Qt.Key.Key_Left)
        after = caret_x(editor)
        assert editor.cursorRect().center().y() == y  # still on the same line
        assert 0 <= before - after <= widest + 1, (before, after)  # one letter to the left
        # the letters between the two caret places are the ones it passed
        passed |= {
            o
            for o, (left, right, _, _) in boxes.items()
            if after - 1 <= left and right <= before + 1
        }
    name = MIXED.index("Emmanuel Macron")
    assert set(range(name, name + len("Emmanuel Macron"))) - {name + 8} <= passed
    # and back with Right: the same places in the other order
    for _ in range(len("الرئيس Emmanuel Macron في")):
        before = caret_x(editor)
        qtbot.keyClick(editor, Qt.Key.Key_Right)
        assert 0 <= caret_x(editor) - before <= widest + 1
    assert editor.converter.from_utf16(editor.textCursor().position()) == start


def test_the_wrapped_view_renders_the_selection_where_the_mouse_went(make_window, qtbot, tmp_path):
    """The picture: a drag over "BBC" inside Arabic shows the selection colour on BBC."""
    window, _ = wrapped_window(make_window, qtbot)
    editor = window.editor
    boxes = letter_boxes(editor)
    start = MIXED.index("BBC")
    drag_letters(qtbot, editor, boxes, start, start + 2)
    image: QImage = editor.viewport().grab().toImage()
    image.save(str(tmp_path / "bbc.png"))
    left, right, y, _ = boxes[start]
    end_right = boxes[start + 2][1]
    highlight = editor.palette().highlight().color().rgb()
    row = [image.pixel(x, round(y)) for x in range(round(left) + 1, round(end_right) - 1)]
    assert row.count(highlight) > 0.5 * len(row)
    outside = [image.pixel(x, round(y)) for x in range(round(end_right) + 8, round(end_right) + 30)]
    assert highlight not in outside

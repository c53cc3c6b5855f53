"""Smaller things of the article view in right-to-left text (issue 14 item 9): the wrapped
article never scrolls sideways, and Arabic cells of the Spans table are laid out right to left
in the English interface."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.ui.conftest import point_of

# a sequence of 40 emoji joined by ZWJ is one grapheme: Qt cannot break it, so it is wider
# than the article, which made a horizontal scroll range that shifted every line sideways
UNBREAKABLE = "قال " + "\u200d".join(["👩"] * 40) + " شكرا. " + "كلمة " * 50


def test_the_wrapped_article_never_scrolls_sideways(make_window, qtbot, tmp_path):
    window, _ = make_window({"d": UNBREAKABLE})
    window.resize(1000, 600)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.viewport().width() > 300)
    bar = editor.horizontalScrollBar()
    assert not bar.isVisible()
    assert bar.maximum() == 0
    editor.viewport().grab().save(str(tmp_path / "unbreakable.png"))
    # every Arabic word is on screen, and the first one at the right edge, where it starts
    width = editor.viewport().width()
    for offset in (0, UNBREAKABLE.index("شكرا"), len(UNBREAKABLE) - 3):
        assert 0 < point_of(editor, offset).x() < width
    assert point_of(editor, 0).x() > width - 60


def test_arabic_cells_of_the_spans_table_read_right_to_left_in_english(make_window, qtbot):
    """The cell's direction comes from its text (the table delegate of the window): a long
    Arabic span cut short keeps its first words and shows the "…" on its left."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from tests.ui.test_bidi_display import ink_height

    quote = "الأمين العام للأمم المتحدة يدعو إلى وقف فوري لإطلاق النار في كل المناطق المتنازع عليها"
    window, _ = make_window({"d": "قال " + quote + " أمس"})
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight  # English
    window.editor.select_range(4, 4 + len(quote))
    qtbot.keyClick(window.editor, "q")
    view = window.spans.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    column = next(
        c
        for c in range(view.model().columnCount())
        if "الأمين العام" in (view.model().index(0, c).data() or "")
    )
    index = view.model().index(0, column)
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.RightToLeft
    view.clearSelection()
    view.setColumnWidth(column, 160)
    rect = view.visualRect(index)
    cell = view.viewport().grab(rect.adjusted(2, 2, -2, -2)).toImage()
    inked = [
        x
        for x in range(cell.width())
        if any(QColor(cell.pixel(x, y)).lightness() < 110 for y in range(cell.height()))
    ]
    assert inked
    left, right = inked[0], inked[-1]
    assert ink_height(cell, range(left, left + 3)) <= 4  # the low dots of "…" at the left
    assert ink_height(cell, range(right - 3, right + 1)) > 6  # ا of الأمين at the right

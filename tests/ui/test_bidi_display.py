"""Arabic inside an English interface, as a person sees it (issue 19 item 15): a long Arabic
title cut short keeps its start, emoji are drawn, Arabic examples in English lines keep their
order."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

TITLE = "الأمين العام للأمم المتحدة يدعو إلى وقف فوري لإطلاق النار في كل المناطق المتنازع عليها"


def ink_height(image: QImage, columns: range) -> int:
    """How many rows hold dark pixels within some columns of an image."""
    rows = set()
    for x in columns:
        for y in range(image.height()):
            if QColor(image.pixel(x, y)).lightness() < 110:
                rows.add(y)
    return len(rows)


def ink_columns(image: QImage) -> list[int]:
    return [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 110 for y in range(image.height()))
    ]


def test_a_long_arabic_title_is_cut_at_its_end_in_an_english_interface(make_window, qtbot):
    window, _ = make_window({"d": TITLE + "\nنص المقال."})
    view = window.documents.view
    window.documents.refresh()
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    view.clearSelection()  # the text in its own colour, not the selection's
    rect = view.visualRect(view.model().index(0, 0))
    cell = view.viewport().grab(rect.adjusted(2, 2, -2, -2)).toImage()
    inked = ink_columns(cell)
    assert inked
    left, right = inked[0], inked[-1]
    # the "…" (three low dots) is at the left, where an Arabic line ends; the title's first
    # letters (ا, ل: tall) are at the right, where it starts
    assert ink_height(cell, range(left, left + 3)) <= 4
    assert ink_height(cell, range(right - 3, right + 1)) > 6


def test_emoji_are_drawn_in_colour_not_as_boxes(make_window, qtbot):
    window, _ = make_window({"d": "قال 😀 ليو"})
    image = window.editor.viewport().grab().toImage()
    colourful = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).saturation() > 150 and QColor(image.pixel(x, y)).red() > 200
    )
    assert colourful > 10  # the yellow face, not an outlined box


def test_arabic_examples_in_an_english_guideline_line_are_isolated(make_window):
    window, _ = make_window({"d": "نص"})
    text = window.guidelines.toPlainText()
    assert "\u2068«شينخوا»\u2069" in text or "\u2068«ليو جيه يي»\u2069" in text

"""The article's letters stay readable over every label's highlight in the light and the
dark theme (WCAG contrast ratio of at least 4.5, measured on the drawn pixels), and an
empty search box's hint shows in both."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QPalette

from tests.ui.conftest import settle
from workbench.ui.contrast import contrast

WORDS = ["الأمم", "المتحدة", "مبعوث", "صيني", "الصين", "القنوات", "فورا", "الهدوء", "بيان"]
TEXT = " ".join(WORDS) + "."


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    from workbench.ui.preferences import apply_theme

    style, palette = qapp.style().name(), qapp.palette()
    apply_theme(qapp, request.param)
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(palette)


def drawn_fill(image, rect) -> QColor:
    """The colour most of a highlight's pixels have (the letters on it are fewer)."""
    box = rect.toAlignedRect().adjusted(1, 1, -1, -1)
    counts = Counter(
        image.pixel(x, y)
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def test_text_is_readable_over_every_label_colour(theme, make_window, qtbot):
    window, _ = make_window({"d": TEXT})
    editor = window.editor
    keys = {}
    for char, label in editor.key_labels.items():
        keys.setdefault(label, char)
    labels = list(window.session.project.schema.labels)
    assert len(labels) <= len(WORDS)
    placed = {}
    for word, label in zip(WORDS, labels, strict=False):
        start = TEXT.index(word)
        editor.select_range(start, start + len(word))
        qtbot.keyClick(editor, keys[label])
        placed[label] = (start, start + len(word))
    window.session.select(None)
    settle(qtbot, 100)
    image = editor.viewport().grab().toImage()
    text = editor.palette().color(QPalette.ColorRole.Text)
    (geo,) = list(editor.visible_blocks())
    ratios = {}
    for label, (start, end) in placed.items():
        (rect,) = geo.rects(start, end)
        ratios[label] = round(contrast(drawn_fill(image, rect), text), 2)
    assert all(r >= 4.5 for r in ratios.values()), (theme, ratios)


def test_the_search_boxs_hint_shows_in_both_themes(theme, make_window):
    window, _ = make_window({"d": TEXT})
    search = window.documents.search
    assert search.text() == "" and search.placeholderText()
    palette = search.palette()
    hint = palette.color(QPalette.ColorRole.PlaceholderText)
    ratio = contrast(hint, palette.color(QPalette.ColorRole.Base))
    assert ratio >= 4.5, (theme, hint.name(), ratio)

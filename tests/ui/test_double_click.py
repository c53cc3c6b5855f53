"""Double-clicking a word in the article selects the word, never the Arabic or CJK punctuation
around it (issue 14 item 1): Qt's own word selection only knows ASCII punctuation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.core.test_text import MIXED
from tests.ui.conftest import point_of, press_keys, stored


@pytest.mark.parametrize("snap", [True, False], ids=["snapping", "not-snapping"])
def test_double_click_then_label_key_leaves_the_punctuation_out(make_window, qtbot, snap):
    window, path = make_window({"d": MIXED})
    window.label_palette.snap.setChecked(snap)
    editor = window.editor
    expected = []
    for word, key, label in [
        ("الأمم", "o", "ORG"),  # «الأمم
        ("بالفيروس", "c", None),  # «بالفيروس»
        ("القاهرة", "g", "GPE"),  # القاهرة،
        ("رمز", "l", "LOC"),  # رمز؛
    ]:
        start = MIXED.index(word, 65)
        end = start + len(word)
        middle = point_of(editor, start + len(word) // 2)
        qtbot.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=middle)
        assert editor.selection_range() == (start, end), word
        if label is not None:
            press_keys(qtbot, window, key)
            expected.append((start, end, label, word))
    assert editor.selection_range() != (70, 76)
    assert sorted(stored(path)) == sorted(expected)
    assert expected[0][:2] == (71, 76)  # the issue's «الأمم: (71, 76), not (70, 76)

"""Each paragraph in its own direction (issue 14 item 7): an English paragraph holding Arabic
quotes reads left to right, with its full stop at its right end, while the Arabic paragraphs
around it stay right to left; View → Paragraph direction overrides it for the document."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tests.ui.conftest import point_of, use_menu

ENGLISH = "The minister said on Monday (in «الأمم المتحدة») that the talks «ستستمر» all week."
TEXT = (
    "قال الوزير إن المحادثات ستستمر.\n"
    + ENGLISH
    + "\n2024 – 2025\nEmmanuel Macron قال إن الأمن أولا."
)


def x_of(window, text: str, occurrence: int = 0) -> int:
    """Where the middle of a piece of the text's first character is on screen."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return point_of(window.editor, start).x()


def test_an_english_paragraph_with_arabic_quotes_reads_left_to_right(make_window, qtbot, tmp_path):
    window, _ = make_window({"d": TEXT})
    window.resize(1400, 600)
    qtbot.waitUntil(lambda: window.editor.viewport().width() > 900)
    try:
        english = TEXT.index(ENGLISH)
        # "The" at the left, the full stop at the right end, the words in reading order
        xs = [x_of(window, w) for w in ("The", "minister", "Monday", "that", "all week")]
        assert xs == sorted(xs), xs
        assert point_of(window.editor, english + len(ENGLISH) - 1).x() > xs[-1]
        # the Arabic quote inside keeps its own order: الأمم right of المتحدة
        assert x_of(window, "الأمم") > x_of(window, "المتحدة")
        # the Arabic paragraph before it: right to left; the number-only one too (no letter)
        assert x_of(window, "قال") > x_of(window, "الوزير") > x_of(window, "المحادثات")
        assert x_of(window, "2024") > window.editor.viewport().width() / 2
        # a paragraph that starts with a Latin name reads left to right
        assert x_of(window, "Emmanuel") < x_of(window, "قال", 1)
        window.editor.viewport().grab().save(str(tmp_path / "auto.png"))

        # the whole document right to left, from the View menu: the English sentence's full
        # stop goes to its left end, and the choice is remembered for this text
        use_menu(qtbot, window, "View/Paragraph direction/Right to left")
        assert window.editor.paragraph_direction() == "rtl"
        assert point_of(window.editor, english + len(ENGLISH) - 1).x() < x_of(window, "The")
        assert x_of(window, "Emmanuel") > x_of(window, "قال", 1)
        window.editor.viewport().grab().save(str(tmp_path / "rtl.png"))
        window.open_document("d")
        assert window.editor.paragraph_direction() == "rtl"

        use_menu(qtbot, window, "View/Paragraph direction/Left to right")
        assert x_of(window, "قال") < x_of(window, "2024") or x_of(window, "2024") < 200
        assert x_of(window, "قال") < window.editor.viewport().width() / 2
    finally:
        window.editor.set_paragraph_direction("auto")
    key = window.editor._direction_key(window.session.document)
    assert QSettings().value(key) is None


def test_a_click_in_an_english_paragraph_selects_its_span(make_window, qtbot):
    """The mouse follows the new layout: the span under the pointer is the one clicked."""
    window, _ = make_window({"d": TEXT})
    start = TEXT.index("Monday")
    window.editor.select_range(start, start + len("Monday"))
    qtbot.keyClick(window.editor, "p")
    qtbot.keyClick(window.editor, "\x1b")
    window.session.select(None)
    from PySide6.QtCore import Qt

    qtbot.mouseClick(
        window.editor.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window.editor, start + 1)
    )
    assert window.session.selected is not None and window.session.selected.text == "Monday"


def test_tags_and_arcs_follow_an_english_paragraph(make_window, qtbot, tmp_path):
    from PySide6.QtGui import QFontMetricsF

    from tests.ui.test_rtl_arcs import check_names

    long_english = ENGLISH + " " + ENGLISH.replace("Monday", "Tuesday")
    window, _ = make_window({"d": long_english})
    window.resize(900, 600)
    editor, session = window.editor, window.session
    spans = {}
    for text, key in (("minister", "p"), ("الأمم المتحدة", "o"), ("ستستمر", "q"), ("said", "c")):
        start = long_english.index(text)
        editor.select_range(start, start + len(text))
        qtbot.keyClick(editor, key)
        spans[text] = session.selected
    quote2 = long_english.index("ستستمر", long_english.index("Tuesday"))
    editor.select_range(quote2, quote2 + len("ستستمر"))
    qtbot.keyClick(editor, "q")
    assert session.add_relation("SPEAKER", spans["ستستمر"], spans["minister"])
    assert session.add_relation("HAS_CUE", spans["ستستمر"], spans["said"])
    assert session.add_relation("SPEAKER", session.selected, spans["minister"])
    session.select(None)
    (geo,) = list(editor.visible_blocks())
    assert not geo.rtl and geo.layout.lineCount() >= 2
    assert check_names(window) == 3
    # the tag of "minister" hangs from its left edge, rightwards, under the word
    start = long_english.index("minister")
    (word,) = geo.rects(start, start + len("minister"))
    tags = editor.tag_boxes([geo], QFontMetricsF(editor._tag_font))
    (tag,) = [rect for rect, span in tags if span.start == start]
    assert abs(tag.left() - word.left()) < 2 and tag.top() >= word.bottom()
    # the arc to the quote on the next line runs to the right end of the first line, where
    # an English line goes on
    first = geo.layout.lineAt(0)
    arcs = editor.arc_layout(list(editor.visible_blocks()), QFontMetricsF(editor._tag_font), [])
    ends = [max(p.x1 for p in arc.pieces) for arc in arcs if len(arc.pieces) == 2]
    assert ends and all(abs(x - (geo.left + first.x() + first.width())) < 2 for x in ends)
    editor.viewport().grab().save(str(tmp_path / "english.png"))

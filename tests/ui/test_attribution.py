"""Quote attribution in the window, from the keyboard: the seed article's hard cases."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import SEED
from tests.ui.conftest import step_to

TEXT = SEED.read_text(encoding="utf-8")


def relations(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT r.label, h.text, t.text FROM relations r "
            "JOIN spans h ON h.layer_id = r.layer_id AND h.id = r.head "
            "JOIN spans t ON t.layer_id = r.layer_id AND t.id = r.tail ORDER BY r.rowid"
        ).fetchall()
    finally:
        conn.close()


def label(window, qtbot, text: str, key: str, occurrence: int = 0, after: int = 0):
    start = TEXT.index(text, after)
    for _ in range(occurrence):
        start = TEXT.index(text, start + 1)
    window.editor.select_range(start, start + len(text))
    qtbot.keyClick(window.editor, key)
    return window.session.selected


def choose(qtbot, menu, row: int = 0):
    """Pick the menu's row-th entry with the keyboard, as an annotator would."""
    assert menu is not None and menu.isVisible()
    step_to(qtbot, menu, row)
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def press(window, qtbot, key: str):
    qtbot.keyClick(window.editor, key)
    return QApplication.activePopupWidget() or getattr(window, "_menu", None)


def test_implicit_subject_and_organization_speaker_from_the_keyboard(make_window, qtbot):
    window, path = make_window({"seed": TEXT})
    session = window.session
    stephen = label(window, qtbot, "ستيفن كراون", "p")
    # "وتابع بقوله إن ...": the subject is implicit; the quote links to the nearest mention
    implicit = label(window, qtbot, "الحقيقة المؤسفة الأخرى تكمن في أنه لا يوجد تعريف مقبول", "q")
    cue = label(window, qtbot, "وتابع بقوله", "c")
    council = label(window, qtbot, "مجلس الأمن", "o", after=TEXT.index("وفي بيان رئاسي"))
    need = label(window, qtbot, "الحاجة الملحة إلى فهم الكيفية", "q")
    pointed = label(window, qtbot, "أشار", "c", after=TEXT.index("وفي بيان رئاسي"))

    session.select(implicit)
    menu = press(window, qtbot, "s")
    # nearest first: the council two sentences on, then the last person named before
    assert [a.text().split("  ")[1].strip("\u2068\u2069") for a in menu.actions()] == [
        "مجلس الأمن",
        "ستيفن كراون",
    ]
    choose(qtbot, menu, row=1)
    session.select(implicit)
    choose(qtbot, press(window, qtbot, "v"))  # HAS_CUE: the nearest CUE is وتابع بقوله

    session.select(need)  # "أشار مجلس الأمن إلى الحاجة ...": an organization speaks
    menu = press(window, qtbot, "s")
    assert menu.actions()[0].text().startswith("ORG  \u2068مجلس الأمن\u2069")
    choose(qtbot, menu)
    session.select(need)
    choose(qtbot, press(window, qtbot, "v"))

    session.select(stephen)  # the speaker becomes an entity, from the keyboard too
    choose(qtbot, press(window, qtbot, "e"))

    assert relations(path) == [
        ("SPEAKER", implicit.text, stephen.text),
        ("HAS_CUE", implicit.text, cue.text),
        ("SPEAKER", need.text, council.text),
        ("HAS_CUE", need.text, pointed.text),
    ]
    layer = session.project.layer("seed", "alice")
    assert [(e.label, e.name) for e in layer.entities] == [("PER", "ستيفن كراون")]
    quotes = {
        q.quote.text: (q.speaker_name, q.organizations, [w.text for w in q.warnings])
        for q in window.quotes.model.rows
    }
    assert quotes[implicit.text] == ("ستيفن كراون", [], [])
    assert quotes[need.text] == ("مجلس الأمن", ["مجلس الأمن"], ["speaker mention has no entity"])
    # and undo takes the links back one by one, in the file too
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert len(relations(path)) == 3
    assert session.project.layer("seed", "alice").entities == []


def test_refused_links_are_explained_in_the_status_bar(make_window, qtbot):
    window, path = make_window({"seed": TEXT})
    cue = label(window, qtbot, "دعا", "c")
    person = label(window, qtbot, "مبعوث صيني", "p")
    window.link_dragged(cue, person)
    assert window.statusBar().currentMessage() == "The schema has no relation from CUE to PER"
    window.session.select(person)
    press(window, qtbot, "s")
    assert window.statusBar().currentMessage() == "SPEAKER starts at QUOTE, not at PER"
    quote = label(window, qtbot, "مكافحة الإرهاب", "q")
    window.session.add_relation("SPEAKER", quote, person)
    window.session.add_relation("SPEAKER", quote, person)
    assert "exists already" in window.statusBar().currentMessage()
    assert relations(path) == [("SPEAKER", "مكافحة الإرهاب", "مبعوث صيني")]


def test_ctrl_drag_links_two_spans_and_the_arc_follows_a_resize(make_window, qtbot):
    window, path = make_window({"seed": TEXT})
    editor = window.editor
    person = label(window, qtbot, "ليو جيه يي", "p")
    title = label(window, qtbot, "مندوب الصين الدائم", "t")
    blocks = list(editor.visible_blocks())
    a, b = editor.span_anchor(title, blocks), editor.span_anchor(person, blocks)
    viewport = editor.viewport()
    qtbot.mousePress(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=(b + b.__class__(0, 5)).toPoint(),
    )
    qtbot.mouseMove(viewport, (a + a.__class__(0, 5)).toPoint())
    qtbot.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=(a + a.__class__(0, 5)).toPoint(),
    )
    assert relations(path) == [("HAS_TITLE", person.text, title.text)]
    window.resize(900, 700)
    qtbot.wait(20)
    blocks = list(editor.visible_blocks())
    head = editor.span_anchor(person, blocks)
    (geo,) = [g for g in blocks if g.start <= person.start < g.end]
    first = geo.rects(person.start, person.end)[0]
    assert abs(head.x() - first.center().x()) < 1 and abs(head.y() - first.top()) < 1
    image = viewport.grab().toImage()
    color = window.session.project.schema.relations["HAS_TITLE"].color
    near = [
        image.pixelColor(int(head.x()) + dx, int(head.y()) - dy)
        for dx in range(-12, 13)
        for dy in range(0, 12)
    ]
    assert any(c.name() == color or _close(c, color) for c in near)


def _close(qcolor, hex_color: str) -> bool:
    from PySide6.QtGui import QColor

    want = QColor(hex_color)
    return (
        abs(qcolor.red() - want.red())
        + abs(qcolor.green() - want.green())
        + abs(qcolor.blue() - want.blue())
    ) < 60


def test_a_relation_with_one_end_off_screen_points_towards_it(make_window, qtbot):
    far = "كلام.\n" * 120
    text = "قال ليو إن الأمن مهم.\n" + far + "وأضاف أن التعاون ضروري."
    window, _ = make_window({"d": text})
    editor = window.editor
    person = label_in(window, qtbot, text, "ليو", "p")
    quote = label_in(window, qtbot, text, "التعاون ضروري", "q")
    assert window.session.add_relation("SPEAKER", quote, person)
    editor.verticalScrollBar().setValue(0)
    qtbot.wait(10)
    blocks = list(editor.visible_blocks())
    assert editor.span_anchor(quote, blocks) is None  # the quote is far below
    anchor = editor.span_anchor(person, blocks)
    image = editor.viewport().grab().toImage()
    color = window.session.project.schema.relations["SPEAKER"].color
    # the arc runs along the lane above the line to the line's end (its left edge, right to
    # left), then down the margin beside the text to the bottom edge, crossing no letters
    line = blocks[0].layout.lineAt(0)
    edge = int(blocks[0].left + line.x())
    rows = range(int(anchor.y()) + 30, image.height() - 5, 7)
    tinted = [  # antialiased: the line's colour, lighter
        y
        for y in rows
        if any(_tinted(image.pixelColor(edge + dx, y), color) for dx in range(-3, 4))
    ]
    assert len(tinted) == len(rows)


def _tinted(qcolor, hex_color: str) -> bool:
    """A pixel of a thin line of that colour: redder than grey by the colour's own margin."""
    from PySide6.QtGui import QColor

    want = QColor(hex_color)
    return qcolor.lightness() < 240 and (qcolor.red() - qcolor.green() > 0) == (
        want.red() - want.green() > 0
    )


def label_in(window, qtbot, text, part, key):
    start = text.index(part)
    window.editor.select_range(start, start + len(part))
    qtbot.keyClick(window.editor, key)
    return window.session.selected

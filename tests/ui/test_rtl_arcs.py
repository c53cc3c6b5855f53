"""Relation arcs and label tags never cover letters (issue 14 item 8): the names of relations
sit where no glyph, tag or other name is, inside the viewport, on the attributed seed article
and on a dense passage; arcs run in the lanes between lines; a number's tag hangs under it.

Checked by geometry (name rectangles against the glyph runs' rectangles and the tag
rectangles of the layout) and by the rendered picture (no relation colour on letters)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF

from tests.conftest import DATA
from workbench.formats.importer import import_paths
from workbench.store.project import Project

SEED_ID = "000_5e26ac53a9f599b3"


def seed_window(make_window, tmp_path):
    path = tmp_path / "seed.wbproj"
    with Project.create(path) as project:
        import_paths(project, [DATA / "seed-attributed.jsonl"])
        text = project.document(SEED_ID).text
    window, _ = make_window({SEED_ID: text}, path=path)
    window.resize(1280, 820)
    return window


def layout_of(window):
    """What the view painted: (letter rectangles, tag rectangles, routed arcs)."""
    editor = window.editor
    blocks = list(editor.visible_blocks())
    metrics = QFontMetricsF(editor._tag_font)
    tags = [rect for rect, _ in editor.tag_boxes(blocks, metrics)]
    letters = [rect for geo in blocks for rect in geo.letter_rects()]
    return letters, tags, editor.arc_layout(blocks, metrics, tags)


def overlaps(box: QRectF, others) -> list[QRectF]:
    return [
        o for o in others if box.intersected(o).width() > 0.5 and box.intersected(o).height() > 0.5
    ]


def check_names(window) -> int:
    letters, tags, arcs = layout_of(window)
    bounds = QRectF(window.editor.viewport().rect())
    assert arcs, "no relation on screen"
    names = [arc.name_box for arc in arcs]
    for arc in arcs:
        box, label = arc.name_box, arc.relation.label
        assert not overlaps(box, letters), f"{label} on letters at {box}"
        assert not overlaps(box, tags), f"{label} on a tag at {box}"
        assert not overlaps(box, [n for n in names if n is not box]), f"{label} on a name"
        assert bounds.contains(box), f"{label} outside the viewport at {box}"
    return len(arcs)


def test_relation_names_cover_no_letter_tag_or_name_on_the_attributed_seed(
    make_window, qtbot, tmp_path
):
    window = seed_window(make_window, tmp_path)
    qtbot.waitUntil(lambda: bool(window.session.layer.relations))
    shown = check_names(window)
    assert shown >= 8
    window.grab().save(str(tmp_path / "seed.png"))
    # scrolled down by half a page, names on the first line stay inside the viewport
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.pageStep() // 2)
    qtbot.wait(10)
    check_names(window)


def test_arcs_do_not_cross_lines_of_text(make_window, qtbot, tmp_path):
    """Every piece of an arc keeps to the lanes: its path never enters a line's letters,
    except where it comes down onto its own span."""
    window = seed_window(make_window, tmp_path)
    qtbot.waitUntil(lambda: bool(window.session.layer.relations))
    letters, _, arcs = layout_of(window)
    for arc in arcs:
        for piece in arc.pieces:
            path = piece.path
            for k in range(1, 200):
                point = path.pointAtPercent(k / 200)
                inside = [r for r in letters if r.adjusted(0, 2, 0, 0).contains(point)]
                for rect in inside:  # only the drop onto an end span, at its top edge
                    assert point.y() - rect.top() < 3, (arc.relation.label, point, rect)


DENSE = (
    "قال الرئيس إن الاتفاق صامد، وأضاف الوزير أن المحادثات مستمرة، وأكد السفير أن الوفد "
    "وصل، وأشار المتحدث إلى أن الاجتماع المقبل في جنيف."
)


def test_a_dense_passage_keeps_every_name_off_the_letters(make_window, qtbot, tmp_path):
    window, _ = make_window({"d": DENSE})
    window.resize(1000, 600)
    session, editor = window.session, window.editor
    spans = {}
    for text, key in (
        ("الرئيس", "p"), ("الوزير", "p"), ("السفير", "p"), ("المتحدث", "p"),
        ("قال", "c"), ("وأضاف", "c"), ("وأكد", "c"), ("وأشار", "c"),
        ("الاتفاق صامد", "q"), ("المحادثات مستمرة", "q"), ("الوفد وصل", "q"),
        ("الاجتماع المقبل في جنيف", "q"),
    ):  # fmt: skip
        start = DENSE.index(text)
        editor.select_range(start, start + len(text))
        qtbot.keyClick(editor, key)
        spans[text] = session.selected
    for quote, person, cue in (
        ("الاتفاق صامد", "الرئيس", "قال"),
        ("المحادثات مستمرة", "الوزير", "وأضاف"),
        ("الوفد وصل", "السفير", "وأكد"),
        ("الاجتماع المقبل في جنيف", "المتحدث", "وأشار"),
    ):
        assert session.add_relation("SPEAKER", spans[quote], spans[person])
        assert session.add_relation("HAS_CUE", spans[quote], spans[cue])
    session.select(None)
    editor.viewport().repaint()
    assert check_names(window) == 8
    image = editor.viewport().grab().toImage()
    image.save(str(tmp_path / "dense.png"))
    # the picture: no relation colour inside the letters' rectangles (arcs only touch their
    # spans' top edges)
    letters, _, arcs = layout_of(window)
    colors = {QColor(arc.color).rgb() for arc in arcs}
    on_letters = [
        (x, y)
        for rect in letters
        for y in range(int(rect.top()) + 3, int(rect.bottom()))
        for x in range(int(rect.left()), int(rect.right()))
        if image.pixel(x, y) in colors
    ]
    assert on_letters == []


def test_the_tag_of_a_number_hangs_under_the_number(make_window, qtbot):
    text = "وقال إن عدد الضحايا بلغ 2016 شخصا في المدينة."
    window, _ = make_window({"d": text})
    editor = window.editor
    start = text.index("2016")
    editor.select_range(start, start + 4)
    qtbot.keyClick(editor, "o")
    (geo,) = list(editor.visible_blocks())
    (number,) = geo.rects(start, start + 4)
    x, y, rtl = geo.tag_anchor(start)  # where the tag hangs from, and which way it runs
    assert not rtl and abs(x - number.left()) < 2  # from the number's left edge, rightwards
    tags = editor.tag_boxes([geo], QFontMetricsF(editor._tag_font))
    (tag,) = [rect for rect, span in tags if span.start == start]
    # under the number: it starts at the number's left edge and most of it is below it
    assert abs(tag.left() - number.left()) < 2
    under = tag.intersected(QRectF(number.left(), tag.top(), number.width(), tag.height()))
    assert under.width() >= 0.6 * min(tag.width(), number.width())
    assert tag.top() >= number.bottom()


def test_zoomed_out_every_relation_name_shows_on_its_own(make_window, qtbot, tmp_path):
    """Ctrl+- three times: the line gaps narrow, yet no two relation names (a quote's
    SPEAKER and HAS_CUE) share a place, and each is inside the view."""
    from tests.ui.conftest import shortcut_key

    window = seed_window(make_window, tmp_path)
    qtbot.waitUntil(lambda: bool(window.session.layer.relations))
    size = window.editor.point_size()
    for _ in range(3):
        shortcut_key(qtbot, window, "zoom_out")
    assert window.editor.point_size() < size
    window.editor.viewport().repaint()
    _, _, arcs = layout_of(window)
    bounds = QRectF(window.editor.viewport().rect())
    names = [arc.name_box for arc in arcs]
    assert len(arcs) >= 8
    for arc in arcs:
        box = arc.name_box
        assert bounds.contains(box), f"{arc.relation.label} outside the view at {box}"
        others = [n for n in names if n is not box]
        assert not overlaps(box, others), f"{arc.relation.label} on another name at {box}"
    window.grab().save(str(tmp_path / "zoomed-out.png"))

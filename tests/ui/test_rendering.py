"""What the annotator sees: highlights exactly on their words, and the screenshot command."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from tests.conftest import DATA
from workbench.formats.importer import import_paths
from workbench.store.project import Project

TEXT = "وأثناء حديثه دعا ليو جيه يي مندوب الصين إلى قطع القنوات."


def count_color(image: QImage, color: QColor, inside: list[QRect]) -> tuple[int, int]:
    target = color.rgb()
    hits_in = hits_out = 0
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixel(x, y) == target:
                if any(r.contains(x, y) for r in inside):
                    hits_in += 1
                else:
                    hits_out += 1
    return hits_in, hits_out


def test_highlight_covers_its_word_and_nothing_else(make_window, qtbot):
    window, _ = make_window({"d": TEXT})
    editor = window.editor
    start = TEXT.index("ليو جيه يي")
    editor.select_range(start, start + len("ليو جيه يي"))
    qtbot.keyClick(editor, "p")
    qtbot.keyClick(editor, "\x1b")  # Escape: unselect, so the plain colour shows
    window.session.select(None)
    editor.viewport().repaint()
    (geo,) = list(editor.visible_blocks())
    rects = [r.toAlignedRect() for r in geo.rects(start, start + len("ليو جيه يي"))]
    assert len(rects) == 1
    # the rectangle spans exactly from the visual edge of the first to that of the last letter
    layout_line = geo.layout.lineAt(0)
    right, _ = layout_line.cursorToX(editor.converter.to_utf16(start))
    left, _ = layout_line.cursorToX(editor.converter.to_utf16(start + len("ليو جيه يي")))
    assert abs(rects[0].right() - (geo.left + right)) <= 2
    assert abs(rects[0].left() - (geo.left + left)) <= 2
    image = editor.viewport().grab().toImage()
    inside, outside = count_color(image, QColor("#ffc48a"), rects)
    assert inside > 200 and outside == 0


def test_screenshot_command_renders_the_seed_with_spans(cli, tmp_path):
    project = tmp_path / "p.db"
    with Project.create(project) as proj:
        import_paths(proj, [DATA / "multilayer.jsonl"])
    out = tmp_path / "shot.png"
    result = cli("gui", project, "--doc", "seed", "--annotator", "alice", "--screenshot", out)
    assert result.exit_code == 0, result.output
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    colors = {QColor(c).rgb() for c in ("#ffc48a", "#9cc8ff", "#f2b8f0", "#fff3a0")}
    seen = {
        image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
    }
    assert colors <= seen  # PER, ORG, TITLE and QUOTE highlights are all on screen


def test_screenshot_of_a_missing_document_is_a_clear_error(cli, tmp_path):
    project = tmp_path / "p.db"
    Project.create(project).close()
    result = cli("gui", project, "--doc", "nope", "--screenshot", tmp_path / "x.png")
    assert result.exit_code == 1
    assert "no document 'nope'" in result.stderr


def test_first_run_builds_the_sample_project_from_the_seeds(cli, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from workbench.ui.app import APP_NAME, ORG_NAME

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings(ORG_NAME, APP_NAME).remove("last_project")
    out = tmp_path / "first.png"
    result = cli("gui", "--screenshot", out)
    assert result.exit_code == 0, result.output
    (sample,) = (tmp_path / "data").rglob("sample.wbproj")
    with Project.open(sample) as proj:
        assert proj.document_ids() == ["000_5e26ac53a9f599b3"]
    # a screenshot leaves the settings be (the next run finds the sample where it was built)
    assert QSettings(ORG_NAME, APP_NAME).value("last_project") is None


def test_right_to_left_interface_mirrors_the_docks(make_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDockWidget

    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window, _ = make_window({"d": "نص"})
        window.resize(1200, 700)
        qtbot.wait(10)
        docks = {d.windowTitle(): d for d in window.findChildren(QDockWidget)}
        # the document list, docked "left" (the start side), sits on the right
        assert docks["Documents"].geometry().left() > window.width() / 2
        assert docks["Labels"].geometry().right() < window.width() / 2
        assert window.menuBar().actionGeometry(window.menuBar().actions()[0]).left() > 600
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_link_name_goes_to_a_line_gap_when_its_curve_crosses_one(qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

    from workbench.ui.arc_painting import draw_arc

    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    metrics = QFontMetricsF(QFont())
    a, b = QPointF(350, 250), QPointF(50, 40)  # a long link across several lines
    bands = [(55.0, 80.0), (90.0, 120.0), (150.0, 180.0), (210.0, 240.0)]  # letters
    placed = []
    draw_arc(painter, metrics, a, b, "SPEAKER", QColor("#b03a2e"), placed=placed, bands=bands)
    unconstrained = []
    draw_arc(painter, metrics, a, b, "SPEAKER", QColor("#b03a2e"), placed=unconstrained)
    painter.end()
    (box,) = placed
    assert not any(box.top() < bottom and box.bottom() > top for top, bottom in bands)
    assert unconstrained[0] != box  # without the bands it would sit at the middle of the curve

"""Reopening a project puts the article back at the line the person was reading, whatever
Qt had laid out of the text when the place is restored (it lays long texts out lazily)."""

from __future__ import annotations

from tests.ui.conftest import open_as_the_app_does, reopen, settle
from workbench.core.model import Document
from workbench.store.project import Project

# long paragraphs: each wraps to several lines, which Qt counts only once it lays them out
PARAGRAPH = "قال ليو جيه يي إن الصين تدعو إلى قطع القنوات فورا وأضاف أن التعاون ضروري. " * 8


def top_line_start(editor) -> int:
    """The code point offset where the top visible line starts, from the text layout."""
    block = editor.firstVisibleBlock()
    top = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top()
    layout = block.layout()
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        if top + line.y() + line.height() > 0:
            return editor.converter.from_utf16(block.position() + line.textStart())
    return editor.converter.from_utf16(block.position())


def test_reopening_scrolls_back_to_the_line_that_was_at_the_top(tmp_path, qtbot):
    path = tmp_path / "long.wbproj"
    text = "\n".join(f"{n} {PARAGRAPH}" for n in range(120))
    with Project.create(path) as project:
        project.add_document(Document("d", text))
    window = open_as_the_app_does(qtbot, path)
    window.resize(760, 700)
    qtbot.waitUntil(window.panel_fitter.settled)
    settle(qtbot)
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)  # two thirds down: paragraph 80 or so
    settle(qtbot)
    reading = top_line_start(window.editor)
    assert reading > len(text) // 2

    again = reopen(qtbot, window, path)
    settle(qtbot)
    assert top_line_start(again.editor) == reading, (reading, top_line_start(again.editor))
    again.close()
    again.session.project.close()

"""Each paragraph of the article in its own direction.

The direction of a paragraph comes from its first strong character, skipping what is inside
isolates (Unicode bidi rules P2 and P3): an English paragraph with Arabic quotes in it reads
left to right, an Arabic paragraph that starts with a Latin name right to left, and a paragraph
with no letter at all (a number, a dash) right to left, the article's own direction. A document
can override this for all its paragraphs (View → Paragraph direction).

``QPlainTextEdit`` gives every block the document's one text option, so
``DirectionalLayout`` lays a block out again, with the same line widths and places, when its
paragraph's direction differs from the document's (right to left); an Arabic article pays
nothing. Alignment follows the direction (right for right to left, left for left to right).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QTextBlock, QTextOption
from PySide6.QtWidgets import QPlainTextDocumentLayout

AUTO, RTL, LTR = "auto", "rtl", "ltr"
MODES = (AUTO, RTL, LTR)

_ISOLATE_OPEN = {"LRI", "RLI", "FSI"}


def first_strong_is_rtl(text: str) -> bool | None:
    """P2: True for R/AL, False for L, None when the text has no strong character outside
    isolates (an isolate runs from LRI, RLI or FSI to its matching PDI or the end)."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _ISOLATE_OPEN:
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth == 0:
            if kind in ("R", "AL"):
                return True
            if kind == "L":
                return False
    return None


def paragraph_is_rtl(text: str, mode: str = AUTO) -> bool:
    """The direction a paragraph is laid out in under a document's mode (P3: right to left
    when it has no strong character)."""
    if mode == RTL:
        return True
    if mode == LTR:
        return False
    found = first_strong_is_rtl(text)
    return True if found is None else found


def text_option(base: QTextOption, rtl: bool) -> QTextOption:
    option = QTextOption(base)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    return option


class DirectionalLayout(QPlainTextDocumentLayout):
    """The plain text layout, with each block laid out in its paragraph's direction."""

    def __init__(self, document):
        super().__init__(document)
        self.mode = AUTO

    def block_is_rtl(self, block: QTextBlock) -> bool:
        if self.mode != AUTO:
            return self.mode == RTL
        # a block's direction is kept in its user state with its length (length * 2 + 1 for
        # right to left, + 0 for left to right; Qt's default -1 for not yet known): Qt lays
        # blocks out while setPlainText is still filling them, so a length that differs
        # means the text has changed since
        state, length = block.userState(), block.length()
        if state < 0 or state >> 1 != length:
            state = length * 2 + (1 if paragraph_is_rtl(block.text()) else 0)
            block.setUserState(state)
        return state & 1 == 1

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802
        rect = super().blockBoundingRect(block)  # lays the block out when it is not yet
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return rect
        rtl = self.block_is_rtl(block)
        current = layout.textOption().textDirection() == Qt.LayoutDirection.RightToLeft
        if rtl != current:
            self._relayout(block, rtl)
        return rect

    @staticmethod
    def _relayout(block: QTextBlock, rtl: bool) -> None:
        """Break the block into the same lines again, in the other direction: the same
        widths and places, so its height and the blocks after it do not move."""
        layout = block.layout()
        lines = [
            (layout.lineAt(i).width(), layout.lineAt(i).position())
            for i in range(layout.lineCount())
        ]
        layout.setTextOption(text_option(layout.textOption(), rtl))
        layout.beginLayout()
        width, place = lines[0]
        for i in range(len(lines) + 8):  # as many lines as before, unless the text needs more
            line = layout.createLine()
            if not line.isValid():
                break
            if i < len(lines):
                width, place = lines[i]
            else:
                place = place + QPointF(0, line.height())
            line.setLeadingIncluded(True)  # as QPlainTextDocumentLayout lays lines out
            line.setLineWidth(width)
            line.setPosition(place)
        layout.endLayout()

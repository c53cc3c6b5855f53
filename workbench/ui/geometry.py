"""Where a logical range of text is on screen, from the block's own layout.

A logical range can be several rectangles on one line (bidi text) and spread over several lines;
glyph runs give the exact visual extents Qt drew.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextBlock

from workbench.core.intervals import innermost_segments
from workbench.core.model import Span
from workbench.core.utf16 import OffsetConverter
from workbench.ui.arc_routing import ArcEnd


class BlockGeometry:
    """One visible block: its code point range and the rectangles of ranges inside it."""

    def __init__(
        self, block: QTextBlock, left: float, top: float, converter: OffsetConverter, text: str
    ):
        """``text``: the document's own text (Qt's copy is never read back)."""
        self.block = block
        self.text = text
        self.layout = block.layout()
        self.left = left
        self.top = top
        self.converter = converter
        self.position = block.position()
        self.start = converter.from_utf16(self.position)
        self.end = converter.from_utf16(self.position + block.length() - 1)
        direction = self.layout.textOption().textDirection()
        self.rtl = direction != Qt.LayoutDirection.LeftToRight  # the paragraph's direction

    def _local(self, offset: int) -> int:
        return self.converter.to_utf16(offset) - self.position

    def rects(self, start: int, end: int) -> list[QRectF]:
        """Screen rectangles covering code points [start, end) of this block."""
        q_start, q_end = self._local(max(start, self.start)), self._local(min(end, self.end))
        out: list[QRectF] = []
        for i in range(self.layout.lineCount()):
            line = self.layout.lineAt(i)
            a = max(q_start, line.textStart())
            b = min(q_end, line.textStart() + line.textLength())
            if a >= b:
                continue
            y = self.top + line.y()
            height = line.ascent() + line.descent()
            runs = [r.boundingRect() for r in self.layout.glyphRuns(a, b - a)]
            xs = sorted((r.left(), r.right()) for r in runs if r.width() > 0)
            for left, right in _merge(xs):
                out.append(QRectF(self.left + left, y, right - left, height))
        return out

    def text_bands(self) -> list[tuple[float, float]]:
        """The heights (top, bottom) where this block's lines have letters; between them is
        the line gap that holds tags and the names of links."""
        bands = []
        for i in range(self.layout.lineCount()):
            line = self.layout.lineAt(i)
            top = self.top + line.y()
            bands.append((top, top + line.ascent() + line.descent()))
        return bands

    def letter_rects(self) -> list[QRectF]:
        """Screen rectangles of the letters of each line (from its first to its last glyph,
        as tall as the glyph runs): what no tag or name may cover."""
        out = []
        for i in range(self.layout.lineCount()):
            line = self.layout.lineAt(i)
            natural = line.naturalTextRect()
            height = line.ascent() + line.descent()
            out.append(
                QRectF(self.left + natural.left(), self.top + line.y(), natural.width(), height)
            )
        return out

    def arc_end(self, start: int, end: int, tag_height: float) -> ArcEnd | None:
        """Where an arc meets the span [start, end) starting in this block: the top centre of
        its first rectangle, the lane above its line (the line gap below the tags of the line
        above), and the x where that line's text begins and ends."""
        local = self._local(start)
        line = self.layout.lineForTextPosition(local)
        if not line.isValid():
            return None
        line_last = self.converter.from_utf16(self.position + line.textStart() + line.textLength())
        rects = self.rects(start, min(end, line_last, self.end))
        if not rects:
            return None
        top = self.top + line.y()
        leading = line.height() - line.ascent() - line.descent()
        lane = max(6.0, leading - tag_height - 2)
        x0 = self.left + line.x()
        x1 = x0 + line.width()
        begin, finish = (x1, x0) if self.rtl else (x0, x1)
        return ArcEnd(rects[0].center().x(), top, top - lane, begin, finish)

    def tag_anchor(self, offset: int) -> tuple[float, float, bool] | None:
        """Where a span starting at ``offset`` hangs its tag: (x, y below the text, rtl).

        The tag starts at the visual edge where the span's first character starts, in the
        direction its glyph run goes: the right edge of an Arabic letter, the left edge of a
        Latin letter or of a number (digits run left to right in Arabic too, so the tag of
        "2016" hangs under the number, not beside it).
        """
        local = self._local(offset)
        line = self.layout.lineForTextPosition(local)
        if not line.isValid():
            return None
        char = self.text[offset : offset + 1]
        width = 2 if char and ord(char) > 0xFFFF else 1
        runs = [r for r in self.layout.glyphRuns(local, width) if r.boundingRect().width() > 0]
        if runs:
            rtl = runs[0].isRightToLeft()
            boxes = [r.boundingRect() for r in runs]
            x = max(r.right() for r in boxes) if rtl else min(r.left() for r in boxes)
        else:
            rtl = _direction(char) != "L"
            x, _ = line.cursorToX(local)
        return self.left + x, self.top + line.y() + line.ascent() + line.descent(), rtl

    def tag_rect(
        self, offset: int, width: float, height: float, placed: list[QRectF], tries: int = 8
    ) -> QRectF | None:
        """The box of a label tag ``width`` wide for a span starting at ``offset``: hung under
        its first letter (``tag_anchor``), moved along the line in the paragraph's reading
        order past the tags already ``placed`` there."""
        anchor = self.tag_anchor(offset)
        if anchor is None:
            return None
        x, y, rtl = anchor
        rect = QRectF(x - width if rtl else x, y + 1, width, height)
        for _ in range(tries):
            clash = next((r for r in placed if r.intersects(rect)), None)
            if clash is None:
                break
            rect.moveLeft(clash.left() - width - 2 if self.rtl else clash.right() + 2)
        return rect

    @staticmethod
    def innermost_segments(spans: list[Span]) -> list[tuple[int, int, Span]]:
        if not spans:
            return []
        start = min(s.start for s in spans)
        end = max(s.end for s in spans)
        return innermost_segments(spans, start, end)

    @staticmethod
    def overlapping_ids(spans: list[Span]) -> set[str]:
        """Spans that share text with another span: they get an outline."""
        ids: set[str] = set()
        ordered = sorted(spans, key=lambda s: s.start)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if b.start >= a.end:
                    break
                ids.update((a.id, b.id))
        return ids


def _merge(xs: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for left, right in xs:
        if merged and left <= merged[-1][1] + 0.5:
            merged[-1] = (merged[-1][0], max(merged[-1][1], right))
        else:
            merged.append((left, right))
    return merged


def _direction(char: str) -> str:
    """``L`` for a left-to-right letter, else the paragraph's direction (right-to-left)."""
    return "L" if char and unicodedata.bidirectional(char) == "L" else "R"

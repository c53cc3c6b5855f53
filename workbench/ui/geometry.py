"""Where a logical range of text is on screen, from the block's own layout.

A logical range can be several rectangles on one line (bidi text) and spread over several lines;
glyph runs give the exact visual extents Qt drew.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock

from workbench.core.intervals import innermost_segments
from workbench.core.model import Span
from workbench.core.utf16 import OffsetConverter


class BlockGeometry:
    """One visible block: its code point range and the rectangles of ranges inside it."""

    def __init__(self, block: QTextBlock, left: float, top: float, converter: OffsetConverter):
        self.block = block
        self.layout = block.layout()
        self.left = left
        self.top = top
        self.converter = converter
        self.position = block.position()
        self.start = converter.from_utf16(self.position)
        self.end = converter.from_utf16(self.position + block.length() - 1)

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

    def tag_anchor(self, offset: int) -> tuple[float, float, bool] | None:
        """Where a span starting at ``offset`` hangs its tag: (x, y below the text, rtl).

        The tag starts at the visual edge of the span's first character: its right edge for
        Arabic, its left edge for a Latin letter, whatever the order around it.
        """
        local = self._local(offset)
        line = self.layout.lineForTextPosition(local)
        if not line.isValid():
            return None
        char = self.block.text()[local : local + 1]
        rtl = _direction(char) != "L"
        width = 2 if char and 0xD800 <= ord(char) <= 0xDBFF else 1
        runs = [r.boundingRect() for r in self.layout.glyphRuns(local, width)]
        runs = [r for r in runs if r.width() > 0]
        if runs:
            x = max(r.right() for r in runs) if rtl else min(r.left() for r in runs)
        else:
            x, _ = line.cursorToX(local)
        return self.left + x, self.top + line.y() + line.ascent() + line.descent(), rtl

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

"""Which character is under a point of the article, from the glyph runs that are painted.

Qt 6.11's ``QTextLine.xToCursor`` answers one position late on the wrapped lines of a
right-to-left paragraph (every line but its last), so the view does not ask it. It asks the
glyph runs instead, the same ones the highlights are painted from: each character of a line
gets the box its glyphs cover, and a point falls in exactly one box. A glyph shared by several
characters (lam-alef, a letter with its harakat) is split evenly among them, in the run's
direction; a white space drawn by no glyph (the space a line wraps at) has no box. Positions
here are UTF-16 positions inside one block, as the layout counts them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextLayout, QTextLine


@dataclass(frozen=True)
class CharBox:
    """One character of a line: its UTF-16 position and length, and where it is drawn."""

    position: int
    length: int
    left: float
    right: float
    rtl: bool

    def contains(self, x: float) -> bool:
        return self.left <= x < self.right

    def caret_for(self, x: float) -> int:
        """The caret place nearest ``x``: before the character when ``x`` is in the half it
        starts from (its right half when it runs right to left), else after it."""
        before = x >= (self.left + self.right) / 2 if self.rtl else x < (self.left + self.right) / 2
        return self.position if before else self.position + self.length


def line_boxes(layout: QTextLayout, line: QTextLine, text: str) -> list[CharBox]:
    """The boxes of a line's characters, in logical order (``text`` is the block's text)."""
    boxes: list[CharBox] = []
    chars = by_utf16_unit(text)
    start, end = line.textStart(), line.textStart() + line.textLength()
    pending: list[tuple[int, int]] = []  # characters without a glyph of their own so far
    position = start
    while position < end:
        length = 2 if ord(chars[position]) > 0xFFFF else 1
        runs = [r for r in layout.glyphRuns(position, length) if r.boundingRect().width() > 0]
        if not runs:
            if not chars[position].isspace():  # a white space without a glyph is not drawn
                pending.append((position, length))
        else:
            left = min(r.boundingRect().left() for r in runs)
            right = max(r.boundingRect().right() for r in runs)
            rtl = runs[0].isRightToLeft()
            if pending and boxes and boxes[-1].right - boxes[-1].left > 0:
                _share(boxes, pending)
            pending = []
            boxes.append(CharBox(position, length, left, right, rtl))
        position += length
    if pending and boxes:
        _share(boxes, pending)
    return boxes


def by_utf16_unit(text: str) -> list[str]:
    """The characters of ``text`` at the UTF-16 positions Qt counts: a character above U+FFFF
    takes two places (itself, then an empty string for its low surrogate)."""
    chars: list[str] = []
    for char in text:
        chars.append(char)
        if ord(char) > 0xFFFF:
            chars.append("")
    return chars


def _share(boxes: list[CharBox], pending: list[tuple[int, int]]) -> None:
    """Split the last box evenly between its character and the ones that drew no glyph
    after it (they are drawn by its glyph: a ligature, a mark)."""
    owner = boxes.pop()
    members = [(owner.position, owner.length), *pending]
    step = (owner.right - owner.left) / len(members)
    for k, (position, length) in enumerate(members):
        if owner.rtl:
            right = owner.right - k * step
            boxes.append(CharBox(position, length, right - step, right, True))
        else:
            left = owner.left + k * step
            boxes.append(CharBox(position, length, left, left + step, False))


def line_at(layout: QTextLayout, y: float) -> QTextLine | None:
    """The line at height ``y`` (layout coordinates); the first or last one above or below."""
    count = layout.lineCount()
    if count == 0:
        return None
    for i in range(count):
        line = layout.lineAt(i)
        if y < line.y() + line.height():
            return line
    return layout.lineAt(count - 1)


def box_at(boxes: list[CharBox], x: float) -> CharBox | None:
    """The character drawn at ``x``, or the nearest one when ``x`` is beyond the line's ends."""
    if not boxes:
        return None
    for box in boxes:
        if box.contains(x):
            return box
    return min(boxes, key=lambda b: min(abs(b.left - x), abs(b.right - x)))


def character_at(layout: QTextLayout, text: str, x: float, y: float) -> CharBox | None:
    """The character under (x, y) in layout coordinates."""
    line = line_at(layout, y)
    if line is None:
        return None
    return box_at(line_boxes(layout, line, text), x)


def caret_at(layout: QTextLayout, text: str, x: float, y: float) -> int:
    """The caret place (UTF-16, in the block) a click at (x, y) asks for."""
    line = line_at(layout, y)
    if line is None:
        return 0
    boxes = line_boxes(layout, line, text)
    box = box_at(boxes, x)
    if box is None:
        return line.textStart()
    return box.caret_for(x)

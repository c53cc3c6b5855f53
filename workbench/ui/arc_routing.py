"""Where a relation's arc and its name go: in the lane between lines, never over letters.

Like brat's arc rows, every line of the article has a lane just above its letters (the font's
line gap holds, from the top: the tags of the line above, then this lane). An arc leaves the
top of its head span, runs along the lane over the head's line and comes down on the top of
its tail span. When the two spans are on different lines, the arc is drawn as two pieces,
each in its own line's lane: from the head to the edge where its line's text goes on, and from
the edge where the tail's line begins to the tail; nothing is drawn across the lines between.
An end that is off screen leaves by the side margin towards the top or bottom edge.

A name is a box on the arc's horizontal part; it goes to the first place along that part,
then in the tag row above, that covers no letters (the glyph runs' rectangles), no tag, no
other name, and stays inside the viewport.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath


@dataclass(frozen=True)
class ArcEnd:
    """One end of an arc on screen: the top centre of its span's first rectangle, the lane
    above that line, and the x where that line's text begins and ends (reading order)."""

    x: float
    top: float  # the top of the line's letters (where the arc touches the span)
    lane_top: float
    line_start: float  # x where the line's text begins (right edge when right to left)
    line_end: float  # x where it ends


@dataclass
class Piece:
    """One drawn piece of an arc: its path, the horizontal run where a name may sit
    (x0 < x1 at height y), and the point that gets the arrowhead, if any."""

    path: QPainterPath
    x0: float
    x1: float
    y: float  # the middle of the lane: where a name sits
    arrow_at: QPointF | None
    arrow_from: QPointF | None


def lane_height(end: ArcEnd) -> float:
    return end.top - end.lane_top


def _level_y(end: ArcEnd, level: int) -> float:
    """The height of an arc's run in the lane: level 0 near the letters, higher levels above
    (within the lane: several arcs over one line stay apart)."""
    room = max(2.0, lane_height(end) - 4.0)
    return end.top - 3.0 - (level * 4.0) % room


def _middle(end: ArcEnd) -> float:
    return (end.lane_top + end.top) / 2


def _bracket(x0: float, top0: float, x1: float, top1: float, y: float) -> QPainterPath:
    """Up from (x0, top0) to height y, across, down to (x1, top1), with rounded corners."""
    path = QPainterPath(QPointF(x0, top0))
    r = max(0.0, min(6.0, abs(x1 - x0) / 2, top0 - y, top1 - y))
    step = 1.0 if x1 >= x0 else -1.0
    path.lineTo(x0, y + r)
    path.quadTo(x0, y, x0 + step * r, y)
    path.lineTo(x1 - step * r, y)
    path.quadTo(x1, y, x1, y + r)
    path.lineTo(x1, top1)
    return path


def route(head: ArcEnd | None, tail: ArcEnd | None, head_first: bool, level: int,
          viewport_height: float) -> list[Piece]:  # fmt: skip
    """The pieces of one arc. ``head_first``: the head comes before the tail in the text.
    Either end may be None (off screen), not both."""
    pieces: list[Piece] = []
    if head is not None and tail is not None and abs(head.top - tail.top) < 1:
        y = _level_y(head, level)
        path = _bracket(head.x, head.top, tail.x, tail.top, y)
        lo, hi = sorted((head.x, tail.x))
        return [Piece(path, lo, hi, _middle(head), QPointF(tail.x, tail.top), QPointF(tail.x, y))]
    if head is not None:  # from the head to the edge its text runs on towards the tail
        edge = head.line_end if head_first else head.line_start
        y = _level_y(head, level)
        path = QPainterPath(QPointF(head.x, head.top))
        path.lineTo(head.x, y)
        path.lineTo(edge, y)
        if tail is None:  # off screen: on down (or up) the side margin to the edge
            path.lineTo(edge, viewport_height - 2.0 if head_first else 2.0)
        lo, hi = sorted((head.x, edge))
        pieces.append(Piece(path, lo, hi, _middle(head), None, None))
    if tail is not None:  # from the edge the tail's line starts at (or ends at) to the tail
        edge = tail.line_start if head_first else tail.line_end
        y = _level_y(tail, level)
        path = QPainterPath()
        if head is None:
            path.moveTo(edge, 2.0 if head_first else viewport_height - 2.0)
            path.lineTo(edge, y)
        else:
            path.moveTo(edge, y)
        path.lineTo(tail.x, y)
        path.lineTo(tail.x, tail.top)
        lo, hi = sorted((tail.x, edge))
        arrow = QPointF(tail.x, tail.top)
        pieces.append(Piece(path, lo, hi, _middle(tail), arrow, QPointF(tail.x, y)))
    return pieces


def route_arcs(
    relations,
    span_of,
    arc_end,
    name_width,
    height: float,
    obstacles: list[QRectF],
    bounds: QRectF,
    viewport_height: float,
    first_level: int = 0,
) -> list[tuple]:
    """(relation, pieces, name box) of each relation with an end on screen: ``span_of(id)``
    gives a span (None: not drawn), ``arc_end(span)`` where an arc meets it on screen (None:
    off screen), ``name_width(relation)`` its name's box width. Arcs over one line take the
    levels of its lane in turn from ``first_level``; each name joins ``obstacles``."""
    levels: dict[int, int] = {}
    names: list[QRectF] = []
    out = []
    for relation in relations:
        head, tail = span_of(relation.head), span_of(relation.tail)
        if head is None or tail is None:
            continue
        a, b = arc_end(head), arc_end(tail)
        if a is None and b is None:
            continue
        lane = round((a or b).top)
        level = levels.get(lane, first_level)
        levels[lane] = level + 1
        pieces = route(a, b, head.start <= tail.start, level, viewport_height)
        box = place_name(pieces, name_width(relation), height, obstacles, bounds, height + 1, names)
        obstacles.append(box)
        names.append(box)
        out.append((relation, pieces, box))
    return out


def place_name(pieces: list[Piece], width: float, height: float, obstacles: list[QRectF],
               bounds: QRectF, tag_row: float, names: list[QRectF] = ()) -> QRectF:  # fmt: skip
    """A box for a name on one of the pieces, covering no obstacle and inside ``bounds``:
    along the piece's run (from its middle outwards), then one tag row higher. Where no
    place is free (zoomed out, the line gaps are narrow), the name is stacked a row above
    (or below) until it covers none of the other ``names``: every name stays readable."""
    candidates: list[QRectF] = []
    for lift in (0.0, tag_row):
        for piece in pieces:
            middle = (piece.x0 + piece.x1) / 2
            reach = max(0.0, (piece.x1 - piece.x0) / 2)
            steps = [0.0]
            k = 1
            while k * width / 2 <= reach + width and k < 40:
                steps += [k * width / 2, -k * width / 2]
                k += 1
            for dx in steps:
                candidates.append(
                    QRectF(middle + dx - width / 2, piece.y - lift - height / 2, width, height)
                )
    # where it was meant to be, then moved into the viewport, then anywhere free on screen
    for box in [
        *(c for c in candidates if bounds.contains(c)),
        *map(_inside_of(bounds), candidates),
    ]:
        if not any(box.intersects(other) for other in obstacles):
            return box
    first = _inside(candidates[0], bounds)
    stacked = [first.translated(0, -k * (height + 1)) for k in range(1, 40)]
    stacked = [first, *stacked, *(first.translated(0, k * (height + 1)) for k in range(1, 40))]
    stacked = [box for box in stacked if bounds.contains(box)] or [first]
    for keep_clear in (obstacles, names):
        for box in stacked:
            if not any(box.intersects(other) for other in keep_clear):
                return box
    return first


def _inside_of(bounds: QRectF):
    return lambda box: _inside(box, bounds)


def _inside(box: QRectF, bounds: QRectF) -> QRectF:
    """The box moved into the bounds (the viewport), as little as it takes."""
    box = QRectF(box)
    if box.left() < bounds.left():
        box.moveLeft(bounds.left())
    if box.right() > bounds.right():
        box.moveRight(bounds.right())
    if box.top() < bounds.top():
        box.moveTop(bounds.top())
    if box.bottom() > bounds.bottom():
        box.moveBottom(bounds.bottom())
    return box

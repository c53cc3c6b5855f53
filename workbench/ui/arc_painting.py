"""Painting relation arcs: a routed arc (its pieces under the text, its name over it), and the
curve drawn while a link is being dragged with Ctrl."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF


class RoutedArc:
    """One relation as drawn: its pieces (under the text) and its name (over it)."""

    def __init__(self, relation, pieces, name_box: QRectF, color: QColor, selected: bool):
        self.relation = relation
        self.pieces = pieces
        self.name_box = name_box
        self.color = color
        self.selected = selected

    def paint_path(self, painter: QPainter) -> None:
        painter.setPen(QPen(self.color, 2.6 if self.selected else 1.4))
        for piece in self.pieces:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(piece.path)
            if piece.arrow_at is not None:
                _arrowhead(painter, piece.arrow_from, piece.arrow_at, self.color)

    def paint_name(self, painter: QPainter) -> None:
        painter.setPen(QPen(self.color, 2.6 if self.selected else 1.4))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(self.name_box, 3, 3)
        painter.setPen(self.color.darker(130))
        painter.drawText(self.name_box, Qt.AlignmentFlag.AlignCenter, self.relation.label)


def _arrowhead(painter: QPainter, origin: QPointF, tip: QPointF, color: QColor) -> None:
    direction = tip - origin
    length = max(1.0, math.hypot(direction.x(), direction.y()))
    ux, uy = direction.x() / length, direction.y() / length
    size = 7.0
    left = QPointF(tip.x() - size * ux + size * 0.5 * uy, tip.y() - size * uy - size * 0.5 * ux)
    right = QPointF(tip.x() - size * ux - size * 0.5 * uy, tip.y() - size * uy + size * 0.5 * ux)
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF([tip, left, right]))


def draw_arc(
    painter, metrics, a, b, label: str, color, selected=False, placed=None, part="all", bands=()
):
    """A curve from ``a`` over to ``b`` with an arrowhead at ``b`` and the label on it,
    moved along the curve when another label is already there. ``part`` is ``curve``,
    ``label`` or ``all``, so that the curve can go under the text and the label over it."""
    lift = 14 + min(40.0, abs(b.x() - a.x()) * 0.12)
    control = QPointF((a.x() + b.x()) / 2, min(a.y(), b.y()) - lift)
    path = QPainterPath(a)
    path.quadTo(control, b)
    pen = QPen(color, 2.6 if selected else 1.4)
    painter.setPen(pen)
    if part in ("all", "curve"):
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        _arrowhead(painter, control, b, color)
    if part == "curve":
        return
    width = metrics.horizontalAdvance(label) + 6
    placed = placed if placed is not None else []

    def box_at(percent: float) -> QRectF:
        top = path.pointAtPercent(percent)
        return QRectF(top.x() - width / 2, top.y() - metrics.height() / 2, width, metrics.height())

    def free(box: QRectF) -> bool:
        return not any(box.intersects(other) for other in placed)

    def off_text(box: QRectF) -> bool:  # in a line gap, not on letters (``bands``)
        return not any(box.top() < bottom and box.bottom() > top for top, bottom in bands)

    boxes = [box_at(p) for p in (0.5, 0.35, 0.65, 0.22, 0.78, 0.12, 0.88)]
    box = next(
        (b for b in boxes if free(b) and off_text(b)),
        next((b for b in boxes if free(b)), boxes[0]),
    )
    placed.append(box)
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(color.darker(130))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

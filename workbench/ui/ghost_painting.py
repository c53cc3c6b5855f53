"""Suggestions drawn as ghosts over the annotator's own layer.

A suggested span is painted so that no one takes it for their own work: under the text a faint
hatching in the label's colour (the annotator's spans are solid fills), over it a dashed
outline (thicker for the selected suggestion) and a dashed tag with the label's name; a
suggested link is a dashed arc with its name in a dashed box. Everything comes from the same
glyph runs the editor paints its own spans from (``BlockGeometry``), so a ghost sits on the
words it covers in right-to-left, left-to-right and mixed lines alike.

The editor calls ``paint_under`` before Qt draws the letters and ``paint_over`` after its own
spans, tags and arcs, with the boxes those took, so that ghost tags and arc names go beside
them rather than over them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from workbench.core.model import Relation, Span
from workbench.ui.arc_routing import ArcEnd, route_arcs
from workbench.ui.geometry import BlockGeometry

# after a ghost's label in its tag: "QUOTE?"; the left-to-right mark keeps the question mark
# after the name when the interface is right to left (it would go before it: "?QUOTE")
GHOST_MARK = "?\u200e"
ARC_LEVEL = 2  # ghost arcs run above the annotator's own in a lane


class GhostPainter:
    """Paints the suggestions of ``ghosts``: an object with ``index`` (a ``SpanIndex`` of the
    suggested spans still undecided), ``anchors`` (one of the suggested spans the annotator
    has, at an end of an undecided link), ``span(id)`` (either), ``relations`` and
    ``links_of(span_ids)`` (the undecided links with an end among them); ``selected()`` gives
    the selected suggestion's id (a span's or a link's), or None. Only what the visible blocks
    hold is looked up, whatever the number of suggestions."""

    def __init__(
        self,
        ghosts,
        selected: Callable[[], str | None],
        color_of: Callable[[str], str],
        tag_font: QFont,
        arc_end: Callable[[Span, list[BlockGeometry], float], ArcEnd | None],
    ):
        """``arc_end(span, blocks, tag_height)``: where an arc meets a span on screen (the
        editor's own rule, so that ghost arcs leave and meet spans as its arcs do)."""
        self.ghosts = ghosts
        self.selected = selected
        self.color_of = color_of
        self.arc_end = arc_end
        self.tag_font = QFont(tag_font)
        self.tag_font.setItalic(True)
        self.visible = True
        self.drawn: list[tuple[str, QRectF]] = []  # (span id, rectangle) of the last paint
        self.link_boxes: list[tuple[Relation, QRectF]] = []  # the link names of the last paint

    def _in_block(self, geo: BlockGeometry) -> list[Span]:
        return self.ghosts.index.overlapping(geo.start, geo.end)

    # -- under the letters ---------------------------------------------------------------

    def paint_under(self, painter: QPainter, blocks: list[BlockGeometry]) -> None:
        if not self.visible or not len(self.ghosts.index):
            return
        selected = self.selected()
        for geo in blocks:
            for span in self._in_block(geo):
                color = QColor(self.color_of(span.label))
                faint = QColor(color)
                faint.setAlpha(90 if span.id == selected else 45)
                hatch = QColor(color.darker(135))
                hatch.setAlpha(200 if span.id == selected else 130)
                for rect in geo.rects(max(span.start, geo.start), min(span.end, geo.end)):
                    painter.fillRect(rect, faint)
                    painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))

    # -- over the letters ----------------------------------------------------------------

    def paint_over(
        self,
        painter: QPainter,
        blocks: list[BlockGeometry],
        occupied: list[QRectF],
        viewport: QRectF,
    ) -> None:
        """Dashed outlines, tags and arcs; ``occupied``: the boxes of the editor's own tags
        and arc names (ghost tags and names go beside them)."""
        self.drawn, self.link_boxes = [], []
        if not self.visible or not (len(self.ghosts.index) or self.ghosts.relations) or not blocks:
            return
        selected = self.selected()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.tag_font)
        metrics = QFontMetricsF(self.tag_font)
        placed = list(occupied)
        starting: list[str] = []  # spans starting on screen: the arcs to draw leave them
        for geo in blocks:
            spans = self._in_block(geo)
            for span in spans:
                self._outline(painter, geo, span, span.id == selected)
            for span in spans:
                if geo.start <= span.start < geo.end:
                    starting.append(span.id)
                    box = self._tag_box(geo, span, metrics, placed)
                    if box is not None:
                        placed.append(box)
                        self._tag(painter, box, span, span.id == selected)
            starting += [s.id for s in self.ghosts.anchors.overlapping(geo.start, geo.end)
                         if geo.start <= s.start < geo.end]  # fmt: skip
        relations = self.ghosts.links_of(starting)
        self._arcs(painter, blocks, relations, selected, metrics, placed, viewport)
        painter.restore()

    def _outline(self, painter: QPainter, geo: BlockGeometry, span: Span, selected: bool) -> None:
        pen = QPen(QColor(self.color_of(span.label)).darker(175), 2.4 if selected else 1.3)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in geo.rects(max(span.start, geo.start), min(span.end, geo.end)):
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            self.drawn.append((span.id, rect))

    def _tag_box(
        self, geo: BlockGeometry, span: Span, metrics: QFontMetricsF, placed: list[QRectF]
    ) -> QRectF | None:
        """Under the span's first letter like the editor's own tags, moved along the line
        (in its reading direction) past any tag already there."""
        width = metrics.horizontalAdvance(span.label + GHOST_MARK) + 6
        return geo.tag_rect(span.start, width, metrics.height(), placed, tries=12)

    def _tag(self, painter: QPainter, rect: QRectF, span: Span, selected: bool) -> None:
        color = QColor(self.color_of(span.label))
        pen = QPen(color.darker(175), 2.0 if selected else 1.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("#444444"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, span.label + GHOST_MARK)

    def _arcs(
        self,
        painter: QPainter,
        blocks: list[BlockGeometry],
        relations: list[Relation],
        selected: str | None,
        metrics: QFontMetricsF,
        placed: list[QRectF],
        viewport: QRectF,
    ) -> None:
        if not relations:
            return
        height = metrics.height()
        obstacles = [rect for geo in blocks for rect in geo.letter_rects()] + placed
        routed = route_arcs(
            relations,
            self.ghosts.span,
            lambda span: self.arc_end(span, blocks, height),
            lambda relation: metrics.horizontalAdvance(relation.label + GHOST_MARK) + 6,
            height,
            obstacles,
            viewport.adjusted(1, 1, -1, -1),
            viewport.height(),
            first_level=ARC_LEVEL,
        )
        color = QColor("#555555")

        def dashed(relation: Relation) -> QPen:  # thicker for the selected suggestion's links
            pen = QPen(
                color, 2.2 if selected in (relation.head, relation.tail, relation.id) else 1.3
            )
            pen.setStyle(Qt.PenStyle.DashLine)
            return pen

        for relation, pieces, _box in routed:  # every curve, then every name over them
            painter.setPen(dashed(relation))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for piece in pieces:
                painter.drawPath(piece.path)
        for relation, _pieces, box in routed:
            self.link_boxes.append((relation, box))
            painter.setPen(dashed(relation))
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(color)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, relation.label + GHOST_MARK)

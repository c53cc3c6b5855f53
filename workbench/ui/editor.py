"""The article view: read-only right-to-left plain text with spans painted under and over it.

The text goes in with ``setPlainText`` and is never changed: no formats, no markup, so Qt
shapes Arabic exactly as it would without annotations. Span backgrounds are painted beneath
the text and outlines and label tags above it, all from the layout's own glyph positions, so a
span that crosses a direction boundary is drawn as the several rectangles it really is; relation
arcs run in the lanes between lines (``arc_routing``). Only the visible blocks are painted,
whatever the size of the document. Each paragraph is laid out in its own direction
(``paragraph_direction``); the mouse finds letters in the glyph runs (``hit_test``) and the
arrow keys move the caret visually.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from workbench.core.changes import ChangeSet
from workbench.core.model import Relation, Span
from workbench.core.text import double_click_range
from workbench.core.utf16 import OffsetConverter
from workbench.ui.arc_painting import RoutedArc, draw_arc
from workbench.ui.arc_routing import ArcEnd, route_arcs
from workbench.ui.contrast import readable_fill
from workbench.ui.fonts import article_font
from workbench.ui.geometry import BlockGeometry
from workbench.ui.hit_test import CharBox, caret_at, character_at
from workbench.ui.paragraph_direction import AUTO, MODES, DirectionalLayout
from workbench.ui.session import Session

TAG_POINT_SIZE = 7.5


class ArticleView(QPlainTextEdit):
    """Shows one document of the session; turns selections and key presses into spans."""

    labelRequested = Signal(str)  # noqa: N815  a label key was pressed
    relationRequested = Signal(str)  # noqa: N815  a relation key, with a span selected
    entityRequested = Signal()  # noqa: N815  the entity key, with a span selected
    linkDragged = Signal(object, object)  # noqa: N815  Ctrl+drag from one span to another

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        document = QTextDocument(self)
        self.paragraphs = DirectionalLayout(document)  # each paragraph in its own direction
        document.setDocumentLayout(self.paragraphs)
        self.setDocument(document)
        self.converter = OffsetConverter("")
        self._shown = 0  # code points of the document's text in the view
        # the layer's relations list and, for each span id, where its relations are in it
        self._relations_of: tuple[list, dict[str, list[int]]] = ([], {})
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # wrapped text never needs to scroll sideways: without this, a line Qt cannot break
        # (a long emoji sequence) or a rounding of the text's width showed a horizontal bar
        # that scrolled the whole article out of view
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalScrollBar().rangeChanged.connect(self._no_sideways_scroll)
        self.setCursorWidth(2)
        self._point_size = 17.0
        self._family = ""
        self.setFont(article_font(self._point_size))
        self._tag_font = QFont(self.font())
        self._tag_font.setPointSizeF(TAG_POINT_SIZE)
        self._tag_font.setBold(True)
        self._force_rtl()
        # arrows move the caret to the next place on screen, also across a Latin name in
        # Arabic; logical movement would jump to the name's far end (README, right-to-left)
        self.document().setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)
        # room above the first line for the lane of relation arcs (arc_routing)
        self.document().setDocumentMargin(28)
        self._press: QPoint | None = None
        self._drag_from: int | None = None  # UTF-16 position of the letter a drag started on
        self._dragging = False
        self._link_from: Span | None = None
        self._link_to: QPoint | None = None
        self.key_labels: dict[str, str] = {}
        self.key_relations: dict[str, str] = {}
        self.entity_keys: set[str] = set()
        # painters of other layers drawn with this one (ui/ghost_painting.py: suggestions):
        # paint_under(painter, blocks) before the letters, paint_over(painter, blocks,
        # occupied rects, viewport rect) after the spans, tags and arcs
        self.overlays: list = []
        # highlight colours already made readable: (label colour, selected, text colour) -> fill
        self._fills: dict[tuple, QColor] = {}
        # bound methods, not lambdas: Qt drops them when this view is destroyed
        session.documentOpened.connect(self._on_document)
        session.textCompleted.connect(self._on_rest_of_text)
        session.changed.connect(self.apply_changes)
        session.spanSelected.connect(self._repaint)
        session.layerLoaded.connect(self._repaint)
        session.relationSelected.connect(self._repaint)

    def _no_sideways_scroll(self, _low: int, high: int) -> None:
        """Keep the horizontal range empty: the text is wrapped to the view, and a range left
        by a line Qt cannot break shifts a right-to-left article sideways even with the bar
        hidden (its offset is the range's maximum there)."""
        if high:
            self.horizontalScrollBar().setRange(0, 0)

    def _repaint(self, *_args) -> None:
        self.viewport().update()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Repaint what a change set touched: the whole view when links changed (an arc may
        cross it), else the lines of the changed spans that are on screen."""
        if not self.session.shows(changes):
            return
        if changes.relations:
            self.viewport().update()
            return
        touched = changes.touched_range()
        if touched is None:
            return
        start, end = touched
        margin = QFontMetricsF(self._tag_font).height() + 2  # tags sit on a line's edge
        offset = self.contentOffset()
        for geo in self.visible_blocks():
            if geo.start <= end and start <= geo.end:
                band = self.blockBoundingGeometry(geo.block).translated(offset)
                band.setLeft(0)
                band.setWidth(self.viewport().width())
                self.viewport().update(band.adjusted(0, -margin, 0, margin).toAlignedRect())

    # -- text ----------------------------------------------------------------------------

    def _force_rtl(self) -> None:
        """Right-to-left on the document itself: every paragraph is laid out so first, and
        ``DirectionalLayout`` lays out again those whose direction is left to right."""
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)

    def _on_document(self, _doc_id: str) -> None:
        doc = self.session.document
        assert doc is not None
        self.converter = OffsetConverter(doc.text)
        self.document().setUndoRedoEnabled(False)
        self.paragraphs.mode = self._stored_direction(doc)
        self._sync_direction_actions()
        self.setPlainText(doc.text)  # plain text, always: <b> shows as the characters <b>
        self._shown = len(doc.text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_rest_of_text(self) -> None:
        """The rest of a long document, read after its first screen was painted, goes in
        after what is shown (whole paragraphs, see ``Session.open_document``); the caret,
        the selection and the place on screen stay where they were."""
        doc = self.session.document
        assert doc is not None
        caret = self.textCursor()
        anchor, position = caret.anchor(), caret.position()
        top = self.verticalScrollBar().value()
        self.converter = OffsetConverter(doc.text)
        end = QTextCursor(self.document())
        end.movePosition(QTextCursor.MoveOperation.End)
        end.insertText(doc.text[self._shown :])
        self._shown = len(doc.text)
        caret.setPosition(anchor)
        caret.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(caret)
        self.verticalScrollBar().setValue(top)

    def selection_range(self) -> tuple[int, int]:
        """The selection as code point offsets (start <= end)."""
        self.session.ensure_text()
        cursor = self.textCursor()
        return (
            self.converter.from_utf16(cursor.selectionStart()),
            self.converter.from_utf16(cursor.selectionEnd()),
        )

    def select_range(self, start: int, end: int) -> None:
        self.session.ensure_text()  # the range may be past the start shown first
        cursor = self.textCursor()
        cursor.setPosition(self.converter.to_utf16(start))
        cursor.setPosition(self.converter.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- paragraph direction -------------------------------------------------------------

    def paragraph_direction(self) -> str:
        """``auto`` (each paragraph from its first strong letter), ``rtl`` or ``ltr``."""
        return self.paragraphs.mode

    def set_paragraph_direction(self, mode: str) -> None:
        """Lay out every paragraph of this document in one direction, or each in its own
        (``auto``); remembered for this document of this project (View → Paragraph direction)."""
        assert mode in MODES, mode
        doc = self.session.document
        if doc is not None:
            settings = QSettings()
            if mode == doc.meta.get("direction", AUTO):
                settings.remove(self._direction_key(doc))
            else:
                settings.setValue(self._direction_key(doc), mode)
        self.paragraphs.mode = mode
        self._sync_direction_actions()
        document = self.document()
        document.markContentsDirty(0, document.characterCount())
        self.viewport().update()

    def _direction_key(self, doc) -> str:
        where = str(self.session.project.path).replace("/", "|").replace("\\", "|")
        return f"paragraph_direction/{where}|{doc.id}"

    def _stored_direction(self, doc) -> str:
        """The override chosen in this window for this document, else the document's own
        (``meta.direction``), else ``auto``."""
        mode = QSettings().value(self._direction_key(doc), doc.meta.get("direction", AUTO))
        return mode if mode in MODES else AUTO

    def direction_menu(self, parent: QWidget) -> QMenu:
        """View → Paragraph direction: each paragraph's own, or one for the whole document."""
        menu = QMenu(self.tr("Paragraph &direction"), parent)
        group = QActionGroup(menu)
        titles = {
            "auto": self.tr("From each paragraph's first letter"),
            "rtl": self.tr("Right to left"),
            "ltr": self.tr("Left to right"),
        }
        self._direction_actions: dict[str, QAction] = {}
        for mode in MODES:
            action = QAction(titles[mode], menu)
            action.setCheckable(True)
            action.setChecked(mode == self.paragraphs.mode)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, m=mode: self.set_paragraph_direction(m))
            menu.addAction(action)
            self._direction_actions[mode] = action
        return menu

    def _sync_direction_actions(self) -> None:
        for mode, action in getattr(self, "_direction_actions", {}).items():
            action.setChecked(mode == self.paragraphs.mode)

    def top_offset(self) -> int:
        """The code point offset where the top visible line starts (a place that holds
        whatever the width or what Qt has laid out; a scroll bar value does not)."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if top + line.y() + line.height() > 0:
                return self.converter.from_utf16(block.position() + line.textStart())
        return self.converter.from_utf16(block.position())

    def scroll_to_top(self, offset: int) -> None:
        """Scroll so that the line holding ``offset`` is the top visible one. The blocks
        before it are laid out first: Qt counts an unlaid paragraph as one line, so a line
        number means another place until then."""
        self.session.ensure_text()
        document = self.document()
        target = document.findBlock(self.converter.to_utf16(offset))
        if not target.isValid():
            return
        layout = document.documentLayout()
        block = document.firstBlock()
        while block.isValid() and block.blockNumber() <= target.blockNumber():
            layout.blockBoundingRect(block)  # lays the block out, giving its real line count
            block = block.next()
        local = self.converter.to_utf16(offset) - target.position()
        line = target.layout().lineForTextPosition(local)
        number = line.lineNumber() if line.isValid() else 0
        bar = self.verticalScrollBar()
        # the range may not have caught up with the lines just laid out
        bar.setMaximum(max(bar.maximum(), target.firstLineNumber() + number))
        bar.setValue(target.firstLineNumber() + number)

    def show_span(self, span: Span) -> None:
        self.session.ensure_text()
        cursor = self.textCursor()
        cursor.setPosition(self.converter.to_utf16(span.start))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.viewport().update()

    def zoom(self, steps: int) -> None:
        self.set_point_size(self._point_size + steps)

    def point_size(self) -> float:
        return self._point_size

    def set_point_size(self, point_size: float) -> None:
        self.set_article_font(self._family, point_size)

    def set_article_font(self, family: str, point_size: float) -> None:
        """The bundled Naskh (family ""), or another installed font, at a size."""
        self._family = family
        self._point_size = max(8.0, min(48.0, point_size))
        font = article_font(self._point_size)
        if family:
            font.setFamilies([family, *font.families()])  # the bundled ones as fallbacks
        self.setFont(font)

    # -- keys and mouse ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        selection = self.textCursor().hasSelection()
        if plain and text and not selection and self.session.selected is not None:
            if text in self.key_relations:
                self.relationRequested.emit(self.key_relations[text])
                return
            if text in self.entity_keys:
                self.entityRequested.emit()
                return
        if plain and text and text in self.key_labels:
            self.labelRequested.emit(self.key_labels[text])
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.session.selected:
            self.session.remove_span(self.session.selected)
            return
        if event.key() == Qt.Key.Key_Escape:
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            self.session.select(None)
            return
        super().keyPressEvent(event)

    def block_at(self, pos: QPoint):
        """The block under a viewport point (the nearest one above or below), with the point
        in that block's layout coordinates."""
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        found = None
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if block.isVisible():
                found = (block, QPointF(pos.x() - offset.x(), pos.y() - rect.top()))
                if pos.y() < rect.bottom():
                    break
            if rect.top() > self.viewport().height():
                break
            block = block.next()
        return found

    def character_at(self, pos: QPoint) -> tuple[int, CharBox] | None:
        """The letter drawn under a viewport point: (its UTF-16 position in the document,
        its box), found in the glyph runs (``workbench.ui.hit_test``), not by Qt's
        ``xToCursor``, which is one letter late on wrapped right-to-left lines."""
        found = self.block_at(pos)
        if found is None:
            return None
        block, point = found
        box = character_at(block.layout(), block.text(), point.x(), point.y())
        return None if box is None else (block.position() + box.position, box)

    def caret_position_at(self, pos: QPoint) -> int:
        """The caret place (UTF-16, in the document) that a click at ``pos`` asks for."""
        found = self.block_at(pos)
        if found is None:
            return 0
        block, point = found
        return block.position() + caret_at(block.layout(), block.text(), point.x(), point.y())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            spans = self.span_at(self._press)
            if spans:  # Ctrl+drag from a span draws a relation instead of selecting text
                self._link_from = spans[0]
                self._link_to = self._press
                return
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        # the caret goes where the click was, by the painted glyphs (see character_at)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        mode = QTextCursor.MoveMode.KeepAnchor if shift else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(self.caret_position_at(self._press), mode)
        self.setTextCursor(cursor)
        hit = None if shift else self.character_at(self._press)
        self._drag_from = hit[0] if hit else None
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._link_from is not None:
            self._link_to = event.position().toPoint()
            self.viewport().update()
            return
        pos = event.position().toPoint()
        if self._drag_from is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        if not self._dragging and (pos - self._press).manhattanLength() < 4:
            return
        hit = self.character_at(pos)
        if hit is None:
            return
        self._dragging = True
        self.select_letters(self._drag_from, hit[0])

    def select_letters(self, first: int, last: int) -> None:
        """Select from one letter to another, both included (UTF-16 positions of the letters
        a drag started and is on): dragging from the first letter of a word to its last
        selects the word, in Arabic, in a Latin name inside Arabic, across both."""
        cursor = QTextCursor(self.document())
        low, high = min(first, last), max(first, last)
        cursor.setPosition(high)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)  # past the whole letter
        end = cursor.position()
        cursor.setPosition(low if first <= last else end)
        cursor.setPosition(end if first <= last else low, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Select the word under the pointer by the text rules (``core.text``): Qt's word
        selection takes Arabic and CJK punctuation (« ، ؛ 「) with the word."""
        self._drag_from = None
        hit = self.character_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or hit is None or not self.session.document:
            super().mouseDoubleClickEvent(event)
            return
        self.session.ensure_text()
        offset = self.converter.from_utf16(hit[0])
        start, end = double_click_range(self.session.document.text, offset)
        self.select_range(start, end)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if self._link_from is not None:
            head, self._link_from, self._link_to = self._link_from, None, None
            targets = [s for s in self.span_at(pos) if s.id != head.id]
            if targets:
                self.linkDragged.emit(head, targets[0])
            self.viewport().update()
            return
        dragged, self._drag_from, self._dragging = self._dragging, None, False
        if not dragged:
            super().mouseReleaseEvent(event)
        if self._press is not None and (pos - self._press).manhattanLength() < 4 and not dragged:
            self.select_span_at(pos)
        self._press = None

    def span_at(self, pos: QPoint) -> list[Span]:
        """The spans over the letter under ``pos``, innermost first."""
        self.session.ensure_loaded()
        hit = self.character_at(pos)
        if hit is None:
            return []
        return self.session.index.at(self.converter.from_utf16(hit[0]))

    def select_span_at(self, pos: QPoint) -> None:
        """Click a span to select it; clicking again cycles from the innermost outwards."""
        spans = self.span_at(pos)
        if not spans:
            self.session.select(None)
            return
        current = self.session.selected
        ids = [s.id for s in spans]
        if current is not None and current.id in ids:
            nxt = spans[(ids.index(current.id) + 1) % len(spans)]
        else:
            nxt = spans[0]
        self.session.select(nxt)

    # -- painting ------------------------------------------------------------------------

    def visible_blocks(self):
        document = self.session.document
        text = document.text if document is not None else ""
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        height = self.viewport().height()
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > height:
                break
            if block.isVisible() and block.layout() is not None:
                yield BlockGeometry(block, offset.x(), top, self.converter, text)
            block = block.next()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        blocks = list(self.visible_blocks())
        if blocks:  # one read for the whole screen while the layer is still loading
            self.session.visible_spans(blocks[0].start, blocks[-1].end)
        metrics = QFontMetricsF(self._tag_font)
        tags = self.tag_boxes(blocks, metrics)
        arcs = self.arc_layout(blocks, metrics, [rect for rect, _ in tags])
        painter = QPainter(self.viewport())
        self._paint_backgrounds(painter, blocks)
        for overlay in self.overlays:
            overlay.paint_under(painter, blocks)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for arc in arcs:  # under the text: an arc touching a span never hides its letters
            arc.paint_path(painter)
        painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._tag_font)
        self._paint_outlines(painter, blocks)
        selected = self.session.selected.id if self.session.selected else None
        for rect, span in tags:
            self._paint_tag(painter, rect, span, span.id == selected)
        for arc in arcs:
            arc.paint_name(painter)
        if self.overlays:
            occupied = [rect for rect, _ in tags] + [arc.name_box for arc in arcs]
            for overlay in self.overlays:
                overlay.paint_over(painter, blocks, occupied, QRectF(self.viewport().rect()))
        if self._link_from is not None and self._link_to is not None:
            start = self.span_anchor(self._link_from, blocks)
            if start is not None:  # the link being dragged with Ctrl
                draw_arc(
                    painter, metrics, start, QPointF(self._link_to), "…", QColor("#444444"), False
                )
        painter.end()

    def _color(self, label: str) -> QColor:
        return QColor(self.session.color_of(label))

    def _fill(self, label: str, selected: bool = False) -> QColor:
        """A label's highlight under the article's text, readable in either theme: the
        label's colour (darker when selected), moved away from the text colour as far as
        a contrast of 4.5 needs (white text in the dark theme gets darker highlights).
        Made once per colour: the dark theme's search takes some 0.1 ms, on every span of
        every paint."""
        text = self.palette().color(QPalette.ColorRole.Text)
        key = (self.session.color_of(label), selected, text.getRgbF())
        fill = self._fills.get(key)
        if fill is None:
            color = self._color(label)
            if selected:
                color = color.darker(130)
            fill = self._fills[key] = readable_fill(color, text)
        return fill

    def _paint_backgrounds(self, painter: QPainter, blocks: list[BlockGeometry]) -> None:
        selected = self.session.selected.id if self.session.selected else None
        for geo in blocks:
            spans = self.session.visible_spans(geo.start, geo.end)
            for start, end, span in geo.innermost_segments(spans):
                color = self._fill(span.label, span.id == selected)
                for rect in geo.rects(start, end):
                    painter.fillRect(rect, color)

    def _paint_outlines(self, painter: QPainter, blocks: list[BlockGeometry]) -> None:
        selected = self.session.selected.id if self.session.selected else None
        for geo in blocks:
            spans = self.session.visible_spans(geo.start, geo.end)
            nested = geo.overlapping_ids(spans)
            for span in spans:
                if span.id in nested or span.id == selected:
                    color = self._color(span.label).darker(160)
                    painter.setPen(QPen(color, 2.0 if span.id == selected else 1.2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    for rect in geo.rects(max(span.start, geo.start), min(span.end, geo.end)):
                        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)

    def tag_boxes(self, blocks: list[BlockGeometry], metrics) -> list[tuple[QRectF, Span]]:
        """Each visible span's label tag: a box hung under its first letter (see
        ``BlockGeometry.tag_anchor``); tags of spans that start together are set side by
        side in the paragraph's reading order."""
        out: list[tuple[QRectF, Span]] = []
        for geo in blocks:
            placed: list[QRectF] = []
            for span in self.session.visible_spans(geo.start, geo.end):
                if not geo.start <= span.start < geo.end:
                    continue
                width = metrics.horizontalAdvance(span.label) + 6
                rect = geo.tag_rect(span.start, width, metrics.height(), placed)
                if rect is None:
                    continue
                placed.append(rect)
                out.append((rect, span))
        return out

    def _paint_tag(self, painter, rect: QRectF, span: Span, selected: bool) -> None:
        color = self._color(span.label)
        painter.setPen(QPen(color.darker(170), 2.0 if selected else 1.0))
        ink = QColor("#222222")
        painter.setBrush(readable_fill(color.lighter(105), ink))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, span.label)

    # -- relations -----------------------------------------------------------------------

    def span_anchor(self, span: Span, blocks: list[BlockGeometry]) -> QPointF | None:
        """Top centre of the span's first rectangle, if it is on screen."""
        end = self._arc_end(span, blocks, QFontMetricsF(self._tag_font).height())
        return None if end is None else QPointF(end.x, end.top)

    def _arc_end(self, span: Span, blocks: list[BlockGeometry], tag_height: float) -> ArcEnd | None:
        """Where an arc meets the span, if the span's first line and its lane are on screen."""
        for geo in blocks:
            if geo.start <= span.start < geo.end:
                end = geo.arc_end(span.start, span.end, tag_height)
                # the lane above the span's line must be on screen, or the arc leaves by
                # the margin, as for a span off screen
                if end is None or not 0 <= end.lane_top < end.top <= self.viewport().height():
                    return None
                return end
        return None

    def visible_relations(self, blocks: list[BlockGeometry]) -> list[Relation]:
        """The relations with an end on screen (a span starting in a visible block), in the
        layer's order: found through the spans on screen, so a paint does not go through
        every relation of the document."""
        relations = self.session.layer.relations
        if self._relations_of[0] is not relations:  # the layer's relations changed
            by_span: dict[str, list[int]] = {}
            for i, relation in enumerate(relations):
                by_span.setdefault(relation.head, []).append(i)
                if relation.tail != relation.head:
                    by_span.setdefault(relation.tail, []).append(i)
            self._relations_of = (relations, by_span)
        by_span = self._relations_of[1]
        found: set[int] = set()
        for geo in blocks:
            for span in self.session.visible_spans(geo.start, geo.end):
                if geo.start <= span.start < geo.end:
                    found.update(by_span.get(span.id, ()))
        return [relations[i] for i in sorted(found)]

    def arc_layout(self, blocks: list[BlockGeometry], metrics, tags: list[QRectF]) -> list:
        """Every visible relation routed in the lanes between lines, with its name placed
        off letters, tags and other names, inside the viewport (``arc_routing``)."""
        if not blocks or self.session.layer is None:
            return []
        relations = self.visible_relations(blocks)
        if not relations:  # most screens: no letters' rectangles to gather
            return []
        selected = self.session.selected_relation.id if self.session.selected_relation else None
        schema = self.session.project.schema
        height = metrics.height()
        obstacles = [rect for geo in blocks for rect in geo.letter_rects()] + list(tags)
        bounds = QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1)
        routed = route_arcs(
            relations,
            self.session.index.get,
            lambda span: self._arc_end(span, blocks, height),
            lambda relation: metrics.horizontalAdvance(relation.label) + 6,
            height,
            obstacles,
            bounds,
            self.viewport().height(),
        )
        arcs = []
        for relation, pieces, box in routed:
            spec = schema.relations.get(relation.label)
            color = QColor(spec.color if spec else "#555555")
            arcs.append(RoutedArc(relation, pieces, box, color, relation.id == selected))
        return arcs

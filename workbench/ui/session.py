"""The annotation session: one project, one annotator, the open document, and its undo stack.

Views listen to its signals; every change goes through an undo command that calls one project
operation (committed at once) and then tells the views what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.intervals import SpanIndex
from workbench.core.model import Document, Layer, Span
from workbench.core.text import snap_to_graphemes, snap_to_words, trim_proclitic
from workbench.store.project import Project
from workbench.ui import commands


class Session(QObject):
    documentOpened = Signal(str)  # noqa: N815  (Qt naming)
    spansChanged = Signal(int, int)  # noqa: N815  the code point range whose look changed
    spanSelected = Signal(object)  # noqa: N815  Span or None
    statusChanged = Signal(str, str)  # noqa: N815  doc id, status
    layerLoaded = Signal()  # noqa: N815  the whole layer is in memory
    error = Signal(str)

    def __init__(self, project: Project, annotator: str, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.annotator = annotator
        self.undo_stack = QUndoStack(self)
        self.document: Document | None = None
        self.layer = Layer(annotator)
        self.index = SpanIndex()
        self.selected: Span | None = None
        self._loaded = True
        self._loaded_ranges: list[tuple[int, int]] = []
        self.snap_words = True
        self.trim_clitic = False

    # -- documents -----------------------------------------------------------------------

    def open_document(self, doc_id: str) -> None:
        """Show a document at once; its layer loads in full right after the first paint.

        Until then the view asks for the spans of what it shows (``visible_spans``), so a
        document with thousands of spans paints its first screen without reading them all.
        """
        self.document = self.project.document(doc_id)
        status = self.project.layer_status(doc_id, self.annotator)
        self.layer = Layer(self.annotator, status or "new")
        self.index = SpanIndex()
        self._loaded = False
        self._loaded_ranges: list[tuple[int, int]] = []
        self.selected = None
        self.undo_stack.clear()
        self.documentOpened.emit(doc_id)
        self.spanSelected.emit(None)
        QTimer.singleShot(0, self.ensure_loaded)

    def ensure_loaded(self) -> None:
        """Read the whole layer (spans, relations, entities) if it is not read yet."""
        if self._loaded or self.document is None:
            return
        self.layer = self.project.layer(self.document.id, self.annotator) or Layer(self.annotator)
        self.index = SpanIndex(self.layer.spans)
        self._loaded = True
        self.layerLoaded.emit()

    def visible_spans(self, start: int, end: int) -> list[Span]:
        """Spans overlapping [start, end): from the index, or straight from the file before
        the layer is loaded."""
        covered = any(a <= start and end <= b for a, b in self._loaded_ranges)
        if not self._loaded and self.document is not None and not covered:
            for span in self.project.spans_in_range(self.document.id, self.annotator, start, end):
                if self.index.get(span.id) is None:
                    self.index.add(span)
            self._loaded_ranges.append((start, end))
        return self.index.overlapping(start, end)

    @property
    def status(self) -> str:
        return self.layer.status

    def set_status(self, status: str) -> None:
        if self.document is None:
            return
        self.ensure_loaded()
        self.project.set_status(self.document.id, self.annotator, status)
        self.layer.status = status
        self.statusChanged.emit(self.document.id, status)

    def next_document(self, after: str | None, not_done: bool = True) -> str | None:
        """The next document (wrapping around) that is not done, or None when all are."""
        rows = self.project.document_list(self.annotator)
        ids = [r["id"] for r in rows]
        start = ids.index(after) + 1 if after in ids else 0
        for row in rows[start:] + rows[:start]:
            if row["id"] != after and (not not_done or row["status"] != "done"):
                return row["id"]
        return None

    # -- selection to span ---------------------------------------------------------------

    def span_range(self, start: int, end: int) -> tuple[int, int, dict]:
        """Apply the boundary policy to a selection: words, graphemes, optional proclitic."""
        assert self.document is not None
        text = self.document.text
        if self.snap_words:
            start, end = snap_to_words(text, start, end)
        else:
            start, end = snap_to_graphemes(text, min(start, end), max(start, end))
        attrs: dict = {}
        if self.trim_clitic and end > start:
            start, end, attrs = trim_proclitic(text, start, end)
        return start, end, attrs

    # -- edits (through the undo stack) -------------------------------------------------

    def add_span(self, label: str, start: int, end: int) -> Span | None:
        if self.document is None:
            return None
        self.ensure_loaded()
        start, end, attrs = self.span_range(start, end)
        if end <= start:
            self.error.emit(self.tr("Select some text first."))
            return None
        duplicate = next(
            (
                s
                for s in self.index.overlapping(start, end)
                if (s.start, s.end, s.label) == (start, end, label)
            ),
            None,
        )
        if duplicate is not None:
            self.select(duplicate)
            self.error.emit(self.tr("This span exists already."))
            return None
        command = commands.AddSpan(self, label, start, end, attrs)
        self._push(command)
        return command.span

    def remove_span(self, span: Span) -> None:
        self._push(commands.RemoveSpan(self, span))

    def update_span(self, span: Span, label: str | None = None, attrs: dict | None = None):
        self._push(commands.UpdateSpan(self, span, label, attrs))

    def _push(self, command) -> None:
        self.ensure_loaded()
        try:
            command.push_to(self.undo_stack)
        except commands.Refused as exc:
            self.error.emit(str(exc))

    def select(self, span: Span | None) -> None:
        self.selected = span
        self.spanSelected.emit(span)

    # -- called by the commands after the project changed --------------------------------

    def span_added(self, span: Span) -> None:
        self.layer.spans.append(span)
        self.index.add(span)
        self._status_after_edit()
        self.spansChanged.emit(span.start, span.end)

    def span_removed(self, span_id: str) -> None:
        span = self.index.remove(span_id)
        self.layer.spans = [s for s in self.layer.spans if s.id != span_id]
        self.layer.relations = [r for r in self.layer.relations if span_id not in (r.head, r.tail)]
        if self.selected is not None and self.selected.id == span_id:
            self.select(None)
        if span is not None:
            self._status_after_edit()
            self.spansChanged.emit(span.start, span.end)

    def span_updated(self, span: Span) -> None:
        self.index.replace(span)
        self.layer.spans = [span if s.id == span.id else s for s in self.layer.spans]
        if self.selected is not None and self.selected.id == span.id:
            self.select(span)
        self.spansChanged.emit(span.start, span.end)

    def relations_restored(self, relations) -> None:
        self.layer.relations.extend(relations)

    def _status_after_edit(self) -> None:
        if self.layer.status == "new":
            self.layer.status = "in_progress"
            assert self.document is not None
            self.statusChanged.emit(self.document.id, "in_progress")

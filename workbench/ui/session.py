"""The annotation session: one project, one annotator, the open document, and its undo stack.

Views listen to its signals; every change goes through an undo command that calls one project
operation (committed at once) and then tells the views what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.intervals import SpanIndex
from workbench.core.model import Document, Entity, Layer, Relation, Span
from workbench.core.text import snap_to_graphemes, snap_to_words, trim_proclitic
from workbench.store.project import Project
from workbench.ui import commands


class Session(QObject):
    documentOpened = Signal(str)  # noqa: N815  (Qt naming)
    spansChanged = Signal(int, int)  # noqa: N815  the code point range whose look changed
    spanSelected = Signal(object)  # noqa: N815  Span or None
    statusChanged = Signal(str, str)  # noqa: N815  doc id, status
    layerLoaded = Signal()  # noqa: N815  the whole layer is in memory
    linksChanged = Signal()  # noqa: N815  relations or entities changed
    relationSelected = Signal(object)  # noqa: N815  Relation or None
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
        self.selected_relation: Relation | None = None
        self._loaded = True
        self._loaded_ranges: list[tuple[int, int]] = []
        self.snap_words = True
        self.trim_clitic = False
        self.colors: dict[str, str] = {}  # label colours chosen in the settings

    def color_of(self, label: str) -> str:
        spec = self.project.schema.labels.get(label)
        return self.colors.get(label) or (spec.color if spec else "#dddddd")

    def set_annotator(self, annotator: str) -> None:
        """Work as someone else from now on: the open document shows their layer."""
        self.annotator = annotator
        if self.document is not None:
            self.open_document(self.document.id)

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
        return self.project.next_document(self.annotator, after, not_done)

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

    # -- relations and entities ----------------------------------------------------------

    def links_changed(self) -> None:
        """Reload the layer after a relation or entity change and tell the views."""
        selected = self.selected.id if self.selected else None
        self._loaded = False
        self.ensure_loaded()
        self.selected = self.index.get(selected) if selected else None
        if self.selected_relation is not None:
            rel_id = self.selected_relation.id
            self.selected_relation = next((r for r in self.layer.relations if r.id == rel_id), None)
        self.linksChanged.emit()

    def _link(self, text: str, do, undo) -> bool:
        before = self.undo_stack.count()
        self._push(commands.LinkCommand(self, text, do, undo))
        return self.undo_stack.count() > before

    def _ids(self):
        assert self.document is not None
        return self.document.id, self.annotator

    def add_relation(self, label: str, head: Span, tail: Span) -> bool:
        project, (doc, who) = self.project, self._ids()
        made: list[Relation] = []

        def do():
            rid = made[0].id if made else None
            made[:] = [project.add_relation(doc, who, label, head.id, tail.id, None, rid)]

        return self._link(
            self.tr("Link %s") % label, do, lambda: project.remove_relation(doc, who, made[0].id)
        )

    def remove_relation(self, relation: Relation) -> bool:
        project, (doc, who) = self.project, self._ids()
        return self._link(
            self.tr("Delete %s") % relation.label,
            lambda: project.remove_relation(doc, who, relation.id),
            lambda: project.add_relation(
                doc,
                who,
                relation.label,
                relation.head,
                relation.tail,
                relation.attrs,
                relation.id,
            ),
        )

    def relabel_relation(self, relation: Relation, label: str) -> bool:
        project, (doc, who) = self.project, self._ids()
        return self._link(
            self.tr("Change %s") % relation.label,
            lambda: project.relabel_relation(doc, who, relation.id, label),
            lambda: project.relabel_relation(doc, who, relation.id, relation.label),
        )

    def new_entity(self, span: Span) -> bool:
        """A new entity named after the mention, with the mention in it."""
        project, (doc, who) = self.project, self._ids()
        made: list[Entity] = []
        previous = span.entity

        def do():
            eid = made[0].id if made else None
            made[:] = [project.create_entity(doc, who, span.label, span.text, eid)]
            project.set_span_entity(doc, who, span.id, made[0].id)

        def undo():
            project.delete_entity(doc, who, made[0].id)
            project.set_span_entity(doc, who, span.id, previous)

        return self._link(self.tr("New entity"), do, undo)

    def set_entity(self, span: Span, entity_id: str | None) -> bool:
        """Put a mention into an entity, or (None) split it out of its entity."""
        project, (doc, who) = self.project, self._ids()
        previous = span.entity
        return self._link(
            self.tr("Split mention out") if entity_id is None else self.tr("Add mention to entity"),
            lambda: project.set_span_entity(doc, who, span.id, entity_id),
            lambda: project.set_span_entity(doc, who, span.id, previous),
        )

    def rename_entity(self, entity: Entity, name: str) -> bool:
        project, (doc, who) = self.project, self._ids()
        return self._link(
            self.tr("Rename entity"),
            lambda: project.rename_entity(doc, who, entity.id, name),
            lambda: project.rename_entity(doc, who, entity.id, entity.name),
        )

    def merge_entities(self, keep: Entity, absorb: Entity) -> bool:
        project, (doc, who) = self.project, self._ids()
        moved: list[str] = []

        def do():
            _gone, mentions = project.merge_entities(doc, who, keep.id, absorb.id)
            moved[:] = mentions

        return self._link(
            self.tr("Merge entities"), do, lambda: project.restore_entity(doc, who, absorb, moved)
        )

    def delete_entity(self, entity: Entity) -> bool:
        project, (doc, who) = self.project, self._ids()
        mentions: list[str] = []

        def do():
            _entity, ids = project.delete_entity(doc, who, entity.id)
            mentions[:] = ids

        return self._link(
            self.tr("Delete entity"), do, lambda: project.restore_entity(doc, who, entity, mentions)
        )

    def select_relation(self, relation: Relation | None) -> None:
        self.selected_relation = relation
        self.relationSelected.emit(relation)

    def relation_candidates(self, label: str, head: Span) -> list[Span]:
        """Spans this relation may point to from ``head``, nearest first."""
        spec = self.project.schema.relations.get(label)
        if spec is None or head.label not in spec.heads:
            return []
        taken = {r.tail for r in self.layer.relations if r.head == head.id and r.label == label}
        spans = [
            s for s in self.index if s.label in spec.tails and s.id != head.id and s.id not in taken
        ]
        return sorted(spans, key=lambda s: (span_distance(head, s), s.start))


def span_distance(a: Span, b: Span) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b.start - a.end, a.start - b.end)

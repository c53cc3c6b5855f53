"""The annotation session: one project, one annotator, the open document, and its undo stack.

Every edit is an undo command over one store operation (committed at once), which returns a
``ChangeSet``. The session applies each change set to the layer it holds in memory and
publishes it once, through ``changed``; every view updates itself from that change set, so no
edit reads the layer again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.changes import Changes, ChangeSet
from workbench.core.errors import WorkbenchError
from workbench.core.intervals import SpanIndex
from workbench.core.model import Comment, Document, Entity, Layer, Relation, Span
from workbench.core.text import snap_to_graphemes, snap_to_words, trim_proclitic
from workbench.core.validate import DuplicateSpan
from workbench.store.project import Project
from workbench.ui import commands

# A longer text shows its first paragraphs before the rest is read: some 15 screens of a
# window at the default size, a screen of a 4K one at the smallest type
FIRST_CHARS = 20_000


class Session(QObject):
    documentOpened = Signal(str)  # noqa: N815  (Qt naming)
    changed = Signal(object)  # a ChangeSet, once it is applied to the layer in memory
    spanSelected = Signal(object)  # noqa: N815  Span or None
    layerLoaded = Signal()  # noqa: N815  the whole layer is in memory
    textCompleted = Signal()  # noqa: N815  the rest of a long document's text is read
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
        self._whole_text = True  # False while only the start of a long document is read
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
        self.project.acting_as = annotator
        if self.document is not None:
            self.open_document(self.document.id)

    # -- documents -----------------------------------------------------------------------

    def open_document(self, doc_id: str) -> None:
        """Show a document at once; its layer, and the rest of a long text, load in full
        right after the first paint.

        Until then the view asks for the spans of what it shows (``visible_spans``), so a
        document with thousands of spans paints its first screen without reading them all;
        and a text longer than ``FIRST_CHARS`` is shown from its first paragraphs
        (``ensure_text`` reads the rest, ``textCompleted`` says so).
        """
        self.document, self._whole_text = self.project.document_start(doc_id, FIRST_CHARS)
        cut = self.document.text.rfind("\n")
        if not self._whole_text and cut > 0:  # whole paragraphs: the rest starts a new one
            self.document = Document(doc_id, self.document.text[:cut], self.document.meta)
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

    def ensure_text(self) -> None:
        """Read the whole text of the open document if only its start is read yet."""
        if self._whole_text or self.document is None:
            return
        self.document = self.project.document(self.document.id)
        self._whole_text = True
        self.textCompleted.emit()

    def ensure_loaded(self) -> None:
        """Read the whole text and layer (spans, relations, entities) if not read yet."""
        self.ensure_text()
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

    def next_document(self, after: str | None, not_done: bool = True) -> str | None:
        """The next document (wrapping around) that is not done, or None when all are."""
        return self.project.next_document(self.annotator, after, not_done)

    # -- selection to span ---------------------------------------------------------------

    def span_range(self, start: int, end: int) -> tuple[int, int, dict]:
        """Apply the boundary policy to a selection: words, graphemes, optional proclitic."""
        assert self.document is not None
        self.ensure_text()
        text = self.document.text
        if self.snap_words:
            start, end = snap_to_words(text, start, end)
        else:
            start, end = snap_to_graphemes(text, min(start, end), max(start, end))
        attrs: dict = {}
        if self.trim_clitic and end > start:
            start, end, attrs = trim_proclitic(text, start, end)
        return start, end, attrs

    # -- edits: each one an undo command over a store operation ------------------------

    def _edit(self, text: str, operation) -> ChangeSet | None:
        """Push one undoable store operation; the change set it made, or None if refused."""
        if self.document is None:
            return None
        self.ensure_loaded()
        command = commands.StoreCommand(text, self.project, operation, self.publish, self._refused)
        self.undo_stack.push(command)  # runs it; a refused command is dropped, not kept
        return command.changes

    def _refused(self, exc: WorkbenchError) -> None:
        if isinstance(exc, DuplicateSpan):  # show the one that is there already
            self.select(self.index.get(exc.existing.id) or exc.existing)
            self.error.emit(self.tr("This span exists already."))
            return
        self.error.emit(exc.message)

    def _ids(self) -> tuple[str, str]:
        assert self.document is not None
        return self.document.id, self.annotator

    def add_span(self, label: str, start: int, end: int) -> Span | None:
        if self.document is None:
            return None
        start, end, attrs = self.span_range(start, end)
        if end <= start:
            self.error.emit(self.tr("Select some text first."))
            return None
        doc, who = self._ids()
        changes = self._edit(
            self.tr("Add %s") % label,
            lambda: self.project.add_span(doc, who, label, start, end, attrs),
        )
        return changes.spans.added[0] if changes else None

    def remove_span(self, span: Span) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Delete %s") % span.label,
            lambda: self.project.remove_span(doc, who, span.id),
        )

    def update_span(self, span: Span, label: str | None = None, attrs: dict | None = None) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Change %s") % span.label,
            lambda: self.project.update_span(doc, who, span.id, label, attrs),
        )

    # suggestions (ui/suggestions.py): each verdict an undo step, recorded who and when

    def accept_suggestion(self, item_id: str, with_links: bool = False) -> ChangeSet | None:
        """Copy a suggested item into the open layer (``with_links``: the cue, speaker and
        links it heads too), one undo step with its verdict."""
        doc, who = self._ids()
        return self._edit(
            self.tr("Accept suggestion"),
            lambda: self.project.accept_suggestion(doc, who, item_id, with_links),
        )

    def reject_suggestion(self, item_id: str) -> ChangeSet | None:
        doc, who = self._ids()
        return self._edit(
            self.tr("Reject suggestion"), lambda: self.project.reject_suggestion(doc, who, item_id)
        )

    def accept_suggestions_above(self, label: str, min_score: float) -> ChangeSet | None:
        doc, who = self._ids()
        return self._edit(
            self.tr("Accept %s suggestions") % label,
            lambda: self.project.accept_suggestions_above(doc, who, label, min_score),
        )

    def _done(self, text: str, operation) -> bool:
        return self._edit(text, operation) is not None

    def set_status(self, status: str) -> None:
        """Mark the open document new, in progress or done (not an edit one undoes)."""
        if self.document is None:
            return
        self.ensure_loaded()
        try:
            changes = self.project.set_status(*self._ids(), status)
        except WorkbenchError as exc:
            self._refused(exc)
            return
        self.publish(changes)

    # -- categories, comments, history: undoable edits like the others --------------------

    def set_categories(self, categories: dict[str, list[str]]) -> bool:
        """Choose the open layer's document categories (name -> values), one undo step."""
        doc, who = self._ids()
        return self._done(
            self.tr("Set categories"),
            lambda: self.project.set_categories(doc, who, categories),
        )

    def add_comment(self, target: str | None, text: str) -> bool:
        """Comment on an item of the open layer (its id) or on the document (None)."""
        doc, who = self._ids()
        return self._done(
            self.tr("Comment"),
            lambda: self.project.add_comment(doc, who, target, text, who),
        )

    def edit_comment(self, comment: Comment, text: str) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Edit comment"),
            lambda: self.project.edit_comment(doc, who, comment.id, text),
        )

    def remove_comment(self, comment: Comment) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Remove comment"),
            lambda: self.project.remove_comment(doc, who, comment.id),
        )

    def restore(self, entry_id) -> bool:
        """Bring back an item of the open layer as a history entry recorded it."""
        return self._done(self.tr("Restore"), lambda: self.project.restore_from_history(entry_id))

    def select(self, span: Span | None) -> None:
        self.selected = span
        self.spanSelected.emit(span)

    # -- change sets reach the views here, once each -------------------------------------

    def shows(self, changes: ChangeSet) -> bool:
        """Whether a change set is about the layer this session has open."""
        return (
            self.document is not None
            and changes.doc_id == self.document.id
            and changes.annotator == self.annotator
        )

    def publish(self, changes: ChangeSet) -> None:
        """Apply a change set to the layer in memory and its span index, fix the selection,
        and tell every view through ``changed``, once. A change set about another layer (a
        supervisor's action) is passed on for the views that list documents."""
        selection_moved = False
        if self.shows(changes):
            self._apply(changes)
            selection_moved = self._follow_selection(changes)
        self.changed.emit(changes)
        if selection_moved:
            self.spanSelected.emit(self.selected)

    def _apply(self, changes: ChangeSet) -> None:
        for span in changes.spans.removed:
            self.index.remove(span.id)
        for _before, after in changes.spans.changed:
            self.index.replace(after)
        for span in changes.spans.added:
            self.index.add(span)
        layer = self.layer
        layer.spans = applied(layer.spans, changes.spans)
        layer.relations = applied(layer.relations, changes.relations)
        layer.entities = applied(layer.entities, changes.entities)
        if changes.status is not None:
            layer.status = changes.status[1]
        layer.comments = applied(layer.comments, changes.comments)
        if changes.categories is not None:
            layer.categories = {name: list(v) for name, v in changes.categories[1].items()}

    def _follow_selection(self, changes: ChangeSet) -> bool:
        """The selection follows the edit: a span that appears is selected, a selected span
        that changes is selected as it is now, one that goes away is no longer selected.
        True when the selected span changed."""
        before = self.selected
        if changes.spans.added:
            self.selected = changes.spans.added[0]
        elif self.selected is not None:
            self.selected = self.index.get(self.selected.id)
        relation = self.selected_relation
        if relation is not None:
            self.selected_relation = next(
                (r for r in self.layer.relations if r.id == relation.id), None
            )
        return self.selected is not before

    # -- relations and entities ----------------------------------------------------------

    def add_relation(self, label: str, head: Span, tail: Span) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Link %s") % label,
            lambda: self.project.add_relation(doc, who, label, head.id, tail.id),
        )

    def remove_relation(self, relation: Relation) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Delete %s") % relation.label,
            lambda: self.project.remove_relation(doc, who, relation.id),
        )

    def relabel_relation(self, relation: Relation, label: str) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Change %s") % relation.label,
            lambda: self.project.relabel_relation(doc, who, relation.id, label),
        )

    def new_entity(self, span: Span) -> bool:
        """A new entity named after the mention, with the mention in it."""
        doc, who = self._ids()
        return self._done(
            self.tr("New entity"),
            lambda: self.project.create_entity(doc, who, span.label, span.text, [span.id]),
        )

    def set_entity(self, span: Span, entity_id: str | None) -> bool:
        """Put a mention into an entity, or (None) split it out of its entity."""
        doc, who = self._ids()
        return self._done(
            self.tr("Split mention out") if entity_id is None else self.tr("Add mention to entity"),
            lambda: self.project.set_span_entity(doc, who, span.id, entity_id),
        )

    def rename_entity(self, entity: Entity, name: str) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Rename entity"),
            lambda: self.project.rename_entity(doc, who, entity.id, name),
        )

    def merge_entities(self, keep: Entity, absorb: Entity) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Merge entities"),
            lambda: self.project.merge_entities(doc, who, keep.id, absorb.id),
        )

    def delete_entity(self, entity: Entity) -> bool:
        doc, who = self._ids()
        return self._done(
            self.tr("Delete entity"),
            lambda: self.project.delete_entity(doc, who, entity.id),
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

    def likely_target(self, label: str, head: Span, targets: list[Span]) -> Span | None:
        """The target a person most likely wants among ``targets``: the nearest one before
        ``head`` (a quote's speaker is usually named before it), else the one the previous
        span of head's label links to with ``label`` (the previous quote's speaker), else
        the nearest."""
        if not targets:
            return None
        before = [t for t in targets if t.end <= head.start]
        if before:
            return max(before, key=lambda t: t.end)
        earlier = {s.id: s for s in self.index if s.label == head.label and s.end <= head.start}
        linked = [r for r in self.layer.relations if r.label == label and r.head in earlier]
        if linked:
            last = max(linked, key=lambda r: earlier[r.head].start)
            found = next((t for t in targets if t.id == last.tail), None)
            if found is not None:
                return found
        return targets[0]


def span_distance(a: Span, b: Span) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b.start - a.end, a.start - b.end)


def applied(items: list, changes: Changes) -> list:
    """A list of spans, relations or entities with a change of that kind made to it."""
    if not changes:
        return items
    gone = {item.id for item in changes.removed}
    now = {after.id: after for _before, after in changes.changed}
    kept = list(items)
    pending = gone | now.keys()
    # from the end, where an edit's own items are (an undo takes back the last added span),
    # until every item changed or removed is found: a layer of 10,000 spans is not walked
    for i in range(len(kept) - 1, -1, -1):
        if not pending:
            break
        item_id = kept[i].id
        if item_id in pending:
            pending.discard(item_id)
            if item_id in gone:
                del kept[i]
            else:
                kept[i] = now[item_id]
    return kept + list(changes.added)

"""Every edit of a layer: one checked transaction that returns a ``ChangeSet``.

Each operation reads what it needs, describes its change as a ``ChangeSet`` and hands it to
``apply``, the one way an edit writes into a layer. ``apply`` checks that the layer still holds
what the change set replaces, writes it, then runs the rules of ``core.validate`` on everything
it touched (offsets inside the text and on grapheme boundaries, the schema's labels and
attributes, duplicate spans, relation heads and tails, self links, duplicate relations, entities
that exist), all in one transaction: a refusal raises ``ValidationError`` and leaves the file as
it was. Undo is ``apply(changes.inverse())``, redo ``apply(changes)``. Whole layers (imports,
merges, packages) come in through ``replace_layer``, checked by ``check_layer``.

``apply`` also writes the history (``store.history``) from the change set it applied, in the
same transaction: one row per item touched, by ``acting_as`` (or the layer's annotator); a
whole layer written by ``replace_layer`` is one compact row. Comments go with the span,
relation or entity they are on: removing the item removes them in the same change set (undo
brings both back).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from workbench.core.changes import Changes, ChangeSet, Decision
from workbench.core.errors import ValidationError
from workbench.core.model import GOLD, STATUSES, Comment, Entity, Layer, Relation, Span
from workbench.core.schema import Schema
from workbench.core.validate import (
    DuplicateSpan,
    check_comment,
    check_entity,
    check_layer,
    check_relation,
    check_span,
)
from workbench.store import verdicts
from workbench.store.decisions import Decisions, check_decision
from workbench.store.documents import Documents
from workbench.store.history import ITEM_KINDS, History, item_of, layer_summary, rows_of
from workbench.store.jsonfields import dumps
from workbench.store.layers import Layers
from workbench.store.projectfile import now
from workbench.store.transactions import transaction


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValidationError(f"status {status!r} is not one of {', '.join(STATUSES)}")


def _existing(table, layer_id: int, item_id: str, kind: str):
    item = table.get(layer_id, item_id)
    if item is None:
        raise ValidationError(f"{kind} {item_id!r} does not exist")
    return item


def layer_changes(doc_id: str, before: Layer | None, after: Layer) -> ChangeSet:
    """The change set that turns ``before`` (None: no layer yet) into ``after`` (its time on
    task is not a change: compare ``seconds`` apart)."""
    old = before or Layer(after.annotator)
    status = (old.status, after.status) if old.status != after.status else None
    categories = (old.categories, after.categories) if old.categories != after.categories else None
    return ChangeSet(
        doc_id,
        after.annotator,
        _diff(old.spans, after.spans),
        _diff(old.relations, after.relations),
        _diff(old.entities, after.entities),
        status,
        comments=_diff(old.comments, after.comments),
        categories=categories,
    )


def _diff(old: list, new: list) -> Changes:
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    return Changes(
        added=tuple(item for item in new if item.id not in before),
        changed=tuple(
            (before[item.id], item) for item in new if item.id in before and before[item.id] != item
        ),
        removed=tuple(item for item in old if item.id not in after),
    )


class Edits:
    def __init__(
        self,
        conn: sqlite3.Connection,
        schema: Schema,
        documents: Documents,
        layers: Layers,
        decisions: Decisions,
    ):
        self.conn = conn
        self.schema = schema
        self.documents = documents
        self.layers = layers
        self.spans = layers.spans
        self.relations = layers.relations
        self.entities = layers.entities
        self.comments = layers.comments
        self.decisions = decisions
        self.history = History(conn)
        # who is making the edits (the window's user, the command line's --annotator): the
        # history's "by"; None: the layer's annotator
        self.acting_as: str | None = None

    # -- spans -----------------------------------------------------------------------------

    def add_span(
        self,
        doc_id: str,
        annotator: str,
        label: str,
        start: int,
        end: int,
        attrs: dict[str, Any] | None = None,
        span_id: str | None = None,
        entity: str | None = None,
    ) -> ChangeSet:
        """A new span (``cs.spans.added[0]``; its id is ``s<N>`` unless given, its text read
        from the document); the first edit of a layer makes it. A span with the label and
        offsets of one the layer holds raises ``DuplicateSpan``."""
        text = self.documents.get(doc_id).text
        with transaction(self.conn):
            layer_id = self.layers.id(doc_id, annotator, create=True)
            assert layer_id is not None
            span_id = span_id or self.spans.next_id(layer_id)
            covered = text[start:end] if isinstance(start, int) and isinstance(end, int) else ""
            span = Span(span_id, start, end, label, covered, entity, dict(attrs or {}))
            return self.apply(ChangeSet(doc_id, annotator, Changes(added=(span,))))

    def update_span(
        self,
        doc_id: str,
        annotator: str,
        span_id: str,
        label: str | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> ChangeSet:
        """A new label or new attributes (None keeps them); the span's relations are checked
        against the new label."""
        with transaction(self.conn):
            before = self._span(self.layers.require(doc_id, annotator), span_id)
            after = replace(
                before,
                label=before.label if label is None else label,
                attrs=dict(before.attrs if attrs is None else attrs),
            )
            return self.apply(ChangeSet(doc_id, annotator, Changes(changed=((before, after),))))

    def remove_span(self, doc_id: str, annotator: str, span_id: str) -> ChangeSet:
        """The span goes, and the relations that touch it with it."""
        with transaction(self.conn):
            layer_id = self.layers.require(doc_id, annotator)
            span = self._span(layer_id, span_id)
            relations = tuple(self.relations.touching(layer_id, span_id))
            comments = self.comments.on(layer_id, [span_id, *(r.id for r in relations)])
            return self.apply(
                ChangeSet(
                    doc_id,
                    annotator,
                    Changes(removed=(span,)),
                    Changes(removed=relations),
                    comments=Changes(removed=tuple(comments)),
                )
            )

    def _span(self, layer_id: int, span_id: str) -> Span:
        return _existing(self.spans, layer_id, span_id, "span")

    # -- relations -------------------------------------------------------------------------

    def add_relation(
        self,
        doc_id: str,
        annotator: str,
        label: str,
        head: str,
        tail: str,
        attrs: dict[str, Any] | None = None,
        relation_id: str | None = None,
    ) -> ChangeSet:
        """Link two spans; refused, with the reason, when the schema or the layer forbids it."""
        with transaction(self.conn):
            layer_id = self.layers.require(doc_id, annotator)
            relation = Relation(
                relation_id or self.relations.next_id(layer_id),
                label,
                head,
                tail,
                dict(attrs or {}),
            )
            return self.apply(ChangeSet(doc_id, annotator, relations=Changes(added=(relation,))))

    def remove_relation(self, doc_id: str, annotator: str, relation_id: str) -> ChangeSet:
        """The relation goes; its spans stay."""
        with transaction(self.conn):
            layer_id = self.layers.require(doc_id, annotator)
            relation = self._relation(layer_id, relation_id)
            comments = tuple(self.comments.on(layer_id, [relation_id]))
            return self.apply(
                ChangeSet(
                    doc_id,
                    annotator,
                    relations=Changes(removed=(relation,)),
                    comments=Changes(removed=comments),
                )
            )

    def relabel_relation(
        self, doc_id: str, annotator: str, relation_id: str, label: str
    ) -> ChangeSet:
        """Another label for a relation, checked against the schema like a new one."""
        with transaction(self.conn):
            before = self._relation(self.layers.require(doc_id, annotator), relation_id)
            changed = ((before, replace(before, label=label)),)
            return self.apply(ChangeSet(doc_id, annotator, relations=Changes(changed=changed)))

    def _relation(self, layer_id: int, relation_id: str) -> Relation:
        return _existing(self.relations, layer_id, relation_id, "relation")

    # -- entities --------------------------------------------------------------------------

    def create_entity(
        self,
        doc_id: str,
        annotator: str,
        label: str,
        name: str,
        mentions: Iterable[str | Span] = (),
        entity_id: str | None = None,
    ) -> ChangeSet:
        """A new entity, with the given spans (ids or spans) as its mentions."""
        with transaction(self.conn):
            layer_id = self.layers.require(doc_id, annotator)
            entity = Entity(entity_id or self.entities.next_id(layer_id), label, name)
            spans = self._mentions_moved(layer_id, mentions, entity.id)
            return self.apply(
                ChangeSet(doc_id, annotator, spans, entities=Changes(added=(entity,)))
            )

    def delete_entity(self, doc_id: str, annotator: str, entity_id: str) -> ChangeSet:
        """The entity goes; its mentions stay, without an entity."""
        with transaction(self.conn):
            layer_id = self.layers.require(doc_id, annotator)
            entity = self._entity(layer_id, entity_id)
            spans = self._mentions_moved(layer_id, self.spans.mentions(layer_id, entity_id), None)
            comments = tuple(self.comments.on(layer_id, [entity_id]))
            return self.apply(
                ChangeSet(
                    doc_id,
                    annotator,
                    spans,
                    entities=Changes(removed=(entity,)),
                    comments=Changes(removed=comments),
                )
            )

    def set_span_entity(
        self, doc_id: str, annotator: str, span_id: str, entity_id: str | None
    ) -> ChangeSet:
        """Put a mention into an entity, or take it out of its entity with None."""
        with transaction(self.conn):
            layer_id = self.layers.require(doc_id, annotator)
            spans = self._mentions_moved(layer_id, [span_id], entity_id)
            return self.apply(ChangeSet(doc_id, annotator, spans))

    def rename_entity(self, doc_id: str, annotator: str, entity_id: str, name: str) -> ChangeSet:
        """Set the entity's canonical name."""
        with transaction(self.conn):
            before = self._entity(self.layers.require(doc_id, annotator), entity_id)
            changed = ((before, replace(before, name=name)),)
            return self.apply(ChangeSet(doc_id, annotator, entities=Changes(changed=changed)))

    def merge_entities(
        self, doc_id: str, annotator: str, keep_id: str, absorb_id: str
    ) -> ChangeSet:
        """Every mention of ``absorb_id`` moves into ``keep_id``, and ``absorb_id`` goes."""
        if keep_id == absorb_id:
            raise ValidationError("an entity cannot be merged with itself")
        with transaction(self.conn):
            layer_id = self.layers.require(doc_id, annotator)
            self._entity(layer_id, keep_id)
            absorbed = self._entity(layer_id, absorb_id)
            spans = self._mentions_moved(
                layer_id, self.spans.mentions(layer_id, absorb_id), keep_id
            )
            # the absorbed entity's comments now speak of the entity that keeps its mentions
            moved = tuple(
                (c, replace(c, target=keep_id)) for c in self.comments.on(layer_id, [absorb_id])
            )
            return self.apply(
                ChangeSet(
                    doc_id,
                    annotator,
                    spans,
                    entities=Changes(removed=(absorbed,)),
                    comments=Changes(changed=moved),
                )
            )

    def _mentions_moved(
        self, layer_id: int, mentions: Iterable[str | Span], entity_id: str | None
    ) -> Changes[Span]:
        changed = []
        for mention in mentions:
            span = self._span(layer_id, mention if isinstance(mention, str) else mention.id)
            changed.append((span, replace(span, entity=entity_id)))
        return Changes(changed=tuple(changed))

    def _entity(self, layer_id: int, entity_id: str) -> Entity:
        return _existing(self.entities, layer_id, entity_id, "entity")

    # -- categories, comments, time on task -------------------------------------------------

    def set_categories(
        self, doc_id: str, annotator: str, categories: dict[str, list[str]]
    ) -> ChangeSet:
        """The layer's document categories become ``categories`` (name -> chosen values,
        checked against the schema's ``[[categories]]``; an empty list clears one). A first
        edit of the layer, like a span."""
        self.schema.check_categories(categories)
        wanted = self.schema.normal_categories(categories)
        with transaction(self.conn):
            layer_id = self.layers.id(doc_id, annotator, create=True)
            assert layer_id is not None
            current = self.layers.categories_of(layer_id)
            if current == wanted:
                return ChangeSet(doc_id, annotator)
            return self.apply(ChangeSet(doc_id, annotator, categories=(current, wanted)))

    def add_comment(
        self, doc_id: str, annotator: str, target: str | None, text: str, author: str
    ) -> ChangeSet:
        """A plain-text comment by ``author`` on an item of the layer (a span, relation or
        entity id) or on the document (``target`` None); ``cs.comments.added[0]``."""
        with transaction(self.conn):
            layer_id = self.layers.id(doc_id, annotator, create=True)
            assert layer_id is not None
            comment = Comment(self.comments.next_id(layer_id), target, author, now(), text)
            return self.apply(ChangeSet(doc_id, annotator, comments=Changes(added=(comment,))))

    def edit_comment(self, doc_id: str, annotator: str, comment_id: str, text: str) -> ChangeSet:
        """New text for a comment (its author and time stay)."""
        with transaction(self.conn):
            before = self._comment(self.layers.require(doc_id, annotator), comment_id)
            changed = ((before, replace(before, text=text)),)
            return self.apply(ChangeSet(doc_id, annotator, comments=Changes(changed=changed)))

    def remove_comment(self, doc_id: str, annotator: str, comment_id: str) -> ChangeSet:
        with transaction(self.conn):
            comment = self._comment(self.layers.require(doc_id, annotator), comment_id)
            return self.apply(ChangeSet(doc_id, annotator, comments=Changes(removed=(comment,))))

    def _comment(self, layer_id: int, comment_id: str) -> Comment:
        return _existing(self.comments, layer_id, comment_id, "comment")

    def add_seconds(self, doc_id: str, annotator: str, seconds: float) -> bool:
        """Count ``seconds`` more of active time on the layer; False (nothing written) when
        the annotator has no layer on the document: time alone makes nobody an annotator.
        Time on task is not an edit: no history, no new version, no status move."""
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
            raise ValidationError(f"time on task must be a number of seconds, not {seconds!r}")
        if not math.isfinite(seconds) or seconds < 0:
            raise ValidationError(f"time on task must be a number of seconds >= 0, not {seconds}")
        with transaction(self.conn):
            layer_id = self.layers.id(doc_id, annotator)
            if layer_id is None:
                return False
            if seconds:
                self.layers.add_seconds(layer_id, float(seconds))
        return True

    # -- history ---------------------------------------------------------------------------

    def restore_from_history(self, entry_id: int) -> ChangeSet:
        """Put the item of a history entry back as it was before that change: a deleted span,
        relation, entity or comment comes back with its id (a span with the relations and
        comments deleted with it, a relation with its comments), a changed one gets its
        earlier state; the layer's categories or status move back. Checked like any edit."""
        entry = self.history.get(entry_id)
        if entry is None:
            raise ValidationError(f"there is no history entry {entry_id}")
        doc_id, annotator = entry.doc_id, entry.annotator
        if entry.kind == "categories":
            with transaction(self.conn):
                current = self.layers.categories_of(self.layers.require(doc_id, annotator))
                wanted = entry.before or {}
                if current == wanted:
                    raise ValidationError(
                        f"the categories are already as entry {entry_id} left them"
                    )
                return self.apply(ChangeSet(doc_id, annotator, categories=(current, wanted)))
        if entry.kind == "status" and entry.before is not None:
            return self.set_status(doc_id, annotator, entry.before["status"])
        if entry.kind not in ITEM_KINDS or entry.kind == "verdict":
            raise ValidationError(f"a {entry.kind} entry cannot be restored (entry {entry_id})")
        if entry.before is None:
            raise ValidationError(
                f"entry {entry_id} added {entry.kind} {entry.item}; there is nothing earlier to "
                "restore (remove it instead)"
            )
        item = item_of(entry.kind, entry.before)
        table, field = {
            "span": (self.spans, "spans"),
            "relation": (self.relations, "relations"),
            "entity": (self.entities, "entities"),
            "comment": (self.comments, "comments"),
        }[entry.kind]
        with transaction(self.conn):
            layer_id = self.layers.id(doc_id, annotator, create=True)
            assert layer_id is not None
            current = table.get(layer_id, item.id)
            if current == item:
                raise ValidationError(f"{entry.kind} {item.id} is already as it was")
            if current is not None and entry.after is None:  # deleted, and its id used again
                raise ValidationError(
                    f"{entry.kind} {item.id} was deleted and its id now names another "
                    f"{entry.kind}; nothing was restored"
                )
            part = Changes(changed=((current, item),)) if current else Changes(added=(item,))
            restored = ChangeSet(doc_id, annotator, **{field: part})
            if current is None and entry.kind in ("span", "relation"):
                restored = self._gone_with(layer_id, entry, restored)
            return self.apply(restored)

    def _gone_with(self, layer_id: int, entry, restored: ChangeSet) -> ChangeSet:
        """A deleted span comes back with the relations and comments that went with it (the
        deletions logged in the same second by the same hand, still absent), a deleted relation
        with its comments."""
        same = [
            e
            for e in self.history.entries(entry.doc_id, entry.annotator)
            if e.at == entry.at and e.by == entry.by and e.after is None and e.before
        ]
        relations = []
        if entry.kind == "span":
            relations = [
                item_of("relation", e.before)
                for e in same
                if e.kind == "relation" and entry.item in (e.before["head"], e.before["tail"])
                and self.relations.get(layer_id, e.item) is None
            ]  # fmt: skip
        targets = {entry.item, *(r.id for r in relations)}
        comments = [
            item_of("comment", e.before)
            for e in same
            if e.kind == "comment" and e.before.get("target") in targets
            and self.comments.get(layer_id, e.item) is None
        ]  # fmt: skip
        return replace(
            restored,
            relations=Changes(added=(*restored.relations.added, *relations)),
            comments=Changes(added=tuple(comments)),
        )

    # -- status, decisions, whole layers ---------------------------------------------------

    def set_status(self, doc_id: str, annotator: str, status: str) -> ChangeSet:
        """new, in_progress or done; a layer is made if the annotator has none yet."""
        _check_status(status)
        with transaction(self.conn):
            layer_id = self.layers.id(doc_id, annotator, create=True)
            assert layer_id is not None
            current = self.layers.status_of(layer_id)
            return self.apply(ChangeSet(doc_id, annotator, status=(current, status)))

    def record_decision(self, doc_id: str, key: str, decision: str, by: str) -> ChangeSet:
        """Log an adjudication decision on a candidate of a document (gold is not touched)."""
        made = Decision(doc_id, key, decision, by, now())
        return self.apply(ChangeSet(doc_id, GOLD, decisions=(made,)))

    def replace_layer(self, doc_id: str, layer: Layer, how: str | None = "import") -> ChangeSet:
        """Write a whole layer in place of what its annotator had, after ``check_layer``. The
        history gets one compact entry saying ``how`` ("import", "merge"; None: none) and the
        layer's counts, never one per span."""
        check_layer(self.documents.get(doc_id).text, layer, self.schema)
        layer = replace(layer, categories=self.schema.normal_categories(layer.categories))
        with transaction(self.conn):
            before = self.layers.get(doc_id, layer.annotator)
            changes = layer_changes(doc_id, before, layer)
            self.layers.replace(doc_id, layer)
            if how is not None:
                summary = None if before is None else dumps(layer_summary(before))
                self.history.record([
                    (doc_id, layer.annotator, self.acting_as or layer.annotator, now(), how,
                     None, summary, dumps(layer_summary(layer)))
                ])  # fmt: skip
        return changes

    # -- the one way an edit is written ----------------------------------------------------

    def apply(self, changes: ChangeSet) -> ChangeSet:
        """Apply a change set as given (ids kept): removed items deleted, changed items set to
        their ``after``, added items inserted, the status moved when the layer is still in
        the status the change set moves it from (a first edit moves a new layer to in
        progress), decisions logged, verdicts on suggestions recorded (``store.verdicts``).
        Every rule is checked; all of it lands, or none.
        Returns what was done: ``changes`` with the status move that happened."""
        text = self.documents.get(changes.doc_id).text
        if changes.status is not None:
            _check_status(changes.status[1])
        for decision in changes.decisions:
            if decision.doc_id != changes.doc_id:
                raise ValidationError("a decision of another document cannot come in this change")
            check_decision(decision)
        if changes.categories:
            self.schema.check_categories(changes.categories[1])
        items = bool(changes.spans or changes.relations or changes.entities or changes.comments)
        # an annotation (categories too) moves a new layer to in progress; a comment does not
        edited = bool(changes.spans or changes.relations or changes.entities or changes.categories)
        status = None
        with transaction(self.conn):
            if items or edited or changes.status is not None:
                layer_id = self.layers.id(changes.doc_id, changes.annotator, create=True)
                assert layer_id is not None
                if items:
                    self._write(text, layer_id, changes)
                if changes.categories:
                    self._write_categories(layer_id, changes.categories)
                status = self._move_status(layer_id, changes.status, edited)
            self.decisions.record(changes.decisions)
            if changes.verdicts:
                verdicts.write(self.conn, changes.doc_id, changes.annotator, changes.verdicts)
            done = replace(changes, status=status)
            self.history.record(rows_of(done, self.acting_as or changes.annotator, now()))
        return done

    def _write_categories(self, layer_id: int, move: tuple[dict, dict]) -> None:
        before, after = move
        if self.layers.categories_of(layer_id) != before:
            raise ValidationError("the document's categories have changed since; nothing was done")
        self.layers.set_categories(layer_id, after)

    def _write(self, text: str, layer_id: int, changes: ChangeSet) -> None:
        """Write a change, checking each rule once the rows it needs are in place."""
        spans, relations, entities = changes.spans, changes.relations, changes.entities
        comments = changes.comments
        for entity in entities.after:
            check_entity(entity, self.schema)
        for span in spans.after:
            check_span(text, span, self.schema)
        for comment in comments.after:
            check_comment(comment)
        self._expect(self.relations, layer_id, relations, "relation")
        self._expect(self.spans, layer_id, spans, "span")
        self._expect(self.entities, layer_id, entities, "entity")
        if comments:
            self._expect(self.comments, layer_id, comments, "comment")
            self.comments.delete(layer_id, [c.id for c in comments.removed])
        gone = [x.id for x in (*relations.removed, *spans.removed, *entities.removed)]
        for left in self.comments.on(layer_id, gone):
            raise ValidationError(f"{left.target} cannot go while comment {left.id} is on it")
        self.relations.delete(layer_id, [r.id for r in relations.removed])
        for span in spans.removed:
            left = self.relations.touching(layer_id, span.id)
            if left:
                raise ValidationError(
                    f"span {span.id} cannot go while relation {left[0].id} links it"
                )
        self.spans.delete(layer_id, [s.id for s in spans.removed])
        self.entities.insert(layer_id, entities.added)
        self.entities.update(layer_id, [after for _before, after in entities.changed])
        self.spans.insert(layer_id, spans.added)
        self.spans.update(layer_id, [after for _before, after in spans.changed])
        for span in spans.after:
            self._check_span_in_layer(layer_id, span)
        for relation, new in self._relations_to_check(layer_id, changes):
            self._check_relation(layer_id, relation, new)
        self.relations.insert(layer_id, relations.added)
        self.relations.update(layer_id, [after for _before, after in relations.changed])
        self.entities.delete(layer_id, [e.id for e in entities.removed])
        for entity in entities.removed:
            left = self.spans.mentions(layer_id, entity.id)
            if left:
                raise ValidationError(
                    f"entity {entity.id} cannot go while span {left[0].id} is one of its mentions"
                )
        if comments:
            for comment in comments.after:
                self._check_target(layer_id, comment)
            self.comments.insert(layer_id, comments.added)
            self.comments.update(layer_id, [after for _before, after in comments.changed])

    def _check_target(self, layer_id: int, comment: Comment) -> None:
        target = comment.target
        if target is None:
            return
        for table in (self.spans, self.relations, self.entities):
            if table.get(layer_id, target) is not None:
                return
        raise ValidationError(
            f"comment {comment.id}: its target {target!r} is not a span, relation or entity "
            "of this layer"
        )

    @staticmethod
    def _expect(table, layer_id: int, changes: Changes, kind: str) -> None:
        """The layer holds what the change removes or changes, and not what it adds."""
        for before, after in changes.changed:
            if before.id != after.id:
                raise ValidationError(f"a change cannot give {kind} {before.id} another id")
        for item in changes.removed + tuple(before for before, _after in changes.changed):
            current = table.get(layer_id, item.id)
            if current is None:
                raise ValidationError(f"{kind} {item.id!r} does not exist")
            if current != item:
                raise ValidationError(f"{kind} {item.id} has changed since; nothing was done")
        for item in changes.added:
            if table.get(layer_id, item.id) is not None:
                raise ValidationError(f"{kind} id {item.id!r} is used already")

    def _check_span_in_layer(self, layer_id: int, span: Span) -> None:
        """No other span of the layer has its label and offsets; its entity exists."""
        others = [
            s for s in self.spans.at(layer_id, span.label, span.start, span.end) if s.id != span.id
        ]
        if others:
            raise DuplicateSpan(span, others[0])
        if span.entity is not None and self.entities.get(layer_id, span.entity) is None:
            raise ValidationError(f"span {span.id}: entity {span.entity!r} does not exist")

    def _relations_to_check(self, layer_id: int, changes: ChangeSet):
        """(relation, is new): those the change writes, and those whose end got a new label."""
        relations = {r.id: r for r in changes.relations.after}
        for before, after in changes.spans.changed:
            if before.label != after.label:
                for relation in self.relations.touching(layer_id, after.id):
                    relations.setdefault(relation.id, relation)
        new = {r.id for r in changes.relations.added}
        return [(relation, relation.id in new) for relation in relations.values()]

    def _check_relation(self, layer_id: int, relation: Relation, new: bool) -> None:
        ends = {}
        for span_id in {relation.head, relation.tail}:
            span = self.spans.get(layer_id, span_id)
            if span is not None:
                ends[span_id] = span
        # a new relation's id means nothing to the person who made it: leave it out
        check_relation(replace(relation, id="") if new else relation, ends, self.schema)
        others = [
            r
            for r in self.relations.same(layer_id, relation.label, relation.head, relation.tail)
            if r.id != relation.id
        ]
        if others:
            head, tail = ends[relation.head], ends[relation.tail]
            raise ValidationError(
                f"{relation.label} from {head.text!r} to {tail.text!r} exists already "
                f"(relation {others[0].id})"
            )

    def _move_status(
        self, layer_id: int, wanted: tuple[str, str] | None, edited: bool
    ) -> tuple[str, str] | None:
        current = target = self.layers.status_of(layer_id)
        if wanted is not None and current == wanted[0]:
            target = wanted[1]
        elif edited and current == "new":
            target = "in_progress"
        self.layers.mark(layer_id, target)
        return (current, target) if target != current else None

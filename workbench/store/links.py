"""Relations and entities of a layer: each operation validated and committed on its own, and
each returning what an undo needs to put things back."""

from __future__ import annotations

import contextlib
from typing import Any

from workbench.core.errors import ValidationError
from workbench.core.model import Entity, Relation
from workbench.core.validate import check_relation
from workbench.store.jsonfields import dumps as _dumps
from workbench.store.jsonfields import loads_attrs


class LinkOperations:
    """Mixed into Project: uses its connection, transactions and span lookups."""

    # -- relations -----------------------------------------------------------------------

    def add_relation(
        self,
        doc_id: str,
        annotator: str,
        label: str,
        head: str,
        tail: str,
        attrs: dict[str, Any] | None = None,
        relation_id: str | None = None,
    ) -> Relation:
        """Link two spans; refused, with the reason, when the schema or the layer forbids it."""
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            relation = Relation(relation_id or "", label, head, tail, dict(attrs or {}))
            ends = {}
            for span_id in {head, tail}:
                with contextlib.suppress(ValidationError):  # check_relation names it
                    ends[span_id] = self._span(layer_id, span_id)
            check_relation(relation, ends, self.schema)
            duplicate = self.conn.execute(
                "SELECT id FROM relations WHERE layer_id = ? AND label = ? AND head = ? "
                "AND tail = ?",
                [layer_id, label, head, tail],
            ).fetchone()
            if duplicate is not None:
                raise ValidationError(
                    f"{label} from {ends[head].text!r} to {ends[tail].text!r} exists already "
                    f"(relation {duplicate[0]})"
                )
            if not relation.id:
                relation.id = self._next_id("relations", "r", layer_id)
            self.conn.execute(
                "INSERT INTO relations (layer_id, id, label, head, tail, attrs) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [layer_id, relation.id, label, head, tail, _dumps(relation.attrs)],
            )
            self._touch(layer_id)
        return relation

    def remove_relation(self, doc_id: str, annotator: str, relation_id: str) -> Relation:
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            relation = self._relation(layer_id, relation_id)
            self.conn.execute(
                "DELETE FROM relations WHERE layer_id = ? AND id = ?", [layer_id, relation_id]
            )
            self._touch(layer_id)
        return relation

    def relabel_relation(
        self, doc_id: str, annotator: str, relation_id: str, label: str
    ) -> Relation:
        with self.transaction():
            relation = self.remove_relation(doc_id, annotator, relation_id)
            return self.add_relation(
                doc_id,
                annotator,
                label,
                relation.head,
                relation.tail,
                relation.attrs,
                relation.id,
            )

    def _relation(self, layer_id: int, relation_id: str) -> Relation:
        row = self.conn.execute(
            "SELECT id, label, head, tail, attrs FROM relations WHERE layer_id = ? AND id = ?",
            [layer_id, relation_id],
        ).fetchone()
        if row is None:
            raise ValidationError(f"relation {relation_id!r} does not exist")
        return Relation(row[0], row[1], row[2], row[3], loads_attrs(row[4]))

    # -- entities ------------------------------------------------------------------------

    def create_entity(
        self, doc_id: str, annotator: str, label: str, name: str, entity_id: str | None = None
    ) -> Entity:
        if label not in self.schema.labels:
            raise ValidationError(f"entity label {label!r} is not in the schema")
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            entity = Entity(entity_id or self._next_id("entities", "e", layer_id), label, name)
            self.conn.execute(
                "INSERT INTO entities (layer_id, id, label, name) VALUES (?, ?, ?, ?)",
                [layer_id, entity.id, entity.label, entity.name],
            )
            self._touch(layer_id)
        return entity

    def delete_entity(
        self, doc_id: str, annotator: str, entity_id: str
    ) -> tuple[Entity, list[str]]:
        """Remove an entity; its mentions stay, without an entity. Returns both for undo."""
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            entity = self._entity(layer_id, entity_id)
            mentions = self._mentions(layer_id, entity_id)
            self.conn.execute(
                "UPDATE spans SET entity = NULL WHERE layer_id = ? AND entity = ?",
                [layer_id, entity_id],
            )
            self.conn.execute(
                "DELETE FROM entities WHERE layer_id = ? AND id = ?", [layer_id, entity_id]
            )
            self._touch(layer_id)
        return entity, mentions

    def set_span_entity(
        self, doc_id: str, annotator: str, span_id: str, entity_id: str | None
    ) -> str | None:
        """Put a mention into an entity (or take it out with None); returns the previous one."""
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            span = self._span(layer_id, span_id)
            if entity_id is not None:
                self._entity(layer_id, entity_id)
            self.conn.execute(
                "UPDATE spans SET entity = ? WHERE layer_id = ? AND id = ?",
                [entity_id, layer_id, span_id],
            )
            self._touch(layer_id)
        return span.entity

    def rename_entity(self, doc_id: str, annotator: str, entity_id: str, name: str) -> str:
        """Set the canonical name; returns the previous one."""
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            old = self._entity(layer_id, entity_id).name
            self.conn.execute(
                "UPDATE entities SET name = ? WHERE layer_id = ? AND id = ?",
                [name, layer_id, entity_id],
            )
            self._touch(layer_id)
        return old

    def merge_entities(
        self, doc_id: str, annotator: str, keep: str, absorb: str
    ) -> tuple[Entity, list[str]]:
        """Move every mention of ``absorb`` into ``keep`` and delete ``absorb``."""
        if keep == absorb:
            raise ValidationError("an entity cannot be merged with itself")
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            self._entity(layer_id, keep)
            gone, mentions = self.delete_entity(doc_id, annotator, absorb)
            self.conn.executemany(
                "UPDATE spans SET entity = ? WHERE layer_id = ? AND id = ?",
                [(keep, layer_id, span_id) for span_id in mentions],
            )
        return gone, mentions

    def restore_entity(
        self, doc_id: str, annotator: str, entity: Entity, mentions: list[str]
    ) -> None:
        """Undo of delete or merge: the entity comes back with its mentions."""
        with self.transaction():
            self.create_entity(doc_id, annotator, entity.label, entity.name, entity.id)
            for span_id in mentions:
                self.set_span_entity(doc_id, annotator, span_id, entity.id)

    def _entity(self, layer_id: int, entity_id: str) -> Entity:
        row = self.conn.execute(
            "SELECT id, label, name FROM entities WHERE layer_id = ? AND id = ?",
            [layer_id, entity_id],
        ).fetchone()
        if row is None:
            raise ValidationError(f"entity {entity_id!r} does not exist")
        return Entity(*row)

    def _mentions(self, layer_id: int, entity_id: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM spans WHERE layer_id = ? AND entity = ? ORDER BY start",
                [layer_id, entity_id],
            )
        ]

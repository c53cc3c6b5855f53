"""The entities table: entity rows of a layer (label and canonical name), read and written as
``Entity`` values. Which spans are an entity's mentions is recorded on the spans.

No rule is checked here: ``store.edits`` checks every change before it lands.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from workbench.core.model import Entity
from workbench.store.batches import rows_by_layer
from workbench.store.ids import next_id


def _entity(row) -> Entity:
    return Entity(*row)


class Entities:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, layer_id: int, entity_id: str) -> Entity | None:
        row = self.conn.execute(
            "SELECT id, label, name FROM entities WHERE layer_id = ? AND id = ?",
            [layer_id, entity_id],
        ).fetchone()
        return None if row is None else Entity(*row)

    def of_layers(self, layer_ids: Sequence[int]) -> dict[int, list[Entity]]:
        """The entities of many layers, by layer id (a few hundred layers per query)."""
        return rows_by_layer(self.conn, "entities", "id, label, name", layer_ids, _entity)

    def of_layer(self, layer_id: int) -> list[Entity]:
        return [
            Entity(*row)
            for row in self.conn.execute(
                "SELECT id, label, name FROM entities WHERE layer_id = ? ORDER BY rowid",
                [layer_id],
            )
        ]

    def insert(self, layer_id: int, entities: Iterable[Entity]) -> None:
        self.conn.executemany(
            "INSERT INTO entities (layer_id, id, label, name) VALUES (?, ?, ?, ?)",
            [(layer_id, e.id, e.label, e.name) for e in entities],
        )

    def update(self, layer_id: int, entities: Iterable[Entity]) -> None:
        self.conn.executemany(
            "UPDATE entities SET label = ?, name = ? WHERE layer_id = ? AND id = ?",
            [(e.label, e.name, layer_id, e.id) for e in entities],
        )

    def delete(self, layer_id: int, ids: Iterable[str]) -> None:
        self.conn.executemany(
            "DELETE FROM entities WHERE layer_id = ? AND id = ?", [(layer_id, i) for i in ids]
        )

    def next_id(self, layer_id: int) -> str:
        return next_id(self.conn, "entities", "e", layer_id)

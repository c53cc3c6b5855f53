"""The relations table: relation rows of a layer, read and written as ``Relation`` values.

No rule is checked here: ``store.edits`` checks every change before it lands.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from workbench.core.model import Relation
from workbench.store.batches import rows_by_layer
from workbench.store.ids import next_id
from workbench.store.jsonfields import dumps, loads_attrs

_COLUMNS = "id, label, head, tail, attrs"


def _relation(row) -> Relation:
    return Relation(row[0], row[1], row[2], row[3], loads_attrs(row[4]))


class Relations:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, layer_id: int, relation_id: str) -> Relation | None:
        found = self._select("layer_id = ? AND id = ?", [layer_id, relation_id])
        return found[0] if found else None

    def of_layers(self, layer_ids: Sequence[int]) -> dict[int, list[Relation]]:
        """The relations of many layers, by layer id (a few hundred layers per query)."""
        return rows_by_layer(self.conn, "relations", _COLUMNS, layer_ids, _relation)

    def of_layer(self, layer_id: int) -> list[Relation]:
        return self._select("layer_id = ? ORDER BY rowid", [layer_id])

    def touching(self, layer_id: int, span_id: str) -> list[Relation]:
        """The relations whose head or tail is the span."""
        return self._select("layer_id = ? AND (head = ? OR tail = ?) ORDER BY rowid", [
            layer_id, span_id, span_id
        ])  # fmt: skip

    def same(self, layer_id: int, label: str, head: str, tail: str) -> list[Relation]:
        """The relations with this label from ``head`` to ``tail``."""
        return self._select("layer_id = ? AND label = ? AND head = ? AND tail = ? ORDER BY rowid", [
            layer_id, label, head, tail
        ])  # fmt: skip

    def _select(self, where: str, params: list) -> list[Relation]:
        sql = f"SELECT {_COLUMNS} FROM relations WHERE {where}"
        return [_relation(r) for r in self.conn.execute(sql, params)]

    def insert(self, layer_id: int, relations: Iterable[Relation]) -> None:
        self.conn.executemany(
            "INSERT INTO relations (layer_id, id, label, head, tail, attrs) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(layer_id, r.id, r.label, r.head, r.tail, dumps(r.attrs)) for r in relations],
        )

    def update(self, layer_id: int, relations: Iterable[Relation]) -> None:
        self.conn.executemany(
            "UPDATE relations SET label = ?, head = ?, tail = ?, attrs = ? "
            "WHERE layer_id = ? AND id = ?",
            [(r.label, r.head, r.tail, dumps(r.attrs), layer_id, r.id) for r in relations],
        )

    def delete(self, layer_id: int, ids: Iterable[str]) -> None:
        self.conn.executemany(
            "DELETE FROM relations WHERE layer_id = ? AND id = ?", [(layer_id, i) for i in ids]
        )

    def next_id(self, layer_id: int) -> str:
        return next_id(self.conn, "relations", "r", layer_id)

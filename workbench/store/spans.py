"""The spans table: span rows of a layer, read and written as ``Span`` values.

No rule is checked here: ``store.edits`` checks every change before it lands.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from workbench.core.model import Span
from workbench.store.batches import rows_by_layer
from workbench.store.ids import next_id
from workbench.store.jsonfields import dumps, loads_attrs

_COLUMNS = 'id, start, "end", label, text, entity, attrs'


def _span(row) -> Span:
    return Span(row[0], row[1], row[2], row[3], row[4], row[5], loads_attrs(row[6]))


class Spans:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, layer_id: int, span_id: str) -> Span | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM spans WHERE layer_id = ? AND id = ?", [layer_id, span_id]
        ).fetchone()
        return None if row is None else _span(row)

    def of_layer(self, layer_id: int) -> list[Span]:
        return self._select("layer_id = ? ORDER BY rowid", [layer_id])

    def of_layers(self, layer_ids: Sequence[int]) -> dict[int, list[Span]]:
        """The spans of many layers, by layer id (a few hundred layers per query)."""
        return rows_by_layer(self.conn, "spans", _COLUMNS, layer_ids, _span)

    def in_range(self, layer_id: int, start: int, end: int) -> list[Span]:
        """The spans that overlap [start, end), without reading the others."""
        return self._select('layer_id = ? AND start < ? AND "end" > ? ORDER BY rowid', [
            layer_id, end, start
        ])  # fmt: skip

    def at(self, layer_id: int, label: str, start: int, end: int) -> list[Span]:
        """The spans with this label and these offsets (more than one is a duplicate)."""
        return self._select(
            'layer_id = ? AND start = ? AND "end" = ? AND label = ? ORDER BY rowid',
            [layer_id, start, end, label],
        )

    def mentions(self, layer_id: int, entity_id: str) -> list[Span]:
        """The spans that are mentions of an entity, in text order."""
        return self._select("layer_id = ? AND entity = ? ORDER BY start, rowid", [
            layer_id, entity_id
        ])  # fmt: skip

    def _select(self, where: str, params: list) -> list[Span]:
        return [
            _span(r)
            for r in self.conn.execute(f"SELECT {_COLUMNS} FROM spans WHERE {where}", params)
        ]

    def insert(self, layer_id: int, spans: Iterable[Span]) -> None:
        self.conn.executemany(
            'INSERT INTO spans (layer_id, id, start, "end", label, text, entity, attrs) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (layer_id, s.id, s.start, s.end, s.label, s.text, s.entity, dumps(s.attrs))
                for s in spans
            ],
        )

    def update(self, layer_id: int, spans: Iterable[Span]) -> None:
        self.conn.executemany(
            'UPDATE spans SET start = ?, "end" = ?, label = ?, text = ?, entity = ?, attrs = ? '
            "WHERE layer_id = ? AND id = ?",
            [
                (s.start, s.end, s.label, s.text, s.entity, dumps(s.attrs), layer_id, s.id)
                for s in spans
            ],
        )

    def delete(self, layer_id: int, ids: Iterable[str]) -> None:
        self.conn.executemany(
            "DELETE FROM spans WHERE layer_id = ? AND id = ?", [(layer_id, i) for i in ids]
        )

    def next_id(self, layer_id: int) -> str:
        return next_id(self.conn, "spans", "s", layer_id)

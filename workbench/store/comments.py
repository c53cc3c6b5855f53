"""The comments table: the plain-text comments of a layer, read and written as ``Comment``
values (``target`` a span, relation or entity id of the layer, or None for the document).

No rule is checked here: ``store.edits`` checks every change before it lands.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from workbench.core.model import Comment
from workbench.store.batches import rows_by_layer
from workbench.store.ids import next_id

_COLUMNS = "id, target, author, created, text"


def _comment(row) -> Comment:
    return Comment(*row)


class Comments:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, layer_id: int, comment_id: str) -> Comment | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM comments WHERE layer_id = ? AND id = ?",
            [layer_id, comment_id],
        ).fetchone()
        return None if row is None else Comment(*row)

    def of_layers(self, layer_ids: Sequence[int]) -> dict[int, list[Comment]]:
        """The comments of many layers, by layer id (a few hundred layers per query)."""
        return rows_by_layer(self.conn, "comments", _COLUMNS, layer_ids, _comment)

    def of_layer(self, layer_id: int) -> list[Comment]:
        return [
            Comment(*row)
            for row in self.conn.execute(
                f"SELECT {_COLUMNS} FROM comments WHERE layer_id = ? ORDER BY rowid", [layer_id]
            )
        ]

    def on(self, layer_id: int, targets: Iterable[str]) -> list[Comment]:
        """The comments on any of these items of the layer."""
        wanted = list(targets)
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        return [
            Comment(*row)
            for row in self.conn.execute(
                f"SELECT {_COLUMNS} FROM comments WHERE layer_id = ? AND target IN ({marks}) "
                "ORDER BY rowid",
                [layer_id, *wanted],
            )
        ]

    def listed(
        self, doc_id: str | None = None, annotators: Iterable[str] | None = None
    ) -> list[tuple[str, str, Comment]]:
        """(doc_id, annotator, comment) of every comment (of one document, of some
        annotators), in document import order, then layer, then as written: one query."""
        where, params = [], []
        if doc_id is not None:
            where.append("l.doc_id = ?")
            params.append(doc_id)
        if annotators is not None:
            names = list(annotators)
            where.append(f"l.annotator IN ({', '.join('?' * len(names))})")
            params += names
        sql = (
            "SELECT l.doc_id, l.annotator, c.id, c.target, c.author, c.created, c.text "
            "FROM comments c JOIN layers l ON l.id = c.layer_id "
            "JOIN documents d ON d.id = l.doc_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.conn.execute(sql + " ORDER BY d.rowid, l.annotator, c.rowid", params)
        return [(row[0], row[1], Comment(*row[2:])) for row in rows]

    def insert(self, layer_id: int, comments: Iterable[Comment]) -> None:
        self.conn.executemany(
            "INSERT INTO comments (layer_id, id, target, author, created, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(layer_id, c.id, c.target, c.author, c.created, c.text) for c in comments],
        )

    def update(self, layer_id: int, comments: Iterable[Comment]) -> None:
        self.conn.executemany(
            "UPDATE comments SET target = ?, author = ?, created = ?, text = ? "
            "WHERE layer_id = ? AND id = ?",
            [(c.target, c.author, c.created, c.text, layer_id, c.id) for c in comments],
        )

    def delete(self, layer_id: int, ids: Iterable[str]) -> None:
        self.conn.executemany(
            "DELETE FROM comments WHERE layer_id = ? AND id = ?", [(layer_id, i) for i in ids]
        )

    def next_id(self, layer_id: int) -> str:
        return next_id(self.conn, "comments", "c", layer_id)

"""Reading the rows of many layers at once: one query per few hundred layers instead of one per
layer, for the work that reads a whole project (the agreement report over 10,000 documents).
Each owner module names its table, columns and row type; the rows come back by layer id, in the
order each layer's rows were written."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TypeVar

PARAMETERS = 500  # ids per query, within SQLite's limit on parameters

T = TypeVar("T")


def rows_by_layer(
    conn: sqlite3.Connection,
    table: str,
    columns: str,
    layer_ids: Sequence[int],
    make: Callable[[tuple], T],
) -> dict[int, list[T]]:
    """``make(row)`` of every row of ``table`` whose layer is in ``layer_ids``, by layer id
    (every id present, with an empty list where the layer has none)."""
    found: dict[int, list[T]] = {layer_id: [] for layer_id in layer_ids}
    for start in range(0, len(layer_ids), PARAMETERS):
        part = list(layer_ids[start : start + PARAMETERS])
        marks = ",".join("?" * len(part))
        sql = (
            f"SELECT layer_id, {columns} FROM {table} WHERE layer_id IN ({marks}) "
            "ORDER BY layer_id, rowid"
        )
        for row in conn.execute(sql, part):
            found[row[0]].append(make(row[1:]))
    return found

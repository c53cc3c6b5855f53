"""New ids for the rows of a layer: ``<prefix><N>`` above every id of that shape in the layer."""

from __future__ import annotations

import sqlite3


def next_id(conn: sqlite3.Connection, table: str, prefix: str, layer_id: int) -> str:
    """Ids of another shape (imported ``T1``, say) are left alone."""
    n = len(prefix) + 1
    row = conn.execute(
        f"SELECT max(CAST(substr(id, {n}) AS INTEGER)) FROM {table} WHERE layer_id = ? "
        f"AND id GLOB ? AND NOT substr(id, {n}) GLOB '*[^0-9]*'",
        [layer_id, f"{prefix}[0-9]*"],
    ).fetchone()
    return f"{prefix}{(row[0] or 0) + 1}"

"""The models table: models trained on the project (``workbench train``), one row per name.

A row keeps the model itself (``data``, the bytes its library reads), its ``kind`` (the
library and what it labels, "crf-names"), when it was trained, what it was trained on (JSON:
documents with their text hashes, the layers used, the labels) and its report (JSON: the
cross-validated precision, recall and F1 per label). Training again replaces the row.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from workbench.store.jsonfields import dumps


@dataclass(frozen=True)
class StoredModel:
    name: str
    kind: str
    data: bytes
    trained_at: str
    trained_on: dict[str, Any]
    report: dict[str, Any]


class Models:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, name: str) -> StoredModel | None:
        row = self.conn.execute(
            "SELECT name, kind, data, trained_at, trained_on, report FROM models WHERE name = ?",
            [name],
        ).fetchone()
        if row is None:
            return None
        name, kind, data, trained_at, trained_on, report = row
        return StoredModel(
            name, kind, bytes(data), trained_at, json.loads(trained_on), json.loads(report)
        )

    def names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM models ORDER BY name")]

    def put(self, model: StoredModel) -> None:
        self.conn.execute(
            "INSERT INTO models (name, kind, data, trained_at, trained_on, report) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
            "data = excluded.data, trained_at = excluded.trained_at, "
            "trained_on = excluded.trained_on, report = excluded.report",
            [
                model.name,
                model.kind,
                model.data,
                model.trained_at,
                dumps(model.trained_on),
                dumps(model.report),
            ],
        )

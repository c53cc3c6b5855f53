"""The packages table family: what ``pack`` handed out, so that ``merge`` accepts only those.

Each package gets a random id, recorded here with the annotator it was made for and the
documents it holds (with their text hashes); the package file carries the same id. A package
that an attacker edits with sqlite3 can change its own rows, never these.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class HandedOut:
    """One package as the project recorded it when it was made."""

    id: str
    annotator: str
    created_at: str
    documents: dict[str, str]  # document id -> sha256 of its text


class Packages:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def record(self, package: HandedOut) -> None:
        self.conn.execute(
            "INSERT INTO packages (id, annotator, created_at) VALUES (?, ?, ?)",
            [package.id, package.annotator, package.created_at],
        )
        self.conn.executemany(
            "INSERT INTO package_documents (package_id, doc_id, sha256) VALUES (?, ?, ?)",
            [(package.id, doc_id, sha) for doc_id, sha in package.documents.items()],
        )

    def get(self, package_id: str) -> HandedOut | None:
        row = self.conn.execute(
            "SELECT annotator, created_at FROM packages WHERE id = ?", [package_id]
        ).fetchone()
        if row is None:
            return None
        documents = self.conn.execute(
            "SELECT doc_id, sha256 FROM package_documents WHERE package_id = ? ORDER BY rowid",
            [package_id],
        ).fetchall()
        return HandedOut(package_id, row[0], row[1], dict(documents))

    def all(self) -> list[HandedOut]:
        ids = self.conn.execute("SELECT id FROM packages ORDER BY rowid").fetchall()
        return [found for (package_id,) in ids if (found := self.get(package_id))]

"""The packages table family: what ``pack`` handed out, so that ``merge`` accepts only those.

Each package gets a random id, recorded here with the annotator it was made for and the
documents it holds (with their text hashes); the package file carries the same id. A package
that an attacker edits with sqlite3 can change its own rows, never these.

Per package and document the project also keeps the layer version (its count of edits) it last
merged from that package, so that an older copy of the package is refused, and which later
package for the same annotator replaced it, so that a package handed out again retires the
earlier one for those documents.
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
    file: str = ""  # the package file's name when it was made


class Packages:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def record(self, package: HandedOut) -> None:
        """Record a new package; it replaces the annotator's earlier packages for its
        documents."""
        self.conn.execute(
            "INSERT INTO packages (id, annotator, created_at, file) VALUES (?, ?, ?, ?)",
            [package.id, package.annotator, package.created_at, package.file],
        )
        self.conn.executemany(
            "INSERT INTO package_documents (package_id, doc_id, sha256) VALUES (?, ?, ?)",
            [(package.id, doc_id, sha) for doc_id, sha in package.documents.items()],
        )
        self.conn.executemany(
            "UPDATE package_documents SET replaced_by = ? WHERE doc_id = ? AND package_id != ? "
            "AND package_id IN (SELECT id FROM packages WHERE annotator = ?)",
            [(package.id, doc_id, package.id, package.annotator) for doc_id in package.documents],
        )

    def get(self, package_id: str) -> HandedOut | None:
        row = self.conn.execute(
            "SELECT annotator, created_at, file FROM packages WHERE id = ?", [package_id]
        ).fetchone()
        if row is None:
            return None
        documents = self.conn.execute(
            "SELECT doc_id, sha256 FROM package_documents WHERE package_id = ? ORDER BY rowid",
            [package_id],
        ).fetchall()
        return HandedOut(package_id, row[0], row[1], dict(documents), row[2])

    def all(self) -> list[HandedOut]:
        ids = self.conn.execute("SELECT id FROM packages ORDER BY rowid").fetchall()
        return [found for (package_id,) in ids if (found := self.get(package_id))]

    def replaced_by(self, package_id: str, doc_id: str) -> HandedOut | None:
        """The later package for the same annotator that holds this document, if any."""
        row = self.conn.execute(
            "SELECT replaced_by FROM package_documents WHERE package_id = ? AND doc_id = ?",
            [package_id, doc_id],
        ).fetchone()
        return self.get(row[0]) if row and row[0] else None

    def merged_version(self, package_id: str, doc_id: str) -> int | None:
        """The layer version last merged from this package for this document, or None."""
        row = self.conn.execute(
            "SELECT merged_version FROM package_documents WHERE package_id = ? AND doc_id = ?",
            [package_id, doc_id],
        ).fetchone()
        return row[0] if row else None

    def note_merged(self, package_id: str, doc_id: str, version: int) -> None:
        self.conn.execute(
            "UPDATE package_documents SET merged_version = ? WHERE package_id = ? AND doc_id = ?",
            [version, package_id, doc_id],
        )

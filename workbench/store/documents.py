"""The documents table: adding documents, reading their texts, and the lists and navigation a
window of 100,000 documents needs (ids and statuses in SQL, titles a page at a time).

Texts never change once imported: annotations point into them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.core.errors import ProjectError
from workbench.core.model import Document
from workbench.core.search import fold
from workbench.store.jsonfields import dumps
from workbench.store.projectfile import now

PARAMETERS = 500  # ids per query, within SQLite's limit on parameters


class Documents:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self._last: Document | None = None

    def add(self, docs: list[Document]) -> None:
        stamp = now()
        self.conn.executemany(
            "INSERT INTO documents (id, text, meta, sha256, title, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(d.id, d.text, dumps(d.meta), d.sha256, d.title, stamp) for d in docs],
        )

    def get(self, doc_id: str) -> Document:
        # Texts never change once imported, so the last one read can be served again.
        if self._last is not None and self._last.id == doc_id:
            return self._last
        row = self.conn.execute(
            "SELECT id, text, meta FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise ProjectError(f"no document {doc_id!r} in this project", str(self.path))
        self._last = Document(row[0], row[1], json.loads(row[2]))
        return self._last

    def all(self) -> Iterator[Document]:
        """Every document, in import order, read as the caller goes."""
        for doc_id, text, meta in self.conn.execute(
            "SELECT id, text, meta FROM documents ORDER BY rowid"
        ):
            yield Document(doc_id, text, json.loads(meta))

    def sha(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def shas(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, sha256 FROM documents"))

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def titles(self, ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(ids), PARAMETERS):
            chunk = ids[start : start + PARAMETERS]
            marks = ",".join("?" * len(chunk))
            found.update(
                self.conn.execute(f"SELECT id, title FROM documents WHERE id IN ({marks})", chunk)
            )
        return found

    def statuses(
        self, annotator: str | None, query: str, status: str, exact: bool = False
    ) -> list[list[str]]:
        """[id, status] of the documents, filtered as ``Project.document_statuses`` says."""
        sql = (
            "SELECT d.id, coalesce(l.status, 'new') FROM documents d "
            "LEFT JOIN layers l ON l.doc_id = d.id AND l.annotator = ? WHERE 1 "
        )
        params: list[Any] = [annotator or ""]
        folded = fold(query).strip()
        if folded:
            sql += "AND wb_occurs(d.id || char(10) || d.title || char(10) || d.text, ?, ?) "
            params += [query, exact]
        if status:
            sql += "AND coalesce(l.status, 'new') = ? "
            params.append(status)
        return [list(r) for r in self.conn.execute(sql + "ORDER BY d.rowid", params)]

    def next(self, annotator: str, after: str | None, not_done: bool) -> str | None:
        row = self.conn.execute("SELECT rowid FROM documents WHERE id = ?", [after]).fetchone()
        position = row[0] if row else 0
        condition = "AND coalesce(l.status, 'new') != 'done' " if not_done else ""
        sql = (
            "SELECT d.id FROM documents d "
            "LEFT JOIN layers l ON l.doc_id = d.id AND l.annotator = ? "
            f"WHERE d.rowid {{}} ? {condition}ORDER BY d.rowid LIMIT 1"
        )
        for comparison in (">", "<"):
            found = self.conn.execute(sql.format(comparison), [annotator, position]).fetchone()
            if found is not None:
                return found[0]
        return None

    def progress(self, annotator: str, doc_id: str | None) -> tuple[int, int, int]:
        total, done = self.conn.execute(
            "SELECT (SELECT count(*) FROM documents), "
            "(SELECT count(*) FROM layers WHERE annotator = ? AND status = 'done')",
            [annotator],
        ).fetchone()
        position = 0
        if doc_id is not None:
            position = self.conn.execute(
                "SELECT count(*) FROM documents "
                "WHERE rowid <= (SELECT rowid FROM documents WHERE id = ?)",
                [doc_id],
            ).fetchone()[0]
        return position, total, done

"""The documents table: adding documents, reading their texts, and the lists and navigation a
window of 1,000,000 documents needs (counts and positions in SQL, rows a page at a time).

Texts never change once imported: annotations point into them.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from workbench.core.errors import ProjectError
from workbench.core.model import Document
from workbench.core.search import fold
from workbench.store import search_index
from workbench.store.jsonfields import dumps
from workbench.store.projectfile import now

PARAMETERS = 500  # ids per query, within SQLite's limit on parameters
CHUNK = 32  # candidates a filtered list checks by the matcher at a step (~5 ms of reading)
STATUS_CHUNK = PARAMETERS  # documents a status filter alone checks at a step (no text read)


class Documents:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self._last: Document | None = None
        # the rowids of every document, with the data_version they were counted at
        self._rowids: tuple[int, Sequence[int]] | None = None

    def add(self, docs: list[Document]) -> None:
        stamp = now()
        self._rowids = None
        self.conn.executemany(
            "INSERT INTO documents (id, text, meta, sha256, title, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(d.id, d.text, dumps(d.meta), d.sha256, d.title, stamp) for d in docs],
        )  # not in the search index yet: searches read them until it catches up

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

    def start(self, doc_id: str, chars: int) -> tuple[Document, bool]:
        """A document with only the first ``chars`` characters of its text (SQLite reads the
        pages those need, not the whole text), and whether that is all of it: what the window
        shows first of a long document."""
        if self._last is not None and self._last.id == doc_id:
            return self._last, True
        row = self.conn.execute(
            "SELECT id, substr(text, 1, ?), meta FROM documents WHERE id = ?", [chars + 1, doc_id]
        ).fetchone()
        if row is None:
            raise ProjectError(f"no document {doc_id!r} in this project", str(self.path))
        document = Document(row[0], row[1][:chars], json.loads(row[2]))
        if len(row[1]) <= chars:
            self._last = document
            return document, True
        return document, False

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

    def positions(self, ids: list[str]) -> dict[str, tuple[str, int]]:
        """(sha256, rowid) of those of ``ids`` the project holds; rowids grow in import order."""
        found: dict[str, tuple[str, int]] = {}
        for start in range(0, len(ids), PARAMETERS):
            chunk = ids[start : start + PARAMETERS]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, sha256, rowid FROM documents WHERE id IN ({marks})"
            for doc_id, sha, rowid in self.conn.execute(sql, chunk):
                found[doc_id] = (sha, rowid)
        return found

    def last_position(self) -> int:
        """The rowid of the document added last (0: none)."""
        return self.conn.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def count(self) -> int:
        return len(self._all_rowids())

    def has(self, doc_id: str) -> bool:
        return rowid_of(self.conn, doc_id) is not None

    def _all_rowids(self) -> Sequence[int]:
        """The rowids of every document in import order: ``range(1, n + 1)`` when none is
        missing (documents are never deleted, so always in practice), read only otherwise.
        Counted again only after documents were added here or another connection wrote
        (``PRAGMA data_version``): counting 1,000,000 rows takes 10 ms or more, and the
        window's status bar asks after every edit."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._rowids is None or self._rowids[0] != version:
            self._rowids = (version, self._count_rowids())
        return self._rowids[1]

    def _count_rowids(self) -> Sequence[int]:
        count, last = self.conn.execute(
            "SELECT count(*), coalesce(max(rowid), 0) FROM documents"
        ).fetchone()
        if count == last:
            return range(1, count + 1)
        return array("q", sorted(r[0] for r in self.conn.execute("SELECT rowid FROM documents")))

    def listing(
        self,
        annotator: str | None,
        query: str = "",
        status: str = "",
        exact: bool = False,
        progressive: bool = False,
    ) -> DocumentList:
        """The documents a list shows (filtered as ``statuses``), to be read by position: no
        filter costs two counts; a filter keeps only the rowids of what it matched. With
        ``progressive`` a filtered list starts empty and grows a chunk of candidates at a time
        as its owner calls ``DocumentList.check`` (what the window does between events); without,
        it is complete when returned."""
        if not fold(query).strip() and not status:
            return DocumentList(self.conn, annotator or "", self._all_rowids())
        if not progressive:  # one query, every candidate checked before it returns
            sql, params = self._filtered("d.rowid", annotator, query, status, exact)
            rowids = array("q", sorted(r[0] for r in self.conn.execute(sql, params)))
            return DocumentList(self.conn, annotator or "", rowids)
        pending = self._matching(annotator, query, status, exact)
        return DocumentList(self.conn, annotator or "", array("q"), pending)

    def _matching(
        self, annotator: str | None, query: str, status: str, exact: bool
    ) -> Iterator[tuple[array, int]]:
        """The rowids a filter keeps, in import order, as (matched rowids, candidates checked
        so far) after each chunk of candidates: the documents the search index names (all of
        them when there is no query or no word to ask with), checked ``CHUNK`` at a time by
        the one matcher (a status filter alone checks ``STATUS_CHUNK`` at a time), so that
        each step takes a few milliseconds whatever the project's size."""
        folded = fold(query).strip()
        narrowed = search_index.match_expression(query) if folded else None
        candidates: Sequence[int] = self._all_rowids()
        if narrowed is not None:
            candidates = array("q", search_index.candidates(self.conn, narrowed))
        sql, params = self._filtered("d.rowid", annotator, query, status, exact, narrow=False)
        step = CHUNK if folded else STATUS_CHUNK
        for start in range(0, len(candidates), step):
            part = candidates[start : start + step]
            if isinstance(part, range):
                where, values = "AND d.rowid BETWEEN ? AND ? ", [part[0], part[-1]]
            else:
                where, values = f"AND d.rowid IN ({','.join('?' * len(part))}) ", list(part)
            rows = self.conn.execute(sql + where + "ORDER BY d.rowid", [*params, *values])
            yield array("q", (r[0] for r in rows)), start + len(part)

    def _filtered(
        self,
        columns: str,
        annotator: str | None,
        query: str,
        status: str,
        exact: bool,
        narrow: bool = True,
    ) -> tuple[str, list[Any]]:
        sql = (
            f"SELECT {columns} FROM documents d "
            "LEFT JOIN layers l ON l.doc_id = d.id AND l.annotator = ? WHERE 1 "
        )
        params: list[Any] = [annotator or ""]
        if fold(query).strip():
            narrowed = search_index.candidates_clause(self.conn, query) if narrow else None
            if narrowed is not None:  # the index rules out the others
                sql += f"AND {narrowed[0]} "
                params += narrowed[1]
            sql += "AND wb_occurs(d.id || char(10) || d.title || char(10) || d.text, ?, ?) "
            params += [query, exact]
        if status:
            sql += "AND coalesce(l.status, 'new') = ? "
            params.append(status)
        return sql, params

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
        columns = "d.id, coalesce(l.status, 'new')"
        sql, params = self._filtered(columns, annotator, query, status, exact)
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
        done = self.conn.execute(
            "SELECT count(*) FROM layers WHERE annotator = ? AND status = 'done'", [annotator]
        ).fetchone()[0]
        rowids = self._all_rowids()
        rowid = None if doc_id is None else rowid_of(self.conn, doc_id)
        position = 0 if rowid is None else bisect_left(rowids, rowid) + 1
        return position, len(rowids), done


class DocumentList:
    """Documents in import order (all, or those a filter kept), read by position a page at a
    time: what a list of 1,000,000 documents holds is their rowids at most, and for the whole
    project not even those (a ``range``). A filtered list may still be growing (``pending``):
    each ``check`` checks one more chunk of candidates, ``extend`` appends what matched."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        annotator: str,
        rowids: Sequence[int],
        pending: Iterator[tuple[array, int]] | None = None,
    ):
        self.conn = conn
        self.annotator = annotator
        self.rowids = rowids
        self.pending = pending
        self.checked = 0  # candidates checked so far (the tests count them)
        self.rows_read = 0  # how many rows ``rows`` has read, for the tests

    @property
    def complete(self) -> bool:
        """Whether every candidate was checked: the list holds all it will hold."""
        return self.pending is None

    def check(self) -> array | None:
        """Check the next chunk of candidates: the rowids that matched (an empty array when
        none did), for ``extend``; None when the list is complete."""
        if self.pending is None:
            return None
        step = next(self.pending, None)
        if step is None:
            self.pending = None
            return None
        found, self.checked = step
        return found

    def extend(self, found: Sequence[int]) -> None:
        """Append rowids ``check`` found (a view tells its rows are coming first)."""
        self.rowids.extend(found)  # type: ignore[attr-defined]  # a growing list is an array

    def stop(self) -> None:
        """Check no more candidates (the filter changed): the list stays as far as it got."""
        if self.pending is not None:
            self.pending.close()  # type: ignore[attr-defined]
            self.pending = None

    def __len__(self) -> int:
        return len(self.rowids)

    def rows(self, first: int, count: int) -> list[tuple[str, str, str]]:
        """(id, title, status) of the documents at positions first .. first + count - 1."""
        wanted = self.rowids[first : first + count]
        if not len(wanted):
            return []
        sql = (
            "SELECT d.rowid, d.id, d.title, coalesce(l.status, 'new') FROM documents d "
            "LEFT JOIN layers l ON l.doc_id = d.id AND l.annotator = ? "
        )
        found: dict[int, tuple[str, str, str]] = {}
        if isinstance(wanted, range):  # a stretch of the whole project: one range query
            chunks = [(sql + "WHERE d.rowid BETWEEN ? AND ?", [wanted[0], wanted[-1]])]
        else:
            chunks = [
                (sql + f"WHERE d.rowid IN ({','.join('?' * len(part))})", list(part))
                for part in (wanted[i : i + PARAMETERS] for i in range(0, len(wanted), PARAMETERS))
            ]
        for query, params in chunks:
            for rowid, doc_id, title, status in self.conn.execute(query, [self.annotator, *params]):
                found[rowid] = (doc_id, title or doc_id, status)
        self.rows_read += len(found)
        return [found[r] for r in wanted if r in found]

    def position(self, doc_id: str) -> int | None:
        """Where a document is in this list, or None when it is not in it."""
        rowid = rowid_of(self.conn, doc_id)
        if rowid is None:
            return None
        at = bisect_left(self.rowids, rowid)
        return at if at < len(self.rowids) and self.rowids[at] == rowid else None


def rowid_of(conn: sqlite3.Connection, doc_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM documents WHERE id = ?", [doc_id]).fetchone()
    return row[0] if row else None

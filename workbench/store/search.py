"""Reading a project file or a corpus database for search: what kind of file it is, and each
document's text as a stream of chunks (SQLite's incremental blob reading), so that a search
holds a bounded part of even a very large document; in a project, only the documents its
search index does not rule out. Reading works on read-only media; a project's index is first
brought up to date when the file may be written (``catch_up_index``).

The matching rule itself is ``core.search.matches``, the same for both kinds of file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

from workbench.core.errors import ProjectError
from workbench.store import search_index
from workbench.store.projectfile import (
    APPLICATION_ID,
    LATEST_VERSION,
    can_write,
    connect_read_only,
    connect_writable,
    disk_full,
    failure,
    primary_code,
)
from workbench.store.transactions import transaction

PROJECT, CORPUS = "project", "corpus"
INDEX_BATCH = 2000  # documents indexed in one transaction, so that other writers get their turn


def database_kind(path: Path) -> str:
    """``project`` or ``corpus``; anything else is refused with a ProjectError."""
    if not path.is_file():
        raise ProjectError("no such project or corpus database", str(path))
    try:
        with closing(connect_read_only(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if primary_code(exc) not in (None, sqlite3.SQLITE_NOTADB):  # busy, an import's journal
            raise failure(exc, path, "cannot read it") from None
        raise ProjectError("not a project or corpus database (not SQLite)", str(path)) from None
    if app_id == APPLICATION_ID:
        return PROJECT
    if "documents_fts" in tables:
        return CORPUS
    raise ProjectError("neither a workbench project nor a corpus database", str(path))


def catch_up_index(
    path: Path,
    before: Callable[[int], None] | None = None,
    problem: Callable[[str], None] | None = None,
) -> int:
    """Bring a project's search index up to date (``search_index.catch_up``), telling
    ``before`` how many documents it is about to index; how many it indexed. A project that may
    only be read, is of an older format, or that another program keeps writing to, is left as
    it is: the search reads the documents the index does not cover (the same result, slower).
    Any other failure (a full disk) leaves it so too, and is told to ``problem``."""
    if not can_write(path) or disk_full(path):
        return 0
    try:
        with closing(connect_writable(path)) as conn:
            if conn.execute("PRAGMA user_version").fetchone()[0] != LATEST_VERSION:
                return 0
            waiting = search_index.unindexed(conn)
            if waiting and before is not None:
                before(waiting)
            left = waiting
            while left:
                with transaction(conn):
                    left = search_index.catch_up(conn, INDEX_BATCH)
            return waiting
    except (sqlite3.OperationalError, ProjectError) as exc:
        quiet = (None, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_READONLY)  # read-only, or busy
        if problem is not None and primary_code(exc) not in quiet:
            told = failure(exc, path, "the search index was not brought up to date")
            problem(f"{told.message}; the search reads the documents it does not cover")
        return 0


def document_texts(path: Path, query: str = "") -> Iterator[tuple[str, str, Iterator[str]]]:
    """(id, title, chunks of the text) of the documents of a project or corpus database, in
    the order they were imported or exported: every one, or with ``query`` those a project's
    search index does not rule out for it (``store.search_index``). Each document's chunks
    must be read before the next document is asked for."""
    with closing(connect_read_only(path)) as conn:
        utf8 = conn.execute("PRAGMA encoding").fetchone()[0] == "UTF-8"
        sql, params = "SELECT d.rowid, d.id, d.title FROM documents d ", []
        narrowed = search_index.candidates_clause(conn, query) if query else None
        if narrowed is not None:
            sql, params = sql + f"WHERE {narrowed[0]} ", narrowed[1]
        rows = conn.execute(sql + "ORDER BY d.rowid", params)
        for rowid, doc_id, title in rows:
            yield (
                doc_id,
                title,
                search_index.text_chunks(conn, rowid) if utf8 else _whole(conn, rowid),
            )


def _whole(conn: sqlite3.Connection, rowid: int) -> Iterator[str]:
    yield conn.execute("SELECT text FROM documents WHERE rowid = ?", [rowid]).fetchone()[0]

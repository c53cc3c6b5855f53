"""The search index of a project file: the ``search_words`` table (SQLite FTS5, holding no text
of its own) lists, for each document's rowid, the keys ``core.search.index_words`` makes of its
id, title and text: every folded word, and the word without its proclitics.

A search asks it first which documents have a key starting with each word of the query
(``core.search.query_words``): no other document can match, so their texts are never read. The
documents it names are confirmed by the one matcher, ``core.search.matches``, which alone
decides what is found and where; the index only spares the reading of the others. A query of
punctuation alone has no word to ask with: every document is read, as without an index.

The index covers the documents up to a rowid kept in ``search_indexed`` (migration 11); those
after it, imported since, are candidates for every query, read and confirmed by the matcher as
without an index, so a search finds the same whether the index is up to date or not. An import
does not index (the words of 10,000 articles cost as much as the rest of their import): the
index is brought up to date (``catch_up``) by the first search that can write the file
(``workbench search``) and by the window, a batch at a time between events. Documents are never
changed or deleted, so rows are never taken out.

The table was made and filled by migration 10 (``store/projectfile.py``), through the SQL
function ``wb_search_words`` every writable connection has.
"""

from __future__ import annotations

import codecs
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import chain

from workbench.core.search import chunked, index_words, query_words

TABLE = "search_words"
WATERMARK = "search_indexed"  # one row: the last rowid the index covers
# The table (migration 10) holds no copy of the text (content=''), no positions (detail=none):
# only which document has which key, and the keys' first two and three characters (prefix='2 3':
# the documents with a word starting "ال" or "قال" are one list each, not a merge of the lists
# of thousands of words, which SQLite makes whole before giving the first row); its ascii
# tokenizer keeps every non-ASCII character in its token, so one key is one term.
CHUNK_BYTES = 256 * 1024  # a text longer than this is read in pieces of this size
# the documents the index names for a MATCH expression, up to the last rowid it covers; and
# those after that rowid, which it does not cover yet
_NAMED = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? AND rowid <= ?"
_AFTER = "rowid > ?"
INDEX_CHUNK_BYTES = 32 * 1024  # the pieces indexed at a time (its words are held a piece a time)
READ_AT_ONCE = 500  # documents whose texts an update of the index holds at a time


def document_words(doc_id: str, title: str | None, chunks: Iterable[str]) -> str:
    """The index row of a document: the keys of its id, title and text (read as ``chunks``),
    space-separated (in no particular order)."""
    return " ".join(index_words(chain([f"{doc_id}\n{title or ''}\n"], chunks)))


def text_chunks(conn: sqlite3.Connection, rowid: int, size: int = CHUNK_BYTES) -> Iterator[str]:
    """A document's text in pieces of ``size`` bytes (SQLite's incremental blob reading), so
    that reading even a very large text holds a bounded part of it."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with conn.blobopen("documents", "text", rowid, readonly=True) as blob:
        while data := blob.read(size):
            yield decoder.decode(data)
    yield decoder.decode(b"", final=True)


def indexed_through(conn: sqlite3.Connection) -> int:
    """The last rowid the index covers: every document up to it is in the index, none after.
    A file of format 10, which indexed every import, is covered whole."""
    if _has_table(conn, WATERMARK):
        row = conn.execute(f"SELECT max(0, through) FROM {WATERMARK} WHERE one = 1").fetchone()
        return 0 if row is None else row[0]  # a row lost (a file edited by hand): none covered
    return _last_rowid(conn)


def unindexed(conn: sqlite3.Connection) -> int:
    """How many documents the index does not cover yet."""
    return _count_after(conn, indexed_through(conn))


def _count_after(conn: sqlite3.Connection, rowid: int) -> int:
    return conn.execute(f"SELECT count(*) FROM documents WHERE {_AFTER}", [rowid]).fetchone()[0]


def catch_up(conn: sqlite3.Connection, batch: int | None = None) -> int:
    """Index up to ``batch`` documents the index does not cover (all of them: None), in the
    caller's transaction; how many are left."""
    through, last = indexed_through(conn), _last_rowid(conn)
    goal = last if batch is None else min(last, _nth_after(conn, through, batch))
    if goal > through:
        while through < goal:  # what is read at once stays bounded
            upto = min(goal, _nth_after(conn, through, READ_AT_ONCE))
            _index(conn, through, upto)
            through = upto
        conn.execute(f"INSERT OR REPLACE INTO {WATERMARK} (one, through) VALUES (1, ?)", [goal])
    return _count_after(conn, goal)


def _index(conn: sqlite3.Connection, after: int, upto: int) -> None:
    """Add the index rows of the documents after rowid ``after`` up to ``upto``."""
    rows = conn.execute(  # a long text is not read here but in pieces (text_chunks)
        "SELECT rowid, id, title, CASE WHEN length(text) <= ? THEN text END FROM documents "
        "WHERE rowid > ? AND rowid <= ?",
        [INDEX_CHUNK_BYTES // 2, after, upto],
    ).fetchall()
    words = [
        (rowid, document_words(doc_id, title, _pieces(conn, rowid, text)))
        for rowid, doc_id, title, text in rows
    ]
    conn.executemany(f"INSERT INTO {TABLE} (rowid, words) VALUES (?, ?)", words)


def _pieces(conn: sqlite3.Connection, rowid: int, text: str | None) -> Iterable[str]:
    """A text as read already, or in pieces when it was too long to be read whole (None)."""
    return text_chunks(conn, rowid, INDEX_CHUNK_BYTES) if text is None else chunked(text)


def _nth_after(conn: sqlite3.Connection, rowid: int, n: int) -> int:
    """The rowid of the ``n``th document after ``rowid`` (the last one when fewer follow)."""
    sql = (
        "SELECT max(rowid) FROM "
        "(SELECT rowid FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?)"
    )
    found = conn.execute(sql, [rowid, n]).fetchone()[0]
    return rowid if found is None else found


def _last_rowid(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]


def has_index(conn: sqlite3.Connection) -> bool:
    """Whether the file has the index (a project of format 10 or later)."""
    return _has_table(conn, TABLE)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone()
    return found is not None


def match_expression(query: str) -> str | None:
    """The FTS5 query naming the documents that may match ``query``: a key starting with each
    of its words; None when the query has no word (every document may match)."""
    words = query_words(query)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def candidates(conn: sqlite3.Connection, expression: str) -> Iterator[int]:
    """The rowids of the documents that may match a ``match_expression``, in import order:
    those the index names, then every document it does not cover yet (both bounded by the same
    last rowid, so a document indexed between the two reads comes once)."""
    through = indexed_through(conn)
    for (rowid,) in conn.execute(f"{_NAMED} ORDER BY rowid", [expression, through]):
        yield rowid
    for (rowid,) in conn.execute(
        f"SELECT rowid FROM documents WHERE {_AFTER} ORDER BY rowid", [through]
    ):
        yield rowid


def candidates_clause(conn: sqlite3.Connection, query: str) -> tuple[str, list] | None:
    """An SQL condition on ``d.rowid`` (documents aliased ``d``) keeping the documents that may
    match ``query`` (those the index names, and those it does not cover yet), with its
    parameters; None when the file has no index or the index cannot narrow the query."""
    expression = match_expression(query)
    if expression is None or not has_index(conn):
        return None
    through = indexed_through(conn)
    clause = f"d.rowid IN ({_NAMED} UNION ALL SELECT rowid FROM documents WHERE {_AFTER})"
    return clause, [expression, through, through]

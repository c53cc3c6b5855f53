"""The search index of a project file: the ``search_words`` table (SQLite FTS5, holding no text
of its own) lists, for each document's rowid, the keys ``core.search.index_words`` makes of its
id, title and text: every folded word, and the word without its proclitics.

A search asks it first which documents have a key starting with each word of the query
(``core.search.query_words``): no other document can match, so their texts are never read. The
documents it names are confirmed by the one matcher, ``core.search.matches``, which alone
decides what is found and where; the index only spares the reading of the others. A query of
punctuation alone has no word to ask with: every document is read, as without an index.

The table is made and filled for the documents already there by migration 10
(``store/projectfile.py``), through the SQL function ``wb_search_words`` every writable
connection has (``register``), and each import adds its documents' rows in its own transaction
(``add_documents``): a document is in the index as soon as it is in the project. Documents are
never changed or deleted, so rows are never taken out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from workbench.core.search import chunked, index_words, query_words

TABLE = "search_words"
FUNCTION = "wb_search_words"
# The table (migration 10) holds no copy of the text (content=''), no positions (detail=none):
# only which document has which key, and the keys' first two and three characters (prefix='2 3':
# the documents with a word starting "ال" or "قال" are one list each, not a merge of the lists
# of thousands of words, which SQLite makes whole before giving the first row); its ascii
# tokenizer keeps every non-ASCII character in its token, so one key is one term.
_FILL_AFTER = (
    f"INSERT INTO {TABLE} (rowid, words) "
    f"SELECT rowid, {FUNCTION}(id, title, text) FROM documents WHERE rowid > ?"
)


def register(conn: sqlite3.Connection) -> None:
    """Give ``conn`` the SQL function that makes a document's row of the index."""
    conn.create_function(FUNCTION, 3, document_words)


def document_words(doc_id: str, title: str | None, text: str) -> str:
    """The index row of a document: its keys, space-separated (in no particular order)."""
    return " ".join(index_words([f"{doc_id}\n{title or ''}\n", *chunked(text)]))


def add_documents(conn: sqlite3.Connection, after: int) -> None:
    """Index the documents added after rowid ``after`` (in the caller's transaction)."""
    conn.execute(_FILL_AFTER, [after])


def has_index(conn: sqlite3.Connection) -> bool:
    """Whether the file has the index (a project of format 10 or later)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [TABLE]).fetchone()
    return found is not None


def match_expression(query: str) -> str | None:
    """The FTS5 query naming the documents that may match ``query``: a key starting with each
    of its words; None when the query has no word (every document may match)."""
    words = query_words(query)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def candidates(conn: sqlite3.Connection, expression: str) -> Iterator[int]:
    """The rowids of the documents the index names for a ``match_expression``, in import
    order."""
    for (rowid,) in conn.execute(
        f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rowid", [expression]
    ):
        yield rowid


def candidates_clause(query: str) -> tuple[str, list[str]] | None:
    """An SQL condition on ``d.rowid`` (documents aliased ``d``) keeping the documents that may
    match ``query``, with its parameters; None when the index cannot narrow the query."""
    expression = match_expression(query)
    if expression is None:
        return None
    return f"d.rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)", [expression]

"""Searching a project file or a corpus database by the one rule of ``core.search``: words with
their proclitics and suffixes (or whole words alone), ignoring harakat, tatweel, alef forms,
ى/ي, ة/ه, Persian letters and digit shapes; every match comes with the text around it.

Documents are read in chunks and matches are yielded as they are found (``found``); the
search stops at the last match wanted, so ``limit`` bounds the work and a huge document does
not fill the memory; a project's search index spares the reading of documents that cannot
match (``store.search_index``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from workbench.core.search import Hit, matches
from workbench.store.search import PROJECT, catch_up_index, database_kind, document_texts

CONTEXT = 40  # characters shown on each side of a match


@dataclass(frozen=True)
class Match:
    """Where a match is (code points in the document's text) and the text around it, each run
    of whitespace shown as one space."""

    document: str
    title: str
    start: int
    end: int
    match: str
    before: str
    after: str


def search(path: Path, query: str, limit: int = 100, exact: bool = False) -> list[Match]:
    """Matches in document order, at most ``limit`` (none for a limit of 0 or less);
    ``exact``: the query as whole words, without clitics or suffixes."""
    if limit <= 0:
        database_kind(path)  # a project or a corpus database, or a clear error
        return []
    with closing(found(path, query, exact)) as stream:  # found checks the file first
        return list(islice(stream, limit))


def found(
    path: Path,
    query: str,
    exact: bool = False,
    indexing: Callable[[int], None] | None = None,
    problem: Callable[[str], None] | None = None,
) -> Iterator[Match]:
    """Every match in document order, each yielded as soon as it is found: the caller takes as
    many as it wants (and closes the iterator), so the work is that of the matches taken.
    The file is checked (``database_kind``) when the first match is asked for, and a project's
    search index is brought up to date first where the file may be written (``indexing`` is
    told how many documents that indexes, before it does; ``problem``, why it could not)."""
    if database_kind(path) == PROJECT:
        catch_up_index(path, indexing, problem)
    with closing(document_texts(path, query)) as documents:
        for doc_id, title, chunks in documents:
            with closing(chunks):  # the blob before its connection
                for hit in matches(chunks, query, CONTEXT, exact):
                    yield _match(doc_id, title, hit)


def _match(doc_id: str, title: str, hit: Hit) -> Match:
    before, after = hit.before, hit.after
    return Match(
        doc_id,
        title,
        hit.start,
        hit.end,
        hit.text,
        before=" ".join(before.split()) + (" " if before[-1:].isspace() else ""),
        after=(" " if after[:1].isspace() else "") + " ".join(after.split()),
    )

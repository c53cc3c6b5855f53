"""Searching a project file or a corpus database, ignoring harakat, tatweel, alef forms, ى/ي
and ة/ه; every match comes with the text around it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.core.search import find_all, fold
from workbench.formats.corpus import corpus_documents
from workbench.store.search import PROJECT, database_kind

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


def search(path: Path, query: str, limit: int = 100) -> list[Match]:
    """Matches in document order, at most ``limit``."""
    words = fold(query).split()
    if not words:
        return []
    if database_kind(path) == PROJECT:
        from workbench.store.project import Project

        with Project.open(path) as project:
            rows = project.documents_containing(max(words, key=len))
    else:
        rows = corpus_documents(path, query)
    results: list[Match] = []
    for doc_id, title, text in rows:
        for start, end in find_all(text, query, limit - len(results)):
            results.append(_result(doc_id, title, text, start, end))
        if len(results) >= limit:
            break
    return results


def _result(doc_id: str, title: str, text: str, start: int, end: int) -> Match:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return Match(
        doc_id,
        title,
        start,
        end,
        text[start:end],
        before=" ".join(before.split()) + (" " if before[-1:].isspace() else ""),
        after=(" " if after[:1].isspace() else "") + " ".join(after.split()),
    )

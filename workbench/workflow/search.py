"""Searching a project file or a corpus database, ignoring harakat, tatweel, alef forms, ى/ي
and ة/ه; every match comes with the text around it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.core.search import find_all, fold
from workbench.formats.corpus import corpus_documents
from workbench.store.search import PROJECT, database_kind

CONTEXT = 40  # characters shown on each side of a match


def search(path: Path, query: str, limit: int = 100) -> list[dict[str, Any]]:
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
    results: list[dict[str, Any]] = []
    for doc_id, title, text in rows:
        for start, end in find_all(text, query, limit - len(results)):
            results.append(_result(doc_id, title, text, start, end))
        if len(results) >= limit:
            break
    return results


def _result(doc_id: str, title: str, text: str, start: int, end: int) -> dict[str, Any]:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return {
        "document": doc_id,
        "title": title,
        "start": start,
        "end": end,
        "match": text[start:end],
        "before": " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
        "after": (" " if after[:1].isspace() else "") + " ".join(after.split()),
    }

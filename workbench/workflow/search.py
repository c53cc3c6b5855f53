"""Searching a project file or a corpus database, ignoring harakat, tatweel, alef forms, ى/ي
and ة/ه; every match comes with the text around it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from workbench.core.errors import ProjectError
from workbench.core.search import find_all, fold
from workbench.formats.corpus import corpus_documents
from workbench.store.projectfile import APPLICATION_ID

CONTEXT = 40  # characters shown on each side of a match


def search(path: Path, query: str, limit: int = 100) -> list[dict[str, Any]]:
    """Matches in document order, at most ``limit``."""
    words = fold(query).split()
    if not words:
        return []
    kind = _kind(path)
    if kind == "project":
        from workbench.store.project import Project

        with Project.open(path) as project:
            rows = project.conn.execute(
                "SELECT id, title, text FROM documents WHERE instr(wb_fold(text), ?) "
                "ORDER BY rowid",
                [max(words, key=len)],
            ).fetchall()
    else:
        rows = corpus_documents(path, query)
    results: list[dict[str, Any]] = []
    for doc_id, title, text in rows:
        for start, end in find_all(text, query, limit - len(results)):
            results.append(_result(doc_id, title, text, start, end))
        if len(results) >= limit:
            break
    return results


def _kind(path: Path) -> str:
    if not path.is_file():
        raise ProjectError("no such project or corpus database", str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise ProjectError("not a project or corpus database (not SQLite)", str(path)) from None
    if app_id == APPLICATION_ID:
        return "project"
    if "documents_fts" in tables:
        return "corpus"
    raise ProjectError("neither a workbench project nor a corpus database", str(path))


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

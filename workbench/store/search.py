"""What kind of searchable file a path is: a workbench project or a corpus database (the
export format with a full-text index). Read-only: the file is opened for a look and closed.

Searching itself lives with its data: ``Project.documents_containing`` for a project file,
``formats.corpus.corpus_documents`` for the corpus database that module writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.core.errors import ProjectError
from workbench.store.projectfile import APPLICATION_ID

PROJECT, CORPUS = "project", "corpus"


def database_kind(path: Path) -> str:
    """``project`` or ``corpus``; anything else is refused with a ProjectError."""
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
        return PROJECT
    if "documents_fts" in tables:
        return CORPUS
    raise ProjectError("neither a workbench project nor a corpus database", str(path))

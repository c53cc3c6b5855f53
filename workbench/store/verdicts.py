"""The verdicts table: each annotator's accept or reject of a suggestion, by content key
(``core.suggest.keys``), with who decided and when. Written only through ``Project.apply`` (a
``ChangeSet``'s ``verdicts``), so that undo takes a verdict back like any edit.
"""

from __future__ import annotations

import sqlite3

from workbench.core.changes import Changes
from workbench.core.errors import ValidationError
from workbench.core.model import Verdict

DECISIONS = ("accepted", "rejected")


def of_layer(conn: sqlite3.Connection, doc_id: str, annotator: str) -> dict[str, Verdict]:
    """An annotator's verdicts on a document's suggestions, by key."""
    return {
        key: Verdict(key, decision, by, at)
        for key, decision, by, at in conn.execute(
            "SELECT key, decision, decided_by, decided_at FROM verdicts "
            "WHERE doc_id = ? AND annotator = ?",
            [doc_id, annotator],
        )
    }


def decided_keys(conn: sqlite3.Connection, doc_id: str) -> dict[str, set[str]]:
    """key -> the decisions anyone made on it (a document's suggestions, all annotators)."""
    found: dict[str, set[str]] = {}
    for key, decision in conn.execute(
        "SELECT key, decision FROM verdicts WHERE doc_id = ?", [doc_id]
    ):
        found.setdefault(key, set()).add(decision)
    return found


def write(conn: sqlite3.Connection, doc_id: str, annotator: str, changes: Changes[Verdict]) -> None:
    """Apply verdict changes, checking that the table holds what they replace."""
    current = of_layer(conn, doc_id, annotator)
    for verdict in changes.after:
        if verdict.decision not in DECISIONS:
            raise ValidationError(
                f"a verdict is one of {', '.join(DECISIONS)}, not {verdict.decision!r}"
            )
        if not verdict.by.strip():
            raise ValidationError("a verdict needs the name of who makes it")
    for verdict in changes.removed + tuple(before for before, _after in changes.changed):
        if current.get(verdict.id) != verdict:
            raise ValidationError(
                f"the verdict on {verdict.id} has changed since; nothing was done"
            )
    for verdict in changes.added:
        if verdict.id in current:
            raise ValidationError(f"{verdict.id} has a verdict already")
    conn.executemany(
        "DELETE FROM verdicts WHERE doc_id = ? AND annotator = ? AND key = ?",
        [(doc_id, annotator, v.id) for v in changes.removed]
        + [(doc_id, annotator, before.id) for before, _after in changes.changed],
    )
    conn.executemany(
        "INSERT INTO verdicts (doc_id, annotator, key, decision, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(doc_id, annotator, v.id, v.decision, v.by, v.at) for v in changes.after],
    )

"""The decisions table: the adjudication log, one decision (accepted or rejected, by whom,
when) per candidate key of a document. A decision is recorded through ``Project.apply`` (see
``Project.record_decision``); a later decision on the same key replaces the earlier one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from workbench.core.changes import Decision
from workbench.core.errors import ValidationError

DECISIONS = ("accepted", "rejected")
KINDS = ("span", "relation", "entity")


def kind_of(key: str) -> str:
    """What a candidate key names: its first part (``span:PER:4:7:`` is a span)."""
    return key.split(":", 1)[0]


def check_decision(decision: Decision) -> None:
    if decision.decision not in DECISIONS:
        raise ValidationError(
            f"a decision is one of {', '.join(DECISIONS)}, not {decision.decision!r}"
        )
    if kind_of(decision.key) not in KINDS:
        raise ValidationError(f"{decision.key!r} is not the key of a span, relation or entity")
    if not decision.by.strip():
        raise ValidationError("a decision needs the name of who makes it")


class Decisions:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def of_document(self, doc_id: str) -> dict[str, Decision]:
        """The decisions on a document's candidates, by key."""
        return {
            key: Decision(doc_id, key, decision, by, at)
            for key, decision, by, at in self.conn.execute(
                "SELECT key, decision, decided_by, decided_at FROM decisions WHERE doc_id = ?",
                [doc_id],
            )
        }

    def record(self, decisions: Iterable[Decision]) -> None:
        self.conn.executemany(
            "INSERT INTO decisions (doc_id, key, kind, decision, decided_by, decided_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (doc_id, key) DO UPDATE SET "
            "decision = excluded.decision, decided_by = excluded.decided_by, "
            "decided_at = excluded.decided_at",
            [(d.doc_id, d.key, kind_of(d.key), d.decision, d.by, d.at) for d in decisions],
        )

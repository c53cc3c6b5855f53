"""The history table: an append-only log of every change to a layer, who made it and when,
with the item as it was before and after.

``store.edits`` writes it from each ``ChangeSet`` inside the transaction that applies the
change (one row per item touched), so the log and the layers never disagree. Whole layers
written at once (an import, a merge) are logged compactly: one row per layer with its counts,
never one per span. Rows are only ever added; nothing here updates or deletes one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from workbench.core.changes import Changes, ChangeSet
from workbench.core.model import Comment, Entity, Layer, Relation, Span, Verdict
from workbench.store.jsonfields import dumps
from workbench.store.layers import categories_json

# What a row records: an item of a layer, a move of the layer, or a whole layer written at once.
ITEM_KINDS = ("span", "relation", "entity", "comment", "verdict")
KINDS = (*ITEM_KINDS, "status", "categories", "decision", "import", "merge")


@dataclass(frozen=True)
class HistoryEntry:
    """One change: ``kind`` (one of ``KINDS``), ``item`` the id of what changed (None for a move
    of the whole layer), ``before``/``after`` its JSON shape (None: absent), ``by`` who made it
    and ``at`` when (ISO 8601, UTC)."""

    id: int
    doc_id: str
    annotator: str
    by: str
    at: str
    kind: str
    item: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        """The entry as ``workbench history --json`` prints it (states in their JSONL shape)."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "annotator": self.annotator,
            "by": self.by,
            "at": self.at,
            "kind": self.kind,
            "item": self.item,
            "before": jsonl_shape(self.kind, self.before),
            "after": jsonl_shape(self.kind, self.after),
        }

    def content(self) -> tuple:
        """What the entry says, without its row id: equal in a package and in its project."""
        return (
            self.doc_id,
            self.annotator,
            self.by,
            self.at,
            self.kind,
            self.item,
            dumps(self.before),
            dumps(self.after),
        )


def jsonl_shape(kind: str, state: dict[str, Any] | None) -> Any:
    """A recorded state as native JSONL says it: chosen categories (a "categories" entry's
    state, and those of a whole layer imported or merged) as ``[{"name", "values"}]``."""
    if state is None:
        return None
    if kind == "categories":
        return categories_json(state)
    if kind in ("import", "merge") and isinstance(state.get("categories"), dict):
        return {**state, "categories": categories_json(state["categories"])}
    return state


def _verdict_dict(verdict: Verdict) -> dict[str, Any]:
    return {"id": verdict.id, "decision": verdict.decision, "by": verdict.by, "at": verdict.at}


def item_dict(kind: str, item: Any) -> dict[str, Any]:
    return _verdict_dict(item) if kind == "verdict" else item.to_dict()


def item_of(kind: str, data: dict[str, Any]) -> Span | Relation | Entity | Comment | Verdict:
    """The item an entry's ``before`` or ``after`` describes."""
    if kind == "span":
        return Span(
            data["id"],
            data["start"],
            data["end"],
            data["label"],
            data["text"],
            data.get("entity"),
            dict(data.get("attrs") or {}),
        )
    if kind == "relation":
        return Relation(data["id"], data["label"], data["head"], data["tail"], dict(data["attrs"]))
    if kind == "entity":
        return Entity(data["id"], data["label"], data["name"])
    if kind == "comment":
        return Comment(data["id"], data["target"], data["author"], data["created"], data["text"])
    return Verdict(data["id"], data["decision"], data["by"], data["at"])


Row = tuple[str, str, str, str, str, str | None, str | None, str | None]


def _item_rows(kind: str, changes: Changes, head: tuple[str, str, str, str]) -> Iterator[Row]:
    for item in changes.removed:
        yield (*head, kind, item.id, dumps(item_dict(kind, item)), None)
    for before, after in changes.changed:
        yield (*head, kind, after.id, dumps(item_dict(kind, before)), dumps(item_dict(kind, after)))
    for item in changes.added:
        yield (*head, kind, item.id, None, dumps(item_dict(kind, item)))


def rows_of(changes: ChangeSet, by: str, at: str) -> list[Row]:
    """The history rows of one applied change set (removals first, as they were applied)."""
    head = (changes.doc_id, changes.annotator, by, at)
    rows: list[Row] = []
    for kind, part in (
        ("comment", changes.comments),
        ("relation", changes.relations),
        ("span", changes.spans),
        ("entity", changes.entities),
        ("verdict", changes.verdicts),
    ):
        if part:
            rows.extend(_item_rows(kind, part, head))
    if changes.categories:
        before, after = changes.categories
        rows.append((*head, "categories", None, dumps(before), dumps(after)))
    if changes.status:
        before, after = changes.status
        rows.append((*head, "status", None, dumps({"status": before}), dumps({"status": after})))
    for decision in changes.decisions:
        made = {"key": decision.key, "decision": decision.decision, "at": decision.at}
        rows.append((changes.doc_id, changes.annotator, decision.by, at, "decision",
                     decision.key, None, dumps(made)))  # fmt: skip
    return rows


def layer_summary(layer: Layer) -> dict[str, Any]:
    """What a compact entry says about a whole layer written at once."""
    return {
        "status": layer.status,
        "spans": len(layer.spans),
        "relations": len(layer.relations),
        "entities": len(layer.entities),
        "comments": len(layer.comments),
        "categories": layer.categories,
    }


def _loads(stored: str | None) -> dict[str, Any] | None:
    return None if stored is None else json.loads(stored)


def _entry(row) -> HistoryEntry:
    return HistoryEntry(*row[:7], _loads(row[7]), _loads(row[8]))


_COLUMNS = "id, doc_id, annotator, by, at, kind, item, before, after"


class History:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def record(self, rows: Iterable[Row]) -> None:
        self.conn.executemany(
            "INSERT INTO history (doc_id, annotator, by, at, kind, item, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def add(self, entries: Iterable[HistoryEntry]) -> None:
        """Copy entries made elsewhere (a package's, or the project's into a package)."""
        self.record(
            (e.doc_id, e.annotator, e.by, e.at, e.kind, e.item,
             None if e.before is None else dumps(e.before),
             None if e.after is None else dumps(e.after))
            for e in entries
        )  # fmt: skip

    def last_id(self) -> int:
        """The id of the newest entry (0: none); it grows with every change that lands."""
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]

    def get(self, entry_id: int) -> HistoryEntry | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM history WHERE id = ?", [entry_id]
        ).fetchone()
        return None if row is None else _entry(row)

    def entries(
        self, doc_id: str | None = None, annotator: str | None = None, item: str | None = None
    ) -> list[HistoryEntry]:
        """Entries oldest first (by time, then as recorded: entries a merge brings back stand
        where they were made, before the merge), of one document, one annotator's layers, one
        item, or all."""
        where, params = [], []
        for column, value in (("doc_id", doc_id), ("annotator", annotator), ("item", item)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        sql = f"SELECT {_COLUMNS} FROM history"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_entry(row) for row in self.conn.execute(sql + " ORDER BY at, id", params)]

    def status_moves(self) -> list[tuple[str, str, str, str]]:
        """(annotator, doc_id, at, status it moved to) of every status move, a whole layer
        imported or merged included, oldest first."""
        return [
            (annotator, doc_id, at, json.loads(after)["status"])
            for annotator, doc_id, at, after in self.conn.execute(
                "SELECT annotator, doc_id, at, after FROM history "
                "WHERE kind IN ('status', 'import', 'merge') ORDER BY at, id"
            )
        ]

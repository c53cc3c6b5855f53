"""Counts over the whole project file: what ``workbench stats`` prints and what an export
will write."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from workbench.core.model import STATUSES, SUGGEST


@dataclass(frozen=True)
class ProjectStats:
    """What ``workbench stats`` prints; ``--json`` gives the fields under their names."""

    documents: int
    characters: int
    layers: dict[str, dict[str, int]]  # annotator -> status -> how many layers
    spans: int
    relations: int
    entities: int
    labels: dict[str, int]  # span label -> how many spans, most first
    relation_labels: dict[str, int]
    seconds: dict[str, float]  # annotator -> seconds of active time on task, all documents
    spans_by_annotator: dict[str, int]


def stats(conn: sqlite3.Connection) -> ProjectStats:
    q = conn.execute
    by_annotator: dict[str, dict[str, int]] = {}
    for annotator, layer_status, count in q(
        "SELECT annotator, status, count(*) FROM layers GROUP BY 1, 2"
    ):
        by_annotator.setdefault(annotator, {s: 0 for s in STATUSES})[layer_status] = count
    return ProjectStats(
        documents=q("SELECT count(*) FROM documents").fetchone()[0],
        characters=q("SELECT coalesce(sum(length(text)), 0) FROM documents").fetchone()[0],
        layers=by_annotator,
        spans=q("SELECT count(*) FROM spans").fetchone()[0],
        relations=q("SELECT count(*) FROM relations").fetchone()[0],
        entities=q("SELECT count(*) FROM entities").fetchone()[0],
        labels=dict(q("SELECT label, count(*) FROM spans GROUP BY 1 ORDER BY 2 DESC, 1")),
        relation_labels=dict(
            q("SELECT label, count(*) FROM relations GROUP BY 1 ORDER BY 2 DESC, 1")
        ),
        seconds=dict(q("SELECT annotator, sum(seconds) FROM layers GROUP BY 1 ORDER BY 1")),
        spans_by_annotator=dict(
            q(
                "SELECT l.annotator, count(*) FROM spans s JOIN layers l ON l.id = s.layer_id "
                "GROUP BY 1 ORDER BY 1"
            )
        ),
    )


def record_count(conn: sqlite3.Connection) -> int:
    """How many records an unfiltered export writes: one per layer (suggestions left out), one
    per bare document."""
    return conn.execute(
        "SELECT (SELECT count(*) FROM layers WHERE annotator != ?) + (SELECT count(*) FROM "
        "documents WHERE id NOT IN (SELECT doc_id FROM layers WHERE annotator != ?))",
        [SUGGEST, SUGGEST],
    ).fetchone()[0]

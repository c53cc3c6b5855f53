"""The corpus database: a training-ready SQLite file, readable by sqlite-utils and Datasette.

Tables: documents, spans, relations, entities, quotes (each QUOTE resolved to its cue,
speaker, speaker entity and organizations) and categories (one row per chosen value of a
document category, per layer). Exporting again replaces each exported layer's rows
and upserts documents, so counts never grow by re-exporting. A document id the database holds
with another text (another project's document) is refused, so offsets always match the text.
``about`` says what the offsets count (``key`` ``offsets``: ``code points``, of the NFC text).
``documents_fts`` indexes the folded text (no harakat or tatweel, one alef, ى as ي, ة as ه) for
Arabic-insensitive search.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from workbench.core.errors import FormatError
from workbench.core.model import Entity, Layer, Relation, Span
from workbench.core.quotes import resolve_quotes
from workbench.core.search import fold
from workbench.core.text import text_sha256
from workbench.formats.atomic import new_file
from workbench.formats.offset_units import declaration
from workbench.store.identify import refuse_project_output
from workbench.store.project import Project

TABLES: dict[str, tuple[dict[str, type], tuple[str, ...]]] = {
    "documents": ({"id": str, "title": str, "text": str, "meta": str, "sha256": str}, ("id",)),
    "spans": (
        {
            "doc_id": str,
            "layer": str,
            "id": str,
            "start": int,
            "end": int,
            "label": str,
            "text": str,
            "entity_id": str,
            "attrs": str,
        },
        ("doc_id", "layer", "id"),
    ),
    "relations": (
        {
            "doc_id": str,
            "layer": str,
            "id": str,
            "label": str,
            "head_id": str,
            "tail_id": str,
            "attrs": str,
        },
        ("doc_id", "layer", "id"),
    ),
    "entities": (
        {"doc_id": str, "layer": str, "id": str, "label": str, "name": str},
        ("doc_id", "layer", "id"),
    ),
    "quotes": (
        {
            "doc_id": str,
            "layer": str,
            "quote_id": str,
            "text": str,
            "kind": str,
            "cue": str,
            "speaker": str,
            "speaker_entity": str,
            "organizations": str,
            "start": int,
            "end": int,
        },
        ("doc_id", "layer", "quote_id"),
    ),
    "categories": (
        {"doc_id": str, "layer": str, "category": str, "value": str},
        ("doc_id", "layer", "category", "value"),
    ),
}
LAYER_TABLES = ("spans", "relations", "entities", "quotes", "categories")


def _json(value: Any) -> str:
    if value == {}:  # most attrs: no need for the encoder
        return "{}"
    return json.dumps(value, ensure_ascii=False)


def open_corpus(path: str | Path) -> sqlite_utils.Database:
    path = Path(path)
    if path.exists():
        with path.open("rb") as handle:
            if handle.read(16) not in (b"SQLite format 3\x00", b""):
                raise FormatError(
                    "exists and is not an SQLite file; choose another name", str(path)
                )
    db = sqlite_utils.Database(path)
    db.enable_wal()
    for name, (columns, pk) in TABLES.items():
        db[name].create(columns, pk=pk if len(pk) > 1 else pk[0], if_not_exists=True)
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(search_text, content='')"
    )
    db["spans"].create_index(["label"], if_not_exists=True)
    about = declaration("corpus")  # what the offsets count, as data
    db["about"].upsert_all([{"key": k, "value": v} for k, v in about.items()], pk="key")
    return db


def export_corpus(
    project: Project, out: str | Path, layer: str = "all", status: str = "any"
) -> dict[str, int]:
    """Write (or refresh) the corpus database; returns the row counts of its tables.

    A new database is built under a temporary name and appears whole; an existing one is
    refreshed in one SQLite transaction (its readers may have it open, so it stays in place).
    A workbench project (this one or another) is never taken for a corpus database.
    """
    refuse_project_output(out, project.path)
    try:
        if Path(out).exists():
            return _write_corpus(project, out, layer, status)
        with new_file(out) as partial:
            return _write_corpus(project, partial, layer, status)
    except FormatError as exc:
        raise exc.located(str(out)) from None


def _write_corpus(project: Project, out: str | Path, layer: str, status: str) -> dict[str, int]:
    db = open_corpus(out)
    try:
        with project.read_snapshot(), db.atomic():
            for record in project.iter_records(layer=layer, status=status):
                _write_record(db, record)
        return {name: db[name].count for name in TABLES}
    finally:
        db.close()


def _write_record(db: sqlite_utils.Database, record: dict[str, Any]) -> None:
    doc_id = record["id"]
    held = db.execute("SELECT sha256 FROM documents WHERE id = ?", [doc_id]).fetchone()
    if held is not None and held[0] != text_sha256(record["text"]):
        raise FormatError(
            f"already holds a document {doc_id!r} with a different text (from another "
            "project?); its spans would not match this one; nothing was written (export to "
            "another corpus database, or give the documents distinct ids)"
        )
    if held is None:
        db["documents"].insert(document_row(record))
        rowid = db.execute("SELECT rowid FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
        db.execute(
            "INSERT INTO documents_fts (rowid, search_text) VALUES (?, ?)",
            [rowid, fold(record["text"])],
        )
    if "annotator" not in record:
        return
    name = record["annotator"]
    for table in LAYER_TABLES:  # the layer as it is now replaces what was exported before
        db.execute(f"DELETE FROM [{table}] WHERE doc_id = ? AND layer = ?", [doc_id, name])
    for table, rows in layer_rows(record).items():
        db[table].insert_all(rows)


def document_row(record: dict[str, Any]) -> dict[str, Any]:
    """The ``documents`` row of a native record (the Parquet export writes the same rows)."""
    title = record["meta"].get("title") or record["text"].strip().split("\n", 1)[0][:80]
    return {
        "id": record["id"],
        "title": title,
        "text": record["text"],
        "meta": _json(record["meta"]),
        "sha256": text_sha256(record["text"]),
    }


def layer_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows of each layer table (``LAYER_TABLES``) for a native record with a layer."""
    name = record["annotator"]
    layer = Layer(
        name,
        record["status"],
        [Span(**s) for s in record["spans"]],
        [Relation(**r) for r in record["relations"]],
        [Entity(**e) for e in record["entities"]],
    )
    key = {"doc_id": record["id"], "layer": name}
    spans = [
        {
            **key,
            "id": s.id,
            "start": s.start,
            "end": s.end,
            "label": s.label,
            "text": s.text,
            "entity_id": s.entity,
            "attrs": _json(s.attrs),
        }
        for s in layer.spans
    ]
    relations = [
        {
            **key,
            "id": r.id,
            "label": r.label,
            "head_id": r.head,
            "tail_id": r.tail,
            "attrs": _json(r.attrs),
        }
        for r in layer.relations
    ]
    entities = [{**key, "id": e.id, "label": e.label, "name": e.name} for e in layer.entities]
    quotes = [
        {
            **key,
            "quote_id": q.quote.id,
            "text": q.quote.text,
            "kind": q.kind,
            "cue": q.cue.text if q.cue else None,
            "speaker": q.speaker.text if q.speaker else None,
            "speaker_entity": q.speaker_name,
            "organizations": _json(q.organizations),
            "start": q.quote.start,
            "end": q.quote.end,
        }
        for q in resolve_quotes(layer)
    ]
    categories = [
        {**key, "category": chosen["name"], "value": value}
        for chosen in record.get("categories", [])
        for value in chosen["values"]
    ]
    return {
        "spans": spans,
        "relations": relations,
        "entities": entities,
        "quotes": quotes,
        "categories": categories,
    }

"""The project: documents, per-annotator layers and the schema, in one SQLite file.

Every public method that changes something is its own committed transaction, unless it runs
inside ``transaction()``, which bulk work (imports, merges) uses to land whole or not at all.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.core.errors import ProjectError, ValidationError
from workbench.core.model import GOLD, STATUSES, Document, Entity, Layer, Relation, Span
from workbench.core.schema import Schema, default_schema
from workbench.core.search import fold
from workbench.core.validate import check_relation, check_span
from workbench.store import projectfile
from workbench.store.jsonfields import dumps as _dumps
from workbench.store.jsonfields import loads_attrs as _attrs
from workbench.store.links import LinkOperations
from workbench.store.projectfile import now


def _remove_with_sidecars(path: Path, keep_main: bool = False) -> None:
    for suffix in ("-wal", "-shm") if keep_main else ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


class Project(LinkOperations):
    def __init__(self, path: Path, db):
        self.path = path
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        row = self.conn.execute("SELECT value FROM project WHERE key = 'schema'").fetchone()
        if row is None:
            raise ProjectError("the project has no schema (damaged?)", str(path))
        self.schema = Schema.from_dict(json.loads(row[0]))
        self.conn.create_function("wb_fold", 1, fold, deterministic=True)
        self._last_document: Document | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, schema: Schema | None = None) -> Project:
        path = Path(path)
        db = projectfile.create(path)
        schema = schema or default_schema()
        with db.atomic():
            db.execute(
                "INSERT INTO project (key, value) VALUES ('schema', ?), ('created_at', ?)",
                [_dumps(schema.to_dict()), now()],
            )
        return cls(path, db)

    @classmethod
    @contextlib.contextmanager
    def building(cls, path: str | Path, schema: Schema | None = None) -> Iterator[Project]:
        """A new project file that appears at ``path`` whole once the block ends, or not at all.

        It is written beside ``path`` and renamed, as one file (no -wal beside it), so that it
        can be handed to someone else (packages, the sample project).
        """
        path = Path(path)
        if path.exists():
            raise ProjectError("a file with this name exists already; choose another", str(path))
        partial = path.with_name(path.name + ".creating")
        _remove_with_sidecars(partial)
        project = cls.create(partial, schema)
        try:
            yield project
            project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            project.close()
            _remove_with_sidecars(partial)
            raise
        project.close()
        _remove_with_sidecars(partial, keep_main=True)
        partial.rename(path)

    @classmethod
    def open(cls, path: str | Path) -> Project:
        path = Path(path)
        return cls(path, projectfile.open_existing(path))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested calls join the outer one, which lands whole or not."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state of the file (WAL lets writers go on)."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def info(self, key: str) -> Any:
        """A value recorded in the project table (JSON), or None."""
        row = self.conn.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except json.JSONDecodeError:  # plain text values (created_at)
            return row[0]

    def set_info(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO project (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, _dumps(value)],
            )

    def document_sha(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row[0] if row else None

    def document_shas(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, sha256 FROM documents"))

    def add_document(self, doc: Document) -> None:
        self.add_documents([doc])

    def add_documents(self, docs: list[Document]) -> None:
        stamp = now()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO documents (id, text, meta, sha256, title, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(d.id, d.text, _dumps(d.meta), d.sha256, d.title, stamp) for d in docs],
            )

    def document(self, doc_id: str) -> Document:
        # Texts never change once imported, so the last one read can be served again.
        if self._last_document is not None and self._last_document.id == doc_id:
            return self._last_document
        row = self.conn.execute(
            "SELECT id, text, meta FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise ProjectError(f"no document {doc_id!r} in this project", str(self.path))
        self._last_document = Document(row[0], row[1], json.loads(row[2]))
        return self._last_document

    def progress(self, annotator: str, doc_id: str | None = None) -> tuple[int, int, int]:
        """(position of ``doc_id`` in the list, documents, documents ``annotator`` has done),
        counted in SQL so that a large project is not listed for it."""
        total, done = self.conn.execute(
            "SELECT (SELECT count(*) FROM documents), "
            "(SELECT count(*) FROM layers WHERE annotator = ? AND status = 'done')",
            [annotator],
        ).fetchone()
        position = 0
        if doc_id is not None:
            position = self.conn.execute(
                "SELECT count(*) FROM documents "
                "WHERE rowid <= (SELECT rowid FROM documents WHERE id = ?)",
                [doc_id],
            ).fetchone()[0]
        return position, total, done

    def record_count(self) -> int:
        """How many records an unfiltered export writes: one per layer, one per bare document."""
        return self.conn.execute(
            "SELECT (SELECT count(*) FROM layers) + (SELECT count(*) FROM documents "
            "WHERE id NOT IN (SELECT doc_id FROM layers))"
        ).fetchone()[0]

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def document_statuses(
        self, annotator: str | None = None, query: str = "", status: str = ""
    ) -> list[list[str]]:
        """[id, status] of the documents (of ``annotator``'s layers; optionally only one status),
        never their text or title: what a list of 100,000 documents needs to hold; titles come
        from ``titles`` for the rows that show. ``query`` keeps documents whose id, title or
        text contain it, ignoring harakat, tatweel, alef forms, ى/ي and ة/ه."""
        return [
            list(r)
            for r in self._documents("d.id, coalesce(l.status, 'new')", annotator, query, status)
        ]

    def titles(self, ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                self.conn.execute(f"SELECT id, title FROM documents WHERE id IN ({marks})", chunk)
            )
        return found

    def _documents(self, columns: str, annotator, query: str, status: str = ""):
        sql = (
            f"SELECT {columns} FROM documents d "
            "LEFT JOIN layers l ON l.doc_id = d.id AND l.annotator = ? WHERE 1 "
        )
        params: list[Any] = [annotator or ""]
        folded = fold(query).strip()
        if folded:
            sql += "AND instr(wb_fold(d.id || char(10) || d.title || char(10) || d.text), ?) "
            params.append(folded)
        if status:
            sql += "AND coalesce(l.status, 'new') = ? "
            params.append(status)
        return self.conn.execute(sql + "ORDER BY d.rowid", params)

    def next_document(self, annotator: str, after: str | None, not_done: bool = True) -> str | None:
        """The document after ``after`` in import order (wrapping around), skipping those
        ``annotator`` has done when ``not_done``; None when there is none."""
        row = self.conn.execute("SELECT rowid FROM documents WHERE id = ?", [after]).fetchone()
        position = row[0] if row else 0
        condition = "AND coalesce(l.status, 'new') != 'done' " if not_done else ""
        sql = (
            "SELECT d.id FROM documents d "
            "LEFT JOIN layers l ON l.doc_id = d.id AND l.annotator = ? "
            f"WHERE d.rowid {{}} ? {condition}ORDER BY d.rowid LIMIT 1"
        )
        for comparison in (">", "<"):
            found = self.conn.execute(sql.format(comparison), [annotator, position]).fetchone()
            if found is not None:
                return found[0]
        return None

    # -- layers --------------------------------------------------------------------------

    def layer_annotators(self, doc_id: str | None = None, status: str = "any") -> list[str]:
        """Who has a layer (on ``doc_id``, or anywhere), gold left out; ``status`` done or any."""
        sql = "SELECT DISTINCT annotator FROM layers WHERE annotator != ? "
        params: list[Any] = [GOLD]
        if doc_id is not None:
            sql += "AND doc_id = ? "
            params.append(doc_id)
        if status != "any":
            sql += "AND status = ? "
            params.append(status)
        return [r[0] for r in self.conn.execute(sql + "ORDER BY annotator", params)]

    def annotated_documents(self) -> list[str]:
        """Ids of the documents someone (not gold) has a layer on, in import order."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM documents d WHERE EXISTS (SELECT 1 FROM layers l "
                "WHERE l.doc_id = d.id AND l.annotator != ?) ORDER BY rowid",
                [GOLD],
            )
        ]

    def annotators(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT annotator FROM layers ORDER BY 1")]

    def _layer_id(self, doc_id: str, annotator: str, create: bool = False) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM layers WHERE doc_id = ? AND annotator = ?", [doc_id, annotator]
        ).fetchone()
        if row is not None:
            return row[0]
        if not create:
            return None
        if self.document_sha(doc_id) is None:
            raise ProjectError(f"no document {doc_id!r} in this project", str(self.path))
        stamp = now()
        cursor = self.conn.execute(
            "INSERT INTO layers (doc_id, annotator, status, created_at, updated_at) "
            "VALUES (?, ?, 'new', ?, ?)",
            [doc_id, annotator, stamp, stamp],
        )
        return cursor.lastrowid

    def layer_status(self, doc_id: str, annotator: str) -> str | None:
        row = self.conn.execute(
            "SELECT status FROM layers WHERE doc_id = ? AND annotator = ?", [doc_id, annotator]
        ).fetchone()
        return row[0] if row else None

    def layer(self, doc_id: str, annotator: str) -> Layer | None:
        row = self.conn.execute(
            "SELECT id, status FROM layers WHERE doc_id = ? AND annotator = ?",
            [doc_id, annotator],
        ).fetchone()
        if row is None:
            return None
        return self._load_layer(row[0], annotator, row[1])

    def layers(self, doc_id: str) -> list[Layer]:
        rows = self.conn.execute(
            "SELECT id, annotator, status FROM layers WHERE doc_id = ? ORDER BY annotator = ?, "
            "annotator",
            [doc_id, GOLD],
        ).fetchall()
        return [self._load_layer(r[0], r[1], r[2]) for r in rows]

    def _load_layer(self, layer_id: int, annotator: str, status: str) -> Layer:
        spans = [
            Span(r[0], r[1], r[2], r[3], r[4], r[5], _attrs(r[6]))
            for r in self.conn.execute(
                'SELECT id, start, "end", label, text, entity, attrs FROM spans '
                "WHERE layer_id = ? ORDER BY rowid",
                [layer_id],
            )
        ]
        relations = [
            Relation(r[0], r[1], r[2], r[3], _attrs(r[4]))
            for r in self.conn.execute(
                "SELECT id, label, head, tail, attrs FROM relations WHERE layer_id = ? "
                "ORDER BY rowid",
                [layer_id],
            )
        ]
        entities = [
            Entity(r[0], r[1], r[2])
            for r in self.conn.execute(
                "SELECT id, label, name FROM entities WHERE layer_id = ? ORDER BY rowid",
                [layer_id],
            )
        ]
        return Layer(annotator, status, spans, relations, entities)

    def replace_layer(self, doc_id: str, layer: Layer) -> None:
        """Write a whole (already validated) layer, replacing what the annotator had."""
        with self.transaction():
            self.conn.execute(
                "DELETE FROM layers WHERE doc_id = ? AND annotator = ?", [doc_id, layer.annotator]
            )
            stamp = now()
            layer_id = self.conn.execute(
                "INSERT INTO layers (doc_id, annotator, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [doc_id, layer.annotator, layer.status, stamp, stamp],
            ).lastrowid
            self._insert_annotations(layer_id, layer)

    def _insert_annotations(self, layer_id: int, layer: Layer) -> None:
        self.conn.executemany(
            "INSERT INTO entities (layer_id, id, label, name) VALUES (?, ?, ?, ?)",
            [(layer_id, e.id, e.label, e.name) for e in layer.entities],
        )
        self.conn.executemany(
            'INSERT INTO spans (layer_id, id, start, "end", label, text, entity, attrs) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (layer_id, s.id, s.start, s.end, s.label, s.text, s.entity, _dumps(s.attrs))
                for s in layer.spans
            ],
        )
        self.conn.executemany(
            "INSERT INTO relations (layer_id, id, label, head, tail, attrs) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(layer_id, r.id, r.label, r.head, r.tail, _dumps(r.attrs)) for r in layer.relations],
        )

    def set_status(self, doc_id: str, annotator: str, status: str) -> None:
        if status not in STATUSES:
            raise ValidationError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        with self.transaction():
            layer_id = self._layer_id(doc_id, annotator, create=True)
            self.conn.execute(
                "UPDATE layers SET status = ?, updated_at = ? WHERE id = ?",
                [status, now(), layer_id],
            )

    def _touch(self, layer_id: int) -> None:
        """Record an edit: the layer's timestamp moves and a new layer becomes in progress."""
        self.conn.execute(
            "UPDATE layers SET updated_at = ?, status = CASE status WHEN 'new' "
            "THEN 'in_progress' ELSE status END WHERE id = ?",
            [now(), layer_id],
        )

    # -- span operations (one committed transaction each) -------------------------------

    def add_span(
        self,
        doc_id: str,
        annotator: str,
        label: str,
        start: int,
        end: int,
        attrs: dict[str, Any] | None = None,
        span_id: str | None = None,
        entity: str | None = None,
    ) -> Span:
        doc = self.document(doc_id)
        with self.transaction():
            layer_id = self._layer_id(doc_id, annotator, create=True)
            if span_id is None:
                span_id = self._next_id("spans", "s", layer_id)
            span = Span(span_id, start, end, label, doc.text[start:end], entity, dict(attrs or {}))
            check_span(doc.text, span, self.schema)
            self.conn.execute(
                'INSERT INTO spans (layer_id, id, start, "end", label, text, entity, attrs) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [layer_id, span.id, start, end, label, span.text, entity, _dumps(span.attrs)],
            )
            self._touch(layer_id)
        return span

    def update_span(
        self,
        doc_id: str,
        annotator: str,
        span_id: str,
        label: str | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> Span:
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            span = self._span(layer_id, span_id)
            span.label = label if label is not None else span.label
            span.attrs = dict(attrs) if attrs is not None else span.attrs
            self.schema.check_span(span.label, span.attrs)
            for relation in self._relations_of(layer_id, span_id):
                ends = {
                    end: span if end == span_id else self._span(layer_id, end)
                    for end in (relation.head, relation.tail)
                }
                check_relation(relation, ends, self.schema)
            self.conn.execute(
                "UPDATE spans SET label = ?, attrs = ? WHERE layer_id = ? AND id = ?",
                [span.label, _dumps(span.attrs), layer_id, span_id],
            )
            self._touch(layer_id)
        return span

    def remove_span(self, doc_id: str, annotator: str, span_id: str) -> tuple[Span, list[Relation]]:
        """Delete a span and the relations touching it; returns both so an undo can restore."""
        with self.transaction():
            layer_id = self._require_layer(doc_id, annotator)
            span = self._span(layer_id, span_id)
            relations = self._relations_of(layer_id, span_id)
            self.conn.execute(
                "DELETE FROM spans WHERE layer_id = ? AND id = ?", [layer_id, span_id]
            )
            self._touch(layer_id)
        return span, relations

    def restore_span(
        self, doc_id: str, annotator: str, span: Span, relations: list[Relation]
    ) -> None:
        with self.transaction():
            self.add_span(
                doc_id,
                annotator,
                span.label,
                span.start,
                span.end,
                span.attrs,
                span.id,
                span.entity,
            )
            layer_id = self._require_layer(doc_id, annotator)
            self.conn.executemany(
                "INSERT INTO relations (layer_id, id, label, head, tail, attrs) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(layer_id, r.id, r.label, r.head, r.tail, _dumps(r.attrs)) for r in relations],
            )

    def _require_layer(self, doc_id: str, annotator: str) -> int:
        layer_id = self._layer_id(doc_id, annotator)
        if layer_id is None:
            raise ValidationError(f"{annotator} has no annotations on document {doc_id!r}")
        return layer_id

    def _next_id(self, table: str, prefix: str, layer_id: int) -> str:
        """``<prefix><N>`` above every id of that shape in the layer (other ids are left alone)."""
        n = len(prefix) + 1
        row = self.conn.execute(
            f"SELECT max(CAST(substr(id, {n}) AS INTEGER)) FROM {table} WHERE layer_id = ? "
            f"AND id GLOB ? AND NOT substr(id, {n}) GLOB '*[^0-9]*'",
            [layer_id, f"{prefix}[0-9]*"],
        ).fetchone()
        return f"{prefix}{(row[0] or 0) + 1}"

    def spans_in_range(self, doc_id: str, annotator: str, start: int, end: int) -> list[Span]:
        """The spans of a layer that overlap [start, end), without loading the others."""
        layer_id = self._layer_id(doc_id, annotator)
        if layer_id is None:
            return []
        return [
            Span(r[0], r[1], r[2], r[3], r[4], r[5], _attrs(r[6]))
            for r in self.conn.execute(
                'SELECT id, start, "end", label, text, entity, attrs FROM spans '
                'WHERE layer_id = ? AND start < ? AND "end" > ? ORDER BY rowid',
                [layer_id, end, start],
            )
        ]

    def _span(self, layer_id: int, span_id: str) -> Span:
        r = self.conn.execute(
            'SELECT id, start, "end", label, text, entity, attrs FROM spans '
            "WHERE layer_id = ? AND id = ?",
            [layer_id, span_id],
        ).fetchone()
        if r is None:
            raise ValidationError(f"span {span_id!r} does not exist")
        return Span(r[0], r[1], r[2], r[3], r[4], r[5], _attrs(r[6]))

    def _relations_of(self, layer_id: int, span_id: str) -> list[Relation]:
        return [
            Relation(r[0], r[1], r[2], r[3], _attrs(r[4]))
            for r in self.conn.execute(
                "SELECT id, label, head, tail, attrs FROM relations "
                "WHERE layer_id = ? AND (head = ? OR tail = ?) ORDER BY rowid",
                [layer_id, span_id, span_id],
            )
        ]

    # -- reading for export and statistics ----------------------------------------------

    def iter_records(self, layer: str = "all", status: str = "any") -> Iterator[dict[str, Any]]:
        """Native JSONL records: one per document per selected layer; bare documents alone.

        ``layer`` is an annotator name, ``gold`` or ``all``; ``status`` is ``done`` or ``any``.
        A document with layers, none of them selected, is not exported.
        """
        for doc, found in self.iter_layers(layer, status):
            head = {"id": doc.id, "text": doc.text, "meta": doc.meta}
            if found is None:
                yield head
                continue
            record = dict(head, annotator=found.annotator, status=found.status)
            record.update(found.annotations_dict())
            yield record

    def iter_layers(
        self, layer: str = "all", status: str = "any"
    ) -> Iterator[tuple[Document, Layer | None]]:
        """(document, layer) for each selected layer, in import order; (document, None) for a
        document without any layer when every layer is asked for."""
        docs = self.conn.execute("SELECT id, text, meta FROM documents ORDER BY rowid")
        for doc_id, text, meta in docs:
            rows = self.conn.execute(
                "SELECT id, annotator, status FROM layers WHERE doc_id = ? "
                "ORDER BY annotator = ?, annotator",
                [doc_id, GOLD],
            ).fetchall()
            doc = Document(doc_id, text, json.loads(meta))
            if not rows:
                if status == "any" and layer == "all":
                    yield doc, None
                continue
            for layer_id, annotator, layer_status in rows:
                if layer not in ("all", annotator) or status not in ("any", layer_status):
                    continue
                yield doc, self._load_layer(layer_id, annotator, layer_status)

    def stats(self) -> dict[str, Any]:
        q = self.conn.execute
        by_annotator: dict[str, dict[str, int]] = {}
        for annotator, layer_status, count in q(
            "SELECT annotator, status, count(*) FROM layers GROUP BY 1, 2"
        ):
            by_annotator.setdefault(annotator, {s: 0 for s in STATUSES})[layer_status] = count
        return {
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "characters": q("SELECT coalesce(sum(length(text)), 0) FROM documents").fetchone()[0],
            "layers": by_annotator,
            "spans": q("SELECT count(*) FROM spans").fetchone()[0],
            "relations": q("SELECT count(*) FROM relations").fetchone()[0],
            "entities": q("SELECT count(*) FROM entities").fetchone()[0],
            "labels": dict(q("SELECT label, count(*) FROM spans GROUP BY 1 ORDER BY 2 DESC, 1")),
            "relation_labels": dict(
                q("SELECT label, count(*) FROM relations GROUP BY 1 ORDER BY 2 DESC, 1")
            ),
        }

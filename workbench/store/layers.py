"""The layers table: one row per (document, annotator) with its status, its document categories
(JSON) and the seconds spent on it, and whole layers read or written with their spans,
relations, entities and comments (through their owner modules).

Who has annotated what is read here too, in SQL, so a large project is never listed for it.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from workbench.core.errors import ProjectError, ValidationError
from workbench.core.model import GOLD, SUGGEST, Document, Layer
from workbench.store.batches import PARAMETERS
from workbench.store.comments import Comments
from workbench.store.documents import Documents
from workbench.store.entities import Entities
from workbench.store.jsonfields import dumps, loads_attrs
from workbench.store.projectfile import now
from workbench.store.relations import Relations
from workbench.store.spans import Spans


class Layers:
    def __init__(
        self,
        conn: sqlite3.Connection,
        documents: Documents,
        spans: Spans,
        relations: Relations,
        entities: Entities,
        comments: Comments | None = None,
    ):
        self.conn = conn
        self.documents = documents
        self.spans = spans
        self.relations = relations
        self.entities = entities
        self.comments = comments or Comments(conn)

    # -- rows ------------------------------------------------------------------------------

    def id(self, doc_id: str, annotator: str, create: bool = False) -> int | None:
        """The layer's row id; with ``create``, a new layer (status new) when there is none."""
        row = self.conn.execute(
            "SELECT id FROM layers WHERE doc_id = ? AND annotator = ?", [doc_id, annotator]
        ).fetchone()
        if row is not None:
            return row[0]
        if not create:
            return None
        self.documents.get(doc_id)  # refuses a document the project does not hold
        return self._insert(doc_id, annotator, "new")

    def require(self, doc_id: str, annotator: str) -> int:
        layer_id = self.id(doc_id, annotator)
        if layer_id is None:
            raise ValidationError(f"{annotator} has no annotations on document {doc_id!r}")
        return layer_id

    def _insert(self, doc_id: str, annotator: str, status: str, version: int = 0) -> int:
        stamp = now()
        cursor = self.conn.execute(
            "INSERT INTO layers (doc_id, annotator, status, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [doc_id, annotator, status, stamp, stamp, version],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def status(self, doc_id: str, annotator: str) -> str | None:
        row = self.conn.execute(
            "SELECT status FROM layers WHERE doc_id = ? AND annotator = ?", [doc_id, annotator]
        ).fetchone()
        return row[0] if row else None

    def status_of(self, layer_id: int) -> str:
        return self.conn.execute("SELECT status FROM layers WHERE id = ?", [layer_id]).fetchone()[0]

    def mark(self, layer_id: int, status: str) -> None:
        """Record that the layer was edited now, with this status (one more edit counted)."""
        self.conn.execute(
            "UPDATE layers SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
            [status, now(), layer_id],
        )

    def categories_of(self, layer_id: int) -> dict[str, list[str]]:
        row = self.conn.execute("SELECT categories FROM layers WHERE id = ?", [layer_id]).fetchone()
        return _categories(row[0])

    def set_categories(self, layer_id: int, categories: dict[str, list[str]]) -> None:
        self.conn.execute(
            "UPDATE layers SET categories = ? WHERE id = ?", [dumps(categories), layer_id]
        )

    def add_seconds(self, layer_id: int, seconds: float) -> None:
        """Count more active time on the layer (not an edit: its version stays)."""
        if not isinstance(seconds, (int, float)) or not math.isfinite(seconds) or seconds < 0:
            raise ValidationError(f"time on task must be a number of seconds >= 0, not {seconds!r}")
        self.conn.execute(
            "UPDATE layers SET seconds = seconds + ? WHERE id = ?", [seconds, layer_id]
        )

    def seconds(self) -> dict[str, float]:
        """Seconds on task per annotator, over all their layers."""
        return dict(self.conn.execute("SELECT annotator, sum(seconds) FROM layers GROUP BY 1"))

    def version(self, doc_id: str, annotator: str) -> int | None:
        """How many edits the layer has had (it only grows, a whole replacement included)."""
        row = self.conn.execute(
            "SELECT version FROM layers WHERE doc_id = ? AND annotator = ?", [doc_id, annotator]
        ).fetchone()
        return row[0] if row else None

    # -- whole layers ----------------------------------------------------------------------

    def get(self, doc_id: str, annotator: str) -> Layer | None:
        row = self.conn.execute(
            "SELECT id, status FROM layers WHERE doc_id = ? AND annotator = ?",
            [doc_id, annotator],
        ).fetchone()
        return None if row is None else self.load(row[0], annotator, row[1])

    def updated(self) -> list[tuple[str, str, str, str]]:
        """(annotator, doc_id, status, updated_at) of every layer."""
        return self.conn.execute(
            "SELECT annotator, doc_id, status, updated_at FROM layers ORDER BY id"
        ).fetchall()

    def of_document(self, doc_id: str) -> list[Layer]:
        """Every layer of a document, gold last."""
        return [self.load(*row) for row in self._rows(doc_id)]

    def of_documents(self, doc_ids: Sequence[str]) -> dict[str, list[Layer]]:
        """Every layer of each of ``doc_ids`` (gold last), read a few hundred documents per
        query and their spans, relations, entities and comments a few hundred layers per
        query: what reading a whole project layer by layer would ask one query for."""
        found: dict[str, list[Layer]] = {doc_id: [] for doc_id in doc_ids}
        rows = []
        for start in range(0, len(doc_ids), PARAMETERS):
            part = list(doc_ids[start : start + PARAMETERS])
            rows += self.conn.execute(
                "SELECT id, doc_id, annotator, status, categories, seconds FROM layers "
                f"WHERE doc_id IN ({','.join('?' * len(part))}) "
                "ORDER BY doc_id, annotator = ?, annotator",
                [*part, GOLD],
            ).fetchall()
        ids = [row[0] for row in rows]
        spans, relations = self.spans.of_layers(ids), self.relations.of_layers(ids)
        entities, comments = self.entities.of_layers(ids), self.comments.of_layers(ids)
        for layer_id, doc_id, annotator, status, categories, seconds in rows:
            found[doc_id].append(
                Layer(
                    annotator,
                    status,
                    spans[layer_id],
                    relations[layer_id],
                    entities[layer_id],
                    _categories(categories),
                    comments[layer_id],
                    seconds,
                )
            )
        return found

    def _rows(self, doc_id: str) -> list[tuple[int, str, str]]:
        return self.conn.execute(
            "SELECT id, annotator, status FROM layers WHERE doc_id = ? "
            "ORDER BY annotator = ?, annotator",
            [doc_id, GOLD],
        ).fetchall()

    def load(self, layer_id: int, annotator: str, status: str) -> Layer:
        categories, seconds = self.conn.execute(
            "SELECT categories, seconds FROM layers WHERE id = ?", [layer_id]
        ).fetchone()
        return Layer(
            annotator,
            status,
            self.spans.of_layer(layer_id),
            self.relations.of_layer(layer_id),
            self.entities.of_layer(layer_id),
            _categories(categories),
            self.comments.of_layer(layer_id),
            seconds,
        )

    def replace(self, doc_id: str, layer: Layer) -> None:
        """Write a whole layer in place of what the annotator had (checked by the caller)."""
        before = self.version(doc_id, layer.annotator)
        self.conn.execute(
            "DELETE FROM layers WHERE doc_id = ? AND annotator = ?", [doc_id, layer.annotator]
        )
        version = 0 if before is None else before + 1
        layer_id = self._insert(doc_id, layer.annotator, layer.status, version)
        self.entities.insert(layer_id, layer.entities)
        self.spans.insert(layer_id, layer.spans)
        self.relations.insert(layer_id, layer.relations)
        self.comments.insert(layer_id, layer.comments)
        if layer.categories or layer.seconds:
            self.conn.execute(
                "UPDATE layers SET categories = ?, seconds = ? WHERE id = ?",
                [dumps(layer.categories), layer.seconds, layer_id],
            )

    def iter_layers(self, layer: str, status: str) -> Iterator[tuple[Document, Layer | None]]:
        """(document, layer) for each selected layer, in import order; (document, None) for a
        document without any layer when every layer is asked for. "all" leaves out the
        suggestions (machine-made, asked for by name: ``suggest``)."""
        for doc in self.documents.all():
            rows = self._rows(doc.id)
            if layer == "all":
                rows = [row for row in rows if row[1] != SUGGEST]
            if not rows:
                if status == "any" and layer == "all":
                    yield doc, None
                continue
            for layer_id, annotator, layer_status in rows:
                if layer not in ("all", annotator) or status not in ("any", layer_status):
                    continue
                yield doc, self.load(layer_id, annotator, layer_status)

    # -- who annotated what ----------------------------------------------------------------

    def annotators(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT annotator FROM layers ORDER BY 1")]

    def layer_annotators(self, doc_id: str | None, status: str) -> list[str]:
        sql = "SELECT DISTINCT annotator FROM layers WHERE annotator NOT IN (?, ?) "
        params: list[Any] = [GOLD, SUGGEST]
        if doc_id is not None:
            sql += "AND doc_id = ? "
            params.append(doc_id)
        if status != "any":
            sql += "AND status = ? "
            params.append(status)
        return [r[0] for r in self.conn.execute(sql + "ORDER BY annotator", params)]

    def annotated_documents(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM documents d WHERE EXISTS (SELECT 1 FROM layers l "
                "WHERE l.doc_id = d.id AND l.annotator NOT IN (?, ?)) ORDER BY rowid",
                [GOLD, SUGGEST],
            )
        ]


def _categories(stored: str) -> dict[str, list[str]]:
    """A stored categories column; anything but an object of lists is a damaged file."""
    try:
        value = loads_attrs(stored)
    except ProjectError:
        value = None
    if value is None or not all(isinstance(v, list) for v in value.values()):
        raise ProjectError(f"damaged: stored categories are not a JSON object ({stored!r:.40})")
    return value


def categories_json(categories: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Chosen categories in the shape of native JSONL: ``[{"name", "values"}]``."""
    return [{"name": name, "values": list(values)} for name, values in categories.items()]


def layer_extras(layer: Layer) -> dict[str, Any]:
    """A layer's categories, comments and time on task in the shapes of native JSONL (README:
    "The native JSONL format"), each only when it has some: ``"categories": [{"name",
    "values"}]``, ``"comments": [{"id", "target", "author", "created", "text"}]``,
    ``"seconds"``."""
    out: dict[str, Any] = {}
    if layer.categories:
        out["categories"] = categories_json(layer.categories)
    if layer.comments:
        out["comments"] = [c.to_dict() for c in layer.comments]
    if layer.seconds:
        out["seconds"] = layer.seconds
    return out

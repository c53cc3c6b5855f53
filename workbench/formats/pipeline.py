"""The one import pipeline: records from any format's reader become documents and layers.

Every format feeds ``Record`` values (``formats.records``) in; this module does the rest, once
for all of them: the text's normal form (``core.text.normalize_text``), the source's offsets
moved onto it (``formats.offsets``, one sorted sweep per document), the ``Document`` and
``Layer``, validation by ``core.validate.check_layer`` (which ``Project.replace_layer`` runs on
every layer it writes), errors as one message naming file and line, and the write to the
project in one transaction: everything lands, or nothing does.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from workbench.core.counts import count
from workbench.core.errors import ValidationError, WorkbenchError
from workbench.core.model import SUGGEST, Document, Layer, Span, first_line_title
from workbench.core.suggest.keys import UNRECORDED, keyed
from workbench.core.text import is_normal, normalize_text
from workbench.core.validate import check_layer
from workbench.formats.offsets import SourceOffsets
from workbench.formats.records import Record, SpanRecord
from workbench.store.project import Project


@dataclass
class ImportReport:
    documents_added: int = 0
    documents_unchanged: int = 0
    layers_added: int = 0
    layers_replaced: int = 0
    layers_unchanged: int = 0
    spans: int = 0
    relations: int = 0
    entities: int = 0
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # with --skip-invalid: "file:line: why"

    def summary(self) -> str:
        parts = [f"{count(self.documents_added, 'document')} added"]
        if self.documents_unchanged:
            parts.append(f"{self.documents_unchanged} already present")
        if self.layers_added or self.layers_replaced or self.layers_unchanged:
            parts.append(
                f"{self.layers_added} layers added, {self.layers_replaced} replaced, "
                f"{self.layers_unchanged} unchanged"
            )
        if self.spans or self.relations or self.entities:
            parts.append(
                f"{self.spans} spans, {self.relations} relations, {self.entities} entities"
            )
        if self.skipped:
            parts.append(f"{len(self.skipped)} invalid records skipped")
        return (
            "; ".join(parts)
            + "".join(f"\nwarning: {w}" for w in self.warnings)
            + "".join(f"\nskipped: {s}" for s in self.skipped)
        )


def normal(text: str) -> str:
    return text if is_normal(text) else normalize_text(text)


def document_of(record: Record) -> Document:
    """The record's document: its text in normal form, titled by its first line if asked."""
    text = normal(record.text)
    meta = record.meta
    if record.titled and "title" not in meta:
        meta = {"title": first_line_title(text), **meta}
    return Document(record.doc_id, text, meta)


def layer_of(record: Record, text: str) -> Layer:
    """The record's layer on the normal ``text``, its offsets moved there. The store checks
    it (``core.validate.check_layer``) as it writes it; ``land`` names file and line."""
    assert record.layer is not None
    source = record.layer
    try:
        spans = _spans(source.spans, SourceOffsets(record.text, record.units), text)
    except ValidationError as exc:
        raise located(record, exc.message) from None
    return Layer(
        source.annotator,
        source.status,
        spans,
        source.relations,
        source.entities,
        source.categories,
        source.comments,
        source.seconds,
    )


def _spans(items: list[SpanRecord], offsets: SourceOffsets, text: str) -> list[Span]:
    if offsets.unchanged:
        return [_span(s, s.start, s.end, text) for s in items]
    for s in items:
        problem = offsets.problem(s.start, s.end)
        if problem is not None:
            raise ValidationError(f"span {s.id}: {problem}")
    moved = offsets.moved(o for s in items for o in (s.start, s.end))
    spans = []
    for s in items:
        start, end = moved[s.start], moved[s.end]
        if start is None or end is None:
            inside = s.start if start is None else s.end
            raise ValidationError(
                f"span {s.id}: offset {inside} splits a letter from its marks (grapheme cluster)"
            )
        spans.append(_span(s, start, end, text))
    return spans


def _span(item: SpanRecord, start: int, end: int, text: str) -> Span:
    shown = text[start:end] if item.text is None else normal(item.text)
    return Span(item.id, start, end, item.label, shown, item.entity, item.attrs)


def located(record: Record, message: str) -> ValidationError:
    """An error about the record's annotations, as one line naming file and line."""
    if record.schema_advice and "is not in the schema" in message:
        message = message.split("; add it to", 1)[0] + "; " + record.schema_advice
    if record.context:
        message = f"{record.context}: {message}"
    return ValidationError(message, record.layer_path or record.path, record.line)


def land(
    project: Project,
    records: Iterable[Record],
    replace: bool = False,
    report: ImportReport | None = None,
    skip_invalid: bool = False,
    journal: bool = True,
) -> ImportReport:
    """Write every record's document and layer into ``project`` in one transaction; on any
    error nothing is written and the error names file and line. With ``skip_invalid`` a record
    that breaks a rule is left out whole (neither its document nor its layer lands) and
    listed in ``report.skipped``. With ``journal`` the transaction may go through a rollback
    journal (``Project.bulk_transaction``), without it through the WAL."""
    report = report if report is not None else ImportReport()
    with project.bulk_transaction() if journal else project.transaction():
        # skipping: each record's document is checked as it comes, so that it is skipped whole
        writer = _Writer(project, replace, report, batch=1 if skip_invalid else _Writer.BATCH)
        try:
            for record in records:
                try:
                    _land_one(writer, record, checked_first=skip_invalid)
                except WorkbenchError as exc:
                    if not skip_invalid:
                        raise
                    report.skipped.append(str(exc))
        except WorkbenchError:
            writer.flush()  # a document queued before is refused first: its error is the earlier
            raise
        writer.flush()
    return report


def _land_one(writer: _Writer, record: Record, checked_first: bool) -> None:
    doc = document_of(record)
    layer = layer_of(record, doc.text) if record.layer is not None else None
    if checked_first and layer is not None:  # refused before its document is queued
        try:
            check_layer(doc.text, layer, writer.project.schema)
        except ValidationError as exc:
            raise located(record, exc.message) from None
    try:
        writer.add(doc, layer, (record.path, record.line))
    except LayerRefused as exc:
        raise located(record, exc.message) from None
    except DocumentRefused:  # located at the record it is about, maybe an earlier one
        raise
    except WorkbenchError as exc:
        raise exc.located(record.path, record.line) from None
    writer.report.warnings.extend(record.warnings)


Place = tuple[str, int | None]  # a record's file and line (None: the file is the record)


def _place(first: Place, now: Place) -> str:
    """Where a record met again was first read, said from where it is met now."""
    path, line = first
    if path == now[0] and line is not None:
        return f"line {line} of this file"
    return path if line is None else f"{path}:{line}"


def _earlier(first: Place, now: Place) -> str:
    if first[0] == now[0] and first[1] is not None:
        return f"is also on {_place(first, now)}"
    return f"was read from {_place(first, now)} earlier in this import"


class LayerRefused(ValidationError):
    """The store refused a layer: it breaks a rule of ``core.validate``."""


class DocumentRefused(ValidationError):
    """A document whose id is taken by another text, located at the record that brought it."""


def _different(doc_id: str, where: Place, first: Place | None) -> DocumentRefused:
    earlier = "was read earlier in this import" if first is None else _earlier(first, where)
    return DocumentRefused(
        f"document {doc_id!r} {earlier}, with a different text; each document needs its own id",
        *where,
    )


class _Writer:
    """Writes documents in batches and layers one by one, counting what changed.

    What it holds does not grow with the import: a batch of documents waits in ``pending``
    until the project says which of their ids it holds already (with which text), and where
    each document added was read is kept as its line number, 4 bytes a document. Only the ids
    of documents met again that the project held before (a re-import) are kept in a set.
    """

    BATCH = 500

    def __init__(self, project: Project, replace: bool, report: ImportReport, batch: int = BATCH):
        self.project = project
        self.replace = replace
        self.report = report
        self.batch = batch
        self.pending: dict[str, tuple[Document, Place]] = {}
        self.before = project.last_document_position()  # what is after it is this import's
        self.lines = array("I")  # line of each document added, in order (0: none, or too far)
        self.files: list[tuple[int, str]] = []  # (first document, file) at each change of file
        self.unchanged: set[str] = set()  # documents met again that the project held before
        # where each layer was first read in this import (file, line)
        self.seen_layers: dict[tuple[str, str], Place] = {}

    def flush(self) -> None:
        """Add the pending documents the project does not hold; those it holds with the same
        text are met again, with another text they are refused (``DocumentRefused``)."""
        pending, self.pending = self.pending, {}
        held = self.project.document_positions(list(pending)) if pending else {}
        new = []
        for doc_id, (doc, where) in pending.items():
            if doc_id not in held:
                new.append(doc)
                self._placed(where)
                continue
            sha, position = held[doc_id]
            if position > self.before and sha != doc.sha256:
                raise _different(doc_id, where, self._place_of(position))
            if sha != doc.sha256:
                raise DocumentRefused(
                    f"document {doc_id!r} is already in the project with a different text; "
                    "annotations depend on the text, so it cannot change (give it another id)",
                    *where,
                )
            if position <= self.before and doc_id not in self.unchanged:
                self.unchanged.add(doc_id)
                self.report.documents_unchanged += 1
        self.project.add_documents(new)
        self.report.documents_added += len(new)

    def _placed(self, where: Place) -> None:
        path, line = where
        if not self.files or self.files[-1][1] != path:
            self.files.append((len(self.lines), path))
        self.lines.append(line if line is not None and line < 2**32 else 0)

    def _place_of(self, position: int) -> Place | None:
        """Where the document added at ``position`` by this import was read."""
        index = position - self.before - 1
        if not 0 <= index < len(self.lines):
            return None
        path = self.files[bisect_right(self.files, index, key=lambda f: f[0]) - 1][1]
        return path, self.lines[index] or None

    def add(self, doc: Document, layer: Layer | None, where: Place = ("", None)) -> None:
        queued = self.pending.get(doc.id)
        if queued is None:
            self.pending[doc.id] = (doc, where)
        elif queued[0].sha256 != doc.sha256:
            raise _different(doc.id, where, queued[1])
        if layer is not None or len(self.pending) >= self.batch:
            self.flush()
        if layer is not None:
            self._add_layer(doc, layer, where)

    def _add_layer(self, doc: Document, layer: Layer, where: Place) -> None:
        key = (doc.id, layer.annotator)
        if key in self.seen_layers:
            raise ValidationError(
                f"document {doc.id!r} has a second layer for {layer.annotator!r} (the first "
                f"is at {_place(self.seen_layers[key], where)})"
            )
        self.seen_layers[key] = where
        if layer.categories:  # in schema order, as the project holds them
            layer.categories = self.project.schema.normal_categories(layer.categories)
        current = self.project.layer(doc.id, layer.annotator)
        if current == layer:
            self.report.layers_unchanged += 1
            return
        if current is not None and not self.replace:
            try:  # what is wrong with the record comes before what --replace would change
                check_layer(doc.text, layer, self.project.schema)
            except ValidationError as exc:
                raise LayerRefused(exc.message) from None
            raise ValidationError(
                f"{layer.annotator!r} already has different annotations on {doc.id!r}; "
                "pass --replace to overwrite them"
            )
        try:
            if layer.annotator == SUGGEST:  # suggestions (an export of them): kept as such
                self.project.replace_suggestions(doc.id, layer, keyed(layer, *UNRECORDED))
            else:
                self.project.replace_layer(doc.id, layer)
        except ValidationError as exc:
            raise LayerRefused(exc.message) from None
        if current is None:
            self.report.layers_added += 1
        else:
            self.report.layers_replaced += 1
        self.report.spans += len(layer.spans)
        self.report.relations += len(layer.relations)
        self.report.entities += len(layer.entities)

"""doccano JSONL: the sequence-labeling shape and the relation shape, read and written.

Sequence labeling: ``{"id", "text", "label": [[start, end, "PER"], ...]}`` (``labels`` in some
versions). Relations: ``{"id", "text", "entities": [{"id", "label", "start_offset",
"end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}``. Other keys are the
document's meta. doccano counts offsets in UTF-16 code units (its editor is JavaScript), so an
emoji counts twice there; they are converted to and from our code points.

What doccano cannot carry: span attributes, entities (coreference groups), the layer's status
and annotator; a relation's attributes. The export says what it left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.core.errors import FormatError, ValidationError, WorkbenchError
from workbench.core.model import Document, Layer, Relation, Span, first_line_title
from workbench.core.schema import Schema
from workbench.core.text import OffsetMap, is_normal
from workbench.core.utf16 import OffsetConverter
from workbench.core.validate import check_layer
from workbench.formats.jsonl import iter_lines, parse_line

DOCCANO_KEYS = ({"label"}, {"labels"}, {"entities"})
SHAPES = ("sequence", "relations")


def is_doccano(path: Path) -> bool:
    """True when the first record of a JSONL file has doccano's keys rather than ours."""
    try:
        with open(path, "rb") as handle:
            for _number, line in iter_lines(handle, str(path)):
                record = json.loads(line)
                return (
                    isinstance(record, dict)
                    and "spans" not in record
                    and any(keys <= record.keys() for keys in DOCCANO_KEYS)
                )
    except (ValueError, RecursionError, WorkbenchError, OSError):
        return False  # the native reader reports what is wrong, with the line
    return False


def read_doccano(
    path: Path, schema: Schema, annotator: str
) -> Iterator[tuple[int, Document, Layer | None]]:
    with open(path, "rb") as handle:
        for number, line in iter_lines(handle, str(path)):
            try:
                doc, layer = record_to_layer(parse_line(line), number, schema, annotator, path)
            except WorkbenchError as exc:
                raise exc.located(str(path), number) from None
            yield number, doc, layer


def record_to_layer(record, number, schema, annotator, path) -> tuple[Document, Layer | None]:
    raw = record.get("text")
    if not isinstance(raw, str):
        raise FormatError("a doccano record needs a 'text' string")
    normal = None if is_normal(raw) else OffsetMap(raw)  # offsets follow the normalised text
    text = normal.normal if normal else raw
    doc_id = str(record.get("id", f"{path.stem}-{number}"))
    meta = {
        k: v
        for k, v in record.items()
        if k not in ("id", "text", "label", "labels", "entities", "relations")
    }
    meta.setdefault("title", first_line_title(text))
    doc = Document(doc_id, text, meta)
    utf16 = _Offsets(raw, normal)
    spans: list[Span] = []
    relations: list[Relation] = []
    if "entities" in record:
        for item in _list(record, "entities"):
            span_id = str(_field(item, "id"))
            start, end = _offsets(utf16, item, "start_offset", "end_offset")
            spans.append(Span(span_id, start, end, str(_field(item, "label")), text[start:end]))
        for item in _list(record, "relations"):
            relations.append(
                Relation(
                    str(_field(item, "id")),
                    str(_field(item, "type")),
                    str(_field(item, "from_id")),
                    str(_field(item, "to_id")),
                )
            )
    else:
        key = "label" if "label" in record else "labels"
        for k, item in enumerate(_list(record, key), start=1):
            if not (isinstance(item, list) and len(item) == 3):
                raise FormatError(f"each {key} must be [start, end, label], got {item!r}")
            start, end = _offsets(utf16, {"s": item[0], "e": item[1]}, "s", "e")
            spans.append(Span(f"T{k}", start, end, str(item[2]), text[start:end]))
    if not spans and not relations and not any(k in record for k in ("label", "labels")):
        return doc, None
    layer = Layer(annotator, "done", spans, relations)
    try:
        check_layer(text, layer, schema)
    except ValidationError as exc:
        raise ValidationError(f"record {doc_id}: {exc.message}") from None
    return doc, layer


def _list(record: dict, key: str) -> list:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise FormatError(f"'{key}' must be a list")
    return value


def _field(item: Any, key: str) -> Any:
    if not isinstance(item, dict) or key not in item:
        raise FormatError(f"missing {key!r} in {item!r}")
    return item[key]


class _Offsets:
    """doccano's UTF-16 offsets into the raw text, as code points into the normalised text."""

    def __init__(self, raw: str, normal: OffsetMap | None):
        self.utf16 = OffsetConverter(raw)
        self.normal = normal

    def __call__(self, position: int) -> int:
        offset = self.utf16.from_utf16(position)
        return self.normal(offset) if self.normal else offset


def _offsets(offsets: _Offsets, item: dict, start_key: str, end_key: str) -> tuple[int, int]:
    start, end = item[start_key], item[end_key]
    if not (isinstance(start, int) and isinstance(end, int)):
        raise FormatError(f"offsets must be integers, got {start!r} and {end!r}")
    if not 0 <= start < end <= offsets.utf16.utf16_length:
        raise FormatError(f"offsets [{start}, {end}) are outside the text or empty")
    return offsets(start), offsets(end)


def layer_to_record(doc: Document, layer: Layer, shape: str = "relations") -> dict[str, Any]:
    """A doccano record (UTF-16 offsets) for one layer."""
    utf16 = OffsetConverter(doc.text)
    record: dict[str, Any] = {"id": doc.id, "text": doc.text}
    record.update({k: v for k, v in doc.meta.items() if k not in record})
    if shape == "sequence":
        record["label"] = [
            [utf16.to_utf16(s.start), utf16.to_utf16(s.end), s.label] for s in layer.spans
        ]
        return record
    record["entities"] = [
        {
            "id": s.id,
            "label": s.label,
            "start_offset": utf16.to_utf16(s.start),
            "end_offset": utf16.to_utf16(s.end),
        }
        for s in layer.spans
    ]
    record["relations"] = [
        {"id": r.id, "from_id": r.head, "to_id": r.tail, "type": r.label} for r in layer.relations
    ]
    return record


def left_out(layer: Layer, shape: str) -> dict[str, int]:
    """What the doccano shape cannot carry of a layer, counted."""
    lost = {
        "span attributes": sum(1 for s in layer.spans if s.attrs),
        "entities": len(layer.entities),
        "relations (use the relations shape)": len(layer.relations) if shape == "sequence" else 0,
    }
    return {what: n for what, n in lost.items() if n}

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

from workbench.core.errors import FormatError, WorkbenchError
from workbench.core.model import Document, Layer, Relation
from workbench.core.utf16 import OffsetConverter
from workbench.formats.jsonl import iter_lines, parse_line
from workbench.formats.records import LayerRecord, ReadOptions, Record, SpanRecord

DOCCANO_KEYS = ({"label"}, {"labels"}, {"entities"})
SHAPES = ("sequence", "relations")
_RECORD_KEYS = ("id", "text", "label", "labels", "entities", "relations")


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


def read_doccano(path: Path, options: ReadOptions) -> Iterator[Record]:
    """The records of a doccano JSONL file (offsets in UTF-16 units); errors name the line."""
    annotator = options.annotator or "doccano"
    with open(path, "rb") as handle:
        for number, line in iter_lines(handle, str(path)):
            try:
                yield parse_record(parse_line(line), path, number, annotator)
            except WorkbenchError as exc:
                raise exc.located(str(path), number) from None


def parse_record(record: dict, path: Path, number: int, annotator: str) -> Record:
    text = record.get("text")
    if not isinstance(text, str):
        raise FormatError("a doccano record needs a 'text' string")
    doc_id = str(record.get("id", f"{path.stem}-{number}"))
    meta = {k: v for k, v in record.items() if k not in _RECORD_KEYS}
    found = Record(
        doc_id,
        text,
        str(path),
        number,
        meta,
        units="utf-16",
        titled=True,
        context=f"record {doc_id}",
    )
    spans: list[SpanRecord] = []
    relations: list[Relation] = []
    if "entities" in record:
        for item in _list(record, "entities"):
            start, end = _offsets(item, "start_offset", "end_offset")
            spans.append(
                SpanRecord(str(_field(item, "id")), start, end, str(_field(item, "label")))
            )
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
            start, end = _offsets({"s": item[0], "e": item[1]}, "s", "e")
            spans.append(SpanRecord(f"T{k}", start, end, str(item[2])))
    if spans or relations or any(k in record for k in ("label", "labels")):
        found.layer = LayerRecord(annotator, "done", spans, relations)
    return found


def _list(record: dict, key: str) -> list:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise FormatError(f"'{key}' must be a list")
    return value


def _field(item: Any, key: str) -> Any:
    if not isinstance(item, dict) or key not in item:
        raise FormatError(f"missing {key!r} in {item!r}")
    return item[key]


def _offsets(item: dict, start_key: str, end_key: str) -> tuple[int, int]:
    start, end = _field(item, start_key), _field(item, end_key)
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise FormatError(f"offsets must be integers, got {start!r} and {end!r}")
    return start, end


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

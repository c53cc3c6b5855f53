"""doccano JSONL: the sequence-labeling shape and the relation shape, read and written.

Sequence labeling: ``{"id", "text", "label": [[start, end, "PER"], ...]}`` (``labels`` in some
versions). Relations: ``{"id", "text", "entities": [{"id", "label", "start_offset",
"end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}``; doccano's import format
gives relations no ``id``, and its exports give integer ids, which the export writes too. Other
keys are the document's meta. doccano counts offsets in UTF-16 code units (its editor is
JavaScript), so an emoji counts twice there; they are converted to and from our code points.

Document categories are doccano's text classification ``label``: a list of strings,
``"category:value"`` (a bare value is read as the one category of the schema that has it). The
relations shape writes them beside ``entities``; a record whose ``label`` holds only strings is
a text classification record (categories, no spans).

A record's layer belongs to the annotator its ``annotator`` key names (the export writes it;
doccano keeps keys it does not know as the example's metadata and exports them again), so an
export of several layers imports back whole. What doccano cannot carry: span attributes,
entities (coreference groups), the layer's status; a relation's attributes; comments and time
on task; categories in the sequence shape. The export says what it left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.core.errors import FormatError, WorkbenchError
from workbench.core.model import Document, Layer, Relation
from workbench.core.schema import Schema
from workbench.core.utf16 import OffsetConverter
from workbench.formats.jsonl import iter_lines, records_of_lines
from workbench.formats.losses import add, structure_lost
from workbench.formats.records import LayerRecord, ReadOptions, Record, SpanRecord

DOCCANO_KEYS = ({"label"}, {"labels"}, {"entities"})
SHAPES = ("sequence", "relations")
_RECORD_KEYS = ("id", "text", "label", "labels", "entities", "relations")
ANNOTATOR_KEY = "annotator"  # whose layer a record is; doccano keeps unknown keys as metadata


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
    """The records of a doccano JSONL file (offsets in UTF-16 units); errors name the line.
    With ``options.skipped`` (``--skip-invalid``) a bad record is listed there and the rest
    are read."""

    def parse(record: dict, where: str | Path, number: int, annotator: str | None) -> Record:
        return parse_record(record, where, number, annotator, options.schema)

    return records_of_lines(path, options, parse)


def parse_record(
    record: dict,
    path: str | Path,
    number: int,
    annotator: str | None,
    schema: Schema | None = None,
) -> Record:
    """One doccano record; its layer belongs to ``annotator`` if given (``--annotator``), else
    to the record's ``annotator`` field (our exports write it: doccano keeps it as metadata),
    else to ``doccano``."""
    text = record.get("text")
    if not isinstance(text, str):
        raise FormatError("a doccano record needs a 'text' string")
    doc_id = _ident(record, "id", "record") if "id" in record else f"{Path(path).stem}-{number}"
    named = record.get(ANNOTATOR_KEY)
    keys = _RECORD_KEYS + ((ANNOTATOR_KEY,) if isinstance(named, str) and named else ())
    meta = {k: v for k, v in record.items() if k not in keys}
    annotator = annotator or (named if isinstance(named, str) and named else "doccano")
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
    categories: dict[str, list[str]] = {}
    key = "label" if "label" in record else "labels"
    classes = _list(record, key)
    if classes and all(isinstance(item, str) for item in classes):  # text classification
        categories = categories_of(classes, schema)
    if "entities" in record:
        for k, item in enumerate(_list(record, "entities"), start=1):
            start, end = _offsets(item, "start_offset", "end_offset")
            ident = _ident(item, "id", "entity") if "id" in item else f"T{k}"
            spans.append(SpanRecord(ident, start, end, _label(_field(item, "label"))))
        # doccano's import format gives relations no id: {"from_id", "to_id", "type"}
        for k, item in enumerate(_list(record, "relations"), start=1):
            relations.append(
                Relation(
                    _ident(item, "id", "relation") if "id" in _dict(item) else f"R{k}",
                    _label(_field(item, "type")),
                    _ident(item, "from_id", "relation"),
                    _ident(item, "to_id", "relation"),
                )
            )
    elif not categories:
        for k, item in enumerate(classes, start=1):
            if not (isinstance(item, list) and len(item) == 3):
                raise FormatError(f"each {key} must be [start, end, label], got {item!r}")
            start, end = _offsets({"s": item[0], "e": item[1]}, "s", "e")
            spans.append(SpanRecord(f"T{k}", start, end, _label(item[2])))
    if spans or relations or any(k in record for k in ("label", "labels", "entities")):
        found.layer = LayerRecord(annotator, "done", spans, relations, categories=categories)
    return found


def categories_of(labels: list[str], schema: Schema | None) -> dict[str, list[str]]:
    """Text classification labels as document categories: ``category:value``, or a value only
    one category of the schema has."""
    known = schema.categories if schema is not None else []
    names = {c.name for c in known}
    out: dict[str, list[str]] = {}
    for label in labels:
        name, colon, value = label.partition(":")
        if not (colon and name in names):
            having = [c.name for c in known if label in c.values]
            if len(having) != 1:
                choices = ", ".join(names) or "none"
                why = "several categories have" if having else "no category of the schema has"
                raise FormatError(
                    f"label {label!r}: {why} this value; write it as category:value "
                    f"(categories: {choices})"
                )
            name, value = having[0], label
        out.setdefault(name, []).append(value)
    return out


def category_labels(layer: Layer) -> list[str]:
    """A layer's categories as doccano text classification labels."""
    return [f"{name}:{value}" for name, values in layer.categories.items() for value in values]


def _dict(item: Any) -> dict:
    if not isinstance(item, dict):
        raise FormatError(f"expected an object, got {item!r}")
    return item


def _ident(item: Any, key: str, what: str) -> str:
    """An id as doccano gives it: an integer or a non-empty string (never null, a boolean,
    a number with a fraction, a list or an object)."""
    value = _field(item, key)
    if isinstance(value, bool) or not isinstance(value, (int, str)) or value == "":
        raise FormatError(f"{what} {key!r} must be an integer or a string, got {value!r}")
    return str(value)


def _label(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FormatError(f"a label must be a non-empty string, got {value!r}")
    if not value.isprintable():
        raise FormatError(f"a label holds a control character: {value!r}")
    return value


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
    """A doccano record (UTF-16 offsets) for one layer. Span and relation ids are integers,
    as doccano's models require (``int_ids``)."""
    utf16 = OffsetConverter(doc.text)
    record: dict[str, Any] = {
        "id": _int_or_text(doc.id),
        "text": doc.text,
        ANNOTATOR_KEY: layer.annotator,
    }
    record.update({k: v for k, v in doc.meta.items() if k not in record})
    if shape == "sequence":
        record["label"] = [
            [utf16.to_utf16(s.start), utf16.to_utf16(s.end), s.label] for s in layer.spans
        ]
        return record
    if layer.categories:
        record["label"] = category_labels(layer)
    span_ids = int_ids([s.id for s in layer.spans])
    record["entities"] = [
        {
            "id": span_ids[s.id],
            "label": s.label,
            "start_offset": utf16.to_utf16(s.start),
            "end_offset": utf16.to_utf16(s.end),
        }
        for s in layer.spans
    ]
    relation_ids = int_ids([r.id for r in layer.relations])
    record["relations"] = [
        {
            "id": relation_ids[r.id],
            "from_id": span_ids[r.head],
            "to_id": span_ids[r.tail],
            "type": r.label,
        }
        for r in layer.relations
    ]
    return record


def int_ids(ids: list[str]) -> dict[str, int]:
    """Integer ids for ``ids``, stable: ids that are integers already (as doccano's were when
    imported) keep their number; otherwise they are numbered 1, 2, ... in layer order."""
    if all(isinstance(_int_or_text(i), int) for i in ids) and len({int(i) for i in ids}) == len(
        ids
    ):
        return {i: int(i) for i in ids}
    return {i: k for k, i in enumerate(ids, start=1)}


def _int_or_text(ident: str) -> int | str:
    """``"7"`` -> 7 (doccano's ids are integers); any other id stays the string it is."""
    return int(ident) if ident.isascii() and ident.isdigit() and str(int(ident)) == ident else ident


def left_out(layer: Layer, shape: str) -> dict[str, int]:
    """What the doccano shape cannot carry of a layer, counted."""
    if shape == "sequence":
        lost = structure_lost(replace(layer, relations=[]))
        add(lost, "relations (use the relations shape)", len(layer.relations))
        return lost
    return structure_lost(layer, categories=False)

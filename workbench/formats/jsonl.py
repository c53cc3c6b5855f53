"""The native JSONL format: one line per document per layer.

``{"id", "text", "meta", "annotator", "status", "spans", "relations", "entities"}``, and when a
layer has them ``"categories"``, ``"comments"`` and ``"seconds"`` (``formats.layer_extras``);
offsets are code points, half-open, into the text as the record holds it (exports hold NFC text
with LF newlines; other text is normalised on import and its offsets moved with it). A record
with only id/text/meta is a bare document. Export -> import -> export is the identity.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from workbench.core.errors import FormatError, WorkbenchError
from workbench.core.model import STATUSES, Entity, Relation
from workbench.formats.layer_extras import (
    EXTRA_FIELDS,
    read_categories,
    read_comments,
    read_seconds,
)
from workbench.formats.offset_units import CODE_POINTS
from workbench.formats.records import LayerRecord, ReadOptions, Record, SpanRecord

BARE_FIELDS = {"id", "text", "meta", "offsets"}
RECORD_FIELDS = {
    "id", "text", "meta", "offsets", "annotator", "status", "spans", "relations", "entities",
    *EXTRA_FIELDS,
}  # fmt: skip
SPAN_FIELDS = {"id", "start", "end", "label", "text", "entity", "attrs"}
RELATION_FIELDS = {"id", "label", "head", "tail", "attrs"}
ENTITY_FIELDS = {"id", "label", "name"}


# Line separators other than LF, escaped so that readers splitting on any of them stay whole.
_LINE_BREAKS = (("\u2028", "\\u2028"), ("\u2029", "\\u2029"), ("\x85", "\\u0085"))


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line: UTF-8 text kept readable, Unicode line separators escaped."""
    try:
        line = json.dumps(record, ensure_ascii=False, separators=(", ", ": "), allow_nan=False)
    except ValueError:  # a value stored before imports refused them
        raise FormatError(
            f"record {record.get('id')!r} holds NaN or Infinity, which JSON cannot hold"
        ) from None
    for char, escaped in _LINE_BREAKS:
        if char in line:
            line = line.replace(char, escaped)
    return line


# -- reading -----------------------------------------------------------------------------

READ_BUFFER = 64 * 1024  # bytes read from the file at a time (the default 8 KiB: 3x the calls)


def iter_lines(handle: BinaryIO, path: str) -> Iterator[tuple[int, str]]:
    """Decoded non-blank lines with their 1-based numbers; invalid UTF-8 names its line."""
    for number, line, _end in lines_read(handle, path):
        yield number, line


def lines_read(handle: BinaryIO, path: str) -> Iterator[tuple[int, str, int]]:
    """``iter_lines`` with how many bytes of the file are read once each line is (counted,
    not asked of the file: a ``tell`` is a system call)."""
    read = 0
    for number, raw in enumerate(handle, start=1):
        read += len(raw)
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FormatError(
                f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
                path,
                number,
            ) from None
        if line and not line.isspace():
            yield number, line, read


def _no_constant(name: str) -> Any:
    raise FormatError(f"invalid JSON: {name} is not a JSON number")


def _finite(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise FormatError(f"the number {literal[:20]} is too large for a floating point number")
    return value


def strict_decoder() -> json.JSONDecoder:
    """A JSON decoder that refuses what ``parse_line`` refuses: NaN, Infinity, 1e999."""
    return json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)


_JSON_KINDS = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
_JSON_KINDS[type(None)] = "null"


_DECODER = strict_decoder()  # one for every line: making one costs as much as a short line


def parse_line(line: str) -> dict[str, Any]:
    """One JSON object; ``NaN``, ``Infinity`` and numbers beyond a float (``1e999``) are refused,
    since no JSON reader could read them back once written."""
    try:
        if line.startswith("\ufeff"):  # as json.loads says it
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", line, 0)
        value = _DECODER.decode(line)
    except json.JSONDecodeError as exc:
        # an error at the end of the line is in it, not at the start of a next one (its LF)
        column = min(exc.pos, len(line.rstrip("\r\n"))) + 1
        raise FormatError(f"invalid JSON: {exc.msg} (column {column})") from None
    except RecursionError:
        raise FormatError("invalid JSON: nested too deeply") from None
    except ValueError:  # an integer of thousands of digits, beyond what Python converts
        raise FormatError("invalid JSON: a number has too many digits") from None
    if not isinstance(value, dict):
        raise FormatError(
            f"this line is a JSON {_JSON_KINDS.get(type(value), 'value')}, not a JSON object "
            "(each line of a JSONL file is one record: {...})"
        )
    if "\\u" in line and ("\\ud" in line.lower() or "\\u0000" in line):
        check_strings(value)  # only where an escape could have made one
    return value


def check_strings(value: Any) -> None:
    """Refuse what a JSON escape can put in a string but no text may hold: a lone UTF-16
    surrogate (``\\ud800``, not Unicode at all) or a NUL character."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            if "\x00" in item:
                raise FormatError("a string holds a NUL character (\\u0000); text cannot")
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise FormatError(
                    f"a string holds a lone surrogate (\\u{ord(item[exc.start]):04x}), "
                    "which is not Unicode text"
                ) from None


def read_jsonl(path: str | Path, options: ReadOptions) -> Iterator[Record]:
    """The records of a native JSONL file; an error names file and line."""
    return records_of_lines(path, options, parse_record)


def records_of_lines(path: str | Path, options: ReadOptions, parse) -> Iterator[Record]:
    """``parse(object, path, line, annotator)`` on each line of a JSON-lines file: an error names
    file and line and stops the file, or with ``options.skipped`` (``--skip-invalid``) is listed
    there and the rest are read. Each record says how far the file was read, for progress."""
    with open(path, "rb", buffering=READ_BUFFER) as handle:
        for number, line, read in lines_read(handle, str(path)):
            try:
                record = parse(parse_line(line), str(path), number, options.annotator)
            except WorkbenchError as exc:
                located = exc.located(str(path), number)
                if options.skipped is None:
                    raise located from None
                options.skipped.append(str(located))
                continue
            record.read_to = read  # for the import's progress within the file
            yield record


def parse_record(
    record: dict[str, Any], path: str, line: int | None, annotator: str | None = None
) -> Record:
    """One JSON object as a Record: its fields checked, its offsets left as they are."""
    _offsets_are_code_points(record)
    if record.keys() <= BARE_FIELDS:
        return _bare_document(record, path, line)
    _no_unknown(record, RECORD_FIELDS, "record")
    doc_id = _string(record, "id", "record")
    text = _string(record, "text", f"record {doc_id}", allow_empty=True)
    meta = record.get("meta", {})
    if not isinstance(meta, dict):
        raise FormatError(f"record {doc_id}: 'meta' must be an object")
    found = Record(doc_id, text, path, line, meta, context=f"record {doc_id}")
    layer_keys = ("annotator", "status", "spans", "relations", "entities", *EXTRA_FIELDS)
    if not any(k in record for k in layer_keys):
        return found
    name = annotator or record.get("annotator")
    if not isinstance(name, str) or not name.strip():
        raise FormatError(
            f"record {doc_id}: annotations need an annotator name "
            "(an 'annotator' field, or pass --annotator)"
        )
    status = record.get("status", "new")
    if status not in STATUSES:
        raise FormatError(f"record {doc_id}: status {status!r} is not one of {', '.join(STATUSES)}")
    found.layer = LayerRecord(
        annotator=name.strip(),
        status=status,
        spans=[_span(item) for item in _list(record, "spans", doc_id)],
        relations=[_relation(item) for item in _list(record, "relations", doc_id)],
        entities=[_entity(item) for item in _list(record, "entities", doc_id)],
        categories=read_categories(record, doc_id),
        comments=read_comments(record, doc_id),
        seconds=read_seconds(record, doc_id),
    )
    return found


def _bare_document(record: dict[str, Any], path: str, line: int | None) -> Record:
    """The common case of a document without annotations, checked with less ceremony."""
    doc_id, text, meta = record.get("id"), record.get("text"), record.get("meta", {})
    if not isinstance(doc_id, str) or not doc_id:
        raise FormatError(f"record: 'id' must be a non-empty string, got {doc_id!r}")
    if not isinstance(text, str):
        raise FormatError(f"record {doc_id}: 'text' must be a string, got {text!r}")
    if not isinstance(meta, dict):
        raise FormatError(f"record {doc_id}: 'meta' must be an object")
    return Record(doc_id, text, path, line, meta)


def _offsets_are_code_points(record: dict[str, Any]) -> None:
    """A record's ``offsets`` field, when it has one, must say what this format counts."""
    unit = record.get("offsets", CODE_POINTS)
    if unit != CODE_POINTS:
        raise FormatError(
            f"record {record.get('id')!r}: 'offsets' is {unit!r}; workbench JSONL offsets "
            f"count {CODE_POINTS!r} (of the NFC text)"
        )


def _no_unknown(item: dict[str, Any], allowed: set[str], what: str) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise FormatError(f"{what} has unknown fields {unknown} (allowed: {sorted(allowed)})")


def _string(item: dict[str, Any], key: str, what: str, allow_empty: bool = False) -> str:
    value = item.get(key)
    if not isinstance(value, str) or (not allow_empty and not value):
        raise FormatError(f"{what}: {key!r} must be a non-empty string, got {value!r}")
    return value


def _int(item: dict[str, Any], key: str, what: str) -> int:
    value = item.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise FormatError(f"{what}: {key!r} must be an integer, got {value!r}")
    return value


def _list(record: dict[str, Any], key: str, doc_id: str) -> list[dict[str, Any]]:
    items = record.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise FormatError(f"record {doc_id}: {key!r} must be a list of objects")
    return items


def _attrs(item: dict[str, Any], what: str) -> dict[str, Any]:
    attrs = item.get("attrs", {})
    if not isinstance(attrs, dict):
        raise FormatError(f"{what}: 'attrs' must be an object")
    return attrs


def _span(item: dict[str, Any]) -> SpanRecord:
    _no_unknown(item, SPAN_FIELDS, "span")
    span_id = _string(item, "id", "span")
    what = f"span {span_id}"
    start, end = _int(item, "start", what), _int(item, "end", what)
    text = _string(item, "text", what, allow_empty=True)
    entity = item.get("entity")
    if entity is not None and not isinstance(entity, str):
        raise FormatError(f"{what}: 'entity' must be a string or null")
    label = _string(item, "label", what)
    return SpanRecord(span_id, start, end, label, text, entity, _attrs(item, what))


def _relation(item: dict[str, Any]) -> Relation:
    _no_unknown(item, RELATION_FIELDS, "relation")
    rel_id = _string(item, "id", "relation")
    what = f"relation {rel_id}"
    return Relation(
        rel_id,
        _string(item, "label", what),
        _string(item, "head", what),
        _string(item, "tail", what),
        _attrs(item, what),
    )


def _entity(item: dict[str, Any]) -> Entity:
    _no_unknown(item, ENTITY_FIELDS, "entity")
    ent_id = _string(item, "id", "entity")
    what = f"entity {ent_id}"
    return Entity(ent_id, _string(item, "label", what), _string(item, "name", what, True))


# -- writing -----------------------------------------------------------------------------


def write_jsonl(records: Iterable[dict[str, Any]], handle) -> int:
    """Native records, one a line, each saying what its offsets count (``offsets``)."""
    count = 0
    for record in records:
        handle.write(dumps({"id": record["id"], "offsets": CODE_POINTS, **record}))
        handle.write("\n")
        count += 1
    return count

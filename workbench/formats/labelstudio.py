"""Label Studio JSON: a list of tasks (or one task), read into layers and written back.

A task is ``{"id", "data": {"text", ...}, "annotations": [{"completed_by", "result": [...]}],
"predictions": [{"model_version", "result": [...]}]}``. A result of type ``labels`` is a span
(``value.start``, ``value.end``, one span per label in ``value.labels``); a result of type
``relation`` links two results by ``from_id`` and ``to_id`` (``direction`` "left" swaps them).
Each annotation is a layer of its annotator (``completed_by``: an email, or a user number as
``labelstudio-N``); each prediction is a layer of its own, ``prediction:MODEL_VERSION``, so that
machine suggestions never mix with people's work. Offsets count code points (Label Studio
stores code points since its frontend's fix of emoji offsets) and move with the text like every
format's (``formats.pipeline``). ``data.doc_id``, written by our export, names the document;
other ``data`` keys are its meta.

Document categories are ``choices`` results: ``from_name`` the category, ``value.choices``
its chosen values (a choices result whose ``from_name`` is not a category of the schema is left
out).

What is left out, and counted: results of other types (ratings, text areas), cancelled
annotations, relations without a label (a schema relation has a name); on export, span and
relation attributes, entities, a layer's status, comments and time on task.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.core.errors import FormatError, WorkbenchError
from workbench.core.model import Document, Layer, Relation
from workbench.formats.encoding import decode_bytes
from workbench.formats.jsonl import check_strings, strict_decoder
from workbench.formats.losses import STRUCTURE, add, structure_lost
from workbench.formats.records import LayerRecord, ReadOptions, Record, SpanRecord

PREDICTION = "prediction"
_DEFAULT_NAMES = {"from_name": "label", "to_name": "text"}


def is_labelstudio(path: Path) -> bool:
    """True when a .json file holds Label Studio tasks (a list of objects, or an object with
    ``data``). A JSONL file is told apart by its first line alone, which is a whole JSON object
    there; a line that is a list of something else is a JSONL line in error, for its reader."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
            if start.startswith(b"["):
                return start[1:].lstrip(b" \t\r\n")[:1] in (b"{", b"]", b"")
            handle.seek(0)
            first = handle.readline().lstrip(b"\xef\xbb\xbf \t\r\n")
            if not first.startswith(b"{"):
                return False
            try:
                value = json.loads(first)
            except ValueError:  # not one line: a pretty-printed JSON document, read it whole
                handle.seek(0)
                value = json.loads(handle.read())
    except (ValueError, OSError, RecursionError):
        return False  # the native reader says what is wrong, with the line
    return isinstance(value, dict) and isinstance(value.get("data"), dict)


def _tasks(text: str, path: Path) -> Iterator[tuple[int, Any]]:
    """(line, task) for each task of the file, the line where the task starts."""
    decoder = strict_decoder()
    position = len(text) - len(text.lstrip())
    single = text.startswith("{", position)
    if not single:
        if not text.startswith("[", position):
            raise FormatError("expected a list of Label Studio tasks", str(path), 1)
        position += 1
    line, counted = 1, 0
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or (not single and text[position] == "]"):
            return
        line += text.count("\n", counted, position)
        counted = position
        try:
            raw, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise FormatError(f"invalid JSON: {exc.msg}", str(path), exc.lineno) from None
        except RecursionError:
            raise FormatError("invalid JSON: nested too deeply", str(path), line) from None
        except WorkbenchError as exc:  # NaN, Infinity, 1e999
            raise exc.located(str(path), line) from None
        if "\\u" in text[position:end]:
            try:
                check_strings(raw)
            except WorkbenchError as exc:
                raise exc.located(str(path), line) from None
        yield line, raw
        position = end
        if single:
            return


def read_labelstudio(path: Path, options: ReadOptions) -> Iterator[Record]:
    """One record per annotation and per prediction of each task (a task without any is a
    bare document); errors name the file and the line where the task starts."""
    text = decode_bytes(path.read_bytes(), str(path))
    for number, (line, task) in enumerate(_tasks(text, path), start=1):
        try:
            yield from _task_records(task, path, line, number, options)
        except WorkbenchError as exc:
            located = exc.located(str(path), line)
            if options.skipped is None:
                raise located from None
            options.skipped.append(str(located))


def _task_records(task: Any, path: Path, line: int, number: int, options: ReadOptions):
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise FormatError(f"task {number}: a Label Studio task needs a 'data' object")
    data = task["data"]
    text = data.get("text")
    if not isinstance(text, str):
        raise FormatError(f"task {number}: 'data.text' must be a string")
    doc_id = data.get("doc_id", task.get("id", f"{path.stem}-{number}"))
    if isinstance(doc_id, bool) or not isinstance(doc_id, (int, str)) or doc_id == "":
        raise FormatError(f"task {number}: its id must be an integer or a string")
    meta = {k: v for k, v in data.items() if k not in ("text", "doc_id")}
    base = {"titled": True, "context": f"task {doc_id}"}
    layers = []
    for kind in ("annotations", "predictions"):
        items = task.get(kind, [])
        if not isinstance(items, list):
            raise FormatError(f"task {doc_id}: '{kind}' must be a list")
        for item in items:
            layers.append((kind, item))
    if not layers:
        yield Record(str(doc_id), text, str(path), line, meta, **base)
        return
    for kind, item in layers:
        record = Record(str(doc_id), text, str(path), line, meta, **base)
        if not isinstance(item, dict):
            raise FormatError(f"task {doc_id}: each of its {kind} must be an object")
        if item.get("was_cancelled"):
            record.warnings.append(f"{path}:{line}: task {doc_id}: a cancelled annotation left out")
            yield record
            continue
        name = options.annotator or _annotator(kind, item)
        status = "new" if kind == "predictions" else "done"
        record.layer = _layer(item.get("result", []), name, status, record, options)
        yield record


def _annotator(kind: str, item: dict) -> str:
    if kind == "predictions":
        version = item.get("model_version")
        return f"{PREDICTION}:{version}" if isinstance(version, str) and version else PREDICTION
    who = item.get("completed_by")
    if isinstance(who, dict):
        who = who.get("email") or who.get("id")
    if isinstance(who, str) and who.strip():
        return who.strip()
    if isinstance(who, int) and not isinstance(who, bool):
        return f"labelstudio-{who}"
    return "labelstudio"


def _layer(
    results: Any, annotator: str, status: str, record: Record, options: ReadOptions
) -> LayerRecord:
    if not isinstance(results, list):
        raise FormatError("'result' must be a list")
    layer = LayerRecord(annotator, status)
    ids: dict[str, list[str]] = {}  # result id -> the span ids it became
    left_out: dict[str, int] = {}
    relations = []
    for item in results:
        if not isinstance(item, dict):
            raise FormatError(f"a result must be an object, got {item!r}")
        kind = item.get("type")
        if kind == "relation":
            relations.append(item)
        elif kind == "labels":
            ids[_ident(item, "id")] = _spans(item, layer)
        elif kind == "choices" and options.schema.category(str(item.get("from_name"))):
            _choices(item, layer)
        else:
            add(left_out, f"results of type {kind!r} (not spans or relations)")
    for k, item in enumerate(relations, start=1):
        labels = item.get("labels") or []
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise FormatError(f"relation labels must be a list of strings, got {labels!r}")
        if not labels:
            add(left_out, "relations without a label")
            continue
        head, tail = _ident(item, "from_id"), _ident(item, "to_id")
        if head not in ids or tail not in ids:
            raise FormatError(f"relation from {head!r} to {tail!r}: no such labels result")
        if item.get("direction") == "left":
            head, tail = tail, head
        attrs = {"direction": "bi"} if item.get("direction") == "bi" else {}
        for label in labels:
            for h in ids[head]:
                for t in ids[tail]:
                    ident = f"R{k}" if len(labels) == 1 else f"R{k}-{label}"
                    layer.relations.append(Relation(ident, label, h, t, dict(attrs)))
    for what, n in left_out.items():
        record.warnings.append(f"{record.path}:{record.line}: {n} x {what} left out")
    return layer


def _spans(item: dict, layer: LayerRecord) -> list[str]:
    value = item.get("value")
    if not isinstance(value, dict):
        raise FormatError("a labels result needs a 'value' object")
    start, end = value.get("start"), value.get("end")
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise FormatError(f"offsets must be integers, got {start!r} and {end!r}")
    labels = value.get("labels")
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
        raise FormatError(f"'labels' must be a non-empty list of strings, got {labels!r}")
    ident = _ident(item, "id")
    made = []
    for k, label in enumerate(labels):
        span_id = ident if k == 0 else f"{ident}~{label}"
        layer.spans.append(SpanRecord(span_id, start, end, label))
        made.append(span_id)
    return made


def _choices(item: dict, layer: LayerRecord) -> None:
    value = item.get("value")
    choices = value.get("choices") if isinstance(value, dict) else None
    if not isinstance(choices, list) or not all(isinstance(x, str) for x in choices):
        raise FormatError(f"a choices result needs 'value.choices', a list of strings: {item!r}")
    layer.categories.setdefault(item["from_name"], []).extend(choices)


def _ident(item: dict, key: str) -> str:
    value = item.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, str)) or value == "":
        raise FormatError(f"{key!r} must be a string or an integer, got {value!r}")
    return str(value)


# -- writing ---------------------------------------------------------------------------


def task_of(number: int, doc: Document, layers: list[Layer]) -> tuple[dict, dict[str, int]]:
    """A Label Studio task for one document and its layers, and what it could not carry."""
    left_out: dict[str, int] = {}
    task: dict[str, Any] = {
        "id": number,
        "data": {"text": doc.text, "doc_id": doc.id, **doc.meta},
        "annotations": [],
        "predictions": [],
    }
    for layer in layers:
        result = _results(doc.text, layer)
        for what, n in structure_lost(layer, relation_attrs=False, categories=False).items():
            add(left_out, what, n)
        others = sum(1 for r in layer.relations if set(r.attrs) - STRUCTURE - {"direction"})
        add(left_out, "relation attributes", others)
        if layer.annotator == PREDICTION or layer.annotator.startswith(PREDICTION + ":"):
            version = layer.annotator.partition(":")[2]
            task["predictions"].append({"model_version": version, "result": result})
        else:
            task["annotations"].append({"completed_by": layer.annotator, "result": result})
    return task, left_out


def _results(text: str, layer: Layer) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {
            "id": span.id,
            "type": "labels",
            **_DEFAULT_NAMES,
            "value": {
                "start": span.start,
                "end": span.end,
                "text": text[span.start : span.end],
                "labels": [span.label],
            },
        }
        for span in layer.spans
    ]
    out += [
        {
            "type": "relation",
            "from_id": relation.head,
            "to_id": relation.tail,
            "direction": "bi" if relation.attrs.get("direction") == "bi" else "right",
            "labels": [relation.label],
        }
        for relation in layer.relations
    ]
    out += [
        {
            "id": f"category-{name}",
            "type": "choices",
            "from_name": name,
            "to_name": "text",
            "value": {"choices": list(values)},
        }
        for name, values in layer.categories.items()
    ]
    return out

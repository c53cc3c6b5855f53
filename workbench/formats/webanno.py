"""WebAnno TSV 3 (INCEpTION's and WebAnno's interchange format), read and written.

A file is one document: a ``#FORMAT=WebAnno TSV 3.x`` line, one ``#T_SP`` (span layer),
``#T_RL`` (relation layer) or ``#T_CH`` (chain layer) line per layer with its features, then
sentences: ``#Text=`` lines and one row per token (``1-3``) or sub-token (``1-3.1``) with its
offsets, its text and one column per feature. Offsets count UTF-16 code units (INCEpTION is
Java: an emoji counts twice). The text is rebuilt as INCEpTION's ``Tsv3XDeserializer`` does:
each sentence's text at its first token, gaps filled with spaces, a line break after each.

Read: a span annotation (stacked with ``|``, a multi-token one numbered ``VALUE[n]``) becomes a
span whose label is its ``value`` (or ``label``) feature, else its first feature, else the layer's
short name (``*`` is an annotation without a value); other features are its attributes. A
relation becomes a relation between the spans its ``BT_`` column and its own row point at
(``1-1[3_4]``: source annotation 3, target 4); a relation between tokens (``BT_...Token``) joins
two spans labelled ``Token``. Values are unescaped as INCEpTION's ``Escaping`` escapes them.
Left out and counted: chain layers (coreference), annotations of zero width.

Written: one ``.tsv`` per document, one span layer ``webanno.custom.Span`` (``label`` and one
feature per attribute) and one relation layer ``webanno.custom.Relation``, tokens as the
training exports make them (cut at span boundaries), a sentence per line of text. Counted as
left out: attribute values that are not text or numbers, entities, and the whitespace between
lines when it is more than one line break (WebAnno keeps sentence text only).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.core.errors import FormatError, WorkbenchError
from workbench.core.model import Document, Layer, Relation
from workbench.core.utf16 import OffsetConverter
from workbench.formats.encoding import decode_bytes
from workbench.formats.layer_folders import LayerFolder, folder_of, layer_folders
from workbench.formats.losses import structure_lost
from workbench.formats.records import LayerRecord, ReadOptions, Record, SpanRecord
from workbench.formats.safe_names import original
from workbench.formats.training import Tokenized

HEADER = "#FORMAT=WebAnno TSV 3.3"
FORMAT_LINE = b"#FORMAT=WebAnno TSV 3"
SPAN_LAYER = "webanno.custom.Span"
RELATION_LAYER = "webanno.custom.Relation"
TOKEN = "Token"
LABEL_FEATURES = ("value", "label")
_VALUE_ESCAPES = [
    ("\\", "\\\\"),
    ("[", "\\["),
    ("]", "\\]"),
    ("|", "\\|"),
    ("_", "\\_"),
    ("->", "\\->"),
    (";", "\\;"),
    ("\t", "\\t"),
    ("\n", "\\n"),
    ("*", "\\*"),
]
_TEXT_ESCAPES = {"t": "\t", "n": "\n", "f": "\f", "r": "\r", "b": "\b", "\\": "\\"}
_ID = re.compile(r"^(.*?)(?<!\\)\[(\d+)\]$", re.DOTALL)
_ADDRESS = re.compile(r"^(\d+-\d+(?:\.\d+)?)(?:\[(\d+)_(\d+)\])?$")


def escape_value(value: str) -> str:
    for raw, escaped in _VALUE_ESCAPES:
        value = value.replace(raw, escaped)
    return value


def unescape_value(value: str) -> str:
    out, k = [], 0
    while k < len(value):
        if value[k] == "\\" and k + 1 < len(value):
            if value.startswith("->", k + 1):
                out.append("->")
                k += 3
                continue
            nxt = value[k + 1]
            out.append({"t": "\t", "n": "\n"}.get(nxt, nxt))
            k += 2
        else:
            out.append(value[k])
            k += 1
    return "".join(out)


def escape_text(text: str) -> str:
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char in "\t\n\f\r\b":
            out.append("\\" + {"\t": "t", "\n": "n", "\f": "f", "\r": "r", "\b": "b"}[char])
        elif ord(char) < 32:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def unescape_text(text: str) -> str:
    out, k = [], 0
    while k < len(text):
        if text[k] == "\\" and k + 1 < len(text):
            nxt = text[k + 1]
            if nxt in _TEXT_ESCAPES:
                out.append(_TEXT_ESCAPES[nxt])
            elif ord(nxt) < 32:
                out.append(nxt)
            else:
                out.append("\\" + nxt)
            k += 2
        else:
            out.append(text[k])
            k += 1
    return "".join(out)


def split_unescaped(cell: str, separator: str = "|") -> list[str]:
    parts, current, k = [], [], 0
    while k < len(cell):
        if cell[k] == "\\" and k + 1 < len(cell):
            current.append(cell[k : k + 2])
            k += 2
        elif cell[k] == separator:
            parts.append("".join(current))
            current = []
            k += 1
        else:
            current.append(cell[k])
            k += 1
    parts.append("".join(current))
    return parts


# -- reading ---------------------------------------------------------------------------


@dataclass
class _LayerDef:
    kind: str  # SP, RL or CH
    name: str
    features: list[str]
    base: str | None = None
    first_column: int = 0

    @property
    def width(self) -> int:
        if self.kind == "RL":
            return len(self.features) + 1
        if self.kind == "CH":
            return 2
        return max(1, len(self.features))

    @property
    def short(self) -> str:
        return self.name.rsplit(".", 1)[-1]

    def label_index(self) -> int | None:
        for name in LABEL_FEATURES:
            if name in self.features:
                return self.features.index(name)
        return 0 if self.features else None


@dataclass
class _Span:
    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)


def is_webanno(path: Path) -> bool:
    """True when a file starts as WebAnno TSV 3 does (``#FORMAT=WebAnno TSV 3.x``)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(40).lstrip(b"\xef\xbb\xbf").startswith(FORMAT_LINE)
    except OSError:
        return False


def is_webanno_layers(folder: Path) -> bool:
    """True when a folder's annotator subfolders hold WebAnno files: an export of several
    layers, a folder per annotator (``formats.layer_folders``)."""
    return any(
        found.annotator is not None and any(is_webanno(p) for p in found.path.glob("*.tsv"))
        for found in layer_folders(folder, ".tsv")
    )


def read_webanno(path: Path, options: ReadOptions) -> Iterator[Record]:
    """One record per .tsv file: its text rebuilt, its spans and relations one layer. A
    folder of annotator subfolders gives each subfolder's files to the annotator it is named
    for."""
    if path.is_dir():
        for found in layer_folders(path, ".tsv"):
            for file in sorted(found.path.glob("*.tsv")):
                if not file.is_symlink() and is_webanno(file):
                    yield from _read_file(file, options, found)
        return
    yield from _read_file(path, options, folder_of(path, ".tsv"))


def _read_file(path: Path, options: ReadOptions, found: LayerFolder) -> Iterator[Record]:
    lines = decode_bytes(path.read_bytes(), str(path), options.encoding).split("\n")
    try:
        record = _Reader(path, found.annotator_or(options.annotator, "webanno")).read(lines)
    except WorkbenchError as exc:
        located = exc.located(str(path))
        if options.skipped is None:
            raise located from None
        options.skipped.append(str(located))
        return
    record.doc_id = found.name_of(path.stem)  # escaped, or cut, where a file name cannot hold it
    yield record


class _Reader:
    def __init__(self, path: Path, annotator: str):
        self.path = path
        self.annotator = annotator
        self.layers: list[_LayerDef] = []
        self.text: list[str] = []
        self.length = 0
        self.rows: dict[str, tuple[int, int]] = {}  # address -> (begin, end), UTF-16
        self.spans: dict[tuple, _Span] = {}
        self.at: dict[tuple[int, str], list[tuple]] = {}  # (layer, address) -> span keys
        self.pending: list[tuple[int, str, int, list[str], str]] = []  # relations, resolved last
        self.warnings: dict[str, int] = {}

    def read(self, lines: list[str]) -> Record:
        if not lines or not lines[0].lstrip("\ufeff").startswith("#FORMAT=WebAnno TSV 3"):
            raise FormatError("not WebAnno TSV 3 (the first line is not #FORMAT=WebAnno TSV 3.x)")
        sentence: list[str] = []
        first_row = True
        for number, raw in enumerate(lines[1:], start=2):
            line = raw.rstrip("\r")
            try:
                if line.startswith("#T_"):
                    self._layer(line)
                elif line.startswith("#Text="):
                    sentence.append(unescape_text(line[len("#Text=") :]))
                    first_row = True
                elif line.startswith("#") or not line.strip():
                    continue
                else:
                    fields = line.split("\t")
                    if not sentence and not self.text:
                        raise FormatError("a token row before any #Text= line")
                    if first_row and sentence:
                        self._sentence("\n".join(sentence) + "\n", fields)
                        sentence, first_row = [], False
                    self._row(fields, number)
            except (ValueError, IndexError) as exc:
                message = f"cannot read this line ({exc}): {line[:80]!r}"
                raise FormatError(message, str(self.path), number) from None
            except WorkbenchError as exc:
                raise exc.located(str(self.path), number) from None
        return self._record()

    def _layer(self, line: str) -> None:
        kind, _, spec = line[3:].partition("=")
        name, *features = spec.split("|")
        base = None
        if kind == "RL":
            if not features or not features[-1].startswith("BT_"):
                raise FormatError("a relation layer needs a BT_ column last")
            base = features.pop()[3:]
        column = sum(layer.width for layer in self.layers)
        self.layers.append(_LayerDef(kind, name, features, base, column))

    def _sentence(self, text: str, fields: list[str]) -> None:
        begin = int(fields[1].split("-")[0])
        if self.length > begin and self.text and self.text[-1].endswith("\n"):
            self.text[-1] = self.text[-1][:-1]  # no space between the sentences
            self.length -= 1
        if self.length < begin:
            self.text.append(" " * (begin - self.length))
            self.length = begin
        self.text.append(text)
        self.length += OffsetConverter(text).utf16_length

    def _row(self, fields: list[str], number: int) -> None:
        address = fields[0]
        begin, end = (int(x) for x in fields[1].split("-"))
        if not 0 <= begin <= end <= self.length:
            raise FormatError(
                f"token offsets {begin}-{end} are not a range of the text read so far (the "
                f"#Text= lines reach {self.length} UTF-16 units)"
            )
        self.rows[address] = (begin, end)
        cells = fields[3:]
        for index, layer in enumerate(self.layers):
            columns = cells[layer.first_column : layer.first_column + layer.width]
            if len(columns) < layer.width:
                raise FormatError(f"expected {layer.width} columns for {layer.name}")
            if all(c in ("_", "") for c in columns):
                continue
            if layer.kind == "SP":
                self._span_cells(index, layer, address, begin, end, columns)
            elif layer.kind == "RL":
                self.pending.append((index, address, number, columns[:-1], columns[-1]))
            else:
                self._note("chain layers (coreference links)")

    def _span_cells(self, index, layer: _LayerDef, address, begin, end, columns) -> None:
        stacks = [split_unescaped(c) for c in columns]
        label_at = layer.label_index()
        for k, entry in enumerate(stacks[0]):
            match = _ID.match(entry)
            ident = match.group(2) if match else None
            key = (index, "id", ident) if ident else (index, "row", address, k)
            values = []
            for stack in stacks:
                raw = stack[k] if k < len(stack) else "*"
                found = _ID.match(raw)
                values.append(found.group(1) if found else raw)
            labels = [unescape_value(v) if v not in ("*", "_", "") else None for v in values]
            label = labels[label_at] if label_at is not None else None
            span = self.spans.get(key)
            if span is None:
                span = _Span(begin, end, label or layer.short)
                for name, value in zip(layer.features, labels, strict=False):
                    if value is not None and name != (
                        layer.features[label_at] if label_at is not None else None
                    ):
                        span.attrs[name] = value
                self.spans[key] = span
            else:
                span.start, span.end = min(span.start, begin), max(span.end, end)
            self.at.setdefault((index, address), []).append(key)

    def _note(self, what: str) -> None:
        self.warnings[what] = self.warnings.get(what, 0) + 1

    def _record(self) -> Record:
        text = "".join(self.text).removesuffix("\n")  # the line break after the last sentence
        record = Record(
            original(self.path.stem),
            text,
            str(self.path),
            1,
            {"source": self.path.name},
            LayerRecord(self.annotator, "done"),
            units="utf-16",
            titled=True,
        )
        assert record.layer is not None
        ids: dict[tuple, str] = {}
        places: dict[tuple[str, int, int], str] = {}
        for key, span in self.spans.items():
            if span.start >= span.end:
                self._note("annotations of zero width")
                continue
            place = (span.label, span.start, span.end)
            if place in places:  # a project holds one span per label and place
                self._note("stacked annotations with one label at one place (merged into one)")
                ids[key] = places[place]
                continue
            ids[key] = places[place] = f"T{len(places) + 1}"
            record.layer.spans.append(
                SpanRecord(ids[key], span.start, span.end, span.label, attrs=span.attrs)
            )
        for k, (index, address, number, features, source) in enumerate(self.pending, start=1):
            self._relations(record, ids, k, index, address, number, features, source)
        record.warnings = [
            f"{self.path}: {n} x {what} left out" for what, n in self.warnings.items()
        ]
        if not self.layers:
            record.layer = None  # no annotation layers: a document without annotations
        return record

    def _relations(self, record, ids, k, index, address, number, features, source) -> None:
        layer = self.layers[index]
        assert record.layer is not None
        stacks = [split_unescaped(c) for c in features]
        label_at = layer.label_index()
        for j, pointer in enumerate(split_unescaped(source)):
            match = _ADDRESS.match(pointer)
            if match is None:
                raise FormatError(f"a relation source {pointer!r} is not a token address", None)
            values = [s[j] if j < len(s) else "*" for s in stacks]
            labels = [unescape_value(v) if v not in ("*", "_", "") else None for v in values]
            label = (labels[label_at] if label_at is not None else None) or layer.short
            try:
                head = self._end(record, ids, layer.base, match.group(1), match.group(2))
                tail = self._end(record, ids, layer.base, address, match.group(3))
            except KeyError as exc:
                message = f"a relation points at no annotation ({exc})"
                raise FormatError(message, str(self.path), number) from None
            if head is None or tail is None:
                self._note("relations on annotations of zero width")
                continue
            attrs = {
                name: value
                for name, value in zip(layer.features, labels, strict=False)
                if value is not None and (label_at is None or name != layer.features[label_at])
            }
            known = record.layer.relations
            if any((r.label, r.head, r.tail) == (label, head, tail) for r in known):
                self._note("relations made the same by merging stacked annotations")
                continue
            record.layer.relations.append(Relation(f"R{k}.{j + 1}", label, head, tail, attrs))

    def _end(self, record, ids, base: str | None, address: str, ident: str | None):
        if base is not None and base.endswith(".Token"):
            key = ("token", address)
            if key not in ids:
                begin, end = self.rows[address]
                ids[key] = f"tok-{address}"
                record.layer.spans.append(SpanRecord(ids[key], begin, end, TOKEN))
            return ids[key]
        index = next((i for i, layer in enumerate(self.layers) if layer.name == base), None)
        if index is None:
            raise FormatError(f"the relation layer's base layer {base!r} is not declared")
        key = (index, "id", ident) if ident and ident != "0" else self.at[(index, address)][0]
        if key not in self.spans:
            raise KeyError(f"{address}[{ident}]")
        return ids.get(key)


# -- writing ---------------------------------------------------------------------------


def write_tsv(doc: Document, layer: Layer | None) -> tuple[str, dict[str, int]]:
    """The layer as a WebAnno TSV 3.3 file, and what it could not carry; without a layer,
    the document's text without annotation layers."""
    left_out: dict[str, int] = {}
    declared = layer is not None
    layer = layer or Layer("")

    def lost(what: str, n: int = 1) -> None:
        left_out[what] = left_out.get(what, 0) + n

    text = doc.text
    utf16 = OffsetConverter(text)
    features = _features([s.attrs for s in layer.spans], lost)
    relation_features = _features([r.attrs for r in layer.relations], lost)
    lines = [HEADER] + [f"#T_SP={SPAN_LAYER}|label" + "".join(f"|{f}" for f in features)] * declared
    if layer.relations:
        named = "".join(f"|{f}" for f in relation_features)
        lines.append(f"#T_RL={RELATION_LAYER}|label{named}|BT_{SPAN_LAYER}")
    lines += ["", ""]
    tokens = Tokenized.of(doc, layer).tokens
    numbers = {s.id: k for k, s in enumerate(layer.spans, start=1)}
    covering: dict[int, list] = {}
    firsts: dict[str, tuple[int, int]] = {}  # span id -> (sentence, token) of its first token
    rows: list[tuple[int, int, int, int]] = []  # sentence, token, start, end
    breaks = [k for k, char in enumerate(text) if char == "\n"]
    sentence, previous_line, token = 0, -1, 0
    for start, end in tokens:
        line = bisect.bisect_left(breaks, start)
        if line != previous_line:
            sentence, token = sentence + 1, 0
            previous_line = line
        token += 1
        rows.append((sentence, token, start, end))
    starts = [r[2] for r in rows]
    for span in sorted(layer.spans, key=lambda s: (s.start, -s.end)):
        first = max(0, bisect.bisect_right(starts, span.start) - 1)
        last = bisect.bisect_left(starts, span.end)
        inside = [i for i in range(first, last) if rows[i][3] > span.start]
        if not inside:
            lost("spans on no token")
            continue
        firsts[span.id] = rows[inside[0]][:2]
        for i in inside:
            covering.setdefault(i, []).append(span)
    relations_at: dict[int, list[Relation]] = {}
    row_of = {(r[0], r[1]): i for i, r in enumerate(rows)}
    for relation in layer.relations:
        if relation.head in firsts and relation.tail in firsts:
            relations_at.setdefault(row_of[firsts[relation.tail]], []).append(relation)
    for what, n in structure_lost(layer, span_attrs=False, relation_attrs=False).items():
        lost(what, n)
    ends: dict[int, int] = {number: end for number, _token, _start, end in rows}
    current = 0
    for i, (number, token, start, end) in enumerate(rows):
        if number != current:
            current = number
            lines.append(f"#Text={escape_text(text[start : ends[number]])}")
        spans = covering.get(i, [])
        cells = ["|".join(f"{escape_value(s.label)}[{numbers[s.id]}]" for s in spans) or "_"]
        cells = cells if declared else []
        for name in features:
            cell = "|".join(f"{_value(s.attrs.get(name))}[{numbers[s.id]}]" for s in spans)
            cells.append(cell or "_")
        if layer.relations:
            here = relations_at.get(i, [])
            cells.append("|".join(escape_value(r.label) for r in here) or "_")
            for name in relation_features:
                cells.append("|".join(_value(r.attrs.get(name)) for r in here) or "_")
            cells.append(
                "|".join(
                    f"{firsts[r.head][0]}-{firsts[r.head][1]}[{numbers[r.head]}_{numbers[r.tail]}]"
                    for r in here
                )
                or "_"
            )
        offsets = f"{utf16.to_utf16(start)}-{utf16.to_utf16(end)}"
        lines.append(f"{number}-{token}\t{offsets}\t{text[start:end]}\t" + "\t".join(cells) + "\t")
        if i + 1 == len(rows) or rows[i + 1][0] != number:
            lines.append("")
    if _rebuilt(text, rows) != text:
        lost("whitespace between lines (WebAnno TSV keeps each sentence's text only)")
    return "\n".join(lines) + "\n", left_out


def _features(attrs: list[dict[str, Any]], lost) -> list[str]:
    """The attribute names written as features: those with text or number values."""
    names: list[str] = []
    for item in attrs:
        for name, value in item.items():
            if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                if name not in names and name != "label":
                    names.append(name)
            else:
                lost("attribute values that are not text or numbers")
    return names


def _value(value: Any) -> str:
    return "*" if value is None or value == "" else escape_value(str(value))


def _rebuilt(text: str, rows) -> str:
    """The text INCEpTION rebuilds from what ``write_tsv`` writes (each sentence and a line
    break), as ``read_webanno`` gives it back: without the line break after the last one."""
    out = ""
    sentences: dict[int, tuple[int, int]] = {}
    for number, _token, start, end in rows:
        first = sentences.get(number, (start, end))[0]
        sentences[number] = (first, end)
    for start, end in sentences.values():
        if len(out) > start and out.endswith("\n"):
            out = out[:-1]
        out += " " * (start - len(out)) + text[start:end] + "\n"
    return out.removesuffix("\n")  # as the reader gives it back

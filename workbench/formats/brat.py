"""brat standoff: a folder of ``.txt`` + ``.ann`` pairs, read into layers and written back.

How each brat line is kept (so that it is written back as the same line):

- ``T`` a span (its id kept). A discontinuous span becomes its fragments, linked in order by
  ``FRAGMENT`` relations, with a warning; fragments separated only by line breaks (brat's way
  of writing a span that crosses a line) become one span again.
- ``R`` a relation; roles other than Arg1/Arg2 are kept in ``attrs.roles``.
- ``E`` the trigger span (``attrs.events`` lists the events it triggers) plus one relation per
  argument, labelled with the role (``Org-Arg2`` is ``Org-Arg``), with ``attrs.event`` and
  ``attrs.role``; an argument that is an event points at that event's trigger
  (``attrs.tail_event``).
- ``A`` an attribute of the span (of an event: of its trigger) or relation; a binary one is
  ``true``.
- ``N`` ``attrs.normalizations`` ([type, reference, text]); ``#`` ``attrs.notes`` ([type, text]).
- ``*`` a chain of relations of the equivalence's type with ``attrs.equivalence``.

What brat cannot carry: entities (the workbench's coreference groups with names) are not
written, and the export says how many were left out; a layer's status is not written either.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.core.errors import FormatError, ValidationError
from workbench.core.model import Layer, Relation, Span
from workbench.core.schema import FRAGMENT
from workbench.formats.brat_conf import role_base
from workbench.formats.encoding import decode_bytes
from workbench.formats.layer_folders import layer_folders
from workbench.formats.records import LayerRecord, ReadOptions, Record, SpanRecord
from workbench.formats.safe_names import brat_name, original

RELATION_RESERVED = {"event", "role", "tail_event", "equivalence", "roles", "notes"}
SPAN_RESERVED = {"events", "notes", "normalizations"}
UNWRITABLE = "attribute values brat cannot write (empty, with spaces, or lists)"


SCHEMA_ADVICE = (
    "make the project with this folder's schema (workbench init PROJECT --schema "
    "annotation.conf), or add the label to the project's schema TOML"
)


def pairs_in(folder: Path) -> list[tuple[Path, Path]]:
    """The (.txt, .ann) pairs of a folder, in name order; a .txt alone is a document without
    annotations (no layer).
    Symbolic links are not followed (the import lists them): a pair with one is left out."""
    return [
        (txt, txt.with_suffix(".ann"))
        for txt in sorted(folder.glob("*.txt"))
        if not txt.is_symlink() and not txt.with_suffix(".ann").is_symlink()
    ]


def is_brat_folder(folder: Path) -> bool:
    """True when a folder holds .ann files, or its subfolders do (an export of several layers:
    a folder per annotator)."""
    return any(folder.glob("*.ann")) or any(folder.glob("*/*.ann"))


def read_brat(folder: Path, options: ReadOptions) -> Iterator[Record]:
    """One record per .txt of a brat folder, with the layer its .ann holds. A folder of
    annotator subfolders (an export of several layers) gives each subfolder's layers to the
    annotator it is named for."""
    folders = layer_folders(folder, ".txt")
    if not folders:
        raise FormatError(
            "no .txt files in this folder or its subfolders (brat keeps text in NAME.txt)",
            str(folder),
        )
    for found in folders:
        annotator = found.annotator_or(options.annotator, "brat")
        for txt, ann in pairs_in(found.path):
            yield read_pair(txt, ann, annotator, found.name_of(txt.stem))


def read_pair(txt: Path, ann: Path, annotator: str, doc_id: str | None = None) -> Record:
    raw = decode_bytes(txt.read_bytes(), str(txt))
    record = Record(
        doc_id or original(txt.stem),  # the export escaped what a file name cannot hold
        raw,
        str(txt),
        meta={"source": txt.name},
        layer=LayerRecord(annotator, "done"),
        titled=True,
        layer_path=str(ann),
        schema_advice=SCHEMA_ADVICE,
    )
    if ann.exists():
        lines = decode_bytes(ann.read_bytes(), str(ann)).split("\n")
        _Reader(record, str(ann)).read(lines)
    else:
        record.layer = None  # a .txt alone: a document without annotations
    return record


class _Reader:
    """The lines of one .ann file as the record's layer (offsets into the .txt as written)."""

    def __init__(self, record: Record, where: str):
        assert record.layer is not None
        self.record = record
        self.layer = record.layer
        self.raw = record.text
        self.where = where
        self.spans: dict[str, SpanRecord] = {}
        self.triggers: dict[str, str] = {}  # event id -> trigger span id
        self.relations: dict[str, Relation] = {}
        self.deferred: list[tuple[int, str]] = []

    def read(self, lines: list[str]) -> None:
        # spans first, then events (their arguments may be later events), then the rest
        order = {"T": 0, "E": 1}
        numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
        numbered.sort(key=lambda item: order.get(item[1][:1], 2))
        for number, line in numbered:
            try:
                self._line(line)
            except (ValueError, KeyError, IndexError) as exc:
                detail = f" ({exc})" if isinstance(exc, KeyError) else ""
                raise FormatError(
                    f"cannot read this brat line{detail}: {line!r}", self.where, number
                ) from None
            except ValidationError as exc:
                raise exc.located(self.where, number) from None
        for event_id, line in self.deferred:
            self._event_arguments(event_id, line)

    def _offset(self, value: str) -> int:
        offset = int(value)
        if not 0 <= offset <= len(self.raw):
            raise ValidationError(f"offset {offset} is outside the text (length {len(self.raw)})")
        return offset

    def _line(self, line: str) -> None:
        kind = line[0]
        fields = line.rstrip("\r").split("\t")
        if kind == "T":
            self._span(fields)
        elif kind == "E":
            self._event(fields, line)
        elif kind == "R":
            ident, (label, *args) = fields[0], fields[1].split()
            roles = [a.split(":", 1) for a in args]
            if len(roles) != 2:
                raise ValidationError(
                    f"{ident}: a relation has two arguments, this one {len(roles)}"
                )
            attrs = (
                {}
                if [r for r, _ in roles] == ["Arg1", "Arg2"]
                else {"roles": [r for r, _ in roles]}
            )
            self._relation(ident, original(label), roles[0][1], roles[1][1], attrs)
        elif kind == "A" or kind == "M":
            name, target, *value = fields[1].split()
            self._attrs_of(target)[original(name)] = original(value[0]) if value else True
        elif kind == "N":
            norm_type, target, reference = fields[1].split()
            entry = [norm_type, reference, fields[2] if len(fields) > 2 else ""]
            self._attrs_of(target).setdefault("normalizations", []).append(entry)
        elif kind == "#":
            note_type, target = fields[1].split()
            entry = [note_type, fields[2] if len(fields) > 2 else ""]
            self._attrs_of(target).setdefault("notes", []).append(entry)
        elif kind == "*":
            label, *members = fields[1].split()
            groups = {
                r.attrs["equivalence"] for r in self.layer.relations if "equivalence" in r.attrs
            }
            group = str(len(groups) + 1)
            for k, (head, tail) in enumerate(zip(members, members[1:], strict=False), start=1):
                ident = f"*{len(self.relations) + 1}.{k}"
                self._relation(ident, original(label), head, tail, {"equivalence": group})
        else:
            raise ValueError("unknown annotation kind")

    def _span(self, fields: list[str]) -> None:
        ident = fields[0]
        label, where = fields[1].split(" ", 1)
        label = original(label)
        pieces = []
        for piece in where.split(";"):
            start, end = piece.split()
            pieces.append((self._offset(start), self._offset(end)))
        text = self.raw
        if len(fields) > 2:
            shown = " ".join(text[a:b] for a, b in pieces)
            if shown != fields[2]:
                raise ValidationError(
                    f"{ident}: text {fields[2]!r} does not match the .txt at {where}, which "
                    f"reads {shown!r} (is the .txt the one this .ann was made on?)"
                )
        merged = [list(pieces[0])]
        for start, end in pieces[1:]:
            if text[merged[-1][1] : start].strip("\r\n") == "":
                merged[-1][1] = end  # only line breaks between: one span crossing lines
            else:
                merged.append([start, end])
        if len(merged) > 1:
            self.record.warnings.append(
                f"{self.where}: {ident} is discontinuous: imported as {len(merged)} fragments "
                f"linked by {FRAGMENT}"
            )
        previous = None
        for k, (start, end) in enumerate(merged):
            span_id = ident if k == 0 else f"{ident}~{k + 1}"
            span = SpanRecord(span_id, start, end, label)
            self.layer.spans.append(span)
            self.spans[span_id] = span
            if previous is not None:
                self._relation(f"{ident}~link{k}", FRAGMENT, previous, span_id, {})
            previous = span_id

    def _event(self, fields: list[str], line: str) -> None:
        ident = fields[0]
        trigger_part = fields[1].split()[0]
        _type, trigger = trigger_part.rsplit(":", 1)
        if trigger not in self.spans:
            raise KeyError(trigger)
        self.triggers[ident] = trigger
        self.spans[trigger].attrs.setdefault("events", []).append(ident)
        self.deferred.append((ident, line))

    def _event_arguments(self, ident: str, line: str) -> None:
        trigger = self.triggers[ident]
        for k, argument in enumerate(line.split("\t")[1].split()[1:], start=1):
            role, target = argument.rsplit(":", 1)
            role = original(role)
            attrs: dict[str, Any] = {"event": ident, "role": role}
            if target in self.triggers:
                attrs["tail_event"] = target
                target = self.triggers[target]
            self._relation(f"{ident}.{k}", role_base(role), trigger, target, attrs)

    def _relation(self, ident: str, label: str, head: str, tail: str, attrs: dict) -> None:
        for end in (head, tail):
            if end not in self.spans:
                raise KeyError(end)
        relation = Relation(ident, label, head, tail, attrs)
        self.layer.relations.append(relation)
        self.relations[ident] = relation

    def _attrs_of(self, target: str) -> dict[str, Any]:
        if target in self.spans:
            return self.spans[target].attrs
        if target in self.triggers:
            return self.spans[self.triggers[target]].attrs
        if target in self.relations:
            return self.relations[target].attrs
        raise KeyError(target)


# -- writing ---------------------------------------------------------------------------


def write_ann(text: str, layer: Layer) -> tuple[str, dict[str, int]]:
    """The layer as .ann lines, and what could not be written."""
    return _Writer(text, layer).write()


class _Writer:
    def __init__(self, text: str, layer: Layer):
        self.text = text
        self.layer = layer
        self.lines: list[str] = []
        self.counters: dict[str, int] = {}
        self.ids: dict[str, str] = {}  # span id -> T id
        self.targets: dict[str, str] = {}  # span or relation id -> id written for A/N/# lines
        self.left_out: dict[str, int] = {}

    def next_id(self, kind: str) -> str:
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return f"{kind}{self.counters[kind]}"

    def write(self) -> tuple[str, dict[str, int]]:
        layer = self.layer
        fragments = {r.head: r.tail for r in layer.relations if r.label == FRAGMENT}
        continued = set(fragments.values())
        by_id = {s.id: s for s in layer.spans}
        written: list[Span] = []
        for span in sorted(layer.spans, key=lambda s: (s.start, s.end)):
            if span.id in continued:
                continue
            pieces = [span]
            while pieces[-1].id in fragments:
                pieces.append(by_id[fragments[pieces[-1].id]])
            ident = self.next_id("T")
            for piece in pieces:
                self.ids[piece.id] = ident
            self.targets[span.id] = ident
            ranges = []
            for piece in pieces:  # brat writes a span that crosses lines as pieces
                position = piece.start
                for part in piece.text.split("\n"):
                    if part:
                        ranges.append((position, position + len(part)))
                    position += len(part) + 1
            shown = " ".join(self.text[a:b] for a, b in ranges)
            where = ";".join(f"{a} {b}" for a, b in ranges)
            self.lines.append(f"{ident}\t{brat_name(span.label)} {where}\t{shown}")
            written.append(span)
        self._events(written)
        self._relations()
        for span in written:
            self._extras(self.targets[span.id], span.attrs, SPAN_RESERVED)
        left_out = dict(self.left_out)
        if layer.entities:
            left_out["entities (coreference groups with names; brat has none)"] = len(
                layer.entities
            )
        return "\n".join(self.lines) + ("\n" if self.lines else ""), left_out

    def _events(self, written: list[Span]) -> None:
        arguments: dict[str, list[Relation]] = {}
        for relation in self.layer.relations:
            if "event" in relation.attrs:
                arguments.setdefault(relation.attrs["event"], []).append(relation)
        new_ids: dict[str, str] = {}
        triggers = [(span, old) for span in written for old in span.attrs.get("events", [])]
        for _span, old in triggers:
            new_ids[old] = self.next_id("E")
        for span, old in triggers:
            parts = [f"{brat_name(span.label)}:{self.ids[span.id]}"]
            for relation in arguments.get(old, []):
                tail_event = relation.attrs.get("tail_event")
                target = new_ids[tail_event] if tail_event in new_ids else self.ids[relation.tail]
                parts.append(f"{brat_name(relation.attrs.get('role', relation.label))}:{target}")
            self.lines.append(f"{new_ids[old]}\t{' '.join(parts)}")
        for span in written:  # what brat attaches to an event was kept on its trigger
            if span.attrs.get("events"):
                self.targets[span.id] = new_ids[span.attrs["events"][0]]

    def _relations(self) -> None:
        chains: dict[str, list[Relation]] = {}
        for relation in self.layer.relations:
            if relation.label == FRAGMENT or "event" in relation.attrs:
                continue
            if "equivalence" in relation.attrs:
                chains.setdefault(str(relation.attrs["equivalence"]), []).append(relation)
                continue
            ident = self.next_id("R")
            roles = relation.attrs.get("roles") or ["Arg1", "Arg2"]
            head, tail = self.ids[relation.head], self.ids[relation.tail]
            label = brat_name(relation.label)
            self.lines.append(f"{ident}\t{label} {roles[0]}:{head} {roles[1]}:{tail}\t")
            self.targets[relation.id] = ident
            self._extras(ident, relation.attrs, RELATION_RESERVED)
        for chain in chains.values():
            members = [self.ids[chain[0].head]] + [self.ids[r.tail] for r in chain]
            self.lines.append(f"*\t{brat_name(chain[0].label)} {' '.join(members)}")

    def _extras(self, target: str, attrs: dict[str, Any], reserved: set[str]) -> None:
        for name, value in attrs.items():
            if name in reserved:
                continue
            if (
                value is False
                or not isinstance(value, (str, int, float, bool))
                or (isinstance(value, str) and (not value or any(c.isspace() for c in value)))
            ):
                # an A line holds one word, or nothing for a binary attribute that is set
                self.left_out[UNWRITABLE] = self.left_out.get(UNWRITABLE, 0) + 1
                continue
            shown = "" if value is True else f" {brat_name(str(value))}"
            self.lines.append(f"{self.next_id('A')}\t{brat_name(name)} {target}{shown}")
        for norm_type, reference, text in attrs.get("normalizations", []):
            self.lines.append(f"{self.next_id('N')}\t{norm_type} {target} {reference}\t{text}")
        for note_type, text in attrs.get("notes", []):
            self.lines.append(f"{self.next_id('#')}\t{note_type} {target}\t{text}")

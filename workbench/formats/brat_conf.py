"""brat's ``annotation.conf`` as a project schema, and a schema written back as one.

Entities become span labels; events become span labels of kind ``event`` (the trigger's label)
with one relation label of kind ``role`` per argument role (``Org-Arg2`` is the role ``Org-Arg``
repeated); relations keep their Arg1 and Arg2 types; ``<REL-TYPE>:symmetric-transitive``
relations (brat's ``*`` equivalences) are of kind ``equivalence``; attributes attach to the
labels their ``Arg`` names. Macros (``<POG>=Person|Organization``), aliases (``Type|GO:id``),
separator lines, ``[spans]`` and ``!`` (types kept for the hierarchy only) are understood as brat
understands them. A relation declared several times (``Equiv`` per entity type) accepts the union
of its declarations' heads and tails: a schema cannot say which head goes with which tail. Nor
can it say the cardinality of a role (``?``, ``*``, ``+``, ``{2}``): roles are written back as
``*``. Names with characters brat cannot hold in a type name are written escaped (``%7C``).
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.core.errors import ValidationError
from workbench.core.schema import (
    DEFAULT_COLORS,
    AttributeDef,
    RelationLabel,
    Schema,
    SpanLabel,
    refuse_control_characters,
)
from workbench.formats.offset_units import CODE_POINTS
from workbench.formats.safe_names import brat_name, original

SECTIONS = ("entities", "relations", "events", "attributes")
SECTION_ALIASES = {"spans": "entities"}  # brat's SECTION_ALIAS
# brat's special relation types say which spans may overlap; they are not annotations
SPECIAL_RELATIONS = {"ENTITY-NESTING", "<OVERLAP>"}
_ROLE_SUFFIX = re.compile(r"(\{\d+(-\d+)?\}|[?*+])$")
_SEPARATOR = re.compile(r"^\s*-+\s*$")
_MACRO = re.compile(r"^<([a-zA-Z_-]+)>=\s*(.*?)\s*$")
_TYPE_LINE = re.compile(r"^(\s*)(\S+)(?:\s+(.*))?$")


def role_base(role: str) -> str:
    """``Org-Arg2`` -> ``Org-Arg``: brat numbers a repeated role."""
    return re.sub(r"\d+$", "", role) or role


def read_conf(path: Path) -> Schema:
    """An annotation.conf as brat's ``projectconfig.py`` reads it: ``[spans]`` is
    ``[entities]``; lines of hyphens are separators; ``<NAME>=...`` defines a macro for the
    rest of its section; ``Type|alias|...`` names the type ``Type``; a relation declared on
    several lines keeps every declaration. Names the workbench wrote escaped (``%7C``) read
    back as themselves."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot read annotation.conf: {exc}", str(path)) from None
    sections: dict[str, list[tuple[int, str]]] = {name: [] for name in SECTIONS}
    macros: dict[str, str] = {}
    current = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#") or _SEPARATOR.match(line):
            continue
        header = re.fullmatch(r"\s*\[(\w+)\]\s*", line)
        if header:
            current = SECTION_ALIASES.get(header.group(1), header.group(1))
            if current not in sections:
                raise ValidationError(f"unknown section [{current}]", str(path), number)
            macros = {}  # brat: macros are section-specific
            continue
        macro = _MACRO.match(line)
        if macro:
            macros[f"<{macro.group(1)}>"] = macro.group(2)
            continue
        if current is None:
            raise ValidationError("a line before any [section]", str(path), number)
        for name, value in macros.items():
            line = line.replace(name, value)
        sections[current].append((number, line.strip()))
    try:
        return _schema(path, sections)
    except ValidationError as exc:
        raise exc.located(str(path)) from None


def _declared(entries: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(line, type name, the rest) of each annotatable type ('!' types are hierarchy only;
    ``Type|alias`` is the type ``Type``)."""
    out = []
    for number, line in entries:
        match = _TYPE_LINE.match(line)
        if match is None:
            continue
        terms = [t for t in match.group(2).split("|") if t.strip()]
        if not terms or terms[0].startswith("!") or terms[0].startswith("<"):
            continue
        out.append((number, original(terms[0]), (match.group(3) or "").strip()))
    return out


def _arguments(rest: str) -> list[tuple[str, str]]:
    args = []
    for part in filter(None, (p.strip() for p in rest.split(","))):
        role, _, types = part.partition(":")
        args.append((role.strip(), types.strip()))
    return args


def _schema(path: Path, sections) -> Schema:
    entities = [name for _n, name, _r in _declared(sections["entities"])]
    events = _declared(sections["events"])
    event_names = [name for _n, name, _r in events]

    def types(spec: str, number: int) -> set[str]:
        out: set[str] = set()
        for part in (p.strip() for p in spec.split("|")):
            if part in ("<ENTITY>", "<ANY>"):
                out.update(entities)
            if part in ("<EVENT>", "<ANY>"):
                out.update(event_names)
            elif part and not part.startswith("<"):
                name = original(part)
                if name not in entities and name not in event_names:
                    raise ValidationError(f"unknown type {name!r}", str(path), number)
                out.add(name)
        return out

    attributes: dict[str, dict[str, AttributeDef]] = {}
    for number, name, rest in _declared(sections["attributes"]):
        args = dict(_arguments(rest))
        values = (
            tuple(original(v.strip()) for v in args["Value"].split("|"))
            if "Value" in args
            else None
        )
        for label in types(args.get("Arg", "<ANY>"), number):
            attributes.setdefault(label, {})[name] = AttributeDef(name, values)
    labels: dict[str, SpanLabel] = {}
    for kind, names in (("entity", entities), ("event", event_names)):
        for name in names:
            if name in labels:
                continue  # declared twice: one label
            color = DEFAULT_COLORS[len(labels) % len(DEFAULT_COLORS)]
            labels[name] = SpanLabel(name, color, attributes=attributes.get(name, {}), kind=kind)
    relations: dict[str, RelationLabel] = {}
    for number, name, rest in _declared(sections["relations"]):
        if name in SPECIAL_RELATIONS:
            continue
        kind = "relation"
        roles = []
        for role, spec in _arguments(rest):
            if role == "<REL-TYPE>":
                kind = "equivalence" if "symmetric-transitive" in spec else kind
            elif not role.startswith("<"):
                roles.append(types(spec, number))
        if len(roles) != 2:
            raise ValidationError(f"relation {name} needs two arguments", str(path), number)
        earlier = relations.get(name)
        if earlier is not None:  # declared again (BioNLP's Equiv per entity type): all hold
            kind = "equivalence" if "equivalence" in (kind, earlier.kind) else kind
            roles = [roles[0] | earlier.heads, roles[1] | earlier.tails]
        relations[name] = RelationLabel(name, frozenset(roles[0]), frozenset(roles[1]), kind=kind)
    heads: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for number, name, rest in events:
        for role, spec in _arguments(rest):
            base = role_base(_ROLE_SUFFIX.sub("", role))
            heads.setdefault(base, set()).add(name)
            tails.setdefault(base, set()).update(types(spec, number))
    for base in heads:
        if base in relations:
            raise ValidationError(f"{base} is both a relation and an event role", str(path))
        relations[base] = RelationLabel(
            base, frozenset(heads[base]), frozenset(tails[base]), kind="role"
        )
    if not labels:
        raise ValidationError("annotation.conf declares no entity or event types", str(path))
    schema = Schema(path.parent.name or "brat", labels, relations, "from brat annotation.conf")
    refuse_control_characters(schema)
    return schema


def _types(names) -> str:
    return "|".join(brat_name(n) for n in sorted(names))


def write_conf(schema: Schema) -> str:
    """The schema as an annotation.conf brat can open; names brat cannot hold as one word
    (with ``|``, ``,``, spaces...) are escaped as ``%XX`` (``safe_names.brat_name``), as the
    .ann files write them, and ``read_conf`` reads them back as they were."""
    lines = [
        "# written by the workbench from its project schema",
        f"# offsets in the .ann files count {CODE_POINTS} of the NFC text (LF newlines)",
        "",
        "[entities]",
        "",
    ]
    lines += [brat_name(name) for name, spec in schema.labels.items() if spec.kind == "entity"]
    lines += ["", "[relations]", ""]
    for rel in schema.relations.values():
        if rel.kind in ("relation", "equivalence"):
            extra = ", <REL-TYPE>:symmetric-transitive" if rel.kind == "equivalence" else ""
            lines.append(
                f"{brat_name(rel.name)}\tArg1:{_types(rel.heads)}, Arg2:{_types(rel.tails)}{extra}"
            )
    lines += ["", "[events]", ""]
    for name, spec in schema.labels.items():
        if spec.kind == "event":
            roles = [
                f"{brat_name(rel.name)}*:{_types(rel.tails)}"
                for rel in schema.relations.values()
                if rel.kind == "role" and name in rel.heads
            ]
            lines.append(f"{brat_name(name)}\t{', '.join(roles)}" if roles else brat_name(name))
    lines += ["", "[attributes]", ""]
    targets: dict[tuple[str, tuple | None], list[str]] = {}
    for name, spec in schema.labels.items():
        for attr in spec.attributes.values():
            targets.setdefault((attr.name, attr.values), []).append(name)
    for (attr, values), labels in targets.items():
        value = f", Value:{'|'.join(brat_name(v) for v in values)}" if values else ""
        lines.append(f"{brat_name(attr)}\tArg:{'|'.join(brat_name(n) for n in labels)}{value}")
    return "\n".join(lines) + "\n"

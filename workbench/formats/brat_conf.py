"""brat's ``annotation.conf`` as a project schema, and a schema written back as one.

Entities become span labels; events become span labels of kind ``event`` (the trigger's label)
with one relation label of kind ``role`` per argument role (``Org-Arg2`` is the role ``Org-Arg``
repeated); relations keep their Arg1 and Arg2 types; ``<REL-TYPE>:symmetric-transitive``
relations (brat's ``*`` equivalences) are of kind ``equivalence``; attributes attach to the
labels their ``Arg`` names. Macros (``<POG>=Person|Organization``) and ``!`` (types kept for
the hierarchy only) are understood. What a schema cannot say is the cardinality of a role
(``?``, ``*``, ``+``, ``{2}``): roles are written back as ``*``.
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
)

SECTIONS = ("entities", "relations", "events", "attributes")
_ROLE_SUFFIX = re.compile(r"(\{\d+(-\d+)?\}|[?*+])$")
_NAME = re.compile(r"^[A-Za-z0-9_\-.:$]+$")


def role_base(role: str) -> str:
    """``Org-Arg2`` -> ``Org-Arg``: brat numbers a repeated role."""
    return re.sub(r"\d+$", "", role) or role


def read_conf(path: Path) -> Schema:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot read annotation.conf: {exc}", str(path)) from None
    sections: dict[str, list[tuple[int, str]]] = {name: [] for name in SECTIONS}
    macros: dict[str, str] = {}
    current = None
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        header = re.fullmatch(r"\s*\[(\w+)\]\s*", line)
        if header:
            current = header.group(1)
            if current not in sections:
                raise ValidationError(f"unknown section [{current}]", str(path), number)
            continue
        macro = re.fullmatch(r"\s*(<[^>]+>)\s*=\s*(.+)", line)
        if macro:
            macros[macro.group(1)] = macro.group(2).strip()
            continue
        if current is None:
            raise ValidationError("a line before any [section]", str(path), number)
        sections[current].append((number, line.strip()))
    try:
        return _schema(path, sections, macros)
    except ValidationError as exc:
        raise exc.located(str(path)) from None


def _declared(entries: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(line, type name, the rest) of each annotatable type ('!' types are hierarchy only)."""
    out = []
    for number, line in entries:
        name, _, rest = line.partition("\t") if "\t" in line else line.partition(" ")
        name = name.strip()
        if name.startswith("!") or name.startswith("<"):
            continue
        out.append((number, name, rest.strip()))
    return out


def _arguments(rest: str) -> list[tuple[str, str]]:
    args = []
    for part in filter(None, (p.strip() for p in rest.split(","))):
        role, _, types = part.partition(":")
        args.append((role.strip(), types.strip()))
    return args


def _schema(path: Path, sections, macros) -> Schema:
    entities = [name for _n, name, _r in _declared(sections["entities"])]
    events = _declared(sections["events"])
    event_names = [name for _n, name, _r in events]

    def types(spec: str, number: int) -> set[str]:
        out: set[str] = set()
        for name in spec.split("|"):
            name = macros.get(name.strip(), name.strip())
            for part in name.split("|"):
                part = part.strip()
                if part in ("<ENTITY>", "<ANY>"):
                    out.update(entities)
                if part in ("<EVENT>", "<ANY>"):
                    out.update(event_names)
                elif not part.startswith("<"):
                    if part not in entities and part not in event_names:
                        raise ValidationError(f"unknown type {part!r}", str(path), number)
                    out.add(part)
        return out

    attributes: dict[str, dict[str, AttributeDef]] = {}
    for number, name, rest in _declared(sections["attributes"]):
        args = dict(_arguments(rest))
        values = tuple(v.strip() for v in args["Value"].split("|")) if "Value" in args else None
        for label in types(args.get("Arg", "<ANY>"), number):
            attributes.setdefault(label, {})[name] = AttributeDef(name, values)
    labels: dict[str, SpanLabel] = {}
    for kind, names in (("entity", entities), ("event", event_names)):
        for name in names:
            color = DEFAULT_COLORS[len(labels) % len(DEFAULT_COLORS)]
            labels[name] = SpanLabel(name, color, attributes=attributes.get(name, {}), kind=kind)
    relations: dict[str, RelationLabel] = {}
    for number, name, rest in _declared(sections["relations"]):
        args = _arguments(rest)
        kind = "relation"
        roles = []
        for role, spec in args:
            if role == "<REL-TYPE>":
                kind = "equivalence" if "symmetric-transitive" in spec else kind
            elif not role.startswith("<"):
                roles.append(types(spec, number))
        if len(roles) != 2:
            raise ValidationError(f"relation {name} needs two arguments", str(path), number)
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
    return Schema(path.parent.name or "brat", labels, relations, "from brat annotation.conf")


def write_conf(schema: Schema) -> str:
    """The schema as an annotation.conf brat can open."""
    lines = ["# written by the workbench from its project schema", "", "[entities]", ""]
    lines += [name for name, spec in schema.labels.items() if spec.kind == "entity"]
    lines += ["", "[relations]", ""]
    for rel in schema.relations.values():
        if rel.kind in ("relation", "equivalence"):
            extra = ", <REL-TYPE>:symmetric-transitive" if rel.kind == "equivalence" else ""
            lines.append(
                f"{rel.name}\tArg1:{'|'.join(sorted(rel.heads))}, "
                f"Arg2:{'|'.join(sorted(rel.tails))}{extra}"
            )
    lines += ["", "[events]", ""]
    for name, spec in schema.labels.items():
        if spec.kind == "event":
            roles = [
                f"{rel.name}*:{'|'.join(sorted(rel.tails))}"
                for rel in schema.relations.values()
                if rel.kind == "role" and name in rel.heads
            ]
            lines.append(f"{name}\t{', '.join(roles)}" if roles else name)
    lines += ["", "[attributes]", ""]
    targets: dict[tuple[str, tuple | None], list[str]] = {}
    for name, spec in schema.labels.items():
        for attr in spec.attributes.values():
            targets.setdefault((attr.name, attr.values), []).append(name)
    for (attr, values), labels in targets.items():
        value = f", Value:{'|'.join(values)}" if values else ""
        lines.append(f"{attr}\tArg:{'|'.join(labels)}{value}")
    return "\n".join(lines) + "\n"

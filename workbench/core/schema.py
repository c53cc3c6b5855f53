"""The annotation schema: span labels with their attributes, relation labels with their ends,
and document categories (``[[categories]]``: a name, a key, the allowed values, single or
multiple choice)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.core.bundled import resources_dir
from workbench.core.errors import ValidationError
from workbench.core.keys import article_use, physical_key

# Attributes every span may carry whatever the schema says: recorded by the editor itself
# (clitics), or carried from brat standoff (notes, normalizations, the events a span triggers).
RESERVED_SPAN_ATTRS = {"clitics", "notes", "normalizations", "events"}
# Links every schema allows: the pieces of a discontinuous span, in order.
FRAGMENT = "FRAGMENT"
LABEL_KINDS = ("entity", "event")  # event: the label of an event's trigger (brat)
RELATION_KINDS = ("relation", "role", "equivalence")  # role: an event's argument (brat)
DEFAULT_COLORS = ("#ffc48a", "#9cc8ff", "#a8e6a1", "#8fe3e0", "#f2b8f0", "#fff3a0", "#ffa8a8")


@dataclass(frozen=True)
class AttributeDef:
    name: str
    values: tuple[str, ...] | None = None  # None: any string

    def allows(self, value: Any) -> bool:
        if self.values is None:
            return isinstance(value, (str, int, float, bool))
        return value in self.values


@dataclass(frozen=True)
class SpanLabel:
    name: str
    color: str
    key: str | None = None
    description: str = ""
    examples: tuple[str, ...] = ()
    attributes: dict[str, AttributeDef] = field(default_factory=dict)
    kind: str = "entity"


@dataclass(frozen=True)
class RelationLabel:
    name: str
    heads: frozenset[str]
    tails: frozenset[str]
    key: str | None = None
    color: str = "#555555"
    description: str = ""
    examples: tuple[str, ...] = ()
    kind: str = "relation"


@dataclass(frozen=True)
class CategoryDef:
    """A document category: ``values`` are the allowed choices; ``multiple`` allows several at
    once (a single-choice category holds at most one)."""

    name: str
    values: tuple[str, ...]
    key: str | None = None
    multiple: bool = False
    description: str = ""


@dataclass
class Schema:
    name: str
    labels: dict[str, SpanLabel]
    relations: dict[str, RelationLabel]
    description: str = ""
    categories: list[CategoryDef] = field(default_factory=list)

    # -- reading -------------------------------------------------------------------------

    @classmethod
    def from_toml_file(cls, path: str | Path) -> Schema:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ValidationError(f"cannot read schema: {exc.strerror}", str(path)) from None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise ValidationError("schema is not UTF-8 text", str(path)) from None
        except tomllib.TOMLDecodeError as exc:
            raise ValidationError(f"invalid TOML: {exc}", str(path)) from None
        except RecursionError:
            raise ValidationError("invalid TOML: nested too deeply", str(path)) from None
        try:
            schema = cls.from_dict(data)
            refuse_control_characters(schema)
        except ValidationError as exc:
            raise exc.located(str(path)) from None
        return schema

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Schema:
        labels: dict[str, SpanLabel] = {}
        for i, item in enumerate(_list_of_tables(data, "labels")):
            label = _span_label(item, DEFAULT_COLORS[i % len(DEFAULT_COLORS)])
            if label.name in labels:
                raise ValidationError(f"span label {label.name!r} is declared twice")
            labels[label.name] = label
        relations: dict[str, RelationLabel] = {}
        for item in _list_of_tables(data, "relations"):
            relation = _relation_label(item, labels)
            if relation.name in relations:
                raise ValidationError(f"relation {relation.name!r} is declared twice")
            relations[relation.name] = relation
        if not labels:
            raise ValidationError("the schema declares no span labels ([[labels]] tables)")
        return cls(
            name=str(data.get("name", "schema")),
            labels=labels,
            relations=relations,
            description=str(data.get("description", "")),
            categories=_categories(_list_of_tables(data, "categories"), labels, relations),
        )

    def to_dict(self) -> dict[str, Any]:
        """The TOML-shaped dictionary, stored as JSON in the project file."""
        return {
            "name": self.name,
            "description": self.description,
            "labels": [
                {
                    "name": lab.name,
                    "color": lab.color,
                    "key": lab.key,
                    "description": lab.description,
                    "examples": list(lab.examples),
                    "attributes": {
                        a.name: ({"values": list(a.values)} if a.values is not None else {})
                        for a in lab.attributes.values()
                    },
                    "kind": lab.kind,
                }
                for lab in self.labels.values()
            ],
            "relations": [
                {
                    "name": rel.name,
                    "head": sorted(rel.heads),
                    "tail": sorted(rel.tails),
                    "key": rel.key,
                    "color": rel.color,
                    "description": rel.description,
                    "examples": list(rel.examples),
                    "kind": rel.kind,
                }
                for rel in self.relations.values()
            ],
            **(
                {
                    "categories": [
                        {
                            "name": cat.name,
                            "key": cat.key,
                            "values": list(cat.values),
                            "multiple": cat.multiple,
                            "description": cat.description,
                        }
                        for cat in self.categories
                    ]
                }
                if self.categories
                else {}
            ),
        }

    def category(self, name: str) -> CategoryDef | None:
        return next((c for c in self.categories if c.name == name), None)

    def check_categories(self, chosen: Any) -> None:
        """Raise ValidationError unless ``chosen`` maps categories of the schema to lists of
        their allowed values (one at most for a single-choice category, none twice)."""
        if not isinstance(chosen, dict):
            raise ValidationError("categories must map a category name to its chosen values")
        for name, values in chosen.items():
            spec = self.category(name)
            if spec is None:
                known = ", ".join(c.name for c in self.categories) or "none"
                raise ValidationError(
                    f"category {name!r} is not in the schema {self.name!r} (known: {known})"
                )
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ValidationError(f"category {name}: the values must be a list of strings")
            for value in values:
                if value not in spec.values:
                    raise ValidationError(
                        f"category {name}: value {value!r} is not allowed "
                        f"(allowed: {', '.join(spec.values)})"
                    )
            if len(set(values)) != len(values):
                raise ValidationError(f"category {name}: a value is chosen twice")
            if len(values) > 1 and not spec.multiple:
                raise ValidationError(
                    f"category {name} takes one value, got {len(values)} ({', '.join(values)})"
                )

    def normal_categories(self, chosen: dict[str, list[str]]) -> dict[str, list[str]]:
        """The categories in schema order, each one's values in the schema's order, empty
        choices left out: two equal choices are equal dictionaries. What the schema does not
        know is kept, after the rest, for ``check_categories`` to refuse."""
        out = {}
        for spec in [*self.categories, *(CategoryDef(n, ()) for n in chosen)]:
            values = chosen.get(spec.name) or []
            if values and spec.name not in out:
                known = [v for v in spec.values for _ in range(values.count(v))]
                out[spec.name] = known + [v for v in values if v not in spec.values]
        return out

    # -- checks --------------------------------------------------------------------------

    def check_span(self, label: str, attrs: dict[str, Any]) -> None:
        """Raise ValidationError if the schema does not allow this label and attributes."""
        spec = self.labels.get(label)
        if spec is None:
            raise ValidationError(
                f"label {label!r} is not in the schema {self.name!r} "
                f"(known: {', '.join(self.labels)}); add it to the schema's [[labels]] first"
            )
        for name, value in attrs.items():
            if name in RESERVED_SPAN_ATTRS:
                continue
            attr = spec.attributes.get(name)
            if attr is None:
                known = ", ".join(spec.attributes) or "none"
                raise ValidationError(
                    f"attribute {name!r} is not allowed on {label} (allowed: {known})"
                )
            if not attr.allows(value):
                allowed = ", ".join(attr.values or ())
                raise ValidationError(
                    f"value {value!r} is not allowed for {label}.{name} (allowed: {allowed})"
                )

    def check_relation(self, label: str, head_label: str, tail_label: str) -> None:
        if label == FRAGMENT:
            if head_label != tail_label:
                raise ValidationError("the fragments of one span must have the same label")
            return
        spec = self.relations.get(label)
        if spec is None:
            known = ", ".join(self.relations) or "none"
            raise ValidationError(
                f"relation {label!r} is not in the schema {self.name!r} (known: {known})"
            )
        if head_label not in spec.heads:
            raise ValidationError(
                f"{label} cannot start at a {head_label} span "
                f"(allowed heads: {', '.join(sorted(spec.heads))})"
            )
        if tail_label not in spec.tails:
            raise ValidationError(
                f"{label} cannot point to a {tail_label} span "
                f"(allowed tails: {', '.join(sorted(spec.tails))})"
            )

    def relations_between(self, head_label: str, tail_label: str) -> list[str]:
        return [
            r.name
            for r in self.relations.values()
            if head_label in r.heads and tail_label in r.tails
        ]


def _list_of_tables(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValidationError(f"{key!r} must be a list of tables ([[{key}]])")
    return items


def refuse_control_characters(schema: Schema) -> None:
    """Refuse label and relation names holding control characters (a NUL, an ESC): no
    exchange format can carry them back. Checked where a schema is read from a file, not for
    the copy a project already holds, which must keep opening."""
    for name in [*schema.labels, *schema.relations, *(c.name for c in schema.categories)]:
        if not name.isprintable():
            raise ValidationError(f"the name {name!r} holds a control character")


def _name(item: dict[str, Any], what: str) -> str:
    name = item.get("name")
    if not isinstance(name, str) or not name.strip() or any(c.isspace() for c in name):
        raise ValidationError(f"every {what} needs a name without spaces, got {name!r}")
    return name


def _strings(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(f"{what} must be a list of strings")
    return tuple(value)


def _span_label(item: dict[str, Any], default_color: str) -> SpanLabel:
    name = _name(item, "label")
    attributes: dict[str, AttributeDef] = {}
    raw_attrs = item.get("attributes", {})
    if not isinstance(raw_attrs, dict):
        raise ValidationError(f"attributes of {name} must be a table")
    for attr_name, spec in raw_attrs.items():
        if not isinstance(spec, dict):
            raise ValidationError(f"attribute {name}.{attr_name} must be a table")
        values = spec.get("values")
        attributes[attr_name] = AttributeDef(
            attr_name,
            _strings(values, f"{name}.{attr_name}.values") if values is not None else None,
        )
    key = item.get("key")
    return SpanLabel(
        name=name,
        color=str(item.get("color") or default_color),
        key=str(key) if key else None,
        description=str(item.get("description", "")),
        examples=_strings(item.get("examples"), f"examples of {name}"),
        attributes=attributes,
        kind=_kind(item, LABEL_KINDS, name),
    )


def _categories(
    items: list[dict[str, Any]],
    labels: dict[str, SpanLabel],
    relations: dict[str, RelationLabel],
) -> list[CategoryDef]:
    """The ``[[categories]]`` tables, checked: a name, the allowed values, a one-letter key
    and ``multiple`` (true or false), no name or key declared twice, no key a label or a
    relation has nor one the window uses in the article (``core.keys``): in the article a key
    does one thing, and a letter in upper case or on the Arabic layout is the same key."""
    taken = {physical_key(k.key): k.name for k in [*labels.values(), *relations.values()] if k.key}
    out: list[CategoryDef] = []
    for item in items:
        name = _name(item, "category")
        values = _strings(item.get("values"), f"values of category {name}")
        if not values or not all(v.strip() for v in values):
            raise ValidationError(f"category {name} needs a list of non-empty values")
        if len(set(values)) != len(values):
            raise ValidationError(f"category {name} lists a value twice")
        multiple = item.get("multiple", False)
        if not isinstance(multiple, bool):
            raise ValidationError(f"category {name}: multiple must be true or false")
        key = item.get("key")
        if key is not None and (
            not isinstance(key, str) or len(key) != 1 or not key.isprintable() or key.isspace()
        ):
            raise ValidationError(f"category {name}: key must be one character, got {key!r}")
        unknown = sorted(set(item) - {"name", "key", "values", "multiple", "description"})
        if unknown:
            raise ValidationError(f"category {name} has unknown fields {unknown}")
        if key is not None and physical_key(key) in taken:
            raise ValidationError(
                f"category {name}: key {key!r} is the key of {taken[physical_key(key)]}"
            )
        if key is not None and (use := article_use(key)) is not None:
            raise ValidationError(
                f"category {name}: key {key!r} is taken in the article ({use}); choose another"
            )
        for other in out:
            if other.name == name:
                raise ValidationError(f"category {name!r} is declared twice")
            if (
                key is not None
                and other.key is not None
                and physical_key(other.key) == physical_key(key)
            ):
                raise ValidationError(
                    f"categories {other.name} and {name} have the same key {key!r}"
                )
        out.append(CategoryDef(name, values, key, multiple, str(item.get("description", ""))))
    return out


def _kind(item: dict[str, Any], kinds: tuple[str, ...], name: str) -> str:
    kind = item.get("kind", kinds[0])
    if kind not in kinds:
        raise ValidationError(f"{name}: kind must be one of {', '.join(kinds)}, not {kind!r}")
    return kind


def _relation_label(item: dict[str, Any], labels: dict[str, SpanLabel]) -> RelationLabel:
    name = _name(item, "relation")
    heads = frozenset(_strings(item.get("head"), f"head of {name}"))
    tails = frozenset(_strings(item.get("tail"), f"tail of {name}"))
    for end, names in (("head", heads), ("tail", tails)):
        if not names:
            raise ValidationError(f"relation {name} needs at least one {end} label")
        unknown = sorted(names - labels.keys())
        if unknown:
            raise ValidationError(f"relation {name} names unknown {end} labels: {unknown}")
    key = item.get("key")
    return RelationLabel(
        name=name,
        heads=heads,
        tails=tails,
        key=str(key) if key else None,
        color=str(item.get("color") or "#555555"),
        description=str(item.get("description", "")),
        examples=_strings(item.get("examples"), f"examples of {name}"),
        kind=_kind(item, RELATION_KINDS, name),
    )


def default_schema() -> Schema:
    return Schema.from_toml_file(resources_dir() / "schemas" / "news-quotes.toml")

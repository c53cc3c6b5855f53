"""The annotation data model: documents, and per-annotator layers of spans, relations, entities.

The dictionaries made by ``to_dict`` are the native JSONL shapes (README: "The native JSONL
format").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from workbench.core.text import text_sha256
from workbench.core.times import utc_or_as_given

GOLD = "gold"
# The reserved layer that holds machine suggestions (rules, names, model); never an annotator.
SUGGEST = "suggest"
STATUSES = ("new", "in_progress", "done")


@dataclass
class Document:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def sha256(self) -> str:
        return text_sha256(self.text)

    @property
    def title(self) -> str:
        title = self.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        return first_line_title(self.text) or self.id


def first_line_title(text: str, limit: int = 80) -> str:
    """The first non-blank line, shortened (found without copying the whole text)."""
    first = _NOT_SPACE.search(text)
    if first is None:
        return ""
    end = text.find("\n", first.start())
    line = text[first.start() : end if end >= 0 else len(text)].strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


_NOT_SPACE = re.compile(r"\S")


@dataclass(slots=True)
class Span:
    id: str
    start: int
    end: int
    label: str
    text: str
    entity: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
        }
        if self.entity is not None:
            out["entity"] = self.entity
        out["attrs"] = self.attrs
        return out


@dataclass(slots=True)
class Relation:
    id: str
    label: str
    head: str
    tail: str
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "head": self.head,
            "tail": self.tail,
            "attrs": self.attrs,
        }


@dataclass
class Entity:
    id: str
    label: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "name": self.name}


@dataclass(frozen=True)
class Comment:
    """A plain-text comment on a span, relation or entity (``target`` its id) or on the document
    (``target`` None), written by ``author`` at ``created`` (ISO 8601 in UTC ending in ``Z``:
    a time given with another offset is kept as the same moment in UTC; one without an offset
    is kept as given, for ``core.validate.check_comment`` to refuse)."""

    id: str
    target: str | None
    author: str
    created: str
    text: str

    def __post_init__(self) -> None:
        if isinstance(self.created, str):
            object.__setattr__(self, "created", utc_or_as_given(self.created))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "target": self.target,
            "author": self.author,
            "created": self.created,
            "text": self.text,
        }


@dataclass(frozen=True)
class Verdict:
    """An annotator's decision on one suggestion: ``id`` is the suggestion's content key (the same
    suggestion made again has the same key), ``decision`` "accepted" or "rejected"."""

    id: str
    decision: str
    by: str
    at: str


@dataclass
class Layer:
    """One annotator's annotations on one document (``gold`` is the adjudicated layer).

    ``categories`` maps a category name of the schema to its chosen values (a list, one value for
    a single-choice category); ``comments`` are the layer's comments; ``seconds`` is the active
    time the annotator spent on the document."""

    annotator: str
    status: str = "new"
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    categories: dict[str, list[str]] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    seconds: float = 0.0

    def span(self, span_id: str) -> Span | None:
        return next((s for s in self.spans if s.id == span_id), None)

    def annotations_dict(self) -> dict[str, Any]:
        return {
            "spans": [s.to_dict() for s in self.spans],
            "relations": [r.to_dict() for r in self.relations],
            "entities": [e.to_dict() for e in self.entities],
        }

"""Validation of annotations against their document text and the schema.

Each check raises ``ValidationError`` with a message that names the annotation at fault. These
are the rules every way into a project goes through: the store's edit operations and
``Project.apply`` run them on what they change, and importers and merges run ``check_layer``.
"""

from __future__ import annotations

import math

from workbench.core.errors import ValidationError
from workbench.core.model import STATUSES, Comment, Entity, Layer, Relation, Span
from workbench.core.schema import Schema
from workbench.core.text import is_grapheme_boundary
from workbench.core.times import utc_time


class DuplicateSpan(ValidationError):
    """A span with the label and offsets of one the layer holds already (``existing``)."""

    def __init__(self, span: Span, existing: Span):
        super().__init__(
            f"span {span.id}: {span.label} {span.text!r} at [{span.start}, {span.end}) exists "
            f"already (span {existing.id})"
        )
        self.existing = existing


def check_span_offsets(text: str, span: Span) -> None:
    if not (isinstance(span.start, int) and isinstance(span.end, int)):
        raise ValidationError(f"span {span.id}: start and end must be integers")
    if not 0 <= span.start < span.end <= len(text):
        raise ValidationError(
            f"span {span.id}: offsets [{span.start}, {span.end}) are outside the text "
            f"(length {len(text)}) or empty"
        )
    actual = text[span.start : span.end]
    if actual != span.text:
        raise ValidationError(
            f"span {span.id}: text {span.text!r} does not match the document at "
            f"[{span.start}, {span.end}), which reads {actual!r}"
        )
    for offset in (span.start, span.end):
        if not is_grapheme_boundary(text, offset):
            raise ValidationError(
                f"span {span.id}: offset {offset} splits a letter from its marks (grapheme cluster)"
            )


def check_span(text: str, span: Span, schema: Schema) -> None:
    check_span_offsets(text, span)
    try:
        schema.check_span(span.label, span.attrs)
    except ValidationError as exc:
        raise ValidationError(f"span {span.id}: {exc.message}") from None


def check_entity(entity: Entity, schema: Schema) -> None:
    if entity.label not in schema.labels:
        raise ValidationError(f"entity {entity.id}: label {entity.label!r} is not in the schema")


def check_relation(relation: Relation, spans: dict[str, Span], schema: Schema) -> None:
    who = f"relation {relation.id}: " if relation.id else ""
    head, tail = spans.get(relation.head), spans.get(relation.tail)
    for end, span_id, span in (("head", relation.head, head), ("tail", relation.tail, tail)):
        if span is None:
            raise ValidationError(f"{who}its {end} {span_id!r} is not a span of this layer")
    assert head is not None and tail is not None
    if relation.head == relation.tail:
        raise ValidationError(f"{who}a span cannot be related to itself")
    try:
        schema.check_relation(relation.label, head.label, tail.label)
    except ValidationError as exc:
        raise ValidationError(f"{who}{exc.message}") from None


def check_comment(comment: Comment) -> None:
    """A comment's fields, whoever made it: an id, plain text, an author, an ISO 8601 time
    with its offset from UTC."""
    what = f"comment {comment.id}"
    if not isinstance(comment.text, str) or not comment.text.strip():
        raise ValidationError(f"{what}: the text is empty")
    if "\x00" in comment.text:
        raise ValidationError(f"{what}: the text holds a NUL character")
    if not isinstance(comment.author, str) or not comment.author.strip():
        raise ValidationError(f"{what}: a comment needs the name of its author")
    if comment.target is not None and not isinstance(comment.target, str):
        raise ValidationError(f"{what}: the target must be an item id or null (the document)")
    if not isinstance(comment.id, str) or not comment.id.strip():
        raise ValidationError(f"{what}: a comment needs an id")
    try:
        utc_time(comment.created)
    except ValueError as exc:
        raise ValidationError(f"{what}: created {exc}") from None


def check_comments(layer: Layer) -> None:
    """Every comment of a whole layer is well formed, has an id of its own and is on an item
    of the layer (or the document)."""
    items = {x.id for x in (*layer.spans, *layer.relations, *layer.entities)}
    seen: set[str] = set()
    for comment in layer.comments:
        check_comment(comment)
        if comment.id in seen:
            raise ValidationError(f"comment id {comment.id!r} is used twice")
        seen.add(comment.id)
        if comment.target is not None and comment.target not in items:
            raise ValidationError(
                f"comment {comment.id}: its target {comment.target!r} is not a span, relation "
                "or entity of this layer"
            )


def check_layer(text: str, layer: Layer, schema: Schema) -> None:
    """Check every rule of the offset contract and the schema for one layer (its categories,
    comments and time on task too)."""
    if not layer.annotator or not isinstance(layer.annotator, str):
        raise ValidationError("a layer needs an annotator name")
    if layer.status not in STATUSES:
        raise ValidationError(f"status {layer.status!r} is not one of {', '.join(STATUSES)}")
    seconds = layer.seconds
    finite = isinstance(seconds, (int, float)) and not isinstance(seconds, bool)
    if not (finite and 0 <= seconds < math.inf):  # NaN compares false
        raise ValidationError(f"'seconds' (time on task) must be a number >= 0, got {seconds!r}")
    entity_ids: set[str] = set()
    for entity in layer.entities:
        if entity.id in entity_ids:
            raise ValidationError(f"entity id {entity.id!r} is used twice")
        entity_ids.add(entity.id)
        check_entity(entity, schema)
    spans: dict[str, Span] = {}
    places: dict[tuple[str, int, int], Span] = {}
    for span in layer.spans:
        if span.id in spans:
            raise ValidationError(f"span id {span.id!r} is used twice")
        spans[span.id] = span
        check_span(text, span, schema)
        existing = places.setdefault((span.label, span.start, span.end), span)
        if existing is not span:
            raise DuplicateSpan(span, existing)
        if span.entity is not None and span.entity not in entity_ids:
            raise ValidationError(f"span {span.id}: entity {span.entity!r} does not exist")
    relation_ids: set[str] = set()
    seen: set[tuple[str, str, str, str | None]] = set()
    for relation in layer.relations:
        if relation.id in relation_ids:
            raise ValidationError(f"relation id {relation.id!r} is used twice")
        relation_ids.add(relation.id)
        check_relation(relation, spans, schema)
        # an event's argument belongs to its event: two events may share trigger and argument
        event = relation.attrs.get("event")
        key = (relation.label, relation.head, relation.tail, str(event) if event else None)
        if key in seen:
            raise ValidationError(
                f"relation {relation.id}: duplicate {relation.label} "
                f"from {relation.head} to {relation.tail}"
            )
        seen.add(key)
    schema.check_categories(layer.categories)
    check_comments(layer)

"""One suggestion layer from several sources (rules, names, a model), and fitted to a schema.

The same span suggested by two sources is one suggestion: the first source given keeps it (the
rules before the names, the names before the model), with the highest score any of them gave.
Ids are made anew (``s<N>``, ``r<N>``, ``e<N>``), unique across kinds.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.core.model import SUGGEST, Layer, Relation, Span
from workbench.core.schema import RESERVED_SPAN_ATTRS, Schema
from workbench.core.suggest.keys import UNRECORDED, SuggestionInfo, layer_keys, origin

Part = tuple[Layer, dict[str, SuggestionInfo]]


def combine(parts: list[Part]) -> Part:
    spans: dict[tuple[str, int, int], Span] = {}
    scores: dict[str, tuple[str, float]] = {}  # new id -> (source, score)
    relations: dict[tuple[str, str, str], Relation] = {}
    layer = Layer(SUGGEST)
    for part, info in parts:
        entity_ids = {}
        for entity in part.entities:
            made = replace(entity, id=f"e{len(layer.entities) + 1}")
            layer.entities.append(made)
            entity_ids[entity.id] = made.id
            scores[made.id] = origin(info, entity.id)
        span_ids = {}
        for span in part.spans:
            place = (span.label, span.start, span.end)
            source, score = origin(info, span.id)
            if place in spans:
                kept = spans[place]
                span_ids[span.id] = kept.id
                scores[kept.id] = (scores[kept.id][0], max(score, scores[kept.id][1]))
                continue
            made = Span(f"s{len(spans) + 1}", span.start, span.end, span.label, span.text,
                        entity_ids.get(span.entity or ""), span.attrs)  # fmt: skip
            spans[place] = made
            span_ids[span.id] = made.id
            scores[made.id] = (source, score)
        for relation in part.relations:
            head, tail = span_ids.get(relation.head), span_ids.get(relation.tail)
            if head is None or tail is None or (relation.label, head, tail) in relations:
                continue
            made = replace(relation, id=f"r{len(relations) + 1}", head=head, tail=tail)
            relations[(relation.label, head, tail)] = made
            scores[made.id] = origin(info, relation.id)
    layer.spans = sorted(spans.values(), key=lambda s: (s.start, -s.end, s.label))
    layer.relations = list(relations.values())
    mentioned = {s.entity for s in layer.spans}
    layer.entities = [e for e in layer.entities if e.id in mentioned]
    return layer, _infos(layer, scores)


def fit_to_schema(part: Part, schema: Schema) -> Part:
    """Leave out what the schema cannot hold: spans of labels it does not have (or with
    attribute values it refuses), relations it does not allow, entities left without
    mentions."""
    layer, info = part
    spans = []
    for span in layer.spans:
        label = schema.labels.get(span.label)
        if label is None:
            continue
        attrs = {
            name: value
            for name, value in span.attrs.items()
            if name in RESERVED_SPAN_ATTRS
            or (name in label.attributes and label.attributes[name].allows(value))
        }
        spans.append(span if attrs == span.attrs else replace(span, attrs=attrs))
    by_id = {s.id: s for s in spans}
    relations = [
        r
        for r in layer.relations
        if r.head in by_id
        and r.tail in by_id
        and _allowed(schema, r.label, by_id[r.head].label, by_id[r.tail].label)
    ]
    mentioned = {s.entity for s in spans}
    entities = [e for e in layer.entities if e.id in mentioned and e.label in schema.labels]
    kept_entities = {e.id for e in entities}
    spans = [
        s if s.entity is None or s.entity in kept_entities else replace(s, entity=None)
        for s in spans
    ]
    fitted = Layer(SUGGEST, layer.status, spans, relations, entities)
    scores = {i: (s.source, s.score) for i, s in info.items()}
    return fitted, _infos(fitted, scores)


def _allowed(schema: Schema, label: str, head: str, tail: str) -> bool:
    relation = schema.relations.get(label)
    return relation is not None and head in relation.heads and tail in relation.tails


def _infos(layer: Layer, scores: dict[str, tuple[str, float]]) -> dict[str, SuggestionInfo]:
    return {
        item_id: SuggestionInfo(kind, key, *scores.get(item_id, UNRECORDED))
        for item_id, (kind, key) in layer_keys(layer).items()
    }

"""Content keys of suggested items, and what is recorded about each suggestion.

A suggestion is known by what it says, not by its id: a span by its label and offsets, a
relation by its label and the keys of its two ends, an entity by its label and the keys of its
mentions. The same suggestion made again (another run of ``workbench suggest``) has the same
key, so that a verdict on it (accepted, rejected) holds across runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.model import Entity, Layer, Relation, Span

KINDS = ("span", "relation", "entity")


@dataclass(frozen=True)
class SuggestionInfo:
    """Where a suggested item came from: its ``kind`` (span, relation or entity), content
    ``key``, ``source`` (the rule or model that made it, "rules:quote", "names", "model:crf",
    ...) and ``score`` (0 to 1, higher is surer)."""

    kind: str
    key: str
    source: str
    score: float


# The source and score of an item nothing recorded them for (a layer imported as "suggest").
UNRECORDED = ("imported", 1.0)


def origin(info: dict[str, SuggestionInfo], item_id: str) -> tuple[str, float]:
    """(source, score) of an item as ``info`` records it, ``UNRECORDED`` when it does not."""
    found = info.get(item_id)
    return (found.source, found.score) if found else UNRECORDED


def span_key(span: Span) -> str:
    return f"span:{span.label}:{span.start}:{span.end}"


def relation_key(relation: Relation, spans: dict[str, Span]) -> str:
    head, tail = spans[relation.head], spans[relation.tail]
    return f"relation:{relation.label}:{span_key(head)}>{span_key(tail)}"


def entity_key(entity: Entity, mentions: list[Span]) -> str:
    places = ",".join(sorted(f"{s.start}-{s.end}" for s in mentions))
    return f"entity:{entity.label}:{places}"


def layer_keys(layer: Layer) -> dict[str, tuple[str, str]]:
    """item id -> (kind, key) for every span, relation and entity of a layer (span, relation
    and entity ids may repeat across kinds; the kinds are looked up in that order)."""
    spans = {s.id: s for s in layer.spans}
    keys: dict[str, tuple[str, str]] = {}
    for entity in layer.entities:
        mentions = [s for s in layer.spans if s.entity == entity.id]
        keys[entity.id] = ("entity", entity_key(entity, mentions))
    for relation in layer.relations:
        keys[relation.id] = ("relation", relation_key(relation, spans))
    for span in layer.spans:
        keys[span.id] = ("span", span_key(span))
    return keys


def keyed(layer: Layer, source: str, score: float) -> dict[str, SuggestionInfo]:
    """The same source and score for every item of ``layer``."""
    return {
        item_id: SuggestionInfo(kind, key, source, score)
        for item_id, (kind, key) in layer_keys(layer).items()
    }

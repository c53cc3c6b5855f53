"""The suggestion layer: machine-made annotations in the reserved layer ``suggest``, where each
came from (the ``suggestion_sources`` table: source and score per item), and the annotators'
verdicts on them (``store.verdicts``).

A suggestion is known by its content key (``core.suggest.keys``), so that running the
suggestions again (``replace``) keeps every item someone has decided on as it was, replaces the
undecided ones, and never brings back a rejected one. Accepting copies the item (and, when
asked, what it links to) into the annotator's own layer and records the verdict, in one
``ChangeSet`` through ``Edits.apply``: undo takes the copy and the verdict back together.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field, replace

from workbench.core.changes import Changes, ChangeSet
from workbench.core.errors import ValidationError
from workbench.core.model import SUGGEST, Entity, Layer, Relation, Span, Verdict
from workbench.core.suggest.keys import (
    KINDS,
    UNRECORDED,
    SuggestionInfo,
    layer_keys,
    origin,
    span_key,
)
from workbench.core.validate import check_layer
from workbench.store import verdicts
from workbench.store.documents import Documents
from workbench.store.edits import Edits, layer_changes
from workbench.store.layers import Layers
from workbench.store.projectfile import now
from workbench.store.transactions import transaction


@dataclass(frozen=True)
class Suggested:
    """A suggested span and what is recorded about it."""

    span: Span
    info: SuggestionInfo


def _numbered_ids(items, prefix: str):
    """Ids ``<prefix><N>`` following the highest such id among ``items``."""
    highest = 0
    for item in items:
        found = re.fullmatch(rf"{prefix}(\d+)", item.id)
        if found:
            highest = max(highest, int(found.group(1)))
    n = highest
    while True:
        n += 1
        yield f"{prefix}{n}"


@dataclass
class _Copy:
    """What accepting brings into the annotator's layer: new items, the suggestion ids mapped
    to the layer's ids, and the keys accepted."""

    target: Layer
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # suggest span id -> layer span id
    keys: list[str] = field(default_factory=list)
    rejected: set[str] = field(default_factory=set)  # keys the annotator rejected
    info: dict[str, SuggestionInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_key = {span_key(s): s for s in self.target.spans}
        self.span_ids = _numbered_ids(self.target.spans, "s")
        self.relation_ids = _numbered_ids(self.target.relations, "r")
        self.entity_ids = _numbered_ids(self.target.entities, "e")


class Suggestions:
    def __init__(
        self, conn: sqlite3.Connection, documents: Documents, layers: Layers, edits: Edits
    ):
        self.conn = conn
        self.documents = documents
        self.layers = layers
        self.edits = edits

    # -- reading -----------------------------------------------------------------------------

    def info(self, doc_id: str) -> dict[str, SuggestionInfo]:
        """item id -> SuggestionInfo for every item of the document's suggestion layer."""
        layer_id = self.layers.id(doc_id, SUGGEST)
        if layer_id is None:
            return {}
        return {
            item_id: SuggestionInfo(kind, key, source, score)
            for item_id, kind, key, source, score in self.conn.execute(
                "SELECT item_id, kind, key, source, score FROM suggestion_sources "
                "WHERE layer_id = ?",
                [layer_id],
            )
        }

    def verdicts(self, doc_id: str, annotator: str) -> dict[str, Verdict]:
        return verdicts.of_layer(self.conn, doc_id, annotator)

    def undecided(self, doc_id: str, annotator: str) -> list[Suggested]:
        """The suggested spans ``annotator`` has neither accepted nor rejected and does not
        have in their layer already (same label and offsets), by position."""
        layer = self.layers.get(doc_id, SUGGEST)
        if layer is None:
            return []
        info = self.info(doc_id)
        decided = self.verdicts(doc_id, annotator)
        own = self.layers.get(doc_id, annotator)
        have = {span_key(s) for s in own.spans} if own else set()
        found = []
        for span in layer.spans:
            key = info[span.id].key if span.id in info else span_key(span)
            if key in decided or key in have:
                continue
            found.append(Suggested(span, info.get(span.id) or _unknown(key)))
        found.sort(key=lambda s: (s.span.start, -s.span.end, s.span.label))
        return found

    # -- verdicts ----------------------------------------------------------------------------

    def accept(
        self, doc_id: str, annotator: str, item_ids: list[str], with_links: bool, by: str
    ) -> ChangeSet:
        """Copy suggested items into ``annotator``'s layer and record them accepted, in one
        change set. A span brings, ``with_links``, the relations it heads and their other
        ends (a quote its cue and speaker) and the relations to it from a span the annotator
        has already, leaving out what the annotator rejected (a link or its other end: that
        verdict stays); a new span joins the annotator's entity
        where another mention of its suggested entity is in that entity already. A relation
        brings its two ends; an entity its mentions, grouped."""
        _check_annotator(annotator)
        with transaction(self.conn):
            suggested = self._suggested(doc_id)
            info = self.info(doc_id)
            copy = _Copy(self.layers.get(doc_id, annotator) or Layer(annotator))
            current = self.verdicts(doc_id, annotator)
            copy.rejected = {k for k, v in current.items() if v.decision == "rejected"}
            copy.info = info
            for item_id in item_ids:
                self._bring(suggested, item_id, with_links, copy)
            keys = [_key_of(info, suggested, item) for item in copy.keys]
            changes = ChangeSet(
                doc_id,
                annotator,
                Changes(added=tuple(copy.spans)),
                Changes(added=tuple(copy.relations)),
                Changes(added=tuple(copy.entities)),
                verdicts=_verdict_changes(current, keys, "accepted", by),
            )
            return self.edits.apply(changes)

    def reject(self, doc_id: str, annotator: str, item_id: str, by: str) -> ChangeSet:
        """Record a suggested item rejected by ``annotator`` (nothing else changes)."""
        _check_annotator(annotator)
        with transaction(self.conn):
            suggested = self._suggested(doc_id)
            _item(suggested, item_id)
            key = _key_of(self.info(doc_id), suggested, item_id)
            current = self.verdicts(doc_id, annotator)
            found = _verdict_changes(current, [key], "rejected", by)
            return self.edits.apply(ChangeSet(doc_id, annotator, verdicts=found))

    def accept_above(
        self, doc_id: str, annotator: str, label: str, min_score: float, by: str
    ) -> ChangeSet:
        """Accept every undecided suggested span of ``label`` whose score is at least
        ``min_score`` (without their links), in one change set."""
        chosen = [
            s.span.id
            for s in self.undecided(doc_id, annotator)
            if s.span.label == label and s.info.score >= min_score
        ]
        if not chosen:
            return ChangeSet(doc_id, annotator)
        return self.accept(doc_id, annotator, chosen, False, by)

    def _suggested(self, doc_id: str) -> Layer:
        layer = self.layers.get(doc_id, SUGGEST)
        if layer is None:
            raise ValidationError(
                f"document {doc_id!r} has no suggestions (make them with 'workbench suggest')"
            )
        return layer

    def _bring(self, suggested: Layer, item_id: str, with_links: bool, copy: _Copy) -> None:
        kind, item = _item(suggested, item_id)
        copy.keys.append(item_id)
        if kind == "span":
            self._bring_span(suggested, item, copy)
            if with_links:
                for relation in _links_to_bring(suggested, item, copy):
                    self._bring_relation(suggested, relation, copy)
        elif kind == "relation":
            self._bring_relation(suggested, item, copy)
        else:
            self._bring_entity(suggested, item, copy)

    def _bring_span(self, suggested: Layer, span: Span, copy: _Copy) -> str:
        if span.id in copy.ids:
            return copy.ids[span.id]
        existing = copy.by_key.get(span_key(span))
        if existing is not None:
            copy.ids[span.id] = existing.id
            return existing.id
        entity = None
        if span.entity is not None:  # join the entity another mention is in already
            for other in suggested.spans:
                mine = copy.by_key.get(span_key(other)) if other.entity == span.entity else None
                if mine is not None and mine.entity is not None:
                    entity = mine.entity
                    break
        new = Span(next(copy.span_ids), span.start, span.end, span.label, span.text, entity,
                   dict(span.attrs))  # fmt: skip
        copy.spans.append(new)
        copy.by_key[span_key(new)] = new
        copy.ids[span.id] = new.id
        return new.id

    def _bring_relation(self, suggested: Layer, relation: Relation, copy: _Copy) -> None:
        ends = {s.id: s for s in suggested.spans}
        head = self._bring_span(suggested, ends[relation.head], copy)
        tail = self._bring_span(suggested, ends[relation.tail], copy)
        copy.keys += [relation.id, relation.head, relation.tail]
        for existing in copy.target.relations + copy.relations:
            if (existing.label, existing.head, existing.tail) == (relation.label, head, tail):
                return
        copy.relations.append(
            Relation(next(copy.relation_ids), relation.label, head, tail, dict(relation.attrs))
        )

    def _bring_entity(self, suggested: Layer, entity: Entity, copy: _Copy) -> None:
        mentions = [s for s in suggested.spans if s.entity == entity.id]
        ids = [self._bring_span(suggested, m, copy) for m in mentions]
        copy.keys += [m.id for m in mentions]
        own = {s.id: s for s in copy.target.spans + copy.spans}
        group = next((own[i].entity for i in ids if own[i].entity is not None), None)
        if group is None:
            group = next(copy.entity_ids)
            copy.entities.append(Entity(group, entity.label, entity.name))
        added = {s.id for s in copy.spans}
        for span_id in ids:
            if span_id in added and own[span_id].entity is None:
                index = next(i for i, s in enumerate(copy.spans) if s.id == span_id)
                copy.spans[index] = replace(copy.spans[index], entity=group)
        # a mention already in the annotator's layer keeps its own entity

    # -- the layer, replaced by a new run ----------------------------------------------------

    def replace(self, doc_id: str, new: Layer, new_info: dict[str, SuggestionInfo]) -> ChangeSet:
        """Put a new run's suggestions in place of the undecided ones: an item anyone has a
        verdict on stays as it was, a new item with a decided key is left out (a rejected one
        never comes back), everything else is the new run's."""
        text = self.documents.get(doc_id).text
        with transaction(self.conn):
            existing = self.layers.get(doc_id, SUGGEST)
            old = existing or Layer(SUGGEST)
            old_info = self.info(doc_id)
            decided = verdicts.decided_keys(self.conn, doc_id)
            merged, sources = _merge(old, old_info, new, new_info, decided)
            merged.status = new.status
            check_layer(text, merged, self.edits.schema)
            changes = layer_changes(doc_id, existing, merged)
            self.layers.replace(doc_id, merged)
            layer_id = self.layers.id(doc_id, SUGGEST)
            self.conn.executemany(
                "INSERT INTO suggestion_sources (layer_id, item_id, kind, key, source, score) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(layer_id, i, s.kind, s.key, s.source, s.score) for i, s in sources.items()],
            )
        return changes


def _verdict_changes(
    current: dict[str, Verdict], keys: list[str], decision: str, by: str
) -> Changes[Verdict]:
    """The verdicts ``decision`` on ``keys`` adds or changes, over the ``current`` ones."""
    stamp = now()
    added, changed = [], []
    for key in dict.fromkeys(keys):
        made = Verdict(key, decision, by, stamp)
        before = current.get(key)
        if before is None:
            added.append(made)
        elif before.decision != decision:
            changed.append((before, made))
    return Changes(added=tuple(added), changed=tuple(changed))


def _links_to_bring(suggested: Layer, span: Span, copy: _Copy) -> list[Relation]:
    """What Shift+A on ``span`` brings besides it: the relations it heads and those whose
    head the annotator has already, unless the annotator rejected the relation or its other
    end."""
    ends = {s.id: s for s in suggested.spans}
    found = []
    for relation in suggested.relations:
        if relation.head == span.id:
            other = ends[relation.tail]
        elif relation.tail == span.id and span_key(ends[relation.head]) in copy.by_key:
            other = ends[relation.head]
        else:
            continue
        keys = {_key_of(copy.info, suggested, relation.id), _key_of(copy.info, suggested, other.id)}
        if not keys & copy.rejected:
            found.append(relation)
    return found


def _check_annotator(annotator: str) -> None:
    if annotator == SUGGEST:
        raise ValidationError("suggestions are accepted into an annotator's layer, not 'suggest'")


def _unknown(key: str) -> SuggestionInfo:
    """What is known of an item that has no recorded source (a layer imported as 'suggest')."""
    return SuggestionInfo(key.split(":", 1)[0], key, *UNRECORDED)


def _item(layer: Layer, item_id: str) -> tuple[str, Span | Relation | Entity]:
    for kind, items in zip(KINDS, (layer.spans, layer.relations, layer.entities), strict=True):
        for item in items:
            if item.id == item_id:
                return kind, item
    raise ValidationError(f"no suggestion {item_id!r} on this document")


def _key_of(info: dict[str, SuggestionInfo], layer: Layer, item_id: str) -> str:
    if item_id in info:
        return info[item_id].key
    return layer_keys(layer)[item_id][1]


def _merge(
    old: Layer,
    old_info: dict[str, SuggestionInfo],
    new: Layer,
    new_info: dict[str, SuggestionInfo],
    decided: dict[str, set[str]],
) -> tuple[Layer, dict[str, SuggestionInfo]]:
    """The layer of ``replace``, and the sources of its items."""
    old_keys = {i: k for i, (_kind, k) in layer_keys(old).items()}
    kept_ids = {i for i, k in old_keys.items() if k in decided}
    for relation in old.relations:  # a decided relation keeps its ends
        if relation.id in kept_ids:
            kept_ids |= {relation.head, relation.tail}
    for entity in old.entities:  # and a decided entity its mentions
        if entity.id in kept_ids:
            kept_ids |= {s.id for s in old.spans if s.entity == entity.id}
    kept_entities = [e for e in old.entities if e.id in kept_ids]
    grouped = {e.id for e in kept_entities}
    kept_spans = [
        s if s.entity is None or s.entity in grouped else replace(s, entity=None)
        for s in old.spans
        if s.id in kept_ids
    ]
    kept_relations = [r for r in old.relations if r.id in kept_ids]
    merged = Layer(SUGGEST, spans=kept_spans, relations=kept_relations, entities=kept_entities)
    origins: dict[str, tuple[str, float]] = {}  # merged id -> (source, score)
    for item_id in [*(s.id for s in kept_spans), *(r.id for r in kept_relations), *grouped]:
        origins[item_id] = origin(old_info, item_id)
    present = {old_keys[s.id]: s.id for s in kept_spans}
    new_keys = {i: k for i, (_kind, k) in layer_keys(new).items()}

    def made_from(item_id: str, made_id: str) -> None:
        origins[made_id] = origin(new_info, item_id)

    used = {s.id for s in kept_spans} | {r.id for r in kept_relations} | grouped
    everything = [*old.spans, *old.relations, *old.entities, *new.spans, *new.relations,
                  *new.entities]  # fmt: skip
    numbers = {prefix: _numbered_ids(everything, prefix) for prefix in "sre"}

    def fresh(item_id: str, prefix: str) -> str:
        """The new run's id, unless a kept item has it."""
        while item_id in used:
            item_id = next(numbers[prefix])
        used.add(item_id)
        return item_id

    entity_map: dict[str, str] = {}
    for entity in new.entities:
        if new_keys[entity.id] in decided:
            continue
        made = Entity(fresh(entity.id, "e"), entity.label, entity.name)
        merged.entities.append(made)
        entity_map[entity.id] = made.id
        made_from(entity.id, made.id)
    span_map: dict[str, str] = {}
    for span in new.spans:
        key = new_keys[span.id]
        if key in present:
            span_map[span.id] = present[key]
            continue
        if key in decided:
            continue
        made = replace(span, id=fresh(span.id, "s"), entity=entity_map.get(span.entity or ""))
        merged.spans.append(made)
        span_map[span.id] = present[key] = made.id
        made_from(span.id, made.id)
    have = {(r.label, r.head, r.tail) for r in merged.relations}
    for relation in new.relations:
        head, tail = span_map.get(relation.head), span_map.get(relation.tail)
        if new_keys[relation.id] in decided or head is None or tail is None:
            continue
        if (relation.label, head, tail) in have:
            continue
        made = replace(relation, id=fresh(relation.id, "r"), head=head, tail=tail)
        merged.relations.append(made)
        have.add((made.label, head, tail))
        made_from(relation.id, made.id)
    # an entity left with no mention (they were all decided) is no suggestion
    mentioned = {s.entity for s in merged.spans}
    merged.entities = [e for e in merged.entities if e.id in mentioned]
    sources = {
        item_id: SuggestionInfo(kind, key, *origins[item_id])
        for item_id, (kind, key) in layer_keys(merged).items()
    }
    return merged, sources

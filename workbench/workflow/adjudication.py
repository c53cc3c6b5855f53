"""Adjudication: building the ``gold`` layer from the annotators' layers, decision by decision.

Each distinct span (label, offsets and attributes), each distinct relation (label and the
label and offsets of its ends) and each distinct entity (the places of its mentions) that some
annotator made is a candidate. The supervisor accepts or
rejects candidates; ``auto_adjudicate`` accepts what every annotator of a document made. Every
decision is recorded with who made it and when, and a decision once made is kept: running the
automatic pass again never undoes or repeats one. Each decision returns the ``ChangeSet`` of
what it did: the gold layer's changes and the decisions it logged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from workbench.core.changes import ChangeSet
from workbench.core.errors import ValidationError
from workbench.core.model import GOLD, Layer, Relation, Span
from workbench.store.project import Project

AUTO = "auto"
KIND_ORDER = {"span": 0, "relation": 1, "entity": 2}  # spans first: the others need them
ACCEPTED, REJECTED = "accepted", "rejected"


def place_key(label: str, start: int, end: int) -> str:
    return f"{label}:{start}:{end}"


def span_key(span: Span) -> str:
    attrs = json.dumps(span.attrs, sort_keys=True, ensure_ascii=False) if span.attrs else ""
    return f"span:{place_key(span.label, span.start, span.end)}:{attrs}"


def entity_key(mentions: list[Span]) -> str:
    """An entity is the set of places of its mentions (names may be spelt differently)."""
    places = sorted(place_key(m.label, m.start, m.end) for m in mentions)
    return "entity:" + "|".join(places)


def relation_key(label: str, head: Span, tail: Span) -> str:
    head_place = place_key(head.label, head.start, head.end)
    return f"relation:{label}:{head_place}>{place_key(tail.label, tail.start, tail.end)}"


@dataclass
class Candidate:
    kind: str  # "span", "relation" or "entity"
    key: str
    label: str
    start: int
    end: int
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)
    annotators: list[str] = field(default_factory=list)
    # the spans the candidate needs in gold, as one annotator made them: a relation's head and
    # tail, an entity's mentions
    ends: tuple[Span, ...] | None = None
    in_gold: bool = False
    decision: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None

    @property
    def unanimous_among(self) -> frozenset[str]:
        return frozenset(self.annotators)

    @property
    def gold_state(self) -> str:
        """What the supervisor sees: accepted, rejected, in gold (edited there), or undecided."""
        if self.decision:
            return self.decision
        return "in gold" if self.in_gold else "undecided"


def candidates(
    project: Project, doc_id: str, annotators: list[str] | None = None
) -> list[Candidate]:
    """Everything the annotators (and gold) hold on one document, with its decision."""
    chosen = annotators if annotators is not None else project.layer_annotators(doc_id)
    layers = [project.layer(doc_id, a) for a in chosen]
    items: dict[str, Candidate] = {}
    for layer in [x for x in layers if x is not None]:
        for candidate in _layer_candidates(layer):
            item = items.setdefault(candidate.key, candidate)
            if layer.annotator not in item.annotators:
                item.annotators.append(layer.annotator)
    gold = project.layer(doc_id, GOLD)
    if gold is not None:
        for candidate in _layer_candidates(gold):
            items.setdefault(candidate.key, candidate).in_gold = True
    for key, made in project.decisions(doc_id).items():
        if key in items:
            items[key].decision, items[key].decided_by, items[key].decided_at = (
                made.decision,
                made.by,
                made.at,
            )
    return sorted(items.values(), key=lambda c: (c.start, KIND_ORDER[c.kind], c.end, c.key))


def _span_candidate(span: Span) -> Candidate:
    return Candidate(
        "span", span_key(span), span.label, span.start, span.end, span.text, dict(span.attrs)
    )


def _layer_candidates(layer: Layer) -> list[Candidate]:
    spans = {s.id: s for s in layer.spans}
    out = [_span_candidate(s) for s in layer.spans]
    for relation in layer.relations:
        head, tail = spans[relation.head], spans[relation.tail]
        out.append(
            Candidate(
                "relation",
                relation_key(relation.label, head, tail),
                relation.label,
                min(head.start, tail.start),
                max(head.end, tail.end),
                f"{head.text} → {tail.text}",
                dict(relation.attrs),
                ends=(head, tail),
            )
        )
    for entity in layer.entities:
        mentions = sorted((s for s in layer.spans if s.entity == entity.id), key=lambda s: s.start)
        if mentions:
            out.append(
                Candidate(
                    "entity",
                    entity_key(mentions),
                    entity.label,
                    mentions[0].start,
                    mentions[-1].end,
                    entity.name,
                    ends=tuple(mentions),
                )
            )
    return out


def decide(project: Project, doc_id: str, candidate: Candidate, accept: bool, by: str) -> ChangeSet:
    """Accept a candidate into gold (a relation brings its ends along, an entity its mentions)
    or reject it from gold; returns what changed in gold and the decisions logged."""
    if not by.strip():
        raise ValidationError("a decision needs the name of who makes it")
    made = _Made(project, doc_id, by)
    with project.transaction():
        if candidate.kind == "span":
            _decide_span(made, candidate, accept)
        elif candidate.kind == "relation":
            _decide_relation(made, candidate, accept)
        else:
            _decide_entity(made, candidate, accept)
    return made.changes


class _Made:
    """One decision in the making: its store calls, and everything they changed, joined."""

    def __init__(self, project: Project, doc_id: str, by: str):
        self.project, self.doc_id, self.by = project, doc_id, by
        self.changes = ChangeSet(doc_id, GOLD)

    def __call__(self, changes: ChangeSet) -> ChangeSet:
        self.changes = self.changes.then(changes)
        return changes

    def record(self, key: str, decision: str) -> None:
        self(self.project.record_decision(self.doc_id, key, decision, self.by))

    def gold(self) -> Layer:
        return _gold(self.project, self.doc_id)

    def add_span(self, candidate: Candidate) -> Span:
        return self(
            self.project.add_span(
                self.doc_id, GOLD, candidate.label, candidate.start, candidate.end, candidate.attrs
            )
        ).spans.added[0]


def _gold(project: Project, doc_id: str) -> Layer:
    return project.layer(doc_id, GOLD) or Layer(GOLD)


def _decide_span(made: _Made, candidate: Candidate, accept: bool) -> None:
    """Accepting one version of a span turns down every other version at the same offsets
    (another label or other attributes), in gold and among the annotators' candidates, so gold
    never holds two labels on one place."""
    project, doc_id = made.project, made.doc_id
    gold = made.gold()
    place = (candidate.start, candidate.end)
    for span in gold.spans:
        same_key = span_key(span) == candidate.key
        other_version = not same_key and (span.start, span.end) == place
        if (not accept and same_key) or (accept and other_version):
            made(project.remove_span(doc_id, GOLD, span.id))
    if accept:
        for other in candidates(project, doc_id):
            same_place = other.kind == "span" and (other.start, other.end) == place
            if same_place and other.key != candidate.key and other.decision != REJECTED:
                made.record(other.key, REJECTED)
    if accept and not any(span_key(s) == candidate.key for s in gold.spans):
        made.add_span(candidate)
    made.record(candidate.key, ACCEPTED if accept else REJECTED)


def _decide_relation(made: _Made, candidate: Candidate, accept: bool) -> None:
    project, doc_id = made.project, made.doc_id
    head, tail = candidate.ends
    gold = made.gold()
    found = [_gold_end(gold, end) for end in (head, tail)]
    existing = _gold_relation(gold, candidate, found)
    if not accept:
        if existing is not None:
            made(project.remove_relation(doc_id, GOLD, existing.id))
        made.record(candidate.key, REJECTED)
        return
    ends = _accept_ends(made, candidate, found)
    if existing is None:
        made(
            project.add_relation(
                doc_id, GOLD, candidate.label, ends[0].id, ends[1].id, candidate.attrs
            )
        )
    made.record(candidate.key, ACCEPTED)


def _accept_ends(made: _Made, candidate: Candidate, found: list) -> list[Span]:
    """The gold spans a link or an entity needs, accepting those gold does not hold yet."""
    ends = []
    for end, span in zip(candidate.ends, found, strict=True):
        if span is None:
            end_candidate = _span_candidate(end)
            span = made.add_span(end_candidate)
            made.record(end_candidate.key, ACCEPTED)
        ends.append(span)
    return ends


def _decide_entity(made: _Made, candidate: Candidate, accept: bool) -> None:
    project, doc_id = made.project, made.doc_id
    gold = made.gold()
    existing = next((e for e in gold.entities if _entity_key_in(gold, e.id) == candidate.key), None)
    if not accept:
        if existing is not None:
            made(project.delete_entity(doc_id, GOLD, existing.id))
        made.record(candidate.key, REJECTED)
        return
    found = [_gold_end(gold, mention) for mention in candidate.ends]
    mentions = _accept_ends(made, candidate, found)
    if existing is None:  # a mention in another gold entity moves to this one
        made(
            project.create_entity(
                doc_id, GOLD, candidate.label, candidate.text, [m.id for m in mentions]
            )
        )
    made.record(candidate.key, ACCEPTED)


def _entity_key_in(layer: Layer, entity_id: str) -> str:
    return entity_key([s for s in layer.spans if s.entity == entity_id])


def _gold_end(gold: Layer, end: Span) -> Span | None:
    place = place_key(end.label, end.start, end.end)
    return next((s for s in gold.spans if place_key(s.label, s.start, s.end) == place), None)


def _gold_relation(gold: Layer, candidate: Candidate, ends) -> Relation | None:
    if None in ends:
        return None
    head_id, tail_id = ends[0].id, ends[1].id
    return next(
        (
            r
            for r in gold.relations
            if r.label == candidate.label and r.head == head_id and r.tail == tail_id
        ),
        None,
    )


def _ends_in_gold(gold_places: set[str], candidate: Candidate) -> bool:
    """A relation or an entity is taken automatically only over spans gold holds (so none the
    supervisor rejected comes back)."""
    if candidate.kind == "span":
        return True
    return all(place_key(e.label, e.start, e.end) in gold_places for e in candidate.ends)


@dataclass
class AutoReport:
    documents: int = 0
    spans: int = 0
    relations: int = 0
    entities: int = 0
    kept: int = 0
    left: int = 0

    def summary(self) -> str:
        return (
            f"gold: {self.spans} spans, {self.relations} relations and {self.entities} entities "
            f"accepted where all annotators agree, on {self.documents} documents; {self.kept} "
            f"earlier decisions kept; {self.left} candidates left for the supervisor"
        )


def auto_adjudicate(project: Project, status: str = "done", by: str = AUTO) -> AutoReport:
    """Accept into gold every span and relation that all annotators of a document made."""
    report = AutoReport()
    with project.transaction():
        for doc_id in project.document_ids():
            auto_adjudicate_document(project, doc_id, by, status, report)
    return report


def auto_adjudicate_document(
    project: Project,
    doc_id: str,
    by: str = AUTO,
    status: str = "any",
    report: AutoReport | None = None,
) -> AutoReport:
    """The automatic pass on one document with two or more annotators; others are skipped."""
    report = report if report is not None else AutoReport()
    annotators = project.layer_annotators(doc_id, status)
    if len(annotators) < 2:
        return report
    report.documents += 1
    everyone = frozenset(annotators)
    gold_places: set[str] | None = None  # read once the spans are decided (they come first)
    with project.transaction():
        for candidate in sorted(
            candidates(project, doc_id, annotators), key=lambda c: KIND_ORDER[c.kind]
        ):
            if candidate.kind != "span" and gold_places is None:
                gold = _gold(project, doc_id)
                gold_places = {place_key(s.label, s.start, s.end) for s in gold.spans}
            if candidate.decision is not None:
                report.kept += 1
            elif candidate.unanimous_among != everyone or not _ends_in_gold(
                gold_places or set(), candidate
            ):
                report.left += bool(candidate.annotators)
            else:
                decide(project, doc_id, candidate, True, by)
                if candidate.kind == "span":
                    report.spans += 1
                elif candidate.kind == "relation":
                    report.relations += 1
                else:
                    report.entities += 1
    return report

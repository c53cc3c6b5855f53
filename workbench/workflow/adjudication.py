"""Adjudication: building the ``gold`` layer from the annotators' layers, decision by decision.

Each distinct span (label, offsets and attributes), each distinct relation (label and the
label and offsets of its ends) and each distinct entity (the places of its mentions) that some
annotator made is a candidate. The supervisor accepts or
rejects candidates; ``auto_adjudicate`` accepts what every annotator of a document made. Every
decision is recorded with who made it and when, and a decision once made is kept: running the
automatic pass again never undoes or repeats one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from workbench.core.errors import ValidationError
from workbench.core.model import GOLD, Layer, Relation, Span
from workbench.store.project import Project
from workbench.store.projectfile import now

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
    for key, decision, by, at in project.conn.execute(
        "SELECT key, decision, decided_by, decided_at FROM decisions WHERE doc_id = ?", [doc_id]
    ):
        if key in items:
            items[key].decision, items[key].decided_by, items[key].decided_at = decision, by, at
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


def decide(project: Project, doc_id: str, candidate: Candidate, accept: bool, by: str) -> None:
    """Accept a candidate into gold (a relation brings its ends along, an entity its mentions)
    or reject it from gold."""
    if not by.strip():
        raise ValidationError("a decision needs the name of who makes it")
    with project.transaction():
        if candidate.kind == "span":
            _decide_span(project, doc_id, candidate, accept, by)
        elif candidate.kind == "relation":
            _decide_relation(project, doc_id, candidate, accept, by)
        else:
            _decide_entity(project, doc_id, candidate, accept, by)


def _record(project: Project, doc_id: str, key: str, kind: str, decision: str, by: str) -> None:
    project.conn.execute(
        "INSERT INTO decisions (doc_id, key, kind, decision, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (doc_id, key) DO UPDATE SET "
        "decision = excluded.decision, decided_by = excluded.decided_by, "
        "decided_at = excluded.decided_at",
        [doc_id, key, kind, decision, by, now()],
    )


def _gold(project: Project, doc_id: str) -> Layer:
    return project.layer(doc_id, GOLD) or Layer(GOLD)


def _decide_span(project, doc_id, candidate: Candidate, accept: bool, by: str) -> None:
    gold = _gold(project, doc_id)
    place = place_key(candidate.label, candidate.start, candidate.end)
    for span in gold.spans:
        same_key = span_key(span) == candidate.key
        other_version = not same_key and place_key(span.label, span.start, span.end) == place
        if (not accept and same_key) or (accept and other_version):
            project.remove_span(doc_id, GOLD, span.id)
            if other_version:  # accepting one version of a span turns down the others
                _record(project, doc_id, span_key(span), "span", REJECTED, by)
    if accept and not any(span_key(s) == candidate.key for s in gold.spans):
        _gold_span(project, doc_id, candidate)
    _record(project, doc_id, candidate.key, "span", ACCEPTED if accept else REJECTED, by)


def _gold_span(project, doc_id, candidate: Candidate) -> Span:
    return project.add_span(
        doc_id, GOLD, candidate.label, candidate.start, candidate.end, candidate.attrs
    )


def _decide_relation(project, doc_id, candidate: Candidate, accept: bool, by: str) -> None:
    head, tail = candidate.ends
    gold = _gold(project, doc_id)
    found = [_gold_end(gold, end) for end in (head, tail)]
    existing = _gold_relation(gold, candidate, found)
    if not accept:
        if existing is not None:
            project.remove_relation(doc_id, GOLD, existing.id)
        _record(project, doc_id, candidate.key, "relation", REJECTED, by)
        return
    ends = _accept_ends(project, doc_id, candidate, found, by)
    if existing is None:
        project.add_relation(doc_id, GOLD, candidate.label, ends[0].id, ends[1].id, candidate.attrs)
    _record(project, doc_id, candidate.key, "relation", ACCEPTED, by)


def _accept_ends(project, doc_id, candidate: Candidate, found: list, by: str) -> list[Span]:
    """The gold spans a link or an entity needs, accepting those gold does not hold yet."""
    ends = []
    for end, span in zip(candidate.ends, found, strict=True):
        if span is None:
            end_candidate = _span_candidate(end)
            span = _gold_span(project, doc_id, end_candidate)
            _record(project, doc_id, end_candidate.key, "span", ACCEPTED, by)
        ends.append(span)
    return ends


def _decide_entity(project, doc_id, candidate: Candidate, accept: bool, by: str) -> None:
    gold = _gold(project, doc_id)
    existing = next((e for e in gold.entities if _entity_key_in(gold, e.id) == candidate.key), None)
    if not accept:
        if existing is not None:
            project.delete_entity(doc_id, GOLD, existing.id)
        _record(project, doc_id, candidate.key, "entity", REJECTED, by)
        return
    found = [_gold_end(gold, mention) for mention in candidate.ends]
    mentions = _accept_ends(project, doc_id, candidate, found, by)
    if existing is None:
        made = project.create_entity(doc_id, GOLD, candidate.label, candidate.text)
        for mention in mentions:  # a mention in another gold entity moves to this one
            project.set_span_entity(doc_id, GOLD, mention.id, made.id)
    _record(project, doc_id, candidate.key, "entity", ACCEPTED, by)


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

"""Agreement on links: relations whose both ends align, and who said each quote.

Two relations match when they have the same label and their heads and their tails are aligned
spans of the same label (``exact`` or ``boundary`` pairs of the alignment). Two aligned quotes
agree on the speaker when the speakers' mentions meet: A's speaker (or any mention of A's speaker
entity) is aligned with B's speaker or a mention of B's speaker entity; two unattributed quotes
agree too.
"""

from __future__ import annotations

from workbench.agreement.alignment import LABEL, MATCHING_KINDS, Pair, align
from workbench.agreement.scores import Score, ratio_score
from workbench.core.model import Layer, Relation
from workbench.core.quotes import resolve_quotes


def aligned_ids(pairs: list[Pair], kinds=MATCHING_KINDS) -> dict[str, str]:
    return {p.a.id: p.b.id for p in pairs if p.kind in kinds and p.a and p.b}


def match_relations(
    a: Layer, b: Layer, pairs: list[Pair] | None = None
) -> tuple[list[tuple[Relation, Relation]], list[Relation], list[Relation]]:
    """(matched pairs, relations only in A, relations only in B)."""
    pairs = align(a.spans, b.spans) if pairs is None else pairs
    to_b = aligned_ids(pairs)
    waiting: dict[tuple[str, str, str], list[Relation]] = {}
    for relation in b.relations:
        waiting.setdefault((relation.label, relation.head, relation.tail), []).append(relation)
    matched, only_a = [], []
    for relation in a.relations:
        key = (relation.label, to_b.get(relation.head), to_b.get(relation.tail))
        if waiting.get(key):
            matched.append((relation, waiting[key].pop(0)))
        else:
            only_a.append(relation)
    only_b = [r for rs in waiting.values() for r in rs]
    return matched, only_a, only_b


def relation_counts(a: Layer, b: Layer, pairs: list[Pair] | None = None) -> dict[str, int]:
    matched, _only_a, _only_b = match_relations(a, b, pairs)
    return {"a": len(a.relations), "b": len(b.relations), "matched": len(matched)}


def relation_f1(a: Layer, b: Layer, *, detail: bool = False):
    """F1 over relations whose both ends align (see the module docstring)."""
    counts = relation_counts(a, b)
    return relation_f1_score(counts["matched"], counts["a"], counts["b"]).result(detail)


def relation_f1_score(matched: int, a: int, b: int) -> Score:
    reason = "neither annotator linked any spans"
    return ratio_score(2 * matched, a + b, reason, a=a, b=b, matched=matched)


def speaker_counts(
    a: Layer, b: Layer, pairs: list[Pair] | None = None, quotes: tuple | None = None
) -> dict[str, int]:
    """Quotes of A aligned with quotes of B, and those whose speakers agree; ``quotes``: both
    layers' ``resolve_quotes`` when the caller has them already."""
    pairs = align(a.spans, b.spans) if pairs is None else pairs
    resolved_a, resolved_b = quotes or (resolve_quotes(a), resolve_quotes(b))
    quotes_b = {q.quote.id: q for q in resolved_b}
    to_b = aligned_ids(pairs, MATCHING_KINDS + (LABEL,))
    aligned = agreed = 0
    for quote in resolved_a:
        partner = to_b.get(quote.quote.id)
        other = quotes_b.get(partner) if partner else None
        if other is None:
            continue
        aligned += 1
        said_a = {to_b.get(s) for s in _speaker_mentions(a, quote.speaker)} - {None}
        said_b = _speaker_mentions(b, other.speaker)
        if (quote.speaker is None and other.speaker is None) or said_a & said_b:
            agreed += 1
    return {"quotes_aligned": aligned, "speakers_agreed": agreed}


def speaker_agreement(a: Layer, b: Layer, *, detail: bool = False):
    """The share of aligned quotes whose speakers agree."""
    counts = speaker_counts(a, b)
    return speaker_score(counts["speakers_agreed"], counts["quotes_aligned"]).result(detail)


def speaker_score(agreed: int, aligned: int) -> Score:
    reason = "no quote was marked by both annotators"
    return ratio_score(agreed, aligned, reason, quotes_aligned=aligned, speakers_agreed=agreed)


def _speaker_mentions(layer: Layer, speaker) -> set[str]:
    if speaker is None:
        return set()
    if speaker.entity is None:
        return {speaker.id}
    return {s.id for s in layer.spans if s.entity == speaker.entity}

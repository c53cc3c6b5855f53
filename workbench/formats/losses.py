"""What a format without the workbench's structure loses of a layer, counted by kind.

Formats that hold plain spans and relations (doccano, Prodigy, Label Studio, WebAnno TSV) cannot
say that a relation is an argument of a brat event, a link of a ``*`` equivalence group or the
join of a discontinuous span's fragments, nor hold entities or (some of them) attributes. The
exports write what they can and report the rest through ``ExportReport.left_out``; these are
the words and counts they use, so that the same loss reads the same in every format.
"""

from __future__ import annotations

from workbench.core.model import Layer
from workbench.core.schema import FRAGMENT

STRUCTURE = {"event", "role", "tail_event", "equivalence", "roles"}
CATEGORIES = "document categories (layers with some)"
COMMENTS = "comments"
SECONDS = "time on task (layers with some)"


def add(counts: dict[str, int], what: str, n: int = 1) -> None:
    if n:
        counts[what] = counts.get(what, 0) + n


def extras_lost(layer: Layer, categories: bool = True) -> dict[str, int]:
    """Counts of a layer's comments, time on task and (unless the format carries them)
    document categories, which no format but native JSONL holds all of."""
    counts: dict[str, int] = {}
    if categories:
        add(counts, CATEGORIES, 1 if layer.categories else 0)
    add(counts, COMMENTS, len(layer.comments))
    add(counts, SECONDS, 1 if layer.seconds else 0)
    return counts


def structure_lost(
    layer: Layer,
    span_attrs: bool = True,
    relation_attrs: bool = True,
    entities: bool = True,
    categories: bool = True,
) -> dict[str, int]:
    """Counts of what a plain span-and-relation format loses of ``layer``; pass False for
    what the format does carry."""
    counts: dict[str, int] = extras_lost(layer, categories)
    relations = [r for r in layer.relations if r.label != FRAGMENT]
    events = {r.attrs["event"] for r in relations if "event" in r.attrs}
    groups = {str(r.attrs["equivalence"]) for r in relations if "equivalence" in r.attrs}
    fragments = sum(1 for r in layer.relations if r.label == FRAGMENT)
    add(counts, "brat events (their arguments written as plain relations)", len(events))
    add(counts, "brat equivalence groups (* lines written as plain relations)", len(groups))
    add(counts, "discontinuous spans (written as fragments and FRAGMENT relations)", fragments)
    if span_attrs:
        add(counts, "span attributes", sum(1 for s in layer.spans if s.attrs))
    if relation_attrs:
        add(
            counts,
            "relation attributes",
            sum(1 for r in relations if set(r.attrs) - STRUCTURE),
        )
    if entities:
        add(counts, "entities", len(layer.entities))
    return counts

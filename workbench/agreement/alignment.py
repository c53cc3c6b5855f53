"""Aligning two annotators' spans on one document, and span F1 from the alignment.

The alignment pairs spans one to one, in this order of preference:

1. ``exact``: same start, end and label;
2. ``label``: same start and end, another label;
3. ``boundary``: same label, overlapping (a maximum one-to-one matching, larger overlaps first);
4. ``label`` again: another label, overlapping by at least half of the two spans' union;
5. ``missing``: what is left, on one side only.

Span F1 (Hripcsak & Rothschild 2005) counts ``exact`` pairs as exact matches and ``exact`` plus
``boundary`` pairs as relaxed matches: F1 = 2 * matched / (|A| + |B|), symmetric in A and B.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from workbench.agreement.scores import ratio_score

EXACT, LABEL, BOUNDARY, MISSING = "exact", "label", "boundary", "missing"
MATCHING_KINDS = (EXACT, BOUNDARY)  # the pairs that count as relaxed matches
MIN_CROSS_LABEL_OVERLAP = 0.5


class Mark(NamedTuple):
    id: str
    label: str
    start: int
    end: int


class Pair(NamedTuple):
    a: Mark | None
    b: Mark | None
    kind: str

    @property
    def start(self) -> int:
        a, b = self.a, self.b
        return b.start if a is None else a.start if b is None else min(a.start, b.start)

    @property
    def end(self) -> int:
        a, b = self.a, self.b
        return b.end if a is None else a.end if b is None else max(a.end, b.end)


def marks(spans: Iterable[Any]) -> list[Any]:
    """Spans as the alignment reads them: objects with id, label, start and end (a ``Span``
    is one already and is kept as it is), or (label, start, end) tuples made Marks."""
    out = []
    for i, span in enumerate(spans):
        if isinstance(span, tuple):
            label, start, end = span[-3:]
            out.append(Mark(str(i), label, start, end))
        else:
            out.append(span)
    return out


def align(a: Iterable[Any], b: Iterable[Any]) -> list[Pair]:
    left, right = marks(a), marks(b)
    pairs: list[Pair] = []
    free_a = dict.fromkeys(range(len(left)))  # the spans not aligned yet, in their order
    free_b = dict.fromkeys(range(len(right)))

    def take(i: int, j: int, kind: str) -> None:
        del free_a[i], free_b[j]
        pairs.append(Pair(left[i], right[j], kind))

    for key, kind in ((_place_and_label, EXACT), (_place, LABEL)):
        waiting: dict[Any, list[int]] = {}
        for j in free_b:
            waiting.setdefault(key(right[j]), []).append(j)
        for i in list(free_a):
            found = waiting.get(key(left[i]))
            if found:
                take(i, found.pop(0), kind)
        if not free_a or not free_b:
            break

    if free_a and free_b:
        overlaps = _overlapping(left, right, free_a, free_b)
        same_label = [(i, j) for i, j in overlaps if left[i].label == right[j].label]
        for i, j in _maximum_matching(same_label, left, right):
            take(i, j, BOUNDARY)
        others = [
            (i, j)
            for i, j in overlaps
            if i in free_a and j in free_b and left[i].label != right[j].label
        ]
        others.sort(key=lambda ij: -_jaccard(left[ij[0]], right[ij[1]]))
        for i, j in others:
            if i not in free_a or j not in free_b:
                continue
            if _jaccard(left[i], right[j]) >= MIN_CROSS_LABEL_OVERLAP:
                take(i, j, LABEL)
    pairs.extend(Pair(left[i], None, MISSING) for i in free_a)
    pairs.extend(Pair(None, right[j], MISSING) for j in free_b)
    pairs.sort(key=_place_of_pair)
    return pairs


def f1_counts(pairs: list[Pair], label: str | None = None) -> dict[str, int]:
    """Counts behind exact and relaxed span F1, overall or for one label."""

    def has(mark: Mark | None) -> bool:
        return mark is not None and (label is None or mark.label == label)

    return {
        "a": sum(1 for p in pairs if has(p.a)),
        "b": sum(1 for p in pairs if has(p.b)),
        "matched_exact": sum(1 for p in pairs if p.kind == EXACT and has(p.a)),
        "matched_relaxed": sum(1 for p in pairs if p.kind in MATCHING_KINDS and has(p.a)),
    }


def add_f1_counts(pairs: list[Pair], overall: Counter, by_label: dict[str, Counter]) -> None:
    """Add ``f1_counts`` overall and for every label, in one pass, to ``overall`` and
    ``by_label`` (a document's to a whole pair's)."""
    for a, b, kind in pairs:
        if a is not None:
            overall["a"] += 1
            counts = by_label.get(a.label)
            if counts is None:
                counts = by_label[a.label] = Counter()
            counts["a"] += 1
            if kind in MATCHING_KINDS:
                exact = kind == EXACT
                overall["matched_relaxed"] += 1
                overall["matched_exact"] += exact
                counts["matched_relaxed"] += 1
                counts["matched_exact"] += exact
        if b is not None:
            overall["b"] += 1
            counts = by_label.get(b.label)
            if counts is None:
                counts = by_label[b.label] = Counter()
            counts["b"] += 1


def f1_from_counts(matched: int, a: int, b: int):
    return ratio_score(2 * matched, a + b, "neither annotator marked any span", a=a, b=b)


def span_f1(a, b, mode: str = "exact", label: str | None = None, *, detail: bool = False):
    """Span F1 of two annotators on one text; ``mode`` is ``exact`` or ``relaxed``.

    ``a`` and ``b`` hold spans or ``(label, start, end)`` tuples.
    """
    if mode not in ("exact", "relaxed"):
        raise ValueError(f"mode must be 'exact' or 'relaxed', not {mode!r}")
    counts = f1_counts(align(a, b), label)
    matched = counts[f"matched_{mode}"]
    return f1_from_counts(matched, counts["a"], counts["b"]).result(detail)


def _place(mark: Mark) -> tuple[int, int]:
    return mark.start, mark.end


def _place_and_label(mark: Mark) -> tuple[str, int, int]:
    return mark.label, mark.start, mark.end


def _place_of_pair(pair: Pair) -> tuple[int, int]:
    return pair.start, pair.end


def _overlap(x: Mark, y: Mark) -> int:
    return max(0, min(x.end, y.end) - max(x.start, y.start))


def _jaccard(x: Mark, y: Mark) -> float:
    return _overlap(x, y) / (max(x.end, y.end) - min(x.start, y.start))


def _overlapping(left, right, free_a, free_b) -> list[tuple[int, int]]:
    """Pairs of unaligned spans that share at least one character (a sweep by start)."""
    events = sorted(
        [(left[i].start, 0, i) for i in free_a] + [(right[j].start, 1, j) for j in free_b]
    )
    active: tuple[list[int], list[int]] = ([], [])
    out = []
    for start, side, index in events:
        marks_of = (left, right)
        for s in (0, 1):
            active[s][:] = [k for k in active[s] if marks_of[s][k].end > start]
        if side == 0:
            out.extend((index, j) for j in active[1])
        else:
            out.extend((i, index) for i in active[0])
        active[side].append(index)
    return out


def _maximum_matching(edges, left, right) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (augmenting paths), trying larger overlaps first."""
    neighbours: dict[int, list[int]] = defaultdict(list)
    for i, j in sorted(edges, key=lambda ij: -_overlap(left[ij[0]], right[ij[1]])):
        neighbours[i].append(j)
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in neighbours[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in neighbours:
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())

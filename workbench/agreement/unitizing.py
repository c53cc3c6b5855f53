"""Krippendorff's unitizing alpha (alpha_u) over a continuum of characters.

Krippendorff (1995, 2004), as implemented in DKPro Agreement (Meyer et al. 2014). Per label, each
coder's continuum is cut into units of that label and the gaps between them; two overlapping
units disagree by the squared differences of their starts and ends, a unit lying inside the
other coder's gap by its squared length. alpha_u = 1 - sum(D_o) / sum(D_e) over the labels.

Units of one coder with the same label must not overlap; where they do (a quote nested in a
quote) they are merged into one unit, the stretch that coder marked with that label.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from itertools import accumulate, combinations

from workbench.agreement.scores import Score, undefined

Unit = tuple[Hashable, str, int, int]  # (coder, label, start, end), end excluded
Segment = tuple[int, int, bool]  # (start, end, is_unit)


def unitizing_alpha(
    units: Iterable[Unit],
    begin: int,
    end: int,
    label: str | None = None,
    *,
    coders: Sequence[Hashable] | None = None,
    detail: bool = False,
):
    """alpha_u on ``[begin, end)``, overall or for one ``label``.

    ``coders`` lists every coder, including any who marked nothing (by default, the coders that
    appear in ``units``).
    """
    return unitizing_score(units, begin, end, label, coders=coders).result(detail)


def unitizing_score(units, begin, end, label=None, *, coders=None) -> Score:
    if end <= begin:
        raise ValueError(f"the continuum [{begin}, {end}) is empty")
    units = list(units)
    outside = next((u for u in units if not begin <= u[2] < u[3] <= end), None)
    if outside is not None:
        coder, _label, start, stop = outside
        raise ValueError(f"unit [{start}, {stop}) of {coder!r} is not inside [{begin}, {end})")
    coders = list(dict.fromkeys(coders if coders is not None else (u[0] for u in units)))
    if len(coders) < 2:
        return undefined("fewer than two coders", coders=len(coders))
    if label is not None:
        units = [u for u in units if u[1] == label]
    labels = sorted({u[1] for u in units}) if label is None else [label]
    if not units:
        what = f"the label {label}" if label is not None else "any label"
        return undefined(f"no coder marked a unit of {what}", coders=len(coders))
    grouped: dict[tuple, list[tuple[int, int]]] = {}
    for coder, name, start, stop in units:
        key = (coder, name)
        if key in grouped:
            grouped[key].append((start, stop))
        else:
            grouped[key] = [(start, stop)]
    observed = expected = 0.0
    for name in labels:
        segments = [_segments(grouped.get((c, name), []), begin, end) for c in coders]
        observed += _observed(segments, end - begin)
        expected += _expected(segments, end - begin)
    counts = {"coders": len(coders), "labels": len(labels), "D_o": observed, "D_e": expected}
    if expected == 0:
        return undefined("expected disagreement is 0 (units cannot differ by chance)", **counts)
    return Score(1.0 - observed / expected, None, counts)


def _segments(spans: list[tuple[int, int]], begin: int, end: int) -> list[Segment]:
    """The coder's continuum as alternating gaps and (merged) units, in one pass."""
    out: list[Segment] = []
    position = begin  # where the last unit written ends
    first = last = None  # the unit being merged
    for start, stop in sorted(spans):
        if last is not None:
            if start < last:
                if stop > last:
                    last = stop
                continue
            out.append((first, last, True))
            position = last
        if start > position:
            out.append((position, start, False))
        first, last = start, stop
    if last is not None:
        out.append((first, last, True))
        position = last
    if position < end:
        out.append((position, end, False))
    return out


def _observed(segments: list[list[Segment]], length: int) -> float:
    """D_o: over each pair of coders, their overlapping sections walked in order. Two units
    differ by the squares of the differences of their starts and ends; a unit inside the other
    coder's gap by its squared length; two gaps, or a unit that is not inside the gap it
    overlaps, not at all."""
    coders = len(segments)
    total = 0
    for first, second in combinations(segments, 2):
        i = j = 0
        n, m = len(first), len(second)
        while i < n and j < m:
            b1, e1, unit1 = first[i]
            b2, e2, unit2 = second[j]
            if unit1 or unit2:
                if unit1 and unit2:
                    total += (b1 - b2) ** 2 + (e1 - e2) ** 2
                elif unit1:
                    if b2 <= b1 and e1 <= e2:
                        total += (e1 - b1) ** 2
                elif b1 <= b2 and e2 <= e1:
                    total += (e2 - b2) ** 2
            if e1 <= e2:
                i += 1
            if e2 <= e1:
                j += 1
    return 2 * total / (coders * (coders - 1) * length * length)


def _expected(segments: list[list[Segment]], length: int) -> float:
    """D_e from the lengths of every coder's units and gaps; each distinct unit length is
    worked out once (most units share their length with many others), and the terms are added
    in the units' order, as one term per unit."""
    coders = len(segments)
    unit_lengths = [e - b for coder in segments for b, e, unit in coder if unit]
    gaps = sorted(e - b for coder in segments for b, e, unit in coder if not unit)
    # suffix sums: how many gaps are at least l long, and their total length
    suffix_sum = [*accumulate(reversed(gaps))][::-1] + [0]
    n_units = len(unit_lengths)
    lengths = Counter(unit_lengths)
    terms = {}
    for u in lengths:
        within = (n_units - 1) * (2 * u**3 - 3 * u**2 + u) / 3
        first = bisect.bisect_left(gaps, u)
        fits = suffix_sum[first] - (u - 1) * (len(gaps) - first)
        terms[u] = within + u * u * fits
    numerator = 0.0
    for u in unit_lengths:
        numerator += terms[u]
    within_units = sum(count * u * (u - 1) for u, count in lengths.items())
    denominator = coders * length * (coders * length - 1) - within_units
    if denominator <= 0:
        return 0.0
    return 2 / length * numerator / denominator

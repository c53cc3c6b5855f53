"""Chance-corrected agreement coefficients: Cohen's kappa, Fleiss' kappa, Krippendorff's alpha.

Pure Python, checked against the published worked examples (docs/ARCHITECTURE.md lists them)
and, in the tests, against NLTK and the ``krippendorff`` package. Each measure is undefined
(None, with a reason) where its formula divides by zero: no items, or every rating the same so
that chance agreement is certain.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence

from workbench.agreement.scores import Score, chance_corrected, undefined

LEVELS = ("nominal", "ordinal", "interval", "ratio")


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable], *, detail: bool = False):
    """Cohen's kappa of two coders who labelled the same items (equal-length sequences)."""
    if len(a) != len(b):
        raise ValueError(f"cohen_kappa needs sequences of equal length ({len(a)} != {len(b)})")
    n = len(a)
    if n == 0:
        return undefined("no items were labelled").result(detail)
    observed = sum(1 for x, y in zip(a, b, strict=True) if x == y) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    counts = {"items": n, "observed": observed, "expected": expected}
    if expected == 1:
        reason = "both coders gave every item the same single label: chance agreement is 1"
        return undefined(reason, **counts).result(detail)
    return Score((observed - expected) / (1 - expected), None, counts).result(detail)


def fleiss_kappa(counts: Sequence[Sequence[int]], *, detail: bool = False):
    """Fleiss' kappa from an items x categories matrix of how many raters chose each category.

    Every item must have the same number of ratings (Fleiss 1971); otherwise use
    ``krippendorff_alpha``, which allows missing ratings.
    """
    rows = [list(map(int, row)) for row in counts]
    if not rows:
        return undefined("no items").result(detail)
    raters = sum(rows[0])
    if any(sum(row) != raters for row in rows):
        raise ValueError("fleiss_kappa needs the same number of ratings on every item")
    if raters < 2:
        return undefined("fewer than two ratings per item", items=len(rows)).result(detail)
    items = len(rows)
    per_item = [(sum(c * c for c in row) - raters) / (raters * (raters - 1)) for row in rows]
    p_bar = sum(per_item) / items
    totals = [sum(column) for column in zip(*rows, strict=True)]
    p_e = sum((t / (items * raters)) ** 2 for t in totals)
    info = {"items": items, "raters": raters, "P_bar": p_bar, "P_e": p_e}
    if p_e == 1:
        reason = "every rating is the same category: chance agreement is 1"
        return undefined(reason, **info).result(detail)
    return Score((p_bar - p_e) / (1 - p_e), None, info).result(detail)


def krippendorff_alpha(
    data: Sequence[Sequence[Hashable | None]], level: str = "nominal", *, detail: bool = False
):
    """Krippendorff's alpha; rows are coders, columns units, ``None`` a missing value."""
    if not data:
        return undefined("no coders").result(detail)
    width = len(data[0])
    if any(len(row) != width for row in data):
        raise ValueError("krippendorff_alpha needs rows (coders) of equal length (units)")
    return alpha_of_unit_counts(Counter(zip(*data, strict=True)), level).result(detail)


def alpha_of_units(units: Iterable[Sequence[Hashable]], level: str = "nominal") -> Score:
    """Krippendorff's alpha from the values each unit received (missing values left out)."""
    return alpha_of_unit_counts(Counter(map(tuple, units)), level)


def alpha_of_unit_counts(units: Counter, level: str = "nominal") -> Score:
    """Krippendorff's alpha from how many units received each tuple of values (``None`` for a
    missing value). Most tokens of a document get "O" from every coder, so counting equal
    units first (in C, with ``Counter``) turns a million units into a few hundred."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    shapes: Counter = Counter()
    for values, weight in units.items():
        present = [v for v in values if v is not None]
        if len(present) >= 2:
            shapes[_multiset(present)] += weight
    if not shapes:
        return undefined("no unit was coded by two or more coders")
    pairable = [(Counter(shape), weight) for shape, weight in shapes.items()]
    if level == "nominal":
        return _nominal_alpha(pairable)
    return _metric_alpha(pairable, level)


def _multiset(values: Sequence[Hashable]) -> tuple:
    try:
        return tuple(sorted(values))
    except TypeError:  # values of mixed types
        return tuple(sorted(values, key=repr))


def _nominal_alpha(units: list[tuple[Counter, int]]) -> Score:
    # Nominal disagreement is 1 between any two different values, so the coincidence matrix
    # reduces to sums of squares per unit (Krippendorff 2011, section C).
    totals: Counter = Counter()
    observed = 0.0
    n = 0
    for unit, weight in units:
        m = sum(unit.values())
        n += m * weight
        observed += weight * (m * m - sum(c * c for c in unit.values())) / (m - 1)
        for value, count in unit.items():
            totals[value] += count * weight
    expected = (n * n - sum(c * c for c in totals.values())) / (n - 1)
    return chance_corrected(
        observed / n,
        expected / n,
        "every unit received one and the same value: expected disagreement is 0",
        units=sum(w for _u, w in units),
        values=n,
    )


def _metric_alpha(units: list[tuple[Counter, int]], level: str) -> Score:
    coincidences: Counter = Counter()
    for unit, weight in units:
        m = sum(unit.values())
        for c, nc in unit.items():
            for k, nk in unit.items():
                pairs = nc * (nk - 1) if c == k else nc * nk
                if pairs:
                    coincidences[c, k] += weight * pairs / (m - 1)
    marginals: Counter = Counter()
    for (c, _k), weight in coincidences.items():
        marginals[c] += weight
    n = sum(marginals.values())
    delta = _distance(level, marginals)
    observed = sum(w * delta(c, k) for (c, k), w in coincidences.items()) / n
    values = list(marginals)
    expected = sum(marginals[c] * marginals[k] * delta(c, k) for c in values for k in values) / (
        n * (n - 1)
    )
    return chance_corrected(
        observed,
        expected,
        "every unit received one and the same value: expected disagreement is 0",
        units=sum(w for _u, w in units),
        values=round(n),
    )


def _distance(level: str, marginals: Counter):
    if level == "interval":
        return lambda c, k: float(c - k) ** 2
    if level == "ratio":
        return lambda c, k: 0.0 if c + k == 0 else ((c - k) / (c + k)) ** 2
    ranks = sorted(marginals)
    position = {value: i for i, value in enumerate(ranks)}
    cumulative = [0.0]
    for value in ranks:
        cumulative.append(cumulative[-1] + marginals[value])

    def ordinal(c, k) -> float:
        low, high = sorted((position[c], position[k]))
        between = cumulative[high + 1] - cumulative[low]
        return (between - (marginals[c] + marginals[k]) / 2) ** 2

    return ordinal

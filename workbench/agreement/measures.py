"""The measures of a project's agreement report: one list, read by everything that shows them.

Each ``Measure`` has its key (in the ``--json`` output), its title (a column of the command
line's table and of the supervisor's window, which translates it), its description (the README's
table of what the numbers are says the same, and a test keeps them equal) and how it is computed
from a ``Tally``: the counts, units and tokens of two annotators (or all of them) over some
documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.agreement.alignment import f1_from_counts
from workbench.agreement.coefficients import alpha_of_unit_counts
from workbench.agreement.links import relation_f1_score, speaker_score
from workbench.agreement.scores import Score, undefined
from workbench.agreement.unitizing import unitizing_score

OUTSIDE = "O"  # a token's value where no span covers it


@dataclass(frozen=True)
class SpanCounts:
    """How many spans each of two annotators marked, and how many of A's found a partner."""

    a: int = 0
    b: int = 0
    matched_exact: int = 0
    matched_relaxed: int = 0


@dataclass(frozen=True)
class LinkCounts:
    """Relations of each annotator and those matched; quotes both marked and same speakers."""

    relations_a: int = 0
    relations_b: int = 0
    relations_matched: int = 0
    quotes_aligned: int = 0
    speakers_agreed: int = 0


@dataclass(frozen=True)
class Tally:
    """What the measures are computed from, over some documents laid end to end: the span and
    link counts, the units ``(coder, label, start, end)``, and how many tokens got each tuple of
    label sets (one set per coder, None where a coder has no layer). ``label``: one label only."""

    coders: tuple[str, ...]
    spans: SpanCounts = SpanCounts()
    links: LinkCounts = LinkCounts()
    units: list[tuple[str, str, int, int]] = field(default_factory=list)
    length: int = 0
    tokens: Counter = field(default_factory=Counter)
    label: str | None = None


@dataclass(frozen=True)
class Measure:
    key: str
    title: str
    description: str
    compute: Callable[[Tally], Score]
    per_label: bool  # a span measure, given per label too; link measures are not


def token_value(labels: frozenset | None, label: str | None = None) -> str | None:
    """A token's value: the labels covering it joined by "+" ("O" for none), or for one label
    that label or "O"; None for a coder who did not code it."""
    if labels is None:
        return None
    if label is not None:
        return label if label in labels else OUTSIDE
    return "+".join(sorted(labels)) if labels else OUTSIDE


def token_alpha(label_sets: Counter, label: str | None = None) -> Score:
    """Token alpha from counts of tuples of label sets (one per coder, None for missing):
    each distinct tuple is turned into values once."""
    units: Counter = Counter()
    for sets, weight in label_sets.items():
        units[tuple(token_value(x, label) for x in sets)] += weight
    return alpha_of_unit_counts(units)


def _unitizing(tally: Tally) -> Score:
    if tally.length == 0:
        return undefined("no shared documents")
    return unitizing_score(tally.units, 0, tally.length, tally.label, coders=tally.coders)


def _f1(mode: str) -> Callable[[Tally], Score]:
    def compute(tally: Tally) -> Score:
        spans = tally.spans
        return f1_from_counts(getattr(spans, f"matched_{mode}"), spans.a, spans.b)

    return compute


SPAN_F1_EXACT = Measure(
    "span_f1_exact",
    "F1 exact",
    "F1 = 2 x matched / (spans of A + spans of B), matched = same start, end and label "
    "(Hripcsak & Rothschild 2005; symmetric, needs no negatives)",
    _f1("exact"),
    per_label=True,
)
SPAN_F1_RELAXED = Measure(
    "span_f1_relaxed",
    "F1 relaxed",
    "the same with matched = overlapping spans with the same label, paired one to one (exact "
    "pairs first, then a maximum matching preferring larger overlaps)",
    _f1("relaxed"),
    per_label=True,
)
UNITIZING_ALPHA = Measure(
    "unitizing_alpha",
    "alpha_u",
    "Krippendorff's alpha_u over the characters of the shared documents laid end to end, "
    "1 - sum(D_o) / sum(D_e) over labels (Krippendorff 2004; DKPro Agreement). A coder's "
    "overlapping units of one label are merged first",
    _unitizing,
    per_label=True,
)
TOKEN_ALPHA = Measure(
    "token_alpha",
    "token alpha",
    "Krippendorff's alpha (nominal) over tokens (words with their proclitics, and punctuation); "
    "a token's value is the set of labels whose spans cover it, `O` for none. Per label: that "
    "label or `O`",
    lambda tally: token_alpha(tally.tokens, tally.label),
    per_label=True,
)
RELATION_F1 = Measure(
    "relation_f1",
    "relation F1",
    "F1 over relations with the same label whose heads and tails are aligned spans of the same "
    "label (exact or relaxed pairs)",
    lambda tally: relation_f1_score(
        tally.links.relations_matched, tally.links.relations_a, tally.links.relations_b
    ),
    per_label=False,
)
SPEAKER_AGREEMENT = Measure(
    "speaker_agreement",
    "speakers",
    "share of quotes marked by both whose speakers meet: A's speaker, or a mention of its "
    "entity, aligned with B's speaker or a mention of B's speaker entity (two unattributed "
    "quotes agree)",
    lambda tally: speaker_score(tally.links.speakers_agreed, tally.links.quotes_aligned),
    per_label=False,
)

MEASURES: tuple[Measure, ...] = (
    SPAN_F1_EXACT,
    SPAN_F1_RELAXED,
    UNITIZING_ALPHA,
    TOKEN_ALPHA,
    RELATION_F1,
    SPEAKER_AGREEMENT,
)
SPAN_MEASURES = tuple(m for m in MEASURES if m.per_label)
ALL_ANNOTATORS = (TOKEN_ALPHA, UNITIZING_ALPHA)  # over all annotators at once


def scores(tally: Tally, measures: tuple[Measure, ...], reason: str | None = None) -> dict:
    """Each measure's Score by key, its value rounded to 6 places as reported; with ``reason``,
    every measure is undefined for that reason (there is nothing to compare)."""
    out = {}
    for measure in measures:
        score = undefined(reason) if reason else measure.compute(tally)
        if score.value is not None:
            score = Score(round(score.value, 6), None, score.counts)
        out[measure.key] = score
    return out

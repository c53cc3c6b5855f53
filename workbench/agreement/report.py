"""The agreement report as values: pairs, their measures per label and per document, the
confusion of labels, the disagreements, and all annotators at once.

``agreement.project.agreement_report`` builds it from a project. Readers take each number with
``score(measure)`` for a measure of the one list in ``agreement.measures``, and a reason where it
is undefined; ``AgreementReport.to_json()`` is the ``--json`` output the README documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workbench.agreement.categories import CategoryAgreement
from workbench.agreement.measures import (
    ALL_ANNOTATORS,
    MEASURES,
    SPAN_MEASURES,
    LinkCounts,
    Measure,
    SpanCounts,
)
from workbench.agreement.scores import Score

NONE_LABEL = "—"  # the confusion matrix's row and column for "no aligned span"


def _scores_json(scores: dict[str, Score]) -> dict[str, Any]:
    out: dict[str, Any] = {key: score.value for key, score in scores.items()}
    reasons = {key: score.reason for key, score in scores.items() if score.value is None}
    if reasons:
        out["undefined"] = reasons
    return out


@dataclass(frozen=True)
class Measured:
    """Counts and scores of two annotators over some documents: all they share, one document,
    or one label (``links`` None: relations and speakers are not counted per label)."""

    spans: SpanCounts
    links: LinkCounts | None
    scores: dict[str, Score]  # by measure key, in the order of ``MEASURES``

    def score(self, measure: Measure) -> Score:
        return self.scores[measure.key]

    @property
    def measures(self) -> tuple[Measure, ...]:
        return MEASURES if self.links is not None else SPAN_MEASURES

    def to_json(self, coders: tuple[str, str]) -> dict[str, Any]:
        a, b = coders
        out: dict[str, Any] = {
            "spans": {a: self.spans.a, b: self.spans.b},
            "matched_exact": self.spans.matched_exact,
            "matched_relaxed": self.spans.matched_relaxed,
        }
        if self.links is not None:
            out["relations"] = {a: self.links.relations_a, b: self.links.relations_b}
            out["relations_matched"] = self.links.relations_matched
            out["quotes_aligned"] = self.links.quotes_aligned
            out["speakers_agreed"] = self.links.speakers_agreed
        out.update(_scores_json(self.scores))
        return out


class DisagreementKind(StrEnum):
    LABEL = "label"  # the same place, other labels
    BOUNDARY = "boundary"  # the same label, overlapping but other offsets
    MISSING = "missing"  # a span only one annotator has
    LINK = "link"  # a relation only one annotator has


# How each kind is said in English; the window translates these templates.
DESCRIPTIONS = {
    DisagreementKind.LABEL: "%s (%s) / %s (%s)",
    DisagreementKind.BOUNDARY: "%s: boundaries differ",
    DisagreementKind.MISSING: "%s only in %s",
    DisagreementKind.LINK: "%s only in %s",
}


@dataclass(frozen=True)
class Disagreement:
    """Where two annotators differ on one document. ``label_a`` and ``label_b`` say what each
    has there (None: nothing); ``a`` and ``b`` are the ids of their span or relation."""

    document: str
    kind: DisagreementKind
    start: int
    end: int
    label_a: str | None
    label_b: str | None
    a: str | None
    b: str | None
    annotators: tuple[str, str]

    def message(self) -> tuple[str, tuple[str, ...]]:
        """The English template of the difference and what fills it."""
        (label_a, label_b), (name_a, name_b) = (self.label_a, self.label_b), self.annotators
        if self.kind == DisagreementKind.LABEL:
            args: tuple = (label_a, name_a, label_b, name_b)
        elif self.kind == DisagreementKind.BOUNDARY:
            args = (label_a,)
        else:
            args = (label_a, name_a) if label_a is not None else (label_b, name_b)
        return DESCRIPTIONS[self.kind], args

    @property
    def description(self) -> str:
        template, args = self.message()
        return template % args

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "kind": str(self.kind),
            "start": self.start,
            "end": self.end,
            "label_a": self.label_a,
            "label_b": self.label_b,
            "description": self.description,
            "a": self.a,
            "b": self.b,
        }


@dataclass(frozen=True)
class PairReport:
    """Two annotators over the documents both have: ``total`` over them all, ``by_label`` and
    ``by_document`` when asked for, ``disagreements`` when asked for. ``reason`` says why
    nothing could be compared (no shared document); every measure is then undefined with it."""

    annotators: tuple[str, str]
    documents: int
    total: Measured
    confusion: dict[str, dict[str, int]]
    by_label: dict[str, Measured] | None = None
    by_document: dict[str, Measured] | None = None
    disagreements: tuple[Disagreement, ...] | None = None
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"annotators": list(self.annotators), "documents": self.documents}
        out.update(self.total.to_json(self.annotators))
        for key, parts in (("by_label", self.by_label), ("by_document", self.by_document)):
            if parts is not None:
                out[key] = {name: part.to_json(self.annotators) for name, part in parts.items()}
        out["confusion"] = self.confusion
        if self.disagreements is not None:
            out["disagreements"] = [d.to_json() for d in self.disagreements]
        return out


@dataclass(frozen=True)
class OverallReport:
    """All annotators at once: token alpha on every document two or more have, unitizing
    alpha on the ``documents_complete`` that all have."""

    annotators: tuple[str, ...]
    documents: int
    documents_complete: int
    scores: dict[str, Score]  # the measures of ``ALL_ANNOTATORS``

    def score(self, measure: Measure) -> Score:
        return self.scores[measure.key]

    @property
    def measures(self) -> tuple[Measure, ...]:
        return ALL_ANNOTATORS

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "annotators": list(self.annotators),
            "documents": self.documents,
            "documents_complete": self.documents_complete,
        }
        out.update(_scores_json(self.scores))
        return out


@dataclass(frozen=True)
class AgreementReport:
    annotators: tuple[str, ...]
    status: str  # "done": layers marked done only; "any": every layer
    pairs: tuple[PairReport, ...]
    overall: OverallReport
    # per document category of the schema: Cohen's kappa per pair, Krippendorff's alpha overall
    categories: tuple[CategoryAgreement, ...] = ()

    def pair(self, a: str, b: str) -> PairReport | None:
        """The report of two annotators, in either order."""
        for pair in self.pairs:
            if set(pair.annotators) == {a, b}:
                return pair
        return None

    def pair_scores(
        self, measure: Measure
    ) -> dict[tuple[str, str], tuple[float | None, str | None]]:
        """Each pair's value of one measure over all it shares, with the reason when it has
        none: what ``workflow.progress.progress`` averages per annotator."""
        scores = {}
        for pair in self.pairs:
            score = pair.total.score(measure)
            scores[pair.annotators] = (score.value, score.reason or pair.reason)
        return scores

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` output, with the keys the README documents."""
        return {
            "annotators": list(self.annotators),
            "status": self.status,
            "pairs": [pair.to_json() for pair in self.pairs],
            "overall": self.overall.to_json(),
            **({"categories": [c.to_json() for c in self.categories]} if self.categories else {}),
        }

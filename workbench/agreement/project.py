"""Agreement in a project: every pair of annotators over the documents both have finished.

For each pair, every measure of ``agreement.measures`` over the shared documents laid end to
end; the span measures per label and every measure per document; a confusion matrix of labels
over aligned spans; and the list of disagreements. Over all annotators at once: token alpha, and
unitizing alpha on the documents every one of them finished. A pair with no shared document
gets every measure undefined, with the reason.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from workbench.agreement.alignment import (
    BOUNDARY,
    EXACT,
    LABEL,
    MISSING,
    Pair,
    add_f1_counts,
    align,
)
from workbench.agreement.categories import category_agreement
from workbench.agreement.links import match_relations, speaker_counts
from workbench.agreement.measures import (
    ALL_ANNOTATORS,
    MEASURES,
    SPAN_MEASURES,
    TOKEN_ALPHA,
    UNITIZING_ALPHA,
    LinkCounts,
    SpanCounts,
    Tally,
    scores,
)
from workbench.agreement.report import (
    NONE_LABEL,
    AgreementReport,
    Disagreement,
    DisagreementKind,
    Measured,
    OverallReport,
    PairReport,
)
from workbench.core.errors import ProjectError
from workbench.core.model import GOLD, SUGGEST, Layer
from workbench.core.quotes import QuoteInfo, resolve_quotes
from workbench.core.tokens import tokenize, tokens_in

NO_LABELS: frozenset = frozenset()
BATCH = 500  # documents whose layers are read at once
Progress = Callable[[int, int], None]
DONE = {"done": "marked done", "any": "annotated"}  # what the layers compared are, by status


def nothing_shared(status: str, who: str = "both annotators have") -> str:
    """Why there is nothing to compare: no document that ``who`` ... (by ``status``)."""
    return f"no document that {who} {DONE[status]}"


@dataclass
class DocumentLayers:
    doc_id: str
    length: int
    tokens: list[tuple[int, int]]
    layers: dict[str, Layer]
    _token_labels: dict[str, list[frozenset]] = field(default_factory=dict)
    _starts: list[int] | None = None
    _quotes: dict[str, list[QuoteInfo]] = field(default_factory=dict)

    def quotes(self, annotator: str) -> list[QuoteInfo]:
        """The annotator's quotes with their cues and speakers, resolved once for all pairs."""
        if annotator not in self._quotes:
            self._quotes[annotator] = resolve_quotes(self.layers[annotator])
        return self._quotes[annotator]

    def token_labels(self, annotator: str) -> list[frozenset]:
        """For each token, the labels of the annotator's spans that cover part of it."""
        if annotator not in self._token_labels:
            if self._starts is None:
                self._starts = [t[0] for t in self.tokens]
            covering = [NO_LABELS] * len(self.tokens)  # only covered tokens get a set of their own
            for span in self.layers[annotator].spans:
                label = _label_set(span.label)
                for i in tokens_in(self.tokens, self._starts, span.start, span.end):
                    covered = covering[i]
                    covering[i] = label if covered is NO_LABELS else covered | label
            self._token_labels[annotator] = covering
        return self._token_labels[annotator]


@lru_cache(maxsize=256)
def _label_set(label: str) -> frozenset:
    return frozenset((label,))


class Steps:
    """Progress through a report, one step per document read and per document compared for
    each pair, told in documents: ``progress(done, documents)`` as it goes, ``done`` the share
    of the work finished counted in documents (all of them once the last step is done), and
    ``cancelled()`` asked as often."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self.progress, self.cancelled = progress, cancelled
        self.done = self.total = self.documents = 0

    def step(self, count: int = 1) -> None:
        """``count`` more steps done; raises Cancelled when the caller has cancelled."""
        self.done += count
        if self.progress is not None:
            self.progress(self.done * self.documents // max(self.total, 1), self.documents)
        if self.cancelled is not None and self.cancelled():
            raise Cancelled


class Cancelled(Exception):
    """The report was cancelled before it was done."""


def load_documents(
    project,
    annotators: list[str] | None,
    status: str,
    with_suggestions: bool = False,
    steps: Steps | None = None,
) -> tuple[list, list]:
    """The annotators compared and, per document, their layers that qualify, read a batch of
    documents at a time (``Project.layers_of``), one step of ``steps`` per document.

    The suggestion layer (``suggest``) is compared only when named or ``with_suggestions``;
    it has no status of its own, so it qualifies beside any layer that does."""
    known = [a for a in project.annotators() if a not in (GOLD, SUGGEST)]
    if with_suggestions or (annotators and SUGGEST in annotators):
        if SUGGEST not in project.annotators():
            raise ProjectError(
                "the project has no suggestions to compare with: run 'workbench suggest' first",
                str(project.path),
            )
        if with_suggestions:
            annotators = [*(annotators or known), SUGGEST]
        known.append(SUGGEST)
    if annotators:
        unknown = [a for a in annotators if a not in known]
        if unknown:
            raise ProjectError(
                f"no annotator {', '.join(map(repr, unknown))} in this project "
                f"(annotators: {', '.join(known) or 'none'})",
                str(project.path),
            )
        chosen = list(dict.fromkeys(annotators))
    else:
        chosen = known
    steps = steps or Steps(None, None)
    documents = []
    with project.read_snapshot():
        ids = project.document_ids()
        pairs = len(chosen) * (len(chosen) - 1) // 2
        steps.documents = len(ids)
        steps.total = len(ids) * (1 + pairs)  # until the documents compared are known
        for start in range(0, len(ids), BATCH):
            for doc_id, found in project.layers_of(ids[start : start + BATCH]).items():
                layers = {
                    layer.annotator: layer
                    for layer in found
                    if layer.annotator in chosen
                    and (status in ("any", layer.status) or layer.annotator == SUGGEST)
                }
                if len(layers) >= 2:
                    text = project.document(doc_id).text
                    documents.append(DocumentLayers(doc_id, len(text), tokenize(text), layers))
                steps.step()
    steps.total = len(ids) + sum(
        sum(1 for d in documents if a in d.layers and b in d.layers)
        for a, b in combinations(chosen, 2)
    )
    return chosen, documents


def agreement_report(
    project,
    annotators: list[str] | None = None,
    status: str = "done",
    by: str | None = None,
    disagreements: bool = False,
    with_suggestions: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AgreementReport | None:
    """The report described in the module docstring; ``by`` is label, document or all;
    ``with_suggestions`` adds the suggestion layer as one more annotator. ``progress(done,
    documents)`` is called for each document read and each document compared for each pair,
    ``done`` the share of the work finished, in documents;
    when ``cancelled()`` (asked as often) says so, the report stops and None is returned."""
    steps = Steps(progress, cancelled)
    with _no_cycle_collection():
        try:
            chosen, documents = load_documents(project, annotators, status, with_suggestions, steps)
            labels = list(project.schema.labels)
            pairs = []
            for a, b in combinations(chosen, 2):
                shared = [d for d in documents if a in d.layers and b in d.layers]
                reason = None if shared else nothing_shared(status)
                pairs.append(pair_report(a, b, shared, labels, by, disagreements, reason, steps))
        except Cancelled:
            return None
        overall = overall_report(chosen, documents, status)
    categories = category_agreement(
        project.schema.categories, chosen, [d.layers for d in documents], nothing_shared(status)
    )
    return AgreementReport(tuple(chosen), status, tuple(pairs), overall, categories)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: a report makes millions of small values with no
    cycles among them, and the collector's passes over them took a fifth of the time on
    10,000 documents. Reference counting still frees what is dropped."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _span_counts(counts: Counter) -> SpanCounts:
    return SpanCounts(counts["a"], counts["b"], counts["matched_exact"], counts["matched_relaxed"])


def _measured(tally: Tally, with_links: bool = True, reason: str | None = None) -> Measured:
    measures = MEASURES if with_links else SPAN_MEASURES
    links = tally.links if with_links else None
    return Measured(tally.spans, links, scores(tally, measures, reason))


def pair_report(
    a, b, documents, labels, by=None, with_disagreements=False, reason=None, steps=None
) -> PairReport:
    spans = Counter()
    links = Counter()
    per_label: dict[str, Counter] = {label: Counter() for label in labels}
    confusion: dict[str, Counter] = {}
    units: list[tuple[str, str, int, int]] = []
    token_pairs: Counter = Counter()
    by_document: dict[str, Measured] = {}
    found: list[Disagreement] = []
    offset = 0
    for doc in documents:
        la, lb = doc.layers[a], doc.layers[b]
        pairs = align(la.spans, lb.spans)
        counts: Counter = Counter()  # this document's, kept for its row of "by document"
        add_f1_counts(pairs, counts, per_label)
        spans.update(counts)
        for pair in pairs:
            row = pair.a.label if pair.a else NONE_LABEL
            if row not in confusion:
                confusion[row] = Counter()
            confusion[row][pair.b.label if pair.b else NONE_LABEL] += 1
        matched, only_a, only_b = match_relations(la, lb, pairs)
        quotes = speaker_counts(la, lb, pairs, (doc.quotes(a), doc.quotes(b)))
        doc_links = LinkCounts(
            len(la.relations),
            len(lb.relations),
            len(matched),
            quotes["quotes_aligned"],
            quotes["speakers_agreed"],
        )
        links.update(vars(doc_links))
        doc_units = [(a, s.label, s.start, s.end) for s in la.spans]
        doc_units += [(b, s.label, s.start, s.end) for s in lb.spans]
        units.extend((c, lab, s + offset, e + offset) for c, lab, s, e in doc_units)
        offset += doc.length
        token_labels = zip(doc.token_labels(a), doc.token_labels(b), strict=True)
        if by in ("document", "all"):
            doc_tokens = Counter(token_labels)
            token_pairs.update(doc_tokens)
            tally = Tally(
                (a, b), _span_counts(counts), doc_links, doc_units, doc.length, doc_tokens
            )
            by_document[doc.doc_id] = _measured(tally)
        else:
            token_pairs.update(token_labels)  # counted in C, no Counter per document
        if with_disagreements:
            found.extend(disagreements_of(doc.doc_id, pairs, only_a, only_b, la, lb))
        if steps is not None:
            steps.step()
    total = Tally((a, b), _span_counts(spans), LinkCounts(**links), units, offset, token_pairs)
    labelled = None
    if by in ("label", "all"):
        labelled = {
            label: _measured(
                Tally(
                    (a, b),
                    _span_counts(counts),
                    units=units,
                    length=offset,
                    tokens=token_pairs,
                    label=label,
                ),
                with_links=False,
            )
            for label, counts in per_label.items()
            if counts["a"] or counts["b"]
        }
    return PairReport(
        annotators=(a, b),
        documents=len(documents),
        total=_measured(total, reason=reason),
        confusion={row: dict(cols) for row, cols in sorted(confusion.items())},
        by_label=labelled,
        by_document=by_document if by in ("document", "all") else None,
        disagreements=tuple(found) if with_disagreements else None,
        reason=reason,
    )


def overall_report(
    annotators: list[str], documents: list[DocumentLayers], status: str = "done"
) -> OverallReport:
    """All annotators at once: token alpha with missing values, unitizing alpha where complete."""
    tokens: Counter = Counter()
    for doc in documents:
        missing = [None] * len(doc.tokens)
        columns = [doc.token_labels(a) if a in doc.layers else missing for a in annotators]
        tokens.update(zip(*columns, strict=True))
    complete = [d for d in documents if all(a in d.layers for a in annotators)]
    units, offset = [], 0
    for doc in complete:
        for a in annotators:
            units.extend(
                (a, s.label, s.start + offset, s.end + offset) for s in doc.layers[a].spans
            )
        offset += doc.length
    tally = Tally(tuple(annotators), units=units, length=offset, tokens=tokens)
    found = {
        TOKEN_ALPHA: None if documents else nothing_shared(status, "two annotators have"),
        UNITIZING_ALPHA: None if complete else nothing_shared(status, "every annotator has"),
    }
    measured = {}
    for measure in ALL_ANNOTATORS:
        measured.update(scores(tally, (measure,), found[measure]))
    return OverallReport(tuple(annotators), len(documents), len(complete), measured)


KINDS = {
    MISSING: DisagreementKind.MISSING,
    LABEL: DisagreementKind.LABEL,
    BOUNDARY: DisagreementKind.BOUNDARY,
}


def disagreements_of(
    doc_id, pairs: list[Pair], only_a, only_b, la: Layer, lb: Layer
) -> list[Disagreement]:
    """Where two annotators differ on one document, in text order."""
    out = []
    names = (la.annotator, lb.annotator)
    for pair in pairs:
        if pair.kind == EXACT:
            continue
        ids = (pair.a.id if pair.a else None, pair.b.id if pair.b else None)
        labels = (pair.a.label if pair.a else None, pair.b.label if pair.b else None)
        out.append(
            Disagreement(doc_id, KINDS[pair.kind], pair.start, pair.end, *labels, *ids, names)
        )
    for layer, relations in ((la, only_a), (lb, only_b)):
        spans = {s.id: s for s in layer.spans}
        for relation in relations:
            ends = [spans[i] for i in (relation.head, relation.tail) if i in spans]
            mine = layer is la
            labels = (relation.label, None) if mine else (None, relation.label)
            ids = (relation.id, None) if mine else (None, relation.id)
            start, end = min(s.start for s in ends), max(s.end for s in ends)
            out.append(
                Disagreement(doc_id, DisagreementKind.LINK, start, end, *labels, *ids, names)
            )
    out.sort(key=lambda d: (d.start, d.end))
    return out

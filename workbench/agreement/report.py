"""Agreement in a project: every pair of annotators over the documents both have finished.

For each pair: span F1 (exact, relaxed), unitizing alpha over the characters of the shared
documents laid end to end, token alpha (Krippendorff, nominal: each token's value is the set of
labels covering it, "O" for none), relation F1 and speaker agreement; the same per label and per
document; a confusion matrix of labels over aligned spans; and the list of disagreements. Over all
annotators at once: token alpha, and unitizing alpha on the documents every one of them finished.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from workbench.agreement.alignment import (
    BOUNDARY,
    EXACT,
    LABEL,
    MISSING,
    Pair,
    align,
    f1_counts_by_label,
    f1_from_counts,
)
from workbench.agreement.coefficients import alpha_of_unit_counts
from workbench.agreement.links import (
    match_relations,
    relation_f1_from_counts,
    speaker_counts,
    speaker_score,
)
from workbench.agreement.scores import Score
from workbench.agreement.unitizing import unitizing_score
from workbench.core.errors import ProjectError
from workbench.core.model import GOLD, Layer
from workbench.core.tokens import tokenize, tokens_in

NONE_LABEL = "—"  # the confusion matrix's row and column for "no aligned span"
OUTSIDE = "O"
NO_LABELS: frozenset = frozenset()


@dataclass
class DocumentLayers:
    doc_id: str
    length: int
    tokens: list[tuple[int, int]]
    layers: dict[str, Layer]
    _token_labels: dict[str, list[frozenset]] = field(default_factory=dict)
    _starts: list[int] | None = None

    def token_labels(self, annotator: str) -> list[frozenset]:
        """For each token, the labels of the annotator's spans that cover part of it."""
        if annotator not in self._token_labels:
            if self._starts is None:
                self._starts = [t[0] for t in self.tokens]
            covering = [NO_LABELS] * len(self.tokens)  # only covered tokens get a set of their own
            for span in self.layers[annotator].spans:
                label = frozenset((span.label,))
                for i in tokens_in(self.tokens, self._starts, span.start, span.end):
                    covering[i] = covering[i] | label
            self._token_labels[annotator] = covering
        return self._token_labels[annotator]


def token_value(labels: frozenset | None, label: str | None = None) -> str | None:
    if labels is None:  # a coder who did not code this unit
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


def load_documents(project, annotators: list[str] | None, status: str) -> tuple[list, list]:
    """The annotators compared and, per document, their layers that qualify."""
    known = [a for a in project.annotators() if a != GOLD]
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
    documents = []
    with project.read_snapshot():
        for doc_id in project.document_ids():
            layers = {
                layer.annotator: layer
                for layer in project.layers(doc_id)
                if layer.annotator in chosen and status in ("any", layer.status)
            }
            if len(layers) >= 2:
                text = project.document(doc_id).text
                documents.append(DocumentLayers(doc_id, len(text), tokenize(text), layers))
    return chosen, documents


def agreement_report(
    project,
    annotators: list[str] | None = None,
    status: str = "done",
    by: str | None = None,
    disagreements: bool = False,
) -> dict[str, Any]:
    """The report described in the module docstring; ``by`` is label, document or all."""
    chosen, documents = load_documents(project, annotators, status)
    labels = list(project.schema.labels)
    report: dict[str, Any] = {"annotators": chosen, "status": status, "pairs": []}
    for a, b in combinations(chosen, 2):
        shared = [d for d in documents if a in d.layers and b in d.layers]
        report["pairs"].append(pair_report(a, b, shared, labels, by, disagreements))
    report["overall"] = overall_report(chosen, documents)
    return report


def pair_report(a, b, documents, labels, by=None, with_disagreements=False) -> dict[str, Any]:
    spans = Counter()
    relations = Counter()
    quotes = Counter()
    per_label: dict[str, Counter] = {label: Counter() for label in labels}
    confusion: dict[str, Counter] = {}
    units: list[tuple[str, str, int, int]] = []
    token_pairs: Counter = Counter()
    by_document: dict[str, Any] = {}
    found: list[dict[str, Any]] = []
    offset = 0
    for doc in documents:
        la, lb = doc.layers[a], doc.layers[b]
        pairs = align(la.spans, lb.spans)
        counts, by_label = f1_counts_by_label(pairs)
        spans.update(counts)
        for label, label_counts in by_label.items():
            per_label.setdefault(label, Counter()).update(label_counts)
        for pair in pairs:
            row = pair.a.label if pair.a else NONE_LABEL
            confusion.setdefault(row, Counter())[pair.b.label if pair.b else NONE_LABEL] += 1
        matched, only_a, only_b = match_relations(la, lb, pairs)
        rel = {"a": len(la.relations), "b": len(lb.relations), "matched": len(matched)}
        relations.update(rel)
        spk = speaker_counts(la, lb, pairs)
        quotes.update(spk)
        doc_units = [(a, s.label, s.start, s.end) for s in la.spans]
        doc_units += [(b, s.label, s.start, s.end) for s in lb.spans]
        units.extend((c, lab, s + offset, e + offset) for c, lab, s, e in doc_units)
        offset += doc.length
        doc_tokens = Counter(zip(doc.token_labels(a), doc.token_labels(b), strict=True))
        token_pairs.update(doc_tokens)
        if by in ("document", "all"):
            by_document[doc.doc_id] = _measures(
                counts, rel, spk, (a, b), doc_units, doc.length, doc_tokens
            )
        if with_disagreements:
            found.extend(disagreements_of(doc.doc_id, pairs, only_a, only_b, la, lb))
    out: dict[str, Any] = {"annotators": [a, b], "documents": len(documents)}
    out.update(_measures(spans, relations, quotes, (a, b), units, offset, token_pairs))
    if by in ("label", "all"):
        out["by_label"] = {
            label: _label_measures(per_label[label], label, (a, b), units, offset, token_pairs)
            for label in per_label
            if per_label[label]["a"] or per_label[label]["b"]
        }
    if by in ("document", "all"):
        out["by_document"] = by_document
    out["confusion"] = {row: dict(cols) for row, cols in sorted(confusion.items())}
    if with_disagreements:
        out["disagreements"] = found
    return out


def _measures(spans, relations, quotes, coders, units, length, token_pairs) -> dict[str, Any]:
    out, scores = _span_parts(spans, coders, units, length, token_pairs)
    out.update(
        {
            "relations": {coders[0]: relations["a"], coders[1]: relations["b"]},
            "relations_matched": relations["matched"],
            "quotes_aligned": quotes["quotes_aligned"],
            "speakers_agreed": quotes["speakers_agreed"],
        }
    )
    scores["relation_f1"] = relation_f1_from_counts(dict(relations))
    scores["speaker_agreement"] = speaker_score(dict(quotes))
    return _with_scores(out, scores)


def _label_measures(counts, label, coders, units, length, token_pairs) -> dict[str, Any]:
    return _with_scores(*_span_parts(counts, coders, units, length, token_pairs, label))


def _span_parts(counts, coders, units, length, token_pairs, label=None):
    """The span counts and scores, overall (``label`` None) or for one label."""
    out: dict[str, Any] = {
        "spans": {coders[0]: counts["a"], coders[1]: counts["b"]},
        "matched_exact": counts["matched_exact"],
        "matched_relaxed": counts["matched_relaxed"],
    }
    scores = {
        "span_f1_exact": f1_from_counts(counts["matched_exact"], counts["a"], counts["b"]),
        "span_f1_relaxed": f1_from_counts(counts["matched_relaxed"], counts["a"], counts["b"]),
        "unitizing_alpha": _unitizing(units, length, coders, label),
        "token_alpha": token_alpha(token_pairs, label),
    }
    return out, scores


def _with_scores(out: dict[str, Any], scores: dict[str, Score]) -> dict[str, Any]:
    for key, score in scores.items():
        out[key] = None if score.value is None else round(score.value, 6)
    reasons = {key: score.reason for key, score in scores.items() if score.value is None}
    if reasons:
        out["undefined"] = reasons
    return out


def _unitizing(units, length, coders, label=None) -> Score:
    if length == 0:
        return Score(None, "no shared documents")
    return unitizing_score(units, 0, length, label, coders=coders)


def overall_report(annotators: list[str], documents: list[DocumentLayers]) -> dict[str, Any]:
    """All annotators at once: token alpha with missing values, unitizing alpha where complete."""
    units: Counter = Counter()
    for doc in documents:
        missing = [None] * len(doc.tokens)
        columns = [doc.token_labels(a) if a in doc.layers else missing for a in annotators]
        units.update(zip(*columns, strict=True))
    complete = [d for d in documents if all(a in d.layers for a in annotators)]
    spans, offset = [], 0
    for doc in complete:
        for a in annotators:
            spans.extend(
                (a, s.label, s.start + offset, s.end + offset) for s in doc.layers[a].spans
            )
        offset += doc.length
    scores = {
        "token_alpha": token_alpha(units),
        "unitizing_alpha": _unitizing(spans, offset, annotators),
    }
    out = {
        "annotators": annotators,
        "documents": len(documents),
        "documents_complete": len(complete),
    }
    return _with_scores(out, scores)


def disagreements_of(doc_id, pairs: list[Pair], only_a, only_b, la: Layer, lb: Layer) -> list:
    """Where two annotators differ on one document, in text order. ``label_a`` and ``label_b``
    say what each annotator has there (None: nothing); ``description`` says it in English."""
    out = []
    names = (la.annotator, lb.annotator)
    for pair in pairs:
        if pair.kind == EXACT:
            continue
        kind = {MISSING: "missing", LABEL: "label", BOUNDARY: "boundary"}[pair.kind]
        labels = (pair.a.label if pair.a else None, pair.b.label if pair.b else None)
        out.append(_disagreement(doc_id, kind, pair.start, pair.end, labels, names, pair.a, pair.b))
    for layer, relations in ((la, only_a), (lb, only_b)):
        spans = {s.id: s for s in layer.spans}
        for relation in relations:
            ends = [spans[i] for i in (relation.head, relation.tail) if i in spans]
            mine = layer is la
            labels = (relation.label, None) if mine else (None, relation.label)
            ids = (relation.id, None) if mine else (None, relation.id)
            start, end = min(s.start for s in ends), max(s.end for s in ends)
            out.append(_disagreement(doc_id, "link", start, end, labels, names, *ids))
    out.sort(key=lambda d: (d["start"], d["end"]))
    return out


def describe(kind: str, labels: tuple, names: tuple) -> str:
    if kind == "label":
        return f"{labels[0]} ({names[0]}) / {labels[1]} ({names[1]})"
    if kind == "boundary":
        return f"{labels[0]}: boundaries differ"
    side = 0 if labels[0] is not None else 1
    return f"{labels[side]} only in {names[side]}"


def _disagreement(doc_id, kind, start, end, labels, names, a, b) -> dict[str, Any]:
    def ref(x):
        return x if x is None or isinstance(x, str) else x.id

    return {
        "document": doc_id,
        "kind": kind,
        "start": start,
        "end": end,
        "label_a": labels[0],
        "label_b": labels[1],
        "description": describe(kind, labels, names),
        "a": ref(a),
        "b": ref(b),
    }

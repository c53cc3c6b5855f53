"""A model that learns the project's names: train it, measure it, suggest with it.

``train`` fits a CRF sequence labeller (python-crfsuite: small, fast on a CPU, no network) on
the name labels (PER, ORG, GPE, LOC, TITLE, those of them the schema has) of the project's gold
layers and done layers (a document's gold layer when it has one, else each of its done
layers), measures it by k-fold cross-validation over documents (exact spans, per label), and
stores it in the project file under ``MODEL_NAME`` with what it was trained on.
``model_suggestions`` labels one document with the stored model, for ``workbench suggest
--using model``. Features and tags are in ``workbench.core.suggest.crf_features``.

A suggested name's score is how likely it is to be right: the CRF's marginal probability of
its tags (the lowest of its words') times its label's ``reliability`` measured by the
cross-validation stored with the model, so a label the model rarely got right scores low
whatever the CRF believes.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pycrfsuite

from workbench.core.counts import count
from workbench.core.errors import WorkbenchError
from workbench.core.model import GOLD, SUGGEST, Document, Layer, Span
from workbench.core.suggest.crf_features import (
    NAME_LABELS,
    Gazetteer,
    LabelScore,
    bio_tags,
    count_matches,
    features,
    sentences,
    spans_from_tags,
)
from workbench.core.suggest.keys import SuggestionInfo, span_key
from workbench.store.models import StoredModel
from workbench.store.project import Project
from workbench.store.projectfile import now

MODEL_NAME = "names"
KIND = "crf-names"
SOURCE = "model:crf"
FOLDS = 5
MIN_DOCUMENTS = 2
# predictions assumed wrong on top of the cross-validated ones: a label predicted right 2 times
# out of 2 is not yet a sure one (2 / (2 + 2) = 0.5)
PRIOR_PREDICTIONS = 2
_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 80, "feature.possible_transitions": True}


class TrainingError(WorkbenchError):
    """The project cannot train a model (too little data) or has none to suggest with."""


class Cancelled(Exception):
    """Raised inside ``train`` when ``cancelled()`` says so; nothing is stored."""


@dataclass(frozen=True)
class Example:
    """One layer to learn from: the document's text and the layer's name spans."""

    doc_id: str
    sha256: str
    annotator: str
    text: str
    spans: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class TrainReport:
    """What ``train`` did: the cross-validated scores per label, over how many documents and
    folds, and what the stored model was trained on."""

    labels: list[LabelScore]
    folds: int
    documents: int
    trained_on: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "folds": self.folds,
            "documents": self.documents,
            "labels": [score.to_dict() for score in self.labels],
        }


def name_labels(project: Project) -> list[str]:
    return [label for label in NAME_LABELS if label in project.schema.labels]


def examples(project: Project) -> list[Example]:
    """The layers the model learns from: per document its gold layer, or else its done layers."""
    labels = set(name_labels(project))
    by_document: dict[str, list[tuple[Document, Layer]]] = {}
    for doc, layer in project.iter_layers("all", "any"):
        if layer is None or layer.annotator == SUGGEST:
            continue
        if layer.annotator == GOLD or layer.status == "done":
            by_document.setdefault(doc.id, []).append((doc, layer))
    out = []
    for found in by_document.values():
        gold = [pair for pair in found if pair[1].annotator == GOLD]
        for doc, layer in gold or found:
            spans = tuple(
                sorted((s.start, s.end, s.label) for s in layer.spans if s.label in labels)
            )
            out.append(Example(doc.id, doc.sha256, layer.annotator, doc.text, spans))
    return out


def _gazetteer(found: list[Example]) -> Gazetteer:
    names = Gazetteer()
    for example in found:
        names.add(Gazetteer.words_of(example.text, example.spans))
    return names


def _fit(found: list[Example], cancelled: Callable[[], bool]) -> bytes:
    """Train on ``found`` and return the model's bytes. Each example's own names are left out
    of the gazetteer its features see, as a new document's names are not known yet."""
    names = _gazetteer(found)
    trainer = pycrfsuite.Trainer(verbose=False)
    for example in found:
        if cancelled():
            raise Cancelled
        own = Gazetteer.words_of(example.text, example.spans)
        names.add(own, -1)
        for sentence in sentences(example.text):
            trainer.append(
                features(example.text, sentence, names), bio_tags(sentence, example.spans)
            )
        names.add(own)
    trainer.set_params(_PARAMS)
    with tempfile.TemporaryDirectory(prefix="workbench-crf-") as folder:
        path = os.path.join(folder, "model.crfsuite")
        trainer.train(path)
        with open(path, "rb") as stream:
            return stream.read()


def _tag(
    tagger: pycrfsuite.Tagger, text: str, names: Gazetteer
) -> list[tuple[int, int, str, float]]:
    found = []
    for sentence in sentences(text):
        tags = tagger.tag(features(text, sentence, names))
        scores = [tagger.marginal(tag, i) for i, tag in enumerate(tags)]
        found += spans_from_tags(text, sentence, tags, names, scores)
    return found


class _Tagger(pycrfsuite.Tagger):
    """A tagger that keeps the model's bytes alive: crfsuite reads the model from the buffer
    given to ``open_inmemory`` without copying it, so a buffer freed while the tagger lives
    crashes the interpreter (seen as a segfault in ``tag`` during cross-validation)."""

    def __init__(self, data: bytes):
        super().__init__()
        self.data = data
        self.open_inmemory(data)


def cross_validate(
    found: list[Example],
    folds: int = FOLDS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[list[LabelScore], int]:
    """Exact-span precision, recall and F1 per label, each document predicted by a model that
    never saw it (k folds over documents, k at most the number of documents)."""
    doc_ids = sorted({example.doc_id for example in found})
    k = min(folds, len(doc_ids))
    scores: dict[str, LabelScore] = {}
    for fold in range(k):
        held_out = set(doc_ids[fold::k])
        training = [e for e in found if e.doc_id not in held_out]
        tagger = _Tagger(_fit(training, cancelled))
        names = _gazetteer(training)
        for example in found:
            if example.doc_id in held_out:
                predicted = [(s, e, label) for s, e, label, _ in _tag(tagger, example.text, names)]
                count_matches(scores, example.spans, predicted)
        if progress:
            progress(fold + 1, k + 1)
    return sorted(scores.values(), key=lambda score: score.label), k


def train(
    project: Project,
    folds: int = FOLDS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> TrainReport | None:
    """Cross-validate, then train on everything and store the model in the project.

    Returns the report, or None when ``cancelled()`` turned true (the stored model, if any, is
    then left as it was). Raises TrainingError when there is too little to learn from.
    """
    found = examples(project)
    doc_ids = {example.doc_id for example in found}
    named = sum(len(example.spans) for example in found)
    labels = name_labels(project)
    if not labels:
        raise TrainingError(
            f"the project's schema has none of the name labels ({', '.join(NAME_LABELS)})",
            str(project.path),
        )
    if len(doc_ids) < MIN_DOCUMENTS or named == 0:
        raise TrainingError(
            f"too little to learn from: {count(len(doc_ids), 'document')} with a done or gold "
            f"layer and {count(named, 'name span')} in them; train needs at least "
            f"{MIN_DOCUMENTS} documents with names (mark layers done, or adjudicate into gold)",
            str(project.path),
        )
    try:
        scores, k = cross_validate(found, folds, progress, cancelled)
        data = _fit(found, cancelled)
    except Cancelled:
        return None
    trained_on = {
        "documents": [
            {"id": e.doc_id, "sha256": e.sha256, "layer": e.annotator, "spans": len(e.spans)}
            for e in found
        ],
        "layers": sorted({e.annotator for e in found}),
        "labels": labels,
    }
    report = TrainReport(scores, k, len(doc_ids), trained_on)
    project.save_model(StoredModel(MODEL_NAME, KIND, data, now(), trained_on, report.to_dict()))
    if progress:
        progress(k + 1, k + 1)
    return report


def reliability(report: dict[str, Any]) -> dict[str, float]:
    """Per label, how far its suggestions can be trusted, from the cross-validation in a
    stored model's report: its precision counted with ``PRIOR_PREDICTIONS`` more wrong
    predictions, and never more than its F1 (a label with F1 0.2 never scores 0.8). 0 for a
    label that cross-validation never predicted right."""
    out = {}
    for score in report.get("labels", []):
        right, predicted = score.get("true_positives", 0), score.get("predicted", 0)
        precision = right / (predicted + PRIOR_PREDICTIONS)
        out[score["label"]] = min(precision, score.get("f1") or 0.0)
    return out


def model_suggester(project: Project) -> Callable[[str], tuple[Layer, dict[str, SuggestionInfo]]]:
    """``model_suggestions`` for many documents: the stored model and the project's names are
    read once, then each call labels one document."""
    stored = project.model(MODEL_NAME)
    if stored is None:
        raise TrainingError(
            "the project has no trained model yet: run 'workbench train PROJECT' first",
            str(project.path),
        )
    tagger = _Tagger(stored.data)
    names = _gazetteer(examples(project))
    labels = set(stored.trained_on.get("labels", NAME_LABELS))
    trust = reliability(stored.report)

    def suggest(doc_id: str) -> tuple[Layer, dict[str, SuggestionInfo]]:
        text = project.document(doc_id).text
        layer = Layer(annotator=SUGGEST)
        info: dict[str, SuggestionInfo] = {}
        for n, (start, end, label, score) in enumerate(_tag(tagger, text, names)):
            if label not in labels or start >= end:
                continue
            span = Span(f"model-{n + 1}", start, end, label, text[start:end])
            layer.spans.append(span)
            sure = round(score * trust.get(label, 0.0), 4)
            info[span.id] = SuggestionInfo("span", span_key(span), SOURCE, sure)
        return layer, info

    return suggest


def model_suggestions(project: Project, doc_id: str) -> tuple[Layer, dict[str, SuggestionInfo]]:
    """The stored model's names in one document, as a suggestion layer (spans only) and what
    each span is (source ``model:crf``, score: the marginal probability of its tags times its
    label's cross-validated ``reliability``)."""
    return model_suggester(project)(doc_id)

"""Exports for training: Hugging Face token classification, Prodigy/spaCy JSONL, spaCy DocBin.

Tokens come from ``core.tokens`` (words with their proclitics and harakat, punctuation apart).
A span covers the tokens it overlaps. BIO tags go in two columns because quotes and the names
inside them overlap: ``quote_tags`` for QUOTE and CUE, ``ner_tags`` for every other label.
Within one column BIO cannot nest: a span inside another span of the same column (an ORG in a
TITLE) is left out of the tags, and counted in what the export reports as left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.core.model import Document, Layer, Span
from workbench.core.schema import FRAGMENT, Schema
from workbench.core.tokens import tokenize, tokens_in

QUOTE_LABELS = ("QUOTE", "CUE")
COLUMNS = ("ner_tags", "quote_tags")


def column_of(label: str) -> str:
    return "quote_tags" if label in QUOTE_LABELS else "ner_tags"


def tag_names(schema: Schema) -> dict[str, list[str]]:
    """The tag names of each column, "O" first, in schema order (for a ClassLabel)."""
    names: dict[str, list[str]] = {column: ["O"] for column in COLUMNS}
    for label in schema.labels:
        names[column_of(label)] += [f"B-{label}", f"I-{label}"]
    return names


@dataclass
class Tokenized:
    tokens: list[tuple[int, int]]
    starts: list[int]
    left_out: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> Tokenized:
        tokens = tokenize(text)
        return cls(tokens, [t[0] for t in tokens])

    def token_range(self, span: Span) -> range:
        return tokens_in(self.tokens, self.starts, span.start, span.end)

    def note(self, what: str) -> None:
        self.left_out[what] = self.left_out.get(what, 0) + 1


def hf_record(doc: Document, layer: Layer) -> tuple[dict[str, Any], dict[str, int]]:
    tok = Tokenized.of(doc.text)
    tags = {column: ["O"] * len(tok.tokens) for column in COLUMNS}
    for span in sorted(layer.spans, key=lambda s: (s.start, -s.end)):
        column = tags[column_of(span.label)]
        covered = tok.token_range(span)
        if not covered:
            tok.note("spans on no token")
            continue
        if any(column[i] != "O" for i in covered):
            tok.note("nested spans (BIO cannot nest)")
            continue
        for k, i in enumerate(covered):
            column[i] = f"{'B' if k == 0 else 'I'}-{span.label}"
    if layer.relations:
        tok.left_out["relations"] = len(layer.relations)
    record = {
        "id": doc.id,
        "annotator": layer.annotator,
        "tokens": [doc.text[a:b] for a, b in tok.tokens],
        **tags,
    }
    return record, tok.left_out


def prodigy_record(doc: Document, layer: Layer) -> tuple[dict[str, Any], dict[str, int]]:
    """Prodigy's shape: tokens with character offsets, spans with token indices (token_end
    inclusive), relations between spans by their tokens."""
    tok = Tokenized.of(doc.text)
    text = doc.text
    tokens = [
        {
            "text": text[a:b],
            "start": a,
            "end": b,
            "id": i,
            "ws": i + 1 < len(tok.tokens) and tok.tokens[i + 1][0] > b,
        }
        for i, (a, b) in enumerate(tok.tokens)
    ]
    spans: dict[str, dict[str, Any]] = {}
    for span in layer.spans:
        covered = tok.token_range(span)
        if not covered:
            tok.note("spans on no token")
            continue
        spans[span.id] = {
            "start": span.start,
            "end": span.end,
            "token_start": covered[0],
            "token_end": covered[-1],
            "label": span.label,
        }
    relations = []
    for relation in layer.relations:
        if relation.label == FRAGMENT or relation.head not in spans or relation.tail not in spans:
            continue
        head, child = spans[relation.head], spans[relation.tail]
        relations.append(
            {
                "head": head["token_start"],
                "child": child["token_start"],
                "head_span": head,
                "child_span": child,
                "label": relation.label,
            }
        )
    if layer.entities:
        tok.left_out["entities"] = len(layer.entities)
    record = {
        "text": text,
        "tokens": tokens,
        "spans": sorted(spans.values(), key=lambda s: (s["start"], s["end"])),
        "relations": relations,
        "answer": "accept",
        "meta": {"id": doc.id, "annotator": layer.annotator},
    }
    return record, tok.left_out


def spacy_docbin(items, schema: Schema):
    """A spaCy DocBin: every span in ``doc.spans["sc"]`` (they may overlap), entity labels
    that do not overlap in ``doc.ents``. Needs spaCy (the optional ``spacy`` extra)."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("xx")
    out = DocBin(store_user_data=True)
    for doc_record, layer in items:
        tok = Tokenized.of(doc_record.text)
        words = [doc_record.text[a:b] for a, b in tok.tokens]
        spaces = [
            i + 1 < len(tok.tokens) and tok.tokens[i + 1][0] > b
            for i, (_a, b) in enumerate(tok.tokens)
        ]
        doc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=spaces)
        group = []
        for span in layer.spans:
            covered = tok.token_range(span)
            if covered:
                group.append(doc[covered[0] : covered[-1] + 1])
                group[-1].label_ = span.label
        doc.spans["sc"] = group
        entities = [s for s in group if s.label_ not in QUOTE_LABELS]
        doc.ents = spacy.util.filter_spans(entities)
        doc.user_data["id"] = doc_record.id
        doc.user_data["annotator"] = layer.annotator
        out.add(doc)
    return out

"""Exports for training: Hugging Face token classification, Prodigy/spaCy JSONL, spaCy DocBin.

Tokens come from ``core.tokens`` (words with their proclitics and harakat, punctuation apart).
A span covers the tokens it overlaps. BIO tags go in two columns because quotes and the names
inside them overlap: ``quote_tags`` for QUOTE and CUE, ``ner_tags`` for every other label.
Within one column BIO cannot nest: a span inside another span of the same column (an ORG in a
TITLE) is left out of the tags, and counted in what the export reports as left out.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from workbench.core.model import Document, Layer, Span
from workbench.core.schema import FRAGMENT, Schema
from workbench.core.tokens import tokenize, tokens_in
from workbench.formats.losses import add, extras_lost, structure_lost

QUOTE_LABELS = ("QUOTE", "CUE")
WORDS_CUT = "words cut in two where a span starts or ends inside them (a proclitic left out)"
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
    """A document's tokens for a training export: the tokens it came with (``meta["tokens"]``,
    kept by the CoNLL import) or ``core.tokens``' words, cut where a span starts or ends inside
    one (a span that leaves out a proclitic keeps its offsets: the clitic is a token of its
    own). ``spaced`` adds the whitespace between them, as spaCy and Prodigy count it."""

    tokens: list[tuple[int, int]]
    starts: list[int]
    left_out: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Document, layer: Layer | None = None) -> Tokenized:
        """The tokens, cut at span edges; each word cut is counted in ``left_out``: the word
        is not carried as one token (``ولبنان`` becomes ``و`` + ``لبنان`` for a span that left
        out its proclitic), which would otherwise go unsaid."""
        words = given_tokens(doc) or tokenize(doc.text)
        tokens = words
        if layer is not None:
            tokens = _cut(words, {o for s in layer.spans for o in (s.start, s.end)})
        made = cls(tokens, [t[0] for t in tokens])
        add(made.left_out, WORDS_CUT, len(tokens) - len(words))
        return made

    def token_range(self, span: Span) -> range:
        return tokens_in(self.tokens, self.starts, span.start, span.end)

    def note(self, what: str) -> None:
        self.left_out[what] = self.left_out.get(what, 0) + 1

    def spaced(self, text: str) -> list[tuple[int, int, bool]]:
        """(start, end, followed by a space) for every token, with the text between tokens
        that is not one space as tokens of its own (a line break, two spaces), so that the
        tokens and their spaces give back ``text`` exactly (spaCy's ``Doc.text``)."""
        out: list[tuple[int, int, bool]] = []
        position = 0
        for start, end in [*self.tokens, (len(text), len(text))]:
            gap = text[position:start]
            if gap and out and gap[0] == " ":
                out[-1] = (out[-1][0], out[-1][1], True)
                gap, position = gap[1:], position + 1
            if gap:
                out.append((position, start, False))
            if start < end:
                out.append((start, end, False))
            position = end
        return out


def given_tokens(doc: Document) -> list[tuple[int, int]] | None:
    """The tokens a document came with (``meta["tokens"]``), if they are well formed."""
    given = doc.meta.get("tokens")
    if not isinstance(given, list) or not given:
        return None
    tokens, position = [], 0
    for item in given:
        if not (isinstance(item, list) and len(item) == 2):
            return None
        start, end = item
        if not (isinstance(start, int) and isinstance(end, int)):
            return None
        if not position <= start < end <= len(doc.text):
            return None
        tokens.append((start, end))
        position = end
    return tokens


def _cut(tokens: list[tuple[int, int]], cuts: set[int]) -> list[tuple[int, int]]:
    edges = sorted(cuts)  # found by bisection: a scan of every cut per token was quadratic
    out = []
    for start, end in tokens:
        i = bisect_right(edges, start)
        while i < len(edges) and edges[i] < end:
            out.append((start, edges[i]))
            start = edges[i]
            i += 1
        out.append((start, end))
    return out


def hf_record(doc: Document, layer: Layer) -> tuple[dict[str, Any], dict[str, int]]:
    tok = Tokenized.of(doc, layer)
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
    add(tok.left_out, "relations", len(layer.relations))
    add(tok.left_out, "span attributes", sum(1 for s in layer.spans if s.attrs))
    add(tok.left_out, "entities", len(layer.entities))
    for what, n in extras_lost(layer, categories=False).items():
        add(tok.left_out, what, n)
    record = {
        "id": doc.id,
        "annotator": layer.annotator,
        "tokens": [doc.text[a:b] for a, b in tok.tokens],
        **tags,
    }
    if layer.categories:  # the document categories: a column of {category: [values]}
        record["categories"] = layer.categories
    return record, tok.left_out


def prodigy_record(doc: Document, layer: Layer) -> tuple[dict[str, Any], dict[str, int]]:
    """Prodigy's shape (``rel.manual``): tokens with character offsets and ``ws`` (a space
    follows), spans with token indices (``token_end`` inclusive), relations whose ``head`` and
    ``child`` are the end tokens of their spans, as Prodigy and explosion's rel_component
    loader read them."""
    tok = Tokenized.of(doc, layer)
    text = doc.text
    spaced = tok.spaced(text)
    index = {start: i for i, (start, _end, _ws) in enumerate(spaced)}
    tokens = [
        {"text": text[a:b], "start": a, "end": b, "id": i, "ws": ws}
        for i, (a, b, ws) in enumerate(spaced)
    ]
    ends = {end: i for i, (_start, end, _ws) in enumerate(spaced)}
    spans: dict[str, dict[str, Any]] = {}
    for span in layer.spans:
        if span.start not in index or span.end not in ends:
            tok.note("spans on no token")
            continue
        spans[span.id] = {
            "start": span.start,
            "end": span.end,
            "token_start": index[span.start],
            "token_end": ends[span.end],
            "label": span.label,
        }
    relations = []
    for relation in layer.relations:
        if relation.head not in spans or relation.tail not in spans:
            continue
        if relation.label == FRAGMENT:
            continue  # counted by structure_lost
        head, child = spans[relation.head], spans[relation.tail]
        relations.append(
            {
                "head": head["token_end"],
                "child": child["token_end"],
                "head_span": head,
                "child_span": child,
                "label": relation.label,
            }
        )
    for what, n in structure_lost(layer).items():
        add(tok.left_out, what, n)
    record = {
        "text": text,
        "tokens": tokens,
        "spans": sorted(spans.values(), key=lambda s: (s["start"], s["end"])),
        "relations": relations,
        "answer": "accept",
        "meta": {"id": doc.id, "annotator": layer.annotator},
    }
    return record, tok.left_out


def spacy_docbin(items, schema: Schema, left_out: dict[str, int] | None = None):
    """A spaCy DocBin: ``Doc.text`` is the document's text exactly (line breaks are tokens of
    their own, as spaCy's tokenizer makes them), every span at its own offsets in
    ``doc.spans["sc"]`` (they may overlap), entity labels that do not overlap in ``doc.ents``.
    What it cannot hold is counted in ``left_out``. Needs spaCy (the optional ``spacy``
    extra)."""
    import spacy
    from spacy.tokens import DocBin

    left_out = left_out if left_out is not None else {}
    nlp = spacy.blank("xx")
    out = DocBin(store_user_data=True)
    for doc_record, layer in items:
        tok = Tokenized.of(doc_record, layer)
        spaced = tok.spaced(doc_record.text)
        words = [doc_record.text[a:b] for a, b, _ws in spaced]
        doc = spacy.tokens.Doc(nlp.vocab, words=words, spaces=[ws for _a, _b, ws in spaced])
        group = []
        for span in layer.spans:
            found = doc.char_span(span.start, span.end, label=span.label)
            if found is None:
                tok.note("spans on no token")
                continue
            group.append(found)
        doc.spans["sc"] = group
        entities = [s for s in group if s.label_ not in QUOTE_LABELS]
        kept = spacy.util.filter_spans(entities)
        if len(kept) < len(entities):
            tok.left_out["overlapping entity spans (kept in spans['sc'], not in ents)"] = len(
                entities
            ) - len(kept)
        doc.ents = kept
        add(tok.left_out, "relations", len(layer.relations))
        add(tok.left_out, "span attributes", sum(1 for s in layer.spans if s.attrs))
        add(tok.left_out, "entities", len(layer.entities))
        doc.user_data["id"] = doc_record.id
        doc.user_data["annotator"] = layer.annotator
        out.add(doc)
        for what, n in tok.left_out.items():
            left_out[what] = left_out.get(what, 0) + n
    return out

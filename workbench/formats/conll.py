"""CoNLL import: one token per line, tag columns in BIO (or IOB1, BIOES, BILOU), sentences broken
by blank lines or ``<s>`` / ``</s>`` markers, documents by ``-DOCSTART-`` lines.

The first column is the token; every later column whose values are all tags (``O``, ``B-PER``,
``I-PER``...) is a tag column, and several of them carry nested labels (an ORG inside a QUOTE).
A column whose labels are none of the schema's (CoNLL-2003's chunk column, ``B-NP``) is left
out with a warning. The text is rebuilt with a space between tokens and a line break between
sentences, since CoNLL does not record the original spacing; tokens not in normal form (NFD)
are normalised like any imported text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from workbench.core.errors import FormatError
from workbench.core.schema import Schema
from workbench.formats.encoding import decode_bytes
from workbench.formats.records import LayerRecord, ReadOptions, Record, SpanRecord

_TAG = re.compile(r"^(O|[BIESLU][-_].+)$")
DOCUMENT_MARK = "-DOCSTART-"
SENTENCE_MARKS = {"<s>", "</s>", "<S>", "</S>"}

Token = tuple[int, list[str]]  # (line number, fields)


def read_conll(path: Path, options: ReadOptions) -> Iterator[Record]:
    """One record per document of a CoNLL file (``-DOCSTART-`` lines separate documents)."""
    lines = decode_bytes(path.read_bytes(), str(path), options.encoding).split("\n")
    documents = [d for d in _split(lines) if d]
    if not documents:
        raise FormatError("no tokens found (one token per line, tags in later columns)", str(path))
    warnings: list[str] = []
    columns = _tag_columns(path, documents, options.schema, warnings)
    annotator = options.annotator or "conll"
    for k, sentences in enumerate(documents):
        doc_id = path.stem if len(documents) == 1 else f"{path.stem}-{k + 1}"
        record = _document(path, doc_id, sentences, columns, annotator)
        record.warnings, warnings = warnings, []
        yield record


def _split(lines: list[str]) -> list[list[list[Token]]]:
    """Documents of sentences of tokens."""
    documents: list[list[list[Token]]] = [[]]
    sentence: list[Token] = []

    def end_sentence() -> None:
        nonlocal sentence
        if sentence:
            documents[-1].append(sentence)
            sentence = []

    for number, raw in enumerate(lines, start=1):
        line = raw.strip("\r")
        fields = line.split("\t") if "\t" in line else line.split()
        if not line.strip() or line.strip() in SENTENCE_MARKS:
            end_sentence()
        elif line.startswith("# "):
            continue  # a comment (CoNLL-U)
        elif fields[0] == DOCUMENT_MARK:
            end_sentence()
            documents.append([])
        else:
            sentence.append((number, [f.strip() for f in fields]))
    end_sentence()
    return documents


def _tag_columns(path, documents, schema: Schema, warnings: list[str]) -> list[int]:
    tokens = [t for d in documents for s in d for t in s]
    width = min(len(fields) for _n, fields in tokens)
    if width < 2:
        number = next(n for n, fields in tokens if len(fields) < 2)
        raise FormatError("a token line needs a tag column after the token", str(path), number)
    columns = []
    for column in range(1, width):
        values = {fields[column] for _n, fields in tokens}
        if not all(_TAG.match(v) for v in values):
            continue
        labels = {v[2:] for v in values if v != "O"}
        if labels and not labels & schema.labels.keys():
            warnings.append(
                f"{path}: column {column + 1} ({', '.join(sorted(labels)[:4])}) has none of "
                "the schema's labels; left out"
            )
            continue
        columns.append(column)
    if not columns:
        raise FormatError("no column of BIO tags (O, B-PER, I-PER...) found", str(path))
    return columns


def _document(path: Path, doc_id: str, sentences, columns, annotator: str) -> Record:
    parts: list[str] = []
    places: list[tuple[int, int, list[str], int]] = []  # start, end, fields, line
    position = 0
    for s, sentence in enumerate(sentences):
        if s:
            parts.append("\n")
            position += 1
        for t, (number, fields) in enumerate(sentence):
            if t:
                parts.append(" ")
                position += 1
            token = fields[0]
            places.append((position, position + len(token), fields, number))
            parts.append(token)
            position += len(token)
        places.append((position, position, [], 0))  # a sentence break ends every span
    spans: list[SpanRecord] = []
    for column in columns:
        open_span: tuple[str, int] | None = None
        last_end = 0
        for start, end, fields, _number in places:
            tag = fields[column] if fields else "O"
            prefix, label = (tag[0], tag[2:]) if tag != "O" else ("O", "")
            continues = prefix in "IEL" and open_span is not None and open_span[0] == label
            if open_span is not None and not continues:
                spans.append(_span(len(spans), open_span, last_end))
                open_span = None
            if prefix in "BSU" or (prefix in "IEL" and open_span is None):
                open_span = (label, start)  # IOB1 and a stray I- both start a span
            last_end = end
            if open_span is not None and prefix in "ESLU":
                spans.append(_span(len(spans), open_span, end))
                open_span = None
    return Record(
        doc_id,
        "".join(parts),
        str(path),
        sentences[0][0][0],
        {"source": path.name},
        LayerRecord(annotator, "done", spans),
        titled=True,
    )


def _span(index: int, opened: tuple[str, int], end: int) -> SpanRecord:
    label, start = opened
    return SpanRecord(f"T{index + 1}", start, end, label)

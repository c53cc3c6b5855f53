"""CoNLL import: one token per line, tag columns in BIO (or IOB1, BIOES, BILOU), sentences broken
by blank lines or ``<s>`` / ``</s>`` markers, documents by ``-DOCSTART-`` lines.

The first column is the token; every later column whose values are all tags (``O``, ``B-PER``,
``I-PER``...) is a tag column, and several of them carry nested labels (an ORG inside a QUOTE).
Lines may also hold a varying number of tags after the token (Wojood, the Arabic nested NER
corpus: one to three): every tag is read, and an ``I-X`` continues an open X span whichever
column it is in.
A column whose labels are none of the schema's (CoNLL-2003's chunk column, ``B-NP``) is left
out with a warning. The text is rebuilt with a space between tokens and a line break between
sentences, since CoNLL does not record the original spacing; tokens not in normal form (NFD)
are normalised like any imported text. The tokens are kept in the document's meta (``tokens``:
[start, end] code point offsets), so the training exports give back exactly these tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import FormatError
from workbench.core.schema import Schema
from workbench.formats.encoding import decode_bytes
from workbench.formats.records import LayerRecord, ReadOptions, Record, SpanRecord

_TAG = re.compile(r"^(O|[BIESLU][-_].+)$")
DOCUMENT_MARK = "-DOCSTART-"
SENTENCE_MARKS = {"<s>", "</s>", "<S>", "</S>"}

Token = tuple[int, list[str]]  # (line number, fields)


def looks_like_conll(path: Path, sample: int = 65536) -> bool:
    """True when a file reads as CoNLL: each of its first lines (at least three, blank lines
    and document or sentence marks aside) is a token followed only by tags, one of them not
    ``O``. Plain prose never does, so a CoNLL file named ``.txt`` is read as CoNLL."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(sample)
    except OSError:
        return False
    lines = head.decode("utf-8", "replace").lstrip("\ufeff").splitlines()
    if len(head) == sample:
        lines = lines[:-1]  # the last may be cut short
    rows = [line.split() for line in lines if line.strip()]
    rows = [r for r in rows if r[0] != DOCUMENT_MARK and r[0] not in SENTENCE_MARKS]
    return (
        len(rows) >= 3
        and all(len(r) >= 2 and all(_TAG.match(tag) for tag in r[1:]) for r in rows)
        and any(tag != "O" for r in rows for tag in r[1:])
    )


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


def _tag_columns(path, documents, schema: Schema, warnings: list[str]) -> Columns:
    """The columns holding tags, and whether fields past the shortest line are tags too
    (Wojood gives one to three tags per token: nested spans)."""
    tokens = [t for d in documents for s in d for t in s]
    width = min(len(fields) for _n, fields in tokens)
    if width < 2:
        number = next(n for n, fields in tokens if len(fields) < 2)
        raise FormatError("a token line needs a tag column after the token", str(path), number)
    columns = []
    for column in range(1, width):
        values = {fields[column] for _n, fields in tokens}
        if _wanted(path, f"column {column + 1}", values, schema, warnings):
            columns.append(column)
    extra = {f for _n, fields in tokens for f in fields[width:]}
    more = bool(extra) and _wanted(path, f"columns after {width}", extra, schema, warnings)
    if not columns and not more:
        raise FormatError("no column of BIO tags (O, B-PER, I-PER...) found", str(path))
    return Columns(columns, width if more else None)


def _wanted(path, what: str, values: set[str], schema: Schema, warnings: list[str]) -> bool:
    if not all(_TAG.match(v) for v in values):
        return False
    labels = {v[2:] for v in values if v != "O"}
    if labels and not labels & schema.labels.keys():
        shown = ", ".join(sorted(labels)[:4])
        warnings.append(f"{path}: {what} ({shown}) has none of the schema's labels; left out")
        return False
    return True


@dataclass(frozen=True)
class Columns:
    tags: list[int]  # columns of tags on every line
    extra_from: int | None  # tags also in any field from here on (lines of several widths)

    def of(self, fields: list[str]) -> list[str]:
        tags = [fields[c] for c in self.tags]
        if self.extra_from is not None:
            tags += fields[self.extra_from :]
        return tags


def _document(path: Path, doc_id: str, sentences, columns: Columns, annotator: str) -> Record:
    parts: list[str] = []
    tokens: list[list[int]] = []
    decoder = _Decoder()
    position = 0
    for s, sentence in enumerate(sentences):
        if s:
            parts.append("\n")
            position += 1
        for t, (_number, fields) in enumerate(sentence):
            if t:
                parts.append(" ")
                position += 1
            token = unicodedata.normalize("NFC", fields[0])
            tokens.append([position, position + len(token)])
            decoder.token(position, position + len(token), columns.of(fields))
            parts.append(token)
            position += len(token)
        decoder.close_all()  # a sentence break ends every span
    spans = [
        SpanRecord(f"T{k}", start, end, label)
        for k, (start, end, label) in enumerate(sorted(decoder.spans), start=1)
    ]
    return Record(
        doc_id,
        "".join(parts),
        str(path),
        sentences[0][0][0],
        {"source": path.name, "tokens": tokens},
        LayerRecord(annotator, "done", spans),
        titled=True,
    )


class _Decoder:
    """BIO, IOB1, BIOES and BILOU tags of one token at a time, several per token: spans of
    one label may nest (an ORG in an ORG), so each label keeps a list of open spans, the
    outermost first. ``I-X`` continues as many open X spans as there are ``I-X`` tags."""

    def __init__(self) -> None:
        self.open: dict[str, list[int]] = {}  # label -> starts of its open spans
        self.last_end = 0
        self.spans: list[tuple[int, int, str]] = []

    def token(self, start: int, end: int, tags: list[str]) -> None:
        counts: dict[str, dict[str, int]] = {}
        for tag in tags:
            if tag != "O":
                prefix, label = tag[0], tag[2:]
                counts.setdefault(label, {}).setdefault(prefix, 0)
                counts[label][prefix] += 1
        for label in list(self.open):
            if label not in counts:
                self._close(label, 0)
        for label, count in counts.items():
            inside = count.get("I", 0) + count.get("E", 0) + count.get("L", 0)
            opened = self.open.setdefault(label, [])
            self._close(label, min(inside, len(opened)))
            opened += [start] * (inside - len(opened))  # a stray I- starts a span (IOB1)
            opened += [start] * (count.get("B", 0) + count.get("S", 0) + count.get("U", 0))
            ending = count.get("E", 0) + count.get("L", 0)
            # E/L end the innermost continuing spans; S/U the ones just opened
            singles = count.get("S", 0) + count.get("U", 0)
            for _ in range(singles):
                self.spans.append((opened.pop(), end, label))
            for _ in range(ending):
                index = len(opened) - 1 - count.get("B", 0)
                self.spans.append((opened.pop(index), end, label))
        self.last_end = end

    def _close(self, label: str, keep: int) -> None:
        opened = self.open.get(label, [])
        while len(opened) > keep:
            self.spans.append((opened.pop(), self.last_end, label))

    def close_all(self) -> None:
        for label in list(self.open):
            self._close(label, 0)

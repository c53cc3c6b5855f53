"""What a format's reader hands the import pipeline: plain records, offsets as the source counts.

A reader only parses its files. It does not normalise text, move offsets, validate or write:
``formats.pipeline`` does that once for every format. Offsets in a record count the units the
source counts (code points, or UTF-16 code units for doccano) of the record's raw ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from workbench.core.model import Comment, Entity, Relation
from workbench.core.schema import Schema

Units = Literal["code points", "utf-16"]


@dataclass(slots=True)
class SpanRecord:
    """A span as the source gives it; ``text`` None means "what the document holds there"."""

    id: str
    start: int
    end: int
    label: str
    text: str | None = None
    entity: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class LayerRecord:
    annotator: str
    status: str = "new"
    spans: list[SpanRecord] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    categories: dict[str, list[str]] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Record:
    """One document (and perhaps one annotator's layer on it), and where it was read.

    ``path`` and ``line`` name where the record starts; errors about its annotations are
    reported at ``layer_path`` (brat keeps them in the .ann beside the .txt) and ``line``,
    prefixed with ``context`` when the format names records that way (``record 7: ...``).
    """

    doc_id: str
    text: str
    path: str
    line: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    layer: LayerRecord | None = None
    units: Units = "code points"
    titled: bool = False  # give the document its first line as title when meta has none
    context: str | None = None
    layer_path: str | None = None
    schema_advice: str | None = None  # replaces the store's advice for labels it lacks
    warnings: list[str] = field(default_factory=list)
    read_to: int | None = None  # bytes of ``path`` read up to this record, if the reader knows


@dataclass(frozen=True)
class ReadOptions:
    """What every reader may need: the schema (CoNLL picks its columns by it), the annotator
    named on the command line (overriding the file's), the encoding of text files, and with
    ``--skip-invalid`` a list where line-based readers put each record they skip (as a
    one-line "file:line: reason") instead of refusing the file."""

    schema: Schema
    annotator: str | None = None
    encoding: str | None = None
    skipped: list[str] | None = None

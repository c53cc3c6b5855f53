"""Parquet shards of the corpus tables, for corpora beyond one machine.

``export --format parquet -o DIR`` writes the tables of the corpus database (documents, spans,
relations, entities, quotes, categories: the same rows, built by ``formats.corpus``) as one
folder per table, each holding shards ``part-00000.parquet``, ``part-00001.parquet``, ... of at most
``shard_size`` documents (a shard of ``spans`` holds the spans of the documents of the same
shard of ``documents``). Every file's key-value metadata ``workbench`` holds, as JSON, the
table, the shard, the unit of ``start``/``end`` (code points into NFC text, half-open) and the
project's schema. Rows are streamed: one shard is in memory at a time, however large the
project. DuckDB (``read_parquet('DIR/spans/*.parquet')``), Spark (``spark.read.parquet``) and
Hugging Face ``datasets`` read the folders as they are.

Writing Parquet well (compression, row groups, statistics, a format every reader accepts) is
what Apache Arrow's ``pyarrow`` does; it is an optional extra (``pip install
'rtl-workbench[parquet]'``), imported only here and only when this export runs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.core.errors import FormatError
from workbench.formats.atomic import atomic_folder
from workbench.formats.corpus import TABLES, document_row, layer_rows
from workbench.store.project import Project

OFFSETS = "code points into NFC text, half-open [start, end)"
INSTALL = "the parquet format needs pyarrow: pip install 'rtl-workbench[parquet]'"
SHARD_SIZE = 10_000
FORMAT_VERSION = 1


def pyarrow_modules(out: str | Path):
    """``pyarrow`` and ``pyarrow.parquet``, or a one-line error saying how to install them."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise FormatError(INSTALL, str(out)) from None
    return pyarrow, pyarrow.parquet


def export_parquet(
    project: Project,
    out: str | Path,
    layer: str = "all",
    status: str = "any",
    shard_size: int = SHARD_SIZE,
    progress: Callable[[int], None] | None = None,
    replaceable: Callable[[Path], bool] | None = None,
) -> dict[str, int]:
    """Write the shards into the folder ``out`` (written fresh, swapped in whole); returns the
    number of rows of each table."""
    if shard_size < 1:
        raise FormatError("--shard-size must be at least 1", str(out))
    pa, pq = pyarrow_modules(out)
    meta = {"offsets": OFFSETS, "schema": project.schema.to_dict(), "version": FORMAT_VERSION}
    types = {str: pa.string(), int: pa.int64()}
    schemas = {
        table: pa.schema([(name, types[kind]) for name, kind in columns.items()])
        for table, (columns, _key) in TABLES.items()
    }
    counts = dict.fromkeys(TABLES, 0)
    with atomic_folder(out, replaceable or _holds_only_parquet) as written:
        for table in TABLES:
            (written / table).mkdir()
        shard = _Shard(written, schemas, meta, pa, pq)
        with project.read_snapshot():
            for record in project.iter_records(layer=layer, status=status):
                # a document's layers come together: a full shard is written at the next one
                if len(shard.documents) >= shard_size and record["id"] not in shard.documents:
                    shard.write()
                shard.add(record, counts)
                if progress is not None:
                    progress(1)
        if shard.documents or shard.number == 0:
            shard.write()
    return counts


class _Shard:
    """The rows of the documents of one shard, written as one file per table."""

    def __init__(self, folder: Path, schemas, meta: dict[str, Any], pa, pq):
        self.folder, self.schemas, self.meta, self.pa, self.pq = folder, schemas, meta, pa, pq
        self.number = 0
        self.documents: set[str] = set()
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in schemas}

    def add(self, record: dict[str, Any], counts: dict[str, int]) -> None:
        if record["id"] not in self.documents:  # one record per layer: the text once
            self.documents.add(record["id"])
            self.rows["documents"].append(document_row(record))
            counts["documents"] += 1
        if "annotator" in record:
            for table, rows in layer_rows(record).items():
                self.rows[table] += rows
                counts[table] += len(rows)

    def write(self) -> None:
        for table, rows in self.rows.items():
            schema = self.schemas[table]
            about = {**self.meta, "table": table, "shard": self.number}
            schema = schema.with_metadata({"workbench": json.dumps(about, ensure_ascii=False)})
            columns = {name: [row[name] for row in rows] for name in schema.names}
            data = self.pa.Table.from_pydict(columns, schema=schema)
            self.pq.write_table(data, self.folder / table / f"part-{self.number:05d}.parquet")
        self.number += 1
        self.documents = set()
        self.rows = {table: [] for table in self.schemas}


def _holds_only_parquet(folder: Path) -> bool:
    """True when a folder holds only what this export writes (an earlier export)."""
    for path in folder.iterdir():
        if path.name not in TABLES or not path.is_dir() or path.is_symlink():
            return False
        if any(not p.is_file() or p.suffix != ".parquet" for p in path.iterdir()):
            return False
    return True

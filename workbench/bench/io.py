"""Import and export throughput against bare sqlite-utils and bare json.dumps."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import sqlite_utils

from workbench.bench.data import annotated_layers, documents
from workbench.bench.report import Result
from workbench.formats.export import export_project
from workbench.formats.importer import import_paths
from workbench.formats.jsonl import dumps
from workbench.store.project import Project


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_import(folder: Path, count: int) -> list[Result]:
    docs = documents(count)
    source = folder / "articles.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for d in docs:
            out.write(dumps({"id": d.id, "text": d.text, "meta": d.meta}) + "\n")
    rows = [
        {
            "id": d.id,
            "text": d.text,
            "meta": json.dumps(d.meta, ensure_ascii=False),
            "sha256": d.sha256,
        }
        for d in docs
    ]

    def bare(atomic: bool):
        path = folder / f"bare-{atomic}-{time.perf_counter_ns()}.db"
        db = sqlite_utils.Database(path)
        if atomic:  # as a project import is: one transaction, through a rollback journal
            with db.atomic():
                db["documents"].insert_all(rows, pk="id")
        else:
            db["documents"].insert_all(rows, pk="id")
        db.close()

    def ours():
        with Project.create(folder / f"import-{time.perf_counter_ns()}.db") as project:
            import_paths(project, [source])

    baseline = _best_of(lambda: bare(False))
    one_transaction = _best_of(lambda: bare(True))
    measured = _best_of(ours)
    return [
        Result(
            f"import {count:,} articles (JSONL file -> project)",
            measured,
            baseline,
            "bare sqlite-utils insert_all of the same rows, from memory, with its defaults "
            "(rollback journal, a commit every 100 rows)",
            ratio=baseline / measured,
            target=0.5,
            higher_is_better=True,
            unit="x throughput",
        ),
        Result(
            f"import {count:,} articles, like for like",
            measured,
            one_transaction,
            "the same insert_all inside one transaction through a rollback journal, the "
            "atomicity and the journal an import has when nothing else has the project open",
            ratio=one_transaction / measured,
            target=None,
            higher_is_better=True,
            unit="x throughput",
        ),
    ]


def _best_of(fn, repeat: int = 3) -> float:
    """Median of a few runs: a disk hiccup or a collection lands in one, not in the result."""
    return statistics.median(_timed(fn) for _ in range(repeat))


def bench_export(folder: Path, count: int, spans_per_doc: int) -> Result:
    docs = documents(count, seed=3)
    layers = annotated_layers(docs, spans_per_doc)
    path = folder / "export.db"
    with Project.create(path) as project, project.transaction():
        for doc, layer in zip(docs, layers, strict=True):
            project.add_document(doc)
            project.replace_layer(doc.id, layer)

    def bare():
        db = sqlite_utils.Database(path)
        with (folder / "bare.jsonl").open("w", encoding="utf-8") as out:
            for table in ("documents", "spans"):
                for row in db.query(f"SELECT * FROM {table}"):
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        db.close()

    def ours():
        with Project.open(path) as project:
            export_project(project, folder / "export.jsonl")

    baseline, measured = _best_of(bare), _best_of(ours)
    return Result(
        f"export {count:,} documents / {count * spans_per_doc:,} spans to JSONL",
        measured,
        baseline,
        "bare read of the same rows with json.dumps per row",
        ratio=measured / baseline,
        target=2.0,
        higher_is_better=False,
        unit="x time",
    )

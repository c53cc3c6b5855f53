"""Parquet export of 100,000 documents: throughput against the JSONL export of the same project,
and peak memory against the same export of 10,000 documents, one full shard (streamed shards:
memory must not grow with the project). Each export runs in a child process of its own, which
reports its time and its peak resident memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workbench.bench.data import annotated_layers, documents
from workbench.bench.report import KIB_PER_MIB, Result
from workbench.store.project import Project

DOCS = 100_000
SMALL = 10_000  # one full shard: memory must not grow past it
CHARS = 400
SPANS = 5

# The child's own peak: VmHWM (reset by exec), not ru_maxrss, which a child started by fork
# inherits from this process, which holds the generated documents.
_EXPORT_CHILD = """
import resource, sys, time
from workbench.formats.export import export_project
from workbench.store.project import Project
with Project.open(sys.argv[1]) as project:
    started = time.perf_counter()
    export_project(project, sys.argv[2], sys.argv[3])
    seconds = time.perf_counter() - started
try:
    with open("/proc/self/status") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(seconds, kib)
"""


def _project(path: Path, count: int) -> Path:
    docs = documents(count, chars=CHARS, seed=17)
    layers = annotated_layers(docs, SPANS)
    with Project.create(path) as project, project.transaction():
        project.add_documents(docs)
        for doc, layer in zip(docs, layers, strict=True):
            project.replace_layer(doc.id, layer)
    return path


def _export(project: Path, out: Path, fmt: str) -> tuple[float, int]:
    done = subprocess.run(
        [sys.executable, "-c", _EXPORT_CHILD, str(project), str(out), fmt],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, kib = done.stdout.split()
    return float(seconds), int(kib)


def bench_parquet(folder: Path, docs: int = DOCS) -> list[Result]:
    big = _project(folder / "big.wbproj", docs)
    small = _project(folder / "small.wbproj", SMALL)
    parquet_seconds, parquet_kib = _export(big, folder / "big-shards", "parquet")
    jsonl_seconds, _ = _export(big, folder / "big.jsonl", "jsonl")
    small_seconds, small_kib = _export(small, folder / "small-shards", "parquet")
    return [
        Result(
            f"export {docs:,} documents / {docs * SPANS:,} spans to Parquet shards "
            f"({docs / parquet_seconds:,.0f} documents/s)",
            parquet_seconds,
            jsonl_seconds,
            "the JSONL export of the same project (one line per document and layer)",
            ratio=parquet_seconds / jsonl_seconds,
            target=2.5,  # columns encoded and compressed, against plain lines
            higher_is_better=False,
            unit="x time",
        ),
        Result(
            f"export {docs:,} documents to Parquet shards, peak memory (MiB)",
            parquet_kib / KIB_PER_MIB,
            small_kib / KIB_PER_MIB,
            f"the same export of {SMALL:,} documents (one shard in memory at a time; the "
            f"exports took {parquet_seconds:.1f} s and {small_seconds:.1f} s)",
            ratio=parquet_kib / small_kib,
            target=1.5,
            higher_is_better=False,
            unit="x memory",
        ),
    ]

"""Memory: a project of 100,000 documents opens (window, document list, first document)
without loading them all, measured as peak resident memory against a project of 100."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from workbench.bench.data import documents
from workbench.bench.report import Result
from workbench.store.project import Project


def build(path: Path, count: int) -> None:
    with Project.create(path) as project:
        project.add_documents(documents(count, chars=600))


def peak_kib(path: Path) -> tuple[int, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "workbench.ui.memory_probe", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.strip().splitlines()[-1]), time.perf_counter() - started


def bench_memory(folder: Path, docs: int = 100_000) -> list[Result]:
    small, large = folder / "small.wbproj", folder / "large.wbproj"
    build(small, 100)
    build(large, docs)
    baseline, baseline_seconds = peak_kib(small)
    measured, seconds = peak_kib(large)
    text_mib = large.stat().st_size / 2**20
    return [
        Result(
            name=f"open a project of {docs:,} documents ({text_mib:.0f} MiB file), peak memory",
            seconds=seconds,
            baseline_seconds=baseline_seconds,
            baseline=(
                f"the same window on a project of 100 documents: {baseline / 1024:.0f} MiB "
                f"against {measured / 1024:.0f} MiB (times are for starting and opening)"
            ),
            ratio=measured / baseline,
            target=1.5,
            higher_is_better=False,
            unit="x memory",
        )
    ]

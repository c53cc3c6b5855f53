"""``python -m workbench.bench``: run the benchmarks and print ratios against their baselines.

Each section runs in a process of its own, so one section's heap and caches do not weigh on
the next.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from workbench.bench.report import Result, table

SECTIONS = (
    "import",
    "export",
    "editor",
    "agreement",
    "memory",
    "scaling",
    "parquet",
    "suggest",
    "processes",
    "search",
)


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def run_section(name: str, folder: Path, docs: int, spans_per_doc: int) -> list[Result]:
    if name == "import":
        from workbench.bench import io

        return io.bench_import(folder, docs)
    if name == "export":
        from workbench.bench import io

        return [io.bench_export(folder, docs, spans_per_doc)]
    if name == "memory":
        from workbench.bench.memory import bench_memory

        return bench_memory(folder, docs * 100)
    if name == "scaling":
        from workbench.bench.scaling import bench_scaling

        return bench_scaling(folder)
    if name == "parquet":
        from workbench.bench.parquet import bench_parquet

        return bench_parquet(folder)
    if name == "suggest":
        from workbench.bench.suggest import bench_suggest

        return bench_suggest(folder, min(docs, 1000))
    if name == "processes":
        from workbench.bench.processes import bench_processes

        return bench_processes(folder, docs)
    if name == "search":
        from workbench.bench.search import bench_search

        return bench_search(folder)
    if name == "agreement":
        from workbench.bench.agreement import bench_agreement

        return bench_agreement(folder, min(docs, 1000))
    from workbench.ui.benchmark import bench_editor

    return bench_editor(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workbench.bench", description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000, help="documents for import/export")
    parser.add_argument("--spans-per-doc", type=int, default=50)
    parser.add_argument("--only", help="comma-separated: " + ",".join(SECTIONS))
    parser.add_argument("--section", choices=SECTIONS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.section:  # a child process: one section, results as JSON on stdout
        with tempfile.TemporaryDirectory(prefix="workbench-bench-") as tmp:
            results = run_section(args.section, Path(tmp), args.docs, args.spans_per_doc)
        print(json.dumps([asdict(r) for r in results]))
        return 0
    wanted = args.only.split(",") if args.only else list(SECTIONS)
    results: list[Result] = []
    for name in wanted:
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "workbench.bench",
                "--section",
                name,
                "--docs",
                str(args.docs),
                "--spans-per-doc",
                str(args.spans_per_doc),
            ],
            capture_output=True,
            text=True,
        )
        if child.returncode != 0:
            reason = (child.stderr.strip().splitlines() or ["no output"])[-1]
            print(f"benchmark section {name} failed: {reason}", file=sys.stderr)
            return 2
        results.extend(Result(**r) for r in json.loads(child.stdout.strip().splitlines()[-1]))
    print(f"machine: {machine()}\n")
    print(table(results))
    return 0 if all(r.met for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

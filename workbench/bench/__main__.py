"""``python -m workbench.bench``: run the benchmarks and print ratios against their baselines."""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
from pathlib import Path

from workbench.bench import io
from workbench.bench.report import table


def machine() -> str:
    import os

    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workbench.bench", description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000, help="documents for import/export")
    parser.add_argument("--spans-per-doc", type=int, default=50)
    parser.add_argument("--only", help="comma-separated: import,export,editor")
    args = parser.parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else {"import", "export", "editor"}
    results = []
    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as tmp:
        folder = Path(tmp)
        if "import" in wanted:
            (folder / "import").mkdir()
            results.extend(io.bench_import(folder / "import", args.docs))
        if "export" in wanted:
            (folder / "export").mkdir()
            results.append(io.bench_export(folder / "export", args.docs, args.spans_per_doc))
        if "editor" in wanted:
            from workbench.ui.benchmark import bench_editor

            (folder / "editor").mkdir()
            results.extend(bench_editor(folder / "editor"))
    print(f"machine: {machine()}\n")
    print(table(results))
    return 0 if all(r.met for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

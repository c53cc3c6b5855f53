"""Whole commands, timed as a user meets them, against what the user would run instead.

Each command runs as a process of its own, several times, alternating with its baseline so that
a busy moment of the machine falls on both; the table shows medians. Peak memory is the
command's own (``ru_maxrss`` of a process that only starts it and waits, as ``/usr/bin/time``).
Both programs run from compiled bytecode, as installed by pip: the bytecode is written under
the benchmark's folder (``PYTHONPYCACHEPREFIX``) by a first run that is not counted, even where
``PYTHONDONTWRITEBYTECODE`` is set, which would make every start compile every module again.

- an import: ``workbench init`` + ``workbench import`` of a JSONL corpus against
  ``sqlite-utils insert DB documents FILE --nl --pk id`` on the same file;
- start-up: the commands that need neither Qt nor a format against ``sqlite-utils --version``;
- an import and a first search, which makes our search index (an import leaves it to the first
  search), against sqlite-utils inserting the file and building its full-text index;
- a large import: 100 times as many small documents, its time against sqlite-utils' and its
  peak memory against the same import of a hundredth as many (it streams: memory stays bounded).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path

from workbench.bench.data import article, documents
from workbench.bench.report import KIB_PER_MIB, Result
from workbench.formats.jsonl import dumps
from workbench.store.project import Project

RUNS = 5
SMALL_CHARS = 200  # a small document: a headline and a sentence or two

# Runs a command, then prints its wall time and peak resident memory (KiB) as JSON: the peak is
# the command's own, since this process has no other child.
_PROBE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps([done.returncode, seconds, peak, done.stderr.decode(errors="replace")[-500:]]))
"""


def command(name: str) -> list[str]:
    """How to run a console script installed beside this Python (``workbench``,
    ``sqlite-utils``), as a user's shell would; ``python -m`` when it is not there."""
    for folder in (Path(sysconfig.get_path("scripts")), Path(sys.executable).parent):
        if (folder / name).is_file():
            return [str(folder / name)]
    found = shutil.which(name)
    if found:
        return [found]
    return [sys.executable, "-m", name.replace("-", "_")]


_ENV = dict(os.environ)


def use_bytecode_under(folder: Path) -> None:
    """Run the commands from bytecode compiled once into ``folder``."""
    _ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    _ENV["PYTHONPYCACHEPREFIX"] = str(folder)


def run(args: Sequence[str | Path]) -> tuple[float, int]:
    """(seconds, peak KiB) of one command run as a process; a failure stops the benchmark."""
    probe = [sys.executable, "-c", _PROBE, *map(str, args)]
    out = subprocess.run(probe, capture_output=True, text=True, check=True, env=_ENV).stdout
    code, seconds, peak, stderr = json.loads(out)
    if code != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} exited {code}: {stderr.strip()}")
    return seconds, peak


def _remove(*paths: Path) -> None:
    for path in paths:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)


def _count(path: Path) -> int:
    with Project.open(path) as project:
        return project.stats().documents


def _baseline_count(path: Path) -> int:
    sql = "select count(*) as n from documents"
    done = subprocess.run([*command("sqlite-utils"), "query", str(path), sql],
                          capture_output=True, text=True, check=True, env=_ENV)  # fmt: skip
    return json.loads(done.stdout)[0]["n"]


def compare_imports(
    folder: Path, source: Path, count: int, runs: int, warm_up: bool = True
) -> dict[str, list]:
    """``runs`` times each: init + import of ``source`` into a new project, and sqlite-utils
    inserting it into a new database, alternately, after a first round that is not counted
    (``warm_up``); checks both hold ``count`` documents."""
    workbench, sqlite_utils = command("workbench"), command("sqlite-utils")
    project, database = folder / "import.wbproj", folder / "insert.db"
    found: dict[str, list] = {"ours": [], "baseline": [], "ours_peak": [], "baseline_peak": []}
    for done in range(runs + warm_up):  # the first compiles the bytecode, reads the file
        _remove(project, database)
        init_seconds, _ = run([*workbench, "init", project])
        import_seconds, peak = run([*workbench, "import", project, source])
        seconds, base_peak = run([*sqlite_utils, "insert", database, "documents", source,
                                  "--nl", "--pk", "id"])  # fmt: skip
        if done or not warm_up:
            found["ours"].append(init_seconds + import_seconds)
            found["ours_peak"].append(peak)
            found["baseline"].append(seconds)
            found["baseline_peak"].append(base_peak)
    if _count(project) != count or _baseline_count(database) != count:
        raise RuntimeError(f"an import did not hold the {count} documents of {source}")
    _remove(project, database)
    return found


def write_articles(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for d in documents(count):
            out.write(dumps({"id": d.id, "text": d.text, "meta": d.meta}) + "\n")


def write_small_documents(path: Path, count: int) -> None:
    """``count`` short articles, their texts varied by a number so that no two are the same."""
    rng = random.Random(7)
    texts = [article(rng, SMALL_CHARS) for _ in range(64)]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            record = {"id": f"doc{i:07d}", "text": f"{texts[i % 64]} {i}", "meta": {"n": i}}
            out.write(dumps(record) + "\n")


def startup(folder: Path, runs: int) -> list[Result]:
    """The light commands against ``sqlite-utils --version``, on a project of 20 articles."""
    workbench = command("workbench")
    project, source = folder / "small.wbproj", folder / "small.jsonl"
    write_articles(source, 20)
    _remove(project)
    run([*workbench, "init", project])
    run([*workbench, "import", project, source])
    commands = {
        "workbench --version": ["--version"],
        "workbench --help": ["--help"],
        "workbench stats P": ["stats", project],
        "workbench search P WORD": ["search", project, "الأمم", "--bidi", "off"],
        "workbench history P": ["history", project],
    }
    if not _has(workbench, "history"):
        del commands["workbench history P"]  # not in this version
    times: dict[str, list[float]] = {name: [] for name in commands}
    baseline: list[float] = []
    for _ in range(runs + 1):  # the first one compiles the bytecode
        baseline.append(run([*command("sqlite-utils"), "--version"])[0])
        for name, args in commands.items():
            times[name].append(run([*workbench, *args])[0])
    baseline = baseline[1:]
    times = {name: seconds[1:] for name, seconds in times.items()}
    base = statistics.median(baseline)
    return [
        Result(
            f"start-up: {name} (20-document project), whole process",
            statistics.median(seconds),
            base,
            "`sqlite-utils --version`, whole process",
            ratio=statistics.median(seconds) / base,
            target=1.0,
            higher_is_better=False,
            unit="x time",
        )
        for name, seconds in times.items()
    ]


def _has(workbench: list[str], name: str) -> bool:
    done = subprocess.run([*workbench, name, "--help"], capture_output=True, env=_ENV)
    return done.returncode == 0


def bench_processes(folder: Path, docs: int, runs: int = RUNS) -> list[Result]:
    use_bytecode_under(folder / "bytecode")
    source = folder / "articles.jsonl"
    write_articles(source, docs)
    mib = source.stat().st_size / 2**20
    imports = compare_imports(folder, source, docs, runs)
    ours, base = statistics.median(imports["ours"]), statistics.median(imports["baseline"])
    results = [
        Result(
            f"import {docs:,} articles ({mib:.0f} MB JSONL): init + import, whole processes",
            ours,
            base,
            "`sqlite-utils insert DB documents FILE --nl --pk id` on the same file, whole process "
            "(it checks nothing: no normal form, no schema, no hash, a commit every 100 rows)",
            ratio=base / ours,
            target=1.0,
            higher_is_better=True,
            unit="x throughput",
        )
    ]
    results.append(searchable_import(folder, source, docs, runs))
    source.unlink()
    results += startup(folder, runs)
    results += large_import(folder, docs * 100)
    return results


def searchable_import(folder: Path, source: Path, count: int, runs: int) -> Result:
    """Import, then search: ours makes its search index at the first search (an import leaves
    it to then), sqlite-utils is given the full-text index its ``search`` needs. Both times
    include building that index; shown for context, without a target."""
    workbench, sqlite_utils = command("workbench"), command("sqlite-utils")
    project, database = folder / "searchable.wbproj", folder / "searchable.db"
    found: dict[str, list[float]] = {"ours": [], "baseline": []}
    for done in range(runs + 1):  # the first is not counted
        _remove(project, database)
        ours = sum(
            run(args)[0]
            for args in (
                [*workbench, "init", project],
                [*workbench, "import", project, source],
                [*workbench, "search", project, "قال", "--limit", "1"],
            )
        )
        base = sum(
            run(args)[0]
            for args in (
                [*sqlite_utils, "insert", database, "documents", source, "--nl", "--pk", "id"],
                [*sqlite_utils, "enable-fts", database, "documents", "text", "--fts5"],
                [*sqlite_utils, "search", database, "documents", "قال", "--limit", "1"],
            )
        )
        if done:
            found["ours"].append(ours)
            found["baseline"].append(base)
    _remove(project, database)
    ours, base = statistics.median(found["ours"]), statistics.median(found["baseline"])
    return Result(
        f"import {count:,} articles, then a first search (which indexes them), whole processes",
        ours,
        base,
        "`sqlite-utils insert`, `enable-fts DB documents text --fts5`, `search`: the same file "
        "made searchable by sqlite-utils' full-text index (no folding, no clitics)",
        ratio=base / ours,
        target=None,
        higher_is_better=True,
        unit="x throughput",
    )


def large_import(folder: Path, count: int, runs: int = 1) -> list[Result]:
    """``count`` small documents: time against sqlite-utils, peak memory against the same
    import of a hundredth as many."""
    large, small = folder / "large.jsonl", folder / "small-docs.jsonl"
    write_small_documents(large, count)
    write_small_documents(small, count // 100)
    big = compare_imports(folder, large, count, runs, warm_up=False)  # compiled already
    little = compare_imports(folder, small, count // 100, max(runs, 3))
    mib = large.stat().st_size / 2**20
    large.unlink()
    small.unlink()
    seconds, base = statistics.median(big["ours"]), statistics.median(big["baseline"])
    peak, small_peak = max(big["ours_peak"]), statistics.median(little["ours_peak"])
    name = f"import {count:,} small documents ({mib:,.0f} MB JSONL), whole processes"
    return [
        Result(
            f"{name}: time",
            seconds,
            base,
            f"`sqlite-utils insert --nl` of the same file ({count / seconds:,.0f} documents/s "
            f"against {count / base:,.0f})",
            ratio=base / seconds,
            target=None,
            higher_is_better=True,
            unit="x throughput",
        ),
        Result(
            f"{name}: peak memory (MiB)",
            peak / KIB_PER_MIB,
            small_peak / KIB_PER_MIB,
            f"the same import of {count // 100:,} documents (sqlite-utils on the large file: "
            f"{max(big['baseline_peak']) / KIB_PER_MIB:.0f} MiB)",
            ratio=peak / small_peak,
            target=1.5,
            higher_is_better=False,
            unit="x memory",
        ),
    ]

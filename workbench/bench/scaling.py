"""Work that must not grow with what it does not need: a search with a limit on a huge one-line
document, the memory of a search that reads a whole huge document, the import of CRLF text
with many spans, and the grapheme check on one long line. Each is measured against the same
work on a small or friendly input, in the same run."""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from workbench.bench.data import article
from workbench.bench.report import KIB_PER_MIB, Result
from workbench.core.model import Document
from workbench.core.text import is_grapheme_boundary
from workbench.formats.importer import import_paths
from workbench.store.project import Project

BIG_CHARS = 10_000_000  # the 10 MB single-line document of issue 13
SMALL_CHARS = 1_000_000
QUERY, ABSENT = "الأمم المتحدة", "كلمة غائبة تماما"

# The child that searches five times and reports the median time, then once more with
# tracemalloc on and reports the peak of what that search allocated (KiB), the imports and the
# interpreter left out.
_SEARCH_CHILD = """
import statistics, sys, time, tracemalloc
from pathlib import Path
from workbench.workflow.search import search
times = []
for _ in range(5):
    started = time.perf_counter()
    found = search(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
    times.append(time.perf_counter() - started)
tracemalloc.start()
search(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
peak = tracemalloc.get_traced_memory()[1]
print(len(found), statistics.median(times), peak // 1024)
"""


def _one_line(chars: int) -> str:
    text = article(random.Random(5), chars).replace("\n", " ")
    return text[:chars]


def _project(path: Path, text: str) -> Path:
    with Project.create(path) as project:
        project.add_document(Document("one-line", text))
    return path


def _search(path: Path, query: str, limit: int) -> tuple[int, float, int]:
    done = subprocess.run(
        [sys.executable, "-c", _SEARCH_CHILD, str(path), query, str(limit)],
        capture_output=True,
        text=True,
        check=True,
    )
    found, seconds, kib = done.stdout.split()
    return int(found), float(seconds), int(kib)


def bench_search(folder: Path) -> list[Result]:
    big = _project(folder / "big.wbproj", _one_line(BIG_CHARS))
    small = _project(folder / "small.wbproj", _one_line(SMALL_CHARS))
    found, seconds, _ = _search(big, QUERY, 3)
    _, baseline, _ = _search(small, QUERY, 3)
    assert found == 3, "the benchmark text holds the query"
    _, whole_seconds, whole_kib = _search(big, ABSENT, 3)
    _, small_seconds, small_kib = _search(small, ABSENT, 3)
    mib = BIG_CHARS / 1e6
    return [
        Result(
            f"search --limit 3 on a {mib:.0f} M-character one-line document",
            seconds,
            baseline,
            f"the same search on a {SMALL_CHARS // 1_000_000} M-character document (the limit, not "
            "the document, bounds the work; what grows is SQLite reaching the title stored "
            "after the text, a few ms per 10 MB)",
            ratio=seconds / baseline,
            target=3.0,
            higher_is_better=False,
            unit="x time",
        ),
        Result(
            f"search reading all of a {mib:.0f} M-character one-line document, peak memory (MiB)",
            whole_kib / KIB_PER_MIB,
            small_kib / KIB_PER_MIB,
            f"the same search on a {SMALL_CHARS // 1_000_000} M-character document: {small_kib:,} "
            f"KiB against {whole_kib:,} KiB allocated at the peak of the search (the text "
            f"itself would be {BIG_CHARS * 2 // 1024:,} KiB; the searches took "
            f"{small_seconds:.3f} s and {whole_seconds:.3f} s)",
            ratio=whole_kib / small_kib,
            target=1.5,
            higher_is_better=False,
            unit="x memory",
        ),
    ]


def _crlf_source(path: Path, newline: str, spans: int = 2500) -> Path:
    """About 0.5 MB of text on short lines with ``spans`` spans on whole words, offsets
    counted in the raw text (CR LF still in it, or LF)."""
    rng = random.Random(9)
    lines = [article(rng, 60).replace("\n", " ") for _ in range(2800)]
    text = newline.join(lines)
    starts = [0]
    for i, char in enumerate(text):
        if char in " \n" and text[i + 1 : i + 2] not in (" ", "\r", "\n", ""):
            starts.append(i + 1)
    picked = sorted(rng.sample(starts, spans))
    records = []
    for n, start in enumerate(picked):
        end = start
        while end < len(text) and text[end] not in " \r\n.":
            end += 1
        word = text[start:end]
        records.append({"id": f"s{n}", "start": start, "end": end, "label": "ORG", "text": word})
    path.write_text(
        json.dumps(
            {"id": "crlf", "text": text, "annotator": "alice", "spans": records},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
        newline="",
    )
    return path


def bench_crlf_import(folder: Path) -> Result:
    crlf = _crlf_source(folder / "crlf.jsonl", "\r\n")
    lf = _crlf_source(folder / "lf.jsonl", "\n")

    def timed(source: Path) -> float:
        """The median of three imports, each into a new project."""
        times = []
        for _ in range(3):
            with Project.create(folder / f"import-{time.perf_counter_ns()}.wbproj") as project:
                started = time.perf_counter()
                import_paths(project, [source])
                times.append(time.perf_counter() - started)
        return statistics.median(times)

    baseline, seconds = timed(lf), timed(crlf)
    size = crlf.stat().st_size / 1e6
    return Result(
        f"import {size:.1f} MB of CRLF text with 2,500 spans",
        seconds,
        baseline,
        "the same text and spans with LF line ends (nothing to move)",
        ratio=seconds / baseline,
        target=2.0,
        higher_is_better=False,
        unit="x time",
    )


def bench_graphemes() -> Result:
    """The grapheme check of every offset of 200,000 spans on one line of 400,000 characters,
    against the same text in 50,000 short lines (where each check starts at a line)."""
    one_line = "قالَ ليو " * 50_000
    lines = "قالَ ليو\n" * 50_000
    rng = random.Random(3)
    offsets = [rng.randrange(len(one_line)) for _ in range(400_000)]

    def timed(text: str) -> float:
        started = time.perf_counter()
        for offset in offsets:
            is_grapheme_boundary(text, offset)
        return time.perf_counter() - started

    baseline, seconds = timed(lines), timed(one_line)
    return Result(
        "grapheme check of 400,000 offsets on one 450,000-character line",
        seconds,
        baseline,
        "the same check on the same text in 50,000 lines",
        ratio=seconds / baseline,
        target=2.0,
        higher_is_better=False,
        unit="x time",
    )


def bench_scaling(folder: Path) -> list[Result]:
    return [*bench_search(folder), bench_crlf_import(folder), bench_graphemes()]

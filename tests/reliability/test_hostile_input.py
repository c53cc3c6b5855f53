"""A hostile input corpus: each file ends in a correct import or one clear error (exit 1, one
line naming the file, no traceback, the project unchanged), within a time bound, through the
real command line in a process of its own (so that a hang is a failure, not a stuck suite).

The large files are generated here, never committed.
"""

from __future__ import annotations

import codecs
import itertools
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import dump
from tests.conftest import FIXTURES, ROOT, SEED
from tests.store.test_projectfile import _damaged, _newer

ARABIC = "قال مندوب الصين الدائم لدى الأمم المتحدة إن الإرهاب خطر على الجميع.\n"
# Catches a hang only (a file that takes minutes on a busy machine is still slow, and that is
# the benchmark's business): the child is killed and the test fails after this long.
TIME_BOUND = 900
# Cases that take more than a few seconds (python -m pytest -m "not slow" leaves them out).
SLOW = {
    "50 MB on one line",
    "a million spans",
    "a million spans on one line",
    "a million copies of one span",
}

OK = "ok"


def jsonl(*records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def record(**fields):
    base = {"id": "r", "text": "قال ليو إن الوضع خطير", "annotator": "alice"}
    base.update(fields)
    return base


def span(start, end, label="PER", text=None, ident="s1"):
    full = "قال ليو إن الوضع خطير"
    return {
        "id": ident,
        "start": start,
        "end": end,
        "label": label,
        "text": text or full[start:end],
    }


def nested(depth: int) -> bytes:
    return b'{"id": "n", "text": "x", "meta": {"a": ' + b"[" * depth + b"]" * depth + b"}}\n"


def brat_folder(folder: Path, ann: str, text: str = "Google merged.\n") -> Path:
    folder.mkdir()
    shutil.copy(FIXTURES / "brat-news" / "annotation.conf", folder)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.ann").write_text(ann, encoding="utf-8")
    return folder


def big_single_line(path: Path) -> Path:
    line = ARABIC.strip() + " "
    with path.open("w", encoding="utf-8") as out:
        for _ in range(50 * 1024 * 1024 // len(line.encode()) + 1):
            out.write(line)
    return path


def million_spans(path: Path, duplicates: bool = False, one_line: bool = False) -> Path:
    """A million spans on one document: all different, or (``duplicates``) all the same; on
    50,000 short lines, or (``one_line``) on one line of 400,000 characters."""
    text = ("قال ليو " if one_line else "قال ليو\n") * 50_000
    places = ((0, 3) for _ in range(1_000_000)) if duplicates else _million_places()
    spans = [
        {"id": f"s{i}", "start": a, "end": b, "label": "CUE", "text": text[a:b]}
        for i, (a, b) in enumerate(places)
    ]
    path.write_bytes(jsonl({"id": "m", "text": text, "annotator": "a", "spans": spans}))
    return path


def _million_places():
    every = ((start, start + length) for start in range(400_000) for length in (1, 2, 3))
    return itertools.islice(every, 1_000_000)


# name -> (make(tmp_path) -> path to import, extra CLI args, expected: OK or (line, message))
CASES = {
    "binary data": (
        lambda d: _write(
            d / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
        ),
        [],
        (3, "NUL bytes"),
    ),
    "truncated UTF-8": (
        lambda d: _write(d / "cut.txt", (ARABIC * 3).encode()[:-3]),  # inside the last letter
        [],
        (3, "not valid UTF-8"),
    ),
    "UTF-16 without BOM": (
        lambda d: _write(d / "u16.txt", ARABIC.encode("utf-16-le")),
        [],
        (1, "UTF-16 without a byte order mark"),
    ),
    "UTF-16 with BOM": (
        lambda d: _write(d / "u16bom.txt", codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le")),
        [],
        OK,
    ),
    "Windows-1256": (lambda d: _write(d / "win.txt", ARABIC.encode("cp1256")), [], OK),
    "CRLF and BOM": (
        lambda d: _write(d / "crlf.txt", codecs.BOM_UTF8 + ARABIC.replace("\n", "\r\n").encode()),
        [],
        OK,
    ),
    "empty text file": (lambda d: _write(d / "empty.txt", b"  \n"), [], (None, "no text")),
    "50 MB on one line": (lambda d: big_single_line(d / "long.txt"), [], OK),
    "invalid JSON": (
        lambda d: _write(d / "bad.jsonl", jsonl(record(id="a")) + b'{"id": "b", "text": \n'),
        [],
        (2, "invalid JSON"),
    ),
    "truncated JSONL": (
        lambda d: _write(d / "cut.jsonl", jsonl(record(id="a"), record(id="b"))[:-20]),
        [],
        (2, "invalid JSON"),
    ),
    "deeply nested JSON": (
        lambda d: _write(d / "deep.jsonl", nested(100_000)),
        [],
        (1, "nested too deeply"),
    ),
    "an offset of 5,000 digits": (
        lambda d: _write(
            d / "digits.jsonl",
            jsonl(record())[:-2] + b', "spans": [{"id": "s", '
            b'"start": ' + b"9" * 5000 + b', "end": 3, "label": "PER", "text": "x"}]}\n',
        ),
        [],
        (1, "a number has too many digits"),
    ),
    "doccano: an offset of 5,000 digits": (
        lambda d: _write(
            d / "dc5k.jsonl", b'{"text": "x", "label": [[' + b"9" * 5000 + b', 1, "PER"]]}\n'
        ),
        [],
        (1, "a number has too many digits"),
    ),
    "not an object": (  # read as JSONL, or as a Label Studio list of tasks: neither fits
        lambda d: _write(d / "array.jsonl", b"[1, 2, 3]\n"),
        [],
        (1, "object"),
    ),
    "a million spans": (lambda d: million_spans(d / "million.jsonl"), [], OK),
    "a million spans on one line": (
        lambda d: million_spans(d / "line.jsonl", one_line=True),
        [],
        OK,
    ),
    "a million copies of one span": (
        lambda d: million_spans(d / "copies.jsonl", duplicates=True),
        [],
        (1, "exists already (span s0)"),
    ),
    "negative offsets": (
        lambda d: _write(d / "neg.jsonl", jsonl(record(spans=[span(-3, 2, text="x")]))),
        [],
        (1, "outside the text"),
    ),
    "reversed offsets": (
        lambda d: _write(d / "rev.jsonl", jsonl(record(spans=[span(7, 4, text="")]))),
        [],
        (1, "outside the text"),
    ),
    "offsets past the end": (
        lambda d: _write(d / "past.jsonl", jsonl(record(spans=[span(18, 99, text="خطير")]))),
        [],
        (1, "outside the text"),
    ),
    "duplicate span ids": (
        lambda d: _write(d / "dup.jsonl", jsonl(record(spans=[span(4, 7), span(11, 16, "PER")]))),
        [],
        (1, "used twice"),
    ),
    "duplicate document, other text": (
        lambda d: _write(d / "dupdoc.jsonl", jsonl(record(id="x"), record(id="x", text="نص آخر"))),
        [],
        (2, "different text"),
    ),
    "string offsets": (
        lambda d: _write(d / "str.jsonl", jsonl(record(spans=[dict(span(4, 7), start="4")]))),
        [],
        (1, "must be an integer"),
    ),
    "HTML label": (
        lambda d: _write(d / "html.jsonl", jsonl(record(spans=[span(4, 7, "<b>PER</b>")]))),
        [],
        (1, "'<b>PER</b>' is not in the schema"),
    ),
    "SQL and HTML in names": (
        lambda d: _write(
            d / "names.jsonl",
            jsonl(
                record(
                    annotator="alice'); DROP TABLE spans;--",
                    meta={"title": "<h1>عنوان</h1>"},
                    spans=[dict(span(4, 7), entity="e1")],
                    entities=[{"id": "e1", "label": "PER", "name": "<script>x</script>"}],
                )
            ),
        ),
        [],
        OK,
    ),
    "lone surrogate": (
        lambda d: _write(d / "sur.jsonl", b'{"id": "s", "text": "\\ud800 x"}\n'),
        [],
        (1, "lone surrogate"),
    ),
    "NUL in JSON text": (
        lambda d: _write(d / "nul.jsonl", b'{"id": "z", "text": "a\\u0000b"}\n'),
        [],
        (1, "NUL character"),
    ),
    "span splitting a letter from its harakat": (
        lambda d: _write(
            d / "marks.jsonl",
            jsonl(
                dict(
                    record(text="قالَ ليو"),
                    spans=[{"id": "s", "start": 0, "end": 3, "label": "CUE", "text": "قال"}],
                )
            ),
        ),
        [],
        (1, "splits a letter from its marks"),
    ),
    "project from a newer version": (
        lambda d: _project(d / "newer.wbproj", _newer),
        ["project"],
        (None, "newer"),
    ),
    "damaged project": (
        lambda d: _project(d / "damaged.wbproj", _damaged),
        ["project"],
        (None, "damaged"),
    ),
    "brat: missing span": (
        lambda d: brat_folder(
            d / "b1", "T1\tOrganization 0 6\tGoogle\nR1\tOrigin Arg1:T1 Arg2:T9\t\n"
        ),
        [],
        ("a.ann:2", "T9"),
    ),
    "brat: unknown line": (
        lambda d: brat_folder(d / "b2", "T1\tOrganization 0 6\tGoogle\nX1\twhat is this\n"),
        [],
        ("a.ann:2", "cannot read this brat line"),
    ),
    "brat: relation with three arguments": (
        lambda d: brat_folder(
            d / "b4",
            "T1\tOrganization 0 6\tGoogle\nT2\tGPE 7 13\tmerged\n"
            "R1\tOrigin Arg1:T1 Arg2:T2 Arg3:T1\t\n",
        ),
        [],
        ("a.ann:3", "two arguments"),
    ),
    "brat: offsets past the text": (
        lambda d: brat_folder(d / "b3", "T1\tOrganization 0 600\tGoogle\n"),
        [],
        ("a.ann:1", "outside the text"),
    ),
    "doccano: string offsets": (
        lambda d: _write(d / "dc.jsonl", jsonl({"text": "نص", "label": [["0", "2", "PER"]]})),
        [],
        (1, "must be integers"),
    ),
    "CoNLL: no tag column": (
        lambda d: _write(d / "t.conll", "قال\nليو\n".encode()),
        [],
        (1, "tag column"),
    ),
    "CoNLL: binary": (lambda d: _write(d / "b.conll", b"\x00\x01\x02"), [], (1, "NUL bytes")),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _project(path: Path, make) -> Path:
    make(path)
    return path


def run(*args, timeout=TIME_BOUND):
    return subprocess.run(
        [sys.executable, "-m", "workbench", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=[pytest.mark.slow] if c in SLOW else []) for c in CASES],
    ids=list(CASES),
)
def test_hostile_file(case, tmp_path):
    make, mode, expected = CASES[case]
    project = tmp_path / "p.wbproj"
    run("init", project)
    run("import", project, SEED)
    before = dump(project)
    source = make(tmp_path)
    if mode == ["project"]:
        done = run("stats", source)
        bytes_before = source.read_bytes()
    else:
        done = run("import", project, source)
    assert "Traceback" not in done.stderr, done.stderr
    if expected == OK:
        assert done.returncode == 0, done.stderr
        assert " added" in done.stdout or "already present" in done.stdout
        conn = sqlite3.connect(project)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        return
    where, message = expected
    assert done.returncode == 1, done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("workbench: error: ") and message in lines[0]
    if isinstance(where, int):
        assert f"{source}:{where}: " in lines[0]
    elif where is not None:
        assert where in lines[0]
    else:
        assert str(source) in lines[0]
    if mode == ["project"]:
        assert source.read_bytes() == bytes_before  # refused without writing to it
    else:
        assert dump(project) == before  # nothing half-imported


def test_names_with_sql_and_html_are_stored_as_they_are(tmp_path):
    project = tmp_path / "p.wbproj"
    run("init", project)
    source = CASES["SQL and HTML in names"][0](tmp_path)
    run("import", project, source)
    out = tmp_path / "o.jsonl"
    run("export", project, "-o", out)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["annotator"] == "alice'); DROP TABLE spans;--"
    assert exported["entities"][0]["name"] == "<script>x</script>"
    assert exported["meta"]["title"] == "<h1>عنوان</h1>"
    assert len(exported["spans"]) == 1

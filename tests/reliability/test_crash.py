"""The crash suite: a child annotates, imports or merges and is killed with SIGKILL at random
moments; after each kill the file passes integrity_check, opens, and holds every operation the
child saw acknowledged (the one in flight may or may not have landed, whole)."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SEED
from workbench.core.model import Layer, Span
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.packages import pack

ANNOTATOR = "crash"
EDIT_KILLS, IMPORT_KILLS, MERGE_KILLS = 16, 4, 4
BULK_DOCS = 6000
MERGE_SPANS = 10  # spans on each document of the merged package
HANG = 300  # seconds without a word from a child: it hangs (a slow machine still talks)


def spans_in_file(path) -> dict[str, tuple[str, int, int]]:
    conn = sqlite3.connect(path)
    try:
        return {
            row[0]: tuple(row[1:])
            for row in conn.execute(
                'SELECT s.id, s.label, s.start, s."end" FROM spans s JOIN layers l '
                "ON l.id = s.layer_id WHERE l.annotator = ?",
                [ANNOTATOR],
            )
        }
    finally:
        conn.close()


def status_in_file(path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT status FROM layers WHERE annotator = ?", [ANNOTATOR]).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def replay(spans: dict, status, op: dict):
    spans = dict(spans)
    if op["op"] == "add":
        spans[op["id"]] = (op["label"], op["start"], op["end"])
    elif op["op"] == "remove":
        spans.pop(op["id"], None)
    elif op["op"] == "relabel":
        label, start, end = spans[op["id"]]
        spans[op["id"]] = (op["label"], start, end)
    elif op["op"] == "status":
        status = op["status"]
    return spans, status


def read_log(path) -> tuple[list[dict], dict | None]:
    """(acknowledged operations in order, the operation in flight when killed, if any)."""
    acked, pending = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry.pop("kind") == "begin":
            pending = entry
        else:
            acked.append(entry)
            pending = None
    return acked, pending


def check_file(path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Project.open(path) as project:
        assert project.document_ids()


def run_child(project, log, mode, arg, *, acks: int | None = None, into_run=None) -> bool:
    """Start the child and kill it on the progress it reports: once it has acknowledged
    ``acks`` operations, or ``into_run`` seconds after its first ``begin`` line (a point of a
    run measured on this machine, see ``measured_run``). True if it was still at work when
    killed. Nothing waits on a guess of how fast the machine is: the only time limit is
    ``HANG`` seconds without a new line from the child."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.crash_worker",
            str(project),
            str(log),
            mode,
            str(arg),
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    seen, changed, began = "", time.monotonic(), None
    while child.poll() is None:
        now = time.monotonic()
        text = log.read_text("utf-8")
        if text != seen:
            seen, changed = text, now
            if began is None:
                began = now
        if acks is not None and text.count('"kind": "ack"') >= acks:
            break
        if into_run is not None and began is not None and now - began >= into_run:
            break
        if now - changed > HANG:
            child.kill()
            raise AssertionError(f"the child reported nothing for {HANG} s: a hang")
        time.sleep(0.002)
    killed = child.poll() is None
    if killed:
        os.kill(child.pid, signal.SIGKILL)
    _out, err = child.communicate()
    assert killed or child.returncode == 0, err.decode()
    return killed


def measured_run(project, tmp_path, mode, arg) -> float:
    """How long one whole operation takes here and now, from the child's ``begin`` line to
    its ``ack`` (on a copy of the project, so that nothing changes)."""
    copy = tmp_path / f"measure-{mode}.wbproj"
    shutil.copy(project, copy)
    log = tmp_path / f"measure-{mode}.log"
    log.write_text("", encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_worker", str(copy), str(log), mode]
        + [str(arg)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    began = ended = None
    while ended is None:
        text = log.read_text("utf-8")
        now = time.monotonic()
        if began is None and '"begin"' in text:
            began = now
        if '"ack"' in text:
            ended = now
        elif child.poll() is not None:
            raise AssertionError(child.stderr.read().decode())
        time.sleep(0.002)
    child.communicate(timeout=HANG)
    return ended - began


def word_spans(text: str, count: int) -> list[Span]:
    """ORG spans on the first ``count`` words of a text."""
    spans, start = [], 0
    for number, word in enumerate(text.split(" ")[:count], start=1):
        if word and word.strip():
            spans.append(Span(f"s{number}", start, start + len(word), "ORG", word))
        start += len(word) + 1
    return spans


def bulk_file(path, prefix: str) -> None:
    words = SEED.read_text(encoding="utf-8").split()
    with path.open("w", encoding="utf-8") as out:
        for i in range(BULK_DOCS):
            text = " ".join(words[(i + k) % len(words)] for k in range(300))
            out.write(json.dumps({"id": f"{prefix}{i}", "text": text}, ensure_ascii=False) + "\n")


@pytest.fixture
def crash_project(tmp_path):
    path = tmp_path / "crash.wbproj"
    with Project.create(path) as project:
        import_paths(project, [SEED])
    return path


@pytest.mark.slow
def test_killed_while_annotating_loses_nothing_acknowledged(crash_project, tmp_path):
    rng = random.Random(20261128)
    kills = acknowledged = 0
    for round_ in range(EDIT_KILLS):
        log = tmp_path / f"edit{round_}.log"
        log.write_text("", encoding="utf-8")
        before_spans, before_status = spans_in_file(crash_project), status_in_file(crash_project)
        kills += run_child(crash_project, log, "edit", round_, acks=rng.randint(5, 60))
        check_file(crash_project)
        acked, pending = read_log(log)
        acknowledged += len(acked)
        spans, status = before_spans, before_status
        for op in acked:
            spans, status = replay(spans, status, op)
        found, found_status = spans_in_file(crash_project), status_in_file(crash_project)
        if pending is None:
            assert (found, found_status) == (spans, status)
            continue
        if pending["op"] == "add":  # its id was not known yet: at most that one span more
            extra = {k: v for k, v in found.items() if k not in spans}
            assert {k: v for k, v in found.items() if k in spans} == spans
            assert list(extra.values()) in (
                [],
                [(pending["label"], pending["start"], pending["end"])],
            )
        else:
            landed = replay(spans, status, pending)
            assert (found, found_status) in ((spans, status), landed)
    assert kills >= EDIT_KILLS - 2  # the child was killed at work, not after it had stopped
    assert acknowledged > 20 * EDIT_KILLS  # and it had done real work each time


@pytest.mark.slow
def test_killed_during_bulk_imports_and_merges_lands_whole_or_not_at_all(crash_project, tmp_path):
    rng = random.Random(7)
    kills = 0
    in_flight = {"import": 0, "merge": 0}
    sample = tmp_path / "sample.jsonl"
    bulk_file(sample, "sample-")
    import_seconds = measured_run(crash_project, tmp_path, "import", sample)
    for round_ in range(IMPORT_KILLS):
        source = tmp_path / f"bulk{round_}.jsonl"
        bulk_file(source, f"r{round_}-")
        log = tmp_path / f"import{round_}.log"
        log.write_text("", encoding="utf-8")
        with Project.open(crash_project) as project:
            before = len(project.document_ids())
        at = rng.uniform(0.05, 0.95) * import_seconds
        kills += run_child(crash_project, log, "import", source, into_run=at)
        check_file(crash_project)
        acked, pending = read_log(log)
        in_flight["import"] += pending is not None
        with Project.open(crash_project) as project:
            after = len(project.document_ids())
        assert after == before + BULK_DOCS if acked else after in (before, before + BULK_DOCS)
    # a package holding a layer on every document (thousands, whether the killed imports
    # landed or not), merged and killed
    package = tmp_path / "bob.wbproj"
    with Project.open(crash_project) as project:
        import_paths(project, [sample])
        pack(project, "bob", package)
        docs = project.document_ids()
    with Project.open(package) as opened, opened.transaction():
        for doc_id in docs:  # enough spans that the merge is a long operation to kill
            text = opened.document(doc_id).text
            layer = Layer("bob", "done", word_spans(text, MERGE_SPANS))
            opened.replace_layer(doc_id, layer)
    merge_seconds = measured_run(crash_project, tmp_path, "merge", package)
    for round_ in range(MERGE_KILLS):
        log = tmp_path / f"merge{round_}.log"
        log.write_text("", encoding="utf-8")
        at = rng.uniform(0.05, 0.95) * merge_seconds
        kills += run_child(crash_project, log, "merge", package, into_run=at)
        check_file(crash_project)
        acked, pending = read_log(log)
        in_flight["merge"] += pending is not None
        conn = sqlite3.connect(crash_project)
        merged = conn.execute("SELECT count(*) FROM layers WHERE annotator = 'bob'").fetchone()[0]
        assert merged == len(docs) if acked else merged in (0, len(docs))
        conn.execute("PRAGMA foreign_keys = ON")  # so that the layers' spans go with them
        conn.execute("DELETE FROM layers WHERE annotator = 'bob'")  # so the next merge works
        conn.commit()
        conn.close()
    assert kills >= (IMPORT_KILLS + MERGE_KILLS) // 2
    # most kills hit the child inside the import or the merge, not while it was starting
    assert in_flight["import"] >= IMPORT_KILLS // 2 and in_flight["merge"] >= MERGE_KILLS // 2

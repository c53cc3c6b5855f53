"""The library editing a project (as the window does) while the command line exports, merges
and computes agreement on the same file: no "database is locked" reaches anyone, and every
export is a consistent snapshot."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from tests.conftest import DATA, ROOT
from tests.workflow.conftest import variant
from workbench.core.model import Document
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.packages import pack

ROUNDS = 6
HANG = 600  # seconds: only a hang takes this long, however busy the machine


def cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "workbench", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=HANG,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_cli_work_while_the_library_edits(tmp_path):
    project = tmp_path / "shared.wbproj"
    with Project.create(project) as opened:
        import_paths(opened, [DATA / "seed-attributed.jsonl"])
        second = tmp_path / "bob.jsonl"
        second.write_text(
            json.dumps(variant("bob", drop={"O1"}), ensure_ascii=False) + "\n", "utf-8"
        )
        import_paths(opened, [second])
        text = opened.document(opened.document_ids()[0]).text
        opened.add_document(Document("twin", text))  # the editor's second document
        pack(opened, "carol", tmp_path / "carol.wbproj")
    with Project.open(tmp_path / "carol.wbproj") as package:
        doc_id = package.document_ids()[0]
        package.add_span(doc_id, "carol", "PER", 40, 50)
        package.set_status(doc_id, "carol", "done")
    log = tmp_path / "editor.log"
    log.write_text("", encoding="utf-8")
    editor = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.crash_worker",
            str(project),
            str(log),
            "pairs",
            "1",
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + HANG
        while len(log.read_text("utf-8").splitlines()) < 5:  # the editor is at work
            assert editor.poll() is None, editor.stderr.read()
            assert time.monotonic() < deadline, "the editor hangs"
            time.sleep(0.01)
        for round_ in range(ROUNDS):
            out = tmp_path / f"export{round_}.jsonl"
            results = [
                cli("merge", project, tmp_path / "carol.wbproj"),
                cli("export", project, "-o", out),
                cli("export", project, "-o", tmp_path / "corpus.db", "--format", "corpus"),
                cli("agreement", project, "--json", "--status", "any"),
                cli("stats", project, "--json"),
            ]
            for result in results:
                assert result.returncode == 0, result.stderr
                assert "locked" not in result.stderr + result.stdout
            records = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
            crash = [len(r["spans"]) for r in records if r.get("annotator") == "crash"]
            # the editor changes both documents in one transaction: a snapshot sees both or
            # neither (reading them one after the other outside a snapshot would not)
            assert len(crash) in (0, 2) and len(set(crash)) <= 1, crash
            assert {r.get("annotator") for r in records} >= {"alice", "bob", "carol"}
        assert editor.poll() is None, editor.stderr.read()  # it never failed meanwhile
        pairs_done = len(log.read_text("utf-8").splitlines())
        assert pairs_done > 20
    finally:
        editor.kill()
        editor.wait()

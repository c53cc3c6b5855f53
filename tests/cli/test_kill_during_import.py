"""kill -9 in the middle of a large import leaves the project exactly as before it started."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import SEED
from workbench.store.project import Project

HANG = 600  # seconds: only a hang takes this long, however busy the machine

WORDS = [
    "دعا",
    "مبعوث",
    "صيني",
    "لدى",
    "الأمم",
    "المتحدة",
    "إلى",
    "تعزيز",
    "الانضباط",
    "الذاتي",
    "في",
    "مكافحة",
    "الإرهاب",
]


def big_jsonl(path, docs=6000):
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            text = " ".join(WORDS[(i + j) % len(WORDS)] for j in range(400))
            spans = [  # twenty different spans (the same one twice would be refused)
                {"id": f"s{k}", "start": k, "end": k + 3, "label": "CUE", "text": text[k : k + 3]}
                for k in range(20)
            ]
            record = {"id": f"doc{i}", "text": text, "annotator": "alice", "spans": spans}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _project_with_the_seed(tmp_path):
    project = tmp_path / "p.db"
    with Project.create(project) as proj:
        from workbench.formats.importer import import_paths

        import_paths(proj, [SEED])
    return project


def _import(project, source):
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", "import", str(project), str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _as_before(project) -> None:
    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM spans").fetchone()[0] == 0
    conn.close()
    with Project.open(project) as proj:
        assert proj.document_ids() == [SEED.stem]
        assert proj.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.slow
def test_kill_9_mid_import_leaves_no_partial_documents(tmp_path):
    """The kill is triggered by the import's own progress: the pages it has written to the
    -wal (1, 3 and 6 MB of the roughly 40 MB the whole import writes), never by a delay. The
    window has the project open meanwhile (an idle connection here), so the import goes
    through the WAL, writing as it goes."""
    project = _project_with_the_seed(tmp_path)
    source = tmp_path / "big.jsonl"
    big_jsonl(source)
    wal = project.with_name(project.name + "-wal")
    for written in (1e6, 3e6, 6e6):
        window = sqlite3.connect(project)
        window.execute("SELECT count(*) FROM documents").fetchone()
        child = _import(project, source)
        deadline = time.monotonic() + HANG
        while child.poll() is None and (not wal.exists() or wal.stat().st_size < written):
            assert time.monotonic() < deadline, "the import hangs"
            time.sleep(0.005)
        assert child.poll() is None, "the import ended before writing that much"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        window.close()
        _as_before(project)


@pytest.mark.slow
def test_kill_9_while_an_import_alone_commits_leaves_the_project_as_it_was(tmp_path):
    """Alone on the project the import writes through a rollback journal and nothing into the
    file before its commit; killed once the commit has begun writing into the file, the
    journal takes it back at the next open. (A commit that ends before the kill lands whole.)"""
    project = _project_with_the_seed(tmp_path)
    source = tmp_path / "big.jsonl"
    big_jsonl(source)
    journal = project.with_name(project.name + "-journal")
    size_before = project.stat().st_size
    child = _import(project, source)
    deadline = time.monotonic() + HANG
    while child.poll() is None and not (journal.exists() and project.stat().st_size > size_before):
        assert time.monotonic() < deadline, "the import hangs"
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        _as_before(project)
    else:  # the commit was done before a kill could land: the import is whole
        with Project.open(project) as proj:
            assert proj.document_count() == 1 + 6000

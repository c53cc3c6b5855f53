"""What is acknowledged is in the project file itself: a copy made while the file is open, or a
file whose stale -wal was deleted after a kill, holds every acknowledged edit; a project file
deleted or replaced while open is noticed before an edit is accepted."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SEED
from tests.reliability.test_crash import (
    ANNOTATOR,
    read_log,
    replay,
    spans_in_file,
    status_in_file,
)
from tests.workflow.conftest import seed_record
from tests.workflow.test_packages import annotate_like
from workbench.core.errors import ProjectError
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.packages import merge, pack

ACKS_BEFORE_KILL = 25
HANG = 120  # seconds: only a hung child takes this long


def test_a_package_copied_while_it_is_open_holds_every_acknowledged_edit(tmp_path):
    """The annotator mails the package while the window still has it open: the copy holds
    their work (it used to sit in the -wal beside it, and merge said 0 documents)."""
    record = seed_record()
    with Project.create(tmp_path / "team.wbproj") as project:
        import_paths(project, [SEED])
        pack(project, "alice", tmp_path / "alice.wbproj")
        doc_id = project.document_ids()[0]
        record["id"], record["annotator"] = doc_id, "alice"
        with Project.open(tmp_path / "alice.wbproj") as package:  # still open while copied
            annotate_like(tmp_path / "alice.wbproj", record)
            shutil.copyfile(tmp_path / "alice.wbproj", tmp_path / "mailed.wbproj")
            assert package.layer(doc_id, "alice") is not None
        (report,) = merge(project, [tmp_path / "mailed.wbproj"])
        assert report.documents == 1
        assert len(project.layer(doc_id, "alice").spans) == len(record["spans"])


def _run_until_acknowledged(project, log, acks: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.crash_worker", str(project), str(log)]
        + ["edit", "7"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + HANG
    try:
        while child.poll() is None and time.monotonic() < deadline:
            if log.exists() and log.read_text(encoding="utf-8").count('"ack"') >= acks:
                break
            time.sleep(0.02)
        assert child.poll() is None, child.stderr.read().decode()
        assert time.monotonic() < deadline, "the child acknowledged nothing: hung"
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stderr.close()


def test_deleting_a_stale_wal_after_a_kill_loses_no_acknowledged_edit(tmp_path):
    """The window is killed; someone deletes the -wal and -shm left beside the file (or copies
    the file alone). Every edit the child saw acknowledged is in the file."""
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [SEED])
    log = tmp_path / "log.jsonl"
    _run_until_acknowledged(path, log, ACKS_BEFORE_KILL)
    assert (tmp_path / "p.wbproj-wal").exists()  # a kill leaves it behind
    for sidecar in ("-wal", "-shm"):
        os.unlink(str(path) + sidecar)
    acked, pending = read_log(log)
    assert len(acked) >= ACKS_BEFORE_KILL
    spans, status = {}, None
    for op in acked:
        spans, status = replay(spans, status, op)
    found, found_status = spans_in_file(path), status_in_file(path)
    if pending is not None and pending["op"] == "add":  # in flight: its id was not logged yet
        extra = {k: v for k, v in found.items() if k not in spans}
        if list(extra.values()) == [(pending["label"], pending["start"], pending["end"])]:
            spans = {**spans, **extra}  # it landed
        pending = None
    allowed = [(spans, status)]
    if pending is not None:  # the edit in flight may have landed, whole
        allowed.append(replay(spans, status, pending))
    assert (found, found_status) in allowed, (len(found), len(spans))


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_an_edit_to_a_project_file_deleted_while_open_is_refused(tmp_path, how):
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [SEED])
    with Project.open(path) as project:
        doc_id = project.document_ids()[0]
        project.add_span(doc_id, ANNOTATOR, "PER", 0, 5)
        os.unlink(path)
        if how == "replaced":
            with Project.create(path):
                pass
        with pytest.raises(ProjectError, match=f"was {how} while it was open") as caught:
            project.add_span(doc_id, ANNOTATOR, "ORG", 0, 5)
        assert str(path) in str(caught.value)

"""Outputs are written whole: no temporary left after a failure, no temporary shared by two runs,
modes that follow the umask, and a brat folder that is swapped in as a whole."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from tests.conftest import DATA
from workbench.core.errors import FormatError, ProjectError
from workbench.formats import export as export_module
from workbench.formats.atomic import atomic_file, new_file
from workbench.formats.export import export_project
from workbench.formats.importer import import_paths
from workbench.store.project import Project
from workbench.workflow.packages import pack


@pytest.fixture
def annotated(project):
    import_paths(project, [DATA / "multilayer.jsonl"])
    return project


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def names(folder):
    """What a folder holds, besides the project file the fixture made (and its -wal, -shm)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("p.db"))


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_file(out) as handle:
        handle.write("new, half written")
        raise RuntimeError("the disk is gone")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert names(tmp_path) == ["out.jsonl"]


def test_two_runs_to_one_output_write_to_temporaries_of_their_own(tmp_path):
    out = tmp_path / "out.jsonl"
    with atomic_file(out) as first, atomic_file(out) as second:
        assert first.name != second.name
        first.write("first\n")
        second.write("second\n")
    assert out.read_text(encoding="utf-8") == "first\n"  # the run that ended last
    assert names(tmp_path) == ["out.jsonl"]


def test_a_finished_package_is_never_overwritten_by_another_run(tmp_path):
    out = tmp_path / "bob.wbproj"
    with pytest.raises(ProjectError, match="exists already"), new_file(out, ProjectError) as slow:
        with new_file(out, ProjectError) as fast:
            assert fast != slow
            fast.write_bytes(b"the fast run's package")
        slow.write_bytes(b"the slow run's package")
    assert out.read_bytes() == b"the fast run's package"
    assert names(tmp_path) == ["bob.wbproj"]


def test_exports_and_packages_follow_the_umask(annotated, tmp_path, umask_022):
    for fmt in ("jsonl", "doccano", "hf", "prodigy"):
        export_project(annotated, tmp_path / f"out.{fmt}", fmt)
        assert mode(tmp_path / f"out.{fmt}") == 0o644, fmt
    assert mode(tmp_path / "out.hf.labels.json") == 0o644
    export_project(annotated, tmp_path / "corpus.db", "corpus")
    assert mode(tmp_path / "corpus.db") == 0o644
    export_project(annotated, tmp_path / "brat", "brat")
    assert mode(tmp_path / "brat") == 0o755
    for path in (tmp_path / "brat").rglob("*"):
        assert mode(path) == (0o755 if path.is_dir() else 0o644), path
    pack(annotated, "carol", tmp_path / "carol.wbproj")
    assert mode(tmp_path / "carol.wbproj") == 0o644


@pytest.fixture
def old_export(tmp_path):
    """A folder holding an earlier brat export: a document since gone, another schema's conf."""
    out = tmp_path / "brat"
    out.mkdir()
    (out / "gone.txt").write_text("نص قديم\n", encoding="utf-8")
    (out / "gone.ann").write_text("T1\tOther 0 2\tنص\n", encoding="utf-8")
    (out / "annotation.conf").write_text("[entities]\nOther\n", encoding="utf-8")
    return out


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_brat_export_replaces_an_earlier_export_as_a_whole(annotated, old_export, tmp_path):
    export_project(annotated, old_export, "brat")
    # one folder per annotator, the document without annotations, nothing old, and the side
    # file saying what offsets count
    assert names(old_export) == ["alice", "bare.txt", "bob", "workbench.offsets"]
    conf = (old_export / "alice" / "annotation.conf").read_text(encoding="utf-8")
    assert "PER" in conf and "Other" not in conf
    assert names(tmp_path) == ["brat"]  # no temporary folder left beside it


def test_a_brat_export_that_fails_midway_leaves_the_old_folder_untouched(
    annotated, old_export, tmp_path, monkeypatch
):
    before = snapshot(old_export)
    written = export_module.write_ann
    calls = []

    def failing(text, layer):
        calls.append(layer.annotator)
        if len(calls) == 2:
            raise OSError("killed")
        return written(text, layer)

    monkeypatch.setattr(export_module, "write_ann", failing)
    with pytest.raises(OSError, match="killed"):
        export_project(annotated, old_export, "brat")
    assert snapshot(old_export) == before
    assert names(tmp_path) == ["brat"]


def test_brat_export_refuses_a_folder_holding_other_files(annotated, old_export):
    (old_export / "notes.docx").write_bytes(b"the user's own notes")
    before = snapshot(old_export)
    with pytest.raises(FormatError, match="choose a new or empty one"):
        export_project(annotated, old_export, "brat")
    assert snapshot(old_export) == before


def test_a_new_corpus_database_that_fails_leaves_nothing(annotated, tmp_path, monkeypatch):
    from workbench.formats import corpus

    def failing(db, record):
        raise OSError("disk full")

    monkeypatch.setattr(corpus, "_write_record", failing)
    with pytest.raises(OSError, match="disk full"):
        export_project(annotated, tmp_path / "corpus.db", "corpus")
    assert names(tmp_path) == []


def test_outputs_named_by_a_relative_path_or_a_folder(annotated, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    export_project(annotated, "out.jsonl")
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 4
    with pytest.raises(FormatError, match="the output is a folder"):
        export_project(annotated, ".")
    with pytest.raises(FormatError, match="the output folder is the current folder"):
        export_project(annotated, ".", "brat")  # it would be replaced under the user's feet
    export_project(annotated, "brat", "brat")
    assert names(tmp_path / "brat") == ["alice", "bare.txt", "bob", "workbench.offsets"]


def test_kill_9_during_brat_export_leaves_the_old_export_whole(tmp_path, old_export):
    """The export is killed once it has written a few hundred files of its fresh folder: the
    output still holds exactly the old export (the swap had not happened)."""
    source = tmp_path / "many.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(4000):
            text = f"قال ليو {i} إن الوضع خطير"
            span = {"id": "s1", "start": 4, "end": 7, "label": "PER", "text": "ليو"}
            record = {"id": f"d{i:04}", "text": text, "annotator": "alice", "spans": [span]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    with Project.create(tmp_path / "p.db") as project:
        import_paths(project, [source])
    before = snapshot(old_export)
    child = subprocess.Popen(
        [sys.executable, "-m", "workbench", "export", tmp_path / "p.db", "-o", old_export]
        + ["--format", "brat"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120  # only a hang takes this long
    fresh: list = []
    while time.monotonic() < deadline and child.poll() is None:
        fresh = [p for p in tmp_path.glob(".brat.*.part") if len(list(p.iterdir())) > 300]
        if fresh:
            break
        time.sleep(0.005)
    assert fresh, "the export ended before it could be killed"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert snapshot(old_export) == before

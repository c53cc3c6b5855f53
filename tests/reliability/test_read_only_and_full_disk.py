"""A project on read-only media opens for reading (stats, export, search) and refuses changes
with a message saying why; a full disk is called a full disk, not damage; an init that fails
on a full disk leaves nothing behind. The media are tmpfs mounts made in a user and mount
namespace of their own (tests/reliability/namespace_driver.py), so no root is needed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import DATA, ROOT, SEED
from workbench.formats.importer import import_paths
from workbench.store.project import Project


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = ["unshare", "--user", "--map-root-user", "--mount", "true"]
    return subprocess.run(probe, capture_output=True).returncode == 0


needs_namespaces = pytest.mark.skipif(
    not _namespaces_work(), reason="user and mount namespaces are not available here"
)


def on_media(tmp_path, **spec) -> list[tuple[int, str, str, list[str]]]:
    mount = tmp_path / "media"
    mount.mkdir()
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(json.dumps({"mount": str(mount), **spec}), encoding="utf-8")
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-m"]
        + ["tests.reliability.namespace_driver", str(spec_file)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,  # catches a hang only
    )
    assert done.returncode == 0, done.stderr
    return [tuple(r) for r in json.loads(done.stdout)]


def stats_of(path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "stats", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout)


def one_line_error(result, *words: str) -> str:
    code, _out, err, _files = result
    assert code == 1 and "Traceback" not in err, err
    assert len(err.splitlines()) == 1 and err.startswith("workbench: error: "), err
    for word in words:
        assert word in err, err
    return err


@pytest.fixture
def annotated(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [SEED, DATA / "multilayer.jsonl"])
    return path


@needs_namespaces
def test_a_project_on_read_only_media_is_read_and_never_changed(annotated, tmp_path):
    exported = tmp_path / "out.jsonl"
    stats, export, search, edit = on_media(
        tmp_path,
        copy=[str(annotated)],
        read_only=True,
        commands=[
            ["stats", "@p.wbproj", "--json"],
            ["export", "@p.wbproj", "-o", str(exported)],
            ["search", "@p.wbproj", "الامم المتحده", "--json"],
            ["import", "@p.wbproj", str(SEED)],
        ],
    )
    assert stats[0] == 0, stats[2]
    assert json.loads(stats[1]) == stats_of(annotated)
    assert export[0] == 0, export[2]
    expected = tmp_path / "expected.jsonl"
    subprocess.run(
        [sys.executable, "-m", "workbench", "export", str(annotated), "-o", str(expected)],
        check=True,
        cwd=ROOT,
    )
    assert exported.read_text(encoding="utf-8") == expected.read_text(encoding="utf-8")
    assert search[0] == 0 and json.loads(search[1]), search[2]
    one_line_error(edit, "read-only", "p.wbproj")
    assert edit[3] == ["p.wbproj"]  # no -wal, no -shm, nothing written


def test_a_project_read_only_to_this_user_opens_read_only(annotated):
    if os.geteuid() == 0:
        pytest.skip("root may write any file; read-only media cover this as root")
    annotated.chmod(0o444)
    with Project.open(annotated) as project:
        assert project.read_only and project.document_ids()


@needs_namespaces
def test_init_on_a_full_disk_says_so_and_leaves_nothing(tmp_path):
    init, retry = on_media(
        tmp_path,
        size=16 * 1024,
        commands=[["init", "@p.wbproj"], ["init", "@p.wbproj"]],
    )
    one_line_error(init, "disk is full", "p.wbproj")
    assert init[3] == []  # nothing left to block a retry
    one_line_error(retry, "disk is full")  # the same answer, not "exists already"


@needs_namespaces
def test_reading_a_project_on_a_full_disk_works_and_writing_says_disk_full(annotated, tmp_path):
    stats, search, edit = on_media(
        tmp_path,
        size=1024 * 1024,
        copy=[str(annotated)],
        fill=True,
        commands=[
            ["stats", "@p.wbproj", "--json"],
            ["search", "@p.wbproj", "الامم", "--json"],
            ["import", "@p.wbproj", str(SEED)],
        ],
    )
    assert stats[0] == 0, stats[2]
    assert json.loads(stats[1]) == stats_of(annotated)
    assert search[0] == 0, search[2]
    err = one_line_error(edit, "p.wbproj")
    assert "disk is full" in err or "read-only" in err
    assert "damaged" not in err
    conn = sqlite3.connect(annotated)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

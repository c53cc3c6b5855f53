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
    # the imported documents are not in the search index yet: the search reads them all
    writable = subprocess.run(
        [sys.executable, "-m", "workbench", "search", str(annotated), "الامم المتحده", "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    assert search[0] == 0 and json.loads(search[1]) == json.loads(writable.stdout), search[2]
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


def _user_namespaces_work() -> bool:
    probe = ["unshare", "--user", "true"]
    return shutil.which("unshare") is not None and subprocess.run(probe).returncode == 0


needs_permissions = pytest.mark.skipif(
    os.geteuid() != 0 and not _user_namespaces_work(),
    reason="needs a user namespace to run a child whose file permissions are enforced",
)


def as_user(*args) -> subprocess.CompletedProcess:
    """``workbench ARGS`` in a child whose file permissions are enforced even when the tests
    run as root: in a user namespace of its own with no ids mapped, it owns nothing it can
    override (it still reads what its owner may read)."""
    command = [sys.executable, "-m", "workbench", *map(str, args)]
    if os.geteuid() == 0:
        command = ["unshare", "--user", *command]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)


def _beside(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


@needs_permissions
def test_reading_a_file_you_may_not_change_leaves_nothing_and_it_is_writable_again(
    annotated, tmp_path
):
    """chmod 444 in a folder you may write: the read commands leave no -wal or -shm (which
    SQLite would make read-only too, blocking every later write), and once the file is made
    writable again the next import works."""
    annotated.chmod(0o444)
    for args in (
        ["stats", annotated, "--json"],
        ["search", annotated, "الامم", "--json"],
        ["export", annotated, "-o", tmp_path / "out.jsonl"],
        ["agreement", annotated, "--status", "any"],
    ):
        done = as_user(*args)
        assert done.returncode == 0, (args, done.stderr)
        assert _beside(annotated) == ["p.wbproj"], args
    refused = as_user("import", annotated, SEED)
    assert refused.returncode == 1 and "read-only" in refused.stderr
    annotated.chmod(0o644)
    more = tmp_path / "more.txt"
    more.write_text("خبر آخر عن الامم المتحدة", encoding="utf-8")
    done = as_user("import", annotated, more)
    assert done.returncode == 0, done.stderr
    assert "1 document added" in done.stdout


@needs_permissions
def test_a_sidecar_you_may_not_write_is_named_with_what_to_do(annotated, tmp_path):
    """A -shm left read-only (by an older workbench, or another user): reading still works,
    and a change is refused in one line naming that file and the way out."""
    annotated.chmod(0o444)
    assert as_user("stats", annotated).returncode == 0  # an older workbench left these
    annotated.chmod(0o644)
    shm = annotated.with_name("p.wbproj-shm")
    if not shm.exists():
        shm.write_bytes(b"")
        shm.chmod(0o444)
    assert as_user("stats", annotated, "--json").returncode == 0
    more = tmp_path / "more.txt"
    more.write_text("خبر آخر عن الامم المتحدة", encoding="utf-8")
    done = as_user("import", annotated, more)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert "p.wbproj-shm" in done.stderr and "delete it" in done.stderr, done.stderr

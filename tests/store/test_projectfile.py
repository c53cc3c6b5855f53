"""Opening project files: refuse what is not ours, damaged or newer, and never write to it."""

import hashlib
import sqlite3

import pytest

from workbench.core.errors import ProjectError
from workbench.store.project import Project
from workbench.store.projectfile import LATEST_VERSION


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_uses_wal_foreign_keys_and_records_migrations(tmp_path):
    path = tmp_path / "p.db"
    with Project.create(path) as proj:
        assert proj.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert proj.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert proj.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == LATEST_VERSION


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "p.db"
    path.write_text("keep me")
    with pytest.raises(ProjectError, match="exists already"):
        Project.create(path)
    assert path.read_text() == "keep me"


def _other_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()


def _newer(path):
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.commit()
    conn.close()


def _damaged(path):
    with Project.create(path) as proj:
        proj.conn.executemany(
            "INSERT INTO documents (id, text, sha256, imported_at) VALUES (?, ?, '', '')",
            [(str(i), "نص " * 200) for i in range(300)],
        )
        proj.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):  # scribble over every page after the schema
        data[page * 4096 + 8 : page * 4096 + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("hello"), "not an SQLite file"),
        (lambda p: p.write_bytes(b""), "not an SQLite file"),
        (_other_sqlite, "an SQLite file of another kind"),
        (_newer, "written by a newer workbench"),
        (_damaged, "damaged"),
    ],
)
def test_refused_files_are_left_untouched(tmp_path, make, message):
    path = tmp_path / "thing.db"
    make(path)
    before = digest(path)
    with pytest.raises(ProjectError, match=message) as info:
        Project.open(path)
    assert str(path) in str(info.value)
    assert digest(path) == before


def test_missing_project(tmp_path):
    with pytest.raises(ProjectError, match="no such project"):
        Project.open(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()

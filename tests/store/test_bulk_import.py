"""An import is written once (store/transactions.py ``bulk_transaction``): through a rollback
journal when nothing else has the project open, so the texts are not written into a -wal and
then again into the file; through the WAL, as every edit, when another program has it open
(which then goes on reading what was there before). Either way it lands whole or not at all,
and the file is in WAL mode again afterwards, holding everything by itself."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from workbench.core.errors import WorkbenchError
from workbench.formats.importer import import_paths
from workbench.store.project import Project

DOCS = 300


def corpus(path, count=DOCS, bad_line=None):
    lines = [f'{{"id": "d{i}", "text": "قال المتحدث {i} إن الوضع مستقر."}}' for i in range(count)]
    if bad_line is not None:
        lines[bad_line - 1] = '{"id": "broken", "text": 7}'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def journal_mode(conn) -> str:
    return conn.execute("PRAGMA journal_mode").fetchone()[0]


def sidecars(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def test_an_import_alone_is_written_once_and_leaves_the_file_in_wal_mode(tmp_path):
    path = tmp_path / "p.wbproj"
    source = corpus(tmp_path / "c.jsonl")
    modes = set()
    with Project.create(path) as project:
        during = lambda _step: modes.add(journal_mode(project.conn))  # noqa: E731
        import_paths(project, [source], progress=during)
        assert modes == {"delete"}  # a rollback journal while it wrote
        assert journal_mode(project.conn) == "wal"
        assert project.document_count() == DOCS
        shutil.copyfile(path, tmp_path / "copy.wbproj")  # the file alone, as mailed
    with Project.open(tmp_path / "copy.wbproj") as copy:
        assert copy.document_count() == DOCS
    assert sidecars(path) == []  # no journal left behind


def test_with_another_program_reading_the_import_goes_through_the_wal(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [corpus(tmp_path / "first.jsonl", 10)])
    seen = []
    with Project.open(path) as importer, Project.open(path) as reader:

        def during(_step) -> None:
            seen.append((journal_mode(importer.conn), reader.document_count()))

        import_paths(importer, [corpus(tmp_path / "c.jsonl")], progress=during)
        assert {mode for mode, _count in seen} == {"wal"}
        assert {count for _mode, count in seen} == {10}  # what was there before, meanwhile
        assert reader.document_count() == 10 + DOCS - 10  # d0..d9 were there already


def test_a_refused_import_leaves_the_project_as_it_was_and_in_wal_mode(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [corpus(tmp_path / "first.jsonl", 10)])
        with pytest.raises(WorkbenchError, match=r"bad\.jsonl:250"):
            import_paths(project, [corpus(tmp_path / "bad.jsonl", bad_line=250)])
        assert journal_mode(project.conn) == "wal"
        assert project.document_count() == 10
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert sidecars(path) == []


def test_the_connection_that_made_the_file_edits_right_after_an_import(tmp_path):
    """The window on a new project imports, then the annotator adds a span: the edit's commit
    checkpoints (it failed with "database table is locked" after the journal came back)."""
    with Project.create(tmp_path / "p.wbproj") as project:
        import_paths(project, [corpus(tmp_path / "c.jsonl", 5)])
        changes = project.add_span("d0", "alice", "PER", 0, 3)
        assert [span.text for span in changes.spans.added] == ["قال"]
    with Project.building(tmp_path / "handed.wbproj") as package:  # ends with a checkpoint
        import_paths(package, [corpus(tmp_path / "c.jsonl", 5)])
    with Project.open(tmp_path / "handed.wbproj") as package:
        assert package.document_count() == 5


def test_a_failed_commit_leaves_no_transaction_open(tmp_path):
    """A commit refused (here a deferred constraint; busy or a full disk alike) must not leave
    the connection inside a transaction where every later edit would become a savepoint of a
    transaction that never commits."""
    from workbench.store.transactions import transaction

    conn = sqlite3.connect(tmp_path / "f.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE b (a_id INTEGER REFERENCES a(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), transaction(conn):
        conn.execute("INSERT INTO b VALUES (7)")  # refused only at COMMIT
    assert not conn.in_transaction
    with transaction(conn):
        conn.execute("INSERT INTO a VALUES (1)")
    assert conn.execute("SELECT count(*) FROM a").fetchone()[0] == 1
    conn.close()


def test_a_reader_holding_the_file_leaves_it_journalled_safely_until_the_next_open(tmp_path):
    from workbench.store.transactions import _back_to_wal

    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        conn = project.conn
        assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        conn.execute("PRAGMA synchronous = FULL")
        reader = sqlite3.connect(path, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM documents").fetchone()  # holds a shared lock
        conn.execute("PRAGMA busy_timeout = 0")
        _back_to_wal(conn)
        assert journal_mode(conn) == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as it needs
        reader.execute("ROLLBACK")
        reader.close()
    with Project.open(path) as again:  # the next connection puts WAL back
        assert journal_mode(again.conn) == "wal"


def interrupted_import(path):
    """Leave ``path`` as a killed import does: a hot -journal beside it."""
    import subprocess
    import sys

    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = DELETE'); c.execute('PRAGMA cache_size = 10')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        'c.executemany("INSERT INTO documents (id, text, sha256, imported_at) '
        "VALUES (?, ?, '', '')\", ((f'x{i}', 'نص ' * 500) for i in range(2000)))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=600)
    assert (path.parent / (path.name + "-journal")).stat().st_size > 0


def test_an_interrupted_import_on_a_file_it_may_not_write_says_what_to_do(tmp_path, monkeypatch):
    from workbench.store import projectfile

    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [corpus(tmp_path / "c.jsonl", 5)])
    interrupted_import(path)
    monkeypatch.setattr(projectfile, "can_write", lambda _path: False)
    with pytest.raises(WorkbenchError, match="import into it was interrupted") as refused:
        Project.open(path)
    assert "keep its -journal" in str(refused.value)
    from workbench.workflow.search import search  # it said "not SQLite"

    with pytest.raises(WorkbenchError, match="import into it was interrupted"):
        search(path, "قال", 10)
    monkeypatch.undo()
    with Project.open(path) as project:  # where it may write: the journal takes it back
        assert project.document_count() == 5
    assert sidecars(path) == []


def test_opening_a_project_an_import_holds_says_so(tmp_path, monkeypatch):
    """While an import writes through its rollback journal, another program opening the
    project waits the busy timeout (shortened here), then says why in words."""
    from workbench.store import projectfile

    path = tmp_path / "p.wbproj"
    Project.create(path).close()
    importer = sqlite3.connect(path, isolation_level=None)
    assert importer.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    importer.execute("BEGIN EXCLUSIVE")  # what an import holds once its pages spill
    monkeypatch.setattr(projectfile, "BUSY_TIMEOUT_MS", 200)
    try:
        with pytest.raises(WorkbenchError, match="another program is writing to it"):
            Project.open(path)
    finally:
        importer.execute("ROLLBACK")
        importer.close()
    with Project.open(path) as project:
        assert journal_mode(project.conn) == "wal"


def test_a_large_import_goes_through_the_wal_and_others_read_meanwhile(tmp_path, monkeypatch):
    """Past ``JOURNAL_LIMIT`` bytes of files an import, even alone on the project, keeps the
    WAL: a program that opens the project meanwhile reads what was there before, rather than
    waiting past its busy timeout for a long import."""
    from workbench.formats import importer

    monkeypatch.setattr(importer, "JOURNAL_LIMIT", 1000)  # the corpus below is ~20 KB
    path = tmp_path / "p.wbproj"
    Project.create(path).close()
    seen = []
    with Project.open(path) as project:

        def during(_step) -> None:
            with Project.open(path) as other:  # opened while the import writes
                seen.append((journal_mode(project.conn), other.document_count()))

        import_paths(project, [corpus(tmp_path / "c.jsonl")], progress=during)
    assert {mode for mode, _ in seen} == {"wal"} and {count for _, count in seen} == {0}


def test_the_wal_shrinks_back_after_a_large_write(tmp_path, monkeypatch):
    """An import beside the window grows the -wal; once checkpointed, the next edit brings it
    back to ``WAL_SIZE_LIMIT`` instead of leaving it that large until every program closes."""
    from workbench.store import projectfile

    monkeypatch.setattr(projectfile, "WAL_SIZE_LIMIT", 64 * 1024)
    path = tmp_path / "p.wbproj"
    wal = tmp_path / "p.wbproj-wal"
    Project.create(path).close()
    with Project.open(path) as window, Project.open(path) as importer:  # the WAL path
        import_paths(importer, [corpus(tmp_path / "c.jsonl", 20_000)])
        grown = wal.stat().st_size
        assert grown > 1024 * 1024
        window.add_span("d0", "alice", "PER", 0, 3)
        # cut back to the limit, then the edit's own few pages written after it
        assert wal.stat().st_size <= 64 * 1024 + 16 * (16 * 1024 + 24)


def long_texts(path, first, count):
    """``count`` documents of 1,200 characters (3 MB a thousand: more than SQLite's page cache
    holds)."""
    text = "قال المتحدث إن الوضع مستقر. " * 40
    lines = (f'{{"id": "l{i}", "text": "{text}"}}\n' for i in range(first, first + count))
    path.write_text("".join(lines), encoding="utf-8")
    return path


def each_500_records(work):
    """A progress callback doing ``work()`` every 500 records the import has written."""
    return lambda step: work() if step.records % 500 == 0 else None


def test_a_copy_taken_during_an_import_alone_is_the_project_before_it(tmp_path):
    """A backup program copying the file while an import writes through its journal (or the
    file of an import killed then, its journal lost) gets the project as it was: nothing is
    written into the file before the commit. (It used to be damaged: an index missing rows.)"""
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [long_texts(tmp_path / "first.jsonl", 0, 2000)])
        copies = []

        def backup() -> None:
            copies.append(tmp_path / f"copy{len(copies)}.wbproj")
            shutil.copyfile(path, copies[-1])  # the file alone, without its -journal

        more = long_texts(tmp_path / "more.jsonl", 2000, 3000)
        import_paths(project, [more], progress=each_500_records(backup))
    assert len(copies) >= 6  # every 500 records, the last at the end of the file
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2000
        conn.close()


def test_a_program_opening_the_project_during_an_import_alone_reads_it_as_it_was(tmp_path):
    """It used to fail at once ("database is locked": SQLite refuses the switch back to WAL
    while the import holds the file); now it opens and reads the project as before."""
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [long_texts(tmp_path / "first.jsonl", 0, 100)])
        seen = []

        def another_program() -> None:
            with Project.open(path) as other:
                seen.append((journal_mode(project.conn), other.document_count()))

        more = long_texts(tmp_path / "more.jsonl", 100, 2000)
        import_paths(project, [more], progress=each_500_records(another_program))
        assert journal_mode(project.conn) == "wal"
    assert {mode for mode, _ in seen} == {"delete"} and {count for _, count in seen} == {100}


def test_a_full_disk_during_an_import_is_said_as_such_and_changes_nothing(tmp_path):
    """SQLite takes the whole transaction back when the disk fills; the savepoint inside it
    then no longer exists, and its "no such savepoint" used to hide "disk is full"."""
    path = tmp_path / "p.wbproj"
    with Project.create(path) as project:
        import_paths(project, [long_texts(tmp_path / "first.jsonl", 0, 10)])
        pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
        project.conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # a disk nearly full
        with pytest.raises(sqlite3.OperationalError, match="full"):
            import_paths(project, [long_texts(tmp_path / "more.jsonl", 10, 3000)])
        assert not project.in_transaction
        assert journal_mode(project.conn) == "wal"
        assert project.document_count() == 10

"""Transactions on the project file: one write transaction per edit, savepoints inside it.

Each outer transaction is checkpointed into the main file as soon as it commits, so that the
project file alone, without its -wal, holds everything acknowledged.

An import is one large transaction (``bulk_transaction``): when no other connection has the
file open it goes through a rollback journal instead of the WAL, which writes every page twice
(into the -wal, then into the file at the checkpoint); the file is in WAL mode again once it
ends (should a reader hold it back then, the next ``projectfile`` connection to open the file
puts WAL back, and this one keeps the synchronous writes a rollback journal needs).

A block inside another one lands with the outer block, yet fails on its own: an error inside it
rolls back what the block wrote (to a savepoint) and leaves the outer block's earlier work.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from workbench.store.projectfile import BUSY_TIMEOUT_MS, refuse_change

_names = itertools.count()


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction; inside another, a savepoint that lands with the outer one."""
    if conn.in_transaction:
        name = f"wb_{next(_names)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:  # SQLite rolls back the whole on some errors (a full disk)
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    if conn.execute("PRAGMA query_only").fetchone()[0]:  # opened read-only
        raise refuse_change(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")  # a failed commit (busy, a full disk) leaves nothing open
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    # What is acknowledged goes into the main file at once: a copy of the file alone (a
    # package mailed while the window is open), or the file whose -wal was deleted after a
    # kill, holds it. PASSIVE never waits for readers; a checkpoint they hold back completes
    # at the next commit, and so does one a full disk refuses: what was committed is in the
    # -wal, and the edit or import is done, not failed.
    with contextlib.suppress(sqlite3.OperationalError):
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


@contextlib.contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Reads inside see one consistent state of the file (WAL lets writers go on)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


@contextlib.contextmanager
def bulk_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction for a large write (an import): through a rollback journal, the
    texts written once (an import of 10,000 articles: 0.36 s -> 0.27 s), when this is the only
    connection to the file; otherwise, or inside another transaction, a ``transaction``. While
    it lasts, other programs read the file as it was; at its commit it waits for the readers
    under way (SQLite's busy timeout), and new ones wait for it."""
    if conn.in_transaction or not _journal_out_of_wal(conn):
        with transaction(conn):
            yield
        return
    try:
        conn.execute("PRAGMA synchronous = FULL")  # what a rollback journal needs to be safe
        # No page is written into the file before the commit (the cache grows instead, about
        # the size of the import, which is kept under importer.JOURNAL_LIMIT): a copy of the
        # file taken meanwhile, or the file of a killed import, is the file as it was, and
        # other programs read it meanwhile.
        conn.execute("PRAGMA cache_spill = OFF")
        with transaction(conn):
            yield
    finally:
        conn.execute("PRAGMA cache_spill = ON")
        _back_to_wal(conn)


def _back_to_wal(conn: sqlite3.Connection) -> None:
    """WAL mode again, and its synchronous setting; a reader holding the file past the busy
    timeout leaves it in a rollback journal, still written synchronously, until the next
    connection opens it (``projectfile`` puts WAL back)."""
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError:
        return
    if mode == "wal":
        conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL
        # A connection that changed the schema itself (the migrations of a file it made)
        # cannot checkpoint once back in WAL mode ("database table is locked", SQLite 3.40)
        # until it has read the schema again: the next edit's commit would fail.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


@contextlib.contextmanager
def without_waiting(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside, what needs a lock another connection holds fails at once (SQLITE_BUSY) instead
    of waiting for the busy timeout."""
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _journal_out_of_wal(conn: sqlite3.Connection) -> bool:
    """Switch the file to a rollback journal if no other connection has it open (at once,
    without waiting); whether it was."""
    if conn.execute("PRAGMA query_only").fetchone()[0]:
        return False
    try:
        with without_waiting(conn):
            return conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    except sqlite3.OperationalError:  # another connection has the file open
        return False

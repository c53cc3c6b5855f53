"""Transactions on the project file: one write transaction per edit, savepoints inside it.

Each outer transaction is checkpointed into the main file as soon as it commits, so that the
project file alone, without its -wal, holds everything acknowledged.

A block inside another one lands with the outer block, yet fails on its own: an error inside it
rolls back what the block wrote (to a savepoint) and leaves the outer block's earlier work.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from workbench.store.projectfile import refuse_change

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
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    # What is acknowledged goes into the main file at once: a copy of the file alone (a
    # package mailed while the window is open), or the file whose -wal was deleted after a
    # kill, holds it. PASSIVE never waits for readers; a checkpoint they hold back completes
    # at the next commit.
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

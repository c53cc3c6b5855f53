"""Opening and creating project files: checks before any write, pragmas, recorded migrations.

A file that is not a project, is damaged, or was written by a newer version is refused with one
clear message, and nothing is written to it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from workbench.core.errors import ProjectError
from workbench.store.jsonfields import dumps

APPLICATION_ID = 0x57424E43  # "WBNC": marks a file as a workbench project
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# Pages of 16 KiB, not SQLite's 4 KiB: a quarter of the pages (and of the WAL frames, when an
# import goes through the WAL because another program has the file open) for the same texts;
# an import of 10,000 articles through the WAL took 0.34 s instead of 0.44 s, and an edit,
# which writes its few pages bigger, stays within the noise of its 0.8 ms. Files made before
# keep the size they have.
PAGE_SIZE = 16384
WAL_SIZE_LIMIT = 16 * 2**20
SQLITE_READONLY_ROLLBACK = 776  # a -journal to roll back (an interrupted import), no write access
BUSY = (
    "another program is writing to it (an import, or a merge) and has not finished within "
    f"{BUSY_TIMEOUT_MS // 1000} s; try again when it is done"
)
INTERRUPTED_IMPORT = (
    "an import into it was interrupted, and what it wrote must be taken back first: open the "
    "project once where it may be written (keep its -journal file: it restores the project)"
)
QUICK_CHECK_LIMIT = 256 * 1024 * 1024  # bytes
FULL_DISK_BYTES = 64 * 1024  # less free space than this, and an I/O error means a full disk
READ_ONLY = (
    "the project is read-only here (read-only media, or a file you may not change): it can be "
    "read (stats, export, search, the window), not changed"
)

# Each migration is a named list of statements; its position + 1 is the format version it makes.
MIGRATIONS: list[tuple[str, list[str]]] = [
    (
        "create annotation tables",
        [
            """CREATE TABLE project (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                text TEXT NOT NULL,
                meta TEXT NOT NULL DEFAULT '{}',
                sha256 TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                imported_at TEXT NOT NULL
            )""",
            """CREATE TABLE layers (
                id INTEGER PRIMARY KEY,
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                annotator TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new', 'in_progress', 'done')),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (doc_id, annotator)
            )""",
            """CREATE TABLE spans (
                layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                label TEXT NOT NULL,
                text TEXT NOT NULL,
                entity TEXT,
                attrs TEXT NOT NULL DEFAULT '{}',
                PRIMARY KEY (layer_id, id),
                CHECK (0 <= start AND start < "end")
            )""",
            """CREATE TABLE relations (
                layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                label TEXT NOT NULL,
                head TEXT NOT NULL,
                tail TEXT NOT NULL,
                attrs TEXT NOT NULL DEFAULT '{}',
                PRIMARY KEY (layer_id, id),
                FOREIGN KEY (layer_id, head) REFERENCES spans(layer_id, id) ON DELETE CASCADE,
                FOREIGN KEY (layer_id, tail) REFERENCES spans(layer_id, id) ON DELETE CASCADE
            )""",
            """CREATE TABLE entities (
                layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                label TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (layer_id, id)
            )""",
            "CREATE INDEX layers_by_annotator ON layers(annotator)",
            "CREATE INDEX relations_by_head ON relations(layer_id, head)",
            "CREATE INDEX relations_by_tail ON relations(layer_id, tail)",
        ],
    ),
    (
        "index spans by position",
        ["CREATE INDEX spans_by_start ON spans(layer_id, start)"],
    ),
    (
        "record adjudication decisions",
        [
            """CREATE TABLE decisions (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('span', 'relation')),
                decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                PRIMARY KEY (doc_id, key)
            )"""
        ],
    ),
    (
        "adjudicate entities too",
        [
            """CREATE TABLE decisions_v4 (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('span', 'relation', 'entity')),
                decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                PRIMARY KEY (doc_id, key)
            )""",
            "INSERT INTO decisions_v4 SELECT * FROM decisions",
            "DROP TABLE decisions",
            "ALTER TABLE decisions_v4 RENAME TO decisions",
        ],
    ),
    (
        "record the packages handed out",
        [
            """CREATE TABLE packages (
                id TEXT PRIMARY KEY,
                annotator TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE package_documents (
                package_id TEXT NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
                doc_id TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                PRIMARY KEY (package_id, doc_id)
            )""",
        ],
    ),
    (
        "count each layer's edits; what merge took from each package, and what replaced it",
        [
            "ALTER TABLE layers ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE packages ADD COLUMN file TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE package_documents ADD COLUMN merged_version INTEGER",
            "ALTER TABLE package_documents ADD COLUMN replaced_by TEXT",
        ],
    ),
    (
        "suggestions: where each suggested item came from, and the verdicts on them",
        [
            """CREATE TABLE suggestion_sources (
                layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
                item_id TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('span', 'relation', 'entity')),
                key TEXT NOT NULL,
                source TEXT NOT NULL,
                score REAL NOT NULL,
                PRIMARY KEY (layer_id, item_id)
            )""",
            """CREATE TABLE verdicts (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                annotator TEXT NOT NULL,
                key TEXT NOT NULL,
                decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                PRIMARY KEY (doc_id, annotator, key)
            )""",
        ],
    ),
    (
        "models trained on the project",
        [
            """CREATE TABLE models (
                name TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                data BLOB NOT NULL,
                trained_at TEXT NOT NULL,
                trained_on TEXT NOT NULL,
                report TEXT NOT NULL
            )"""
        ],
    ),
    (
        "document categories, comments, time on task and the history of every change",
        [
            "ALTER TABLE layers ADD COLUMN categories TEXT NOT NULL DEFAULT '{}'",
            "ALTER TABLE layers ADD COLUMN seconds REAL NOT NULL DEFAULT 0",
            """CREATE TABLE comments (
                layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                target TEXT,
                author TEXT NOT NULL,
                created TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (layer_id, id)
            )""",
            """CREATE TABLE history (
                id INTEGER PRIMARY KEY,
                doc_id TEXT NOT NULL,
                annotator TEXT NOT NULL,
                by TEXT NOT NULL,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                item TEXT,
                before TEXT,
                after TEXT
            )""",
            "CREATE INDEX history_by_layer ON history(doc_id, annotator)",
        ],
    ),
    (
        "the search index (store/search_index.py), filled for the documents already there",
        [
            "CREATE VIRTUAL TABLE search_words USING fts5(words, content='', detail=none, "
            "prefix='2 3', tokenize=\"ascii tokenchars '_'\")",
            "INSERT INTO search_words (rowid, words) "
            "SELECT rowid, wb_search_words(id, title, text) FROM documents",
        ],
    ),
    (
        "how far the search index goes: imports no longer index, searches catch it up",
        [
            "CREATE TABLE search_indexed (one INTEGER PRIMARY KEY CHECK (one = 1), "
            "through INTEGER NOT NULL)",
            "INSERT INTO search_indexed SELECT 1, coalesce(max(rowid), 0) FROM documents",
        ],
    ),
]
LATEST_VERSION = len(MIGRATIONS)
# The oldest format read without migrating (read-only media): 11 only records how far the
# search index goes, which a reader of format 10 takes as all of it (``search_index``).
READS_FROM_VERSION = 10


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def file_uri(path: Path, **params: str) -> str:
    """An SQLite URI naming exactly ``path``: '#', '?' and '%' in a file name are escaped,
    never read as the URI's fragment or query."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return Path(path).absolute().as_uri() + (f"?{query}" if query else "")


SIDECARS = ("-wal", "-shm", "-journal")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read: works on read-only media and on files this user may
    not write, and leaves nothing beside the file. When no -wal holds anything the main file
    lacks (every acknowledged change is checkpointed into it), the file is read as immutable:
    SQLite then makes no -wal or -shm, which beside a file this user may not write would be
    made read-only too and block every later write once the file is writable again.
    Otherwise the -wal is read through its index (-shm). A file this user may write, on a disk
    with room, is opened as usual with changes switched off, taking SQLite's locks (a writer
    may be at work), and SQLite removes the -wal and -shm it made once it is closed."""
    wal, journal = Path(str(path) + "-wal"), Path(str(path) + "-journal")
    if can_write(path) and not disk_full(path):
        conn = sqlite3.connect(file_uri(path, mode="rw"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    elif (wal.exists() and wal.stat().st_size > 0) or journal.exists():  # an import's journal
        conn = sqlite3.connect(file_uri(path, mode="ro"), uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    else:
        conn = sqlite3.connect(file_uri(path, mode="ro", immutable="1"), uri=True)
    conn.execute("PRAGMA query_only = 1")
    return conn


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.create_function("wb_search_words", 3, _search_words)  # what migration 10 indexes
    return conn


def _search_words(doc_id: str, title: str | None, text: str) -> str:
    """A document's row of the search index (``store/search_index.py``), loaded only when a
    migration needs it: a command that makes or opens a file starts without it."""
    from workbench.core.search import chunked
    from workbench.store.search_index import document_words

    return document_words(doc_id, title, chunked(text))


def connect_writable(path: Path) -> sqlite3.Connection:
    """A connection to an existing project that may write, configured as a project's, without
    the checks and migrations of ``open_existing``: for a command that keeps a derived table
    (the search index) of a file it has just read."""
    db = _connect(path)
    into_wal(db)  # should an import have left it out of WAL
    _configure(db)
    return db


def into_wal(db: sqlite3.Connection) -> None:
    """WAL mode, unless an import holds the file in a rollback journal right now
    (``transactions.bulk_transaction``): SQLite refuses the switch at once then, the file is
    read as it was before the import, and the import puts WAL back as it ends."""
    try:
        db.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        if primary_code(exc) != sqlite3.SQLITE_BUSY:
            raise


def _configure(db: sqlite3.Connection) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed data
    # a -wal grown by a large write (an import beside the window) shrinks back to this once a
    # checkpoint has emptied it, instead of staying as large until every program closes it
    db.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")


def create(
    path: Path, setup: Callable[[sqlite3.Connection], None] | None = None
) -> sqlite3.Connection:
    """A new project file at ``path`` holding the latest format (and what ``setup`` writes);
    if anything fails (a full disk), nothing is left behind to block a retry."""
    if path.exists():
        raise ProjectError("a file with this name exists already; choose another", str(path))
    db = None
    try:
        db = _connect(path)
        db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # before the file has its first page
        db.execute("PRAGMA journal_mode = WAL")
        _configure(db)
        with _transaction(db):  # one commit (and one sync) for all a new file holds
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _migrate(db, 0)
            if setup is not None:
                setup(db)
    except (sqlite3.Error, OSError) as exc:
        if db is not None:
            db.close()
        for suffix in ("", *SIDECARS):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise failure(exc, path, "cannot create the project") from None
    return db


def create_project(path: Path, schema: dict) -> sqlite3.Connection:
    """A new, empty project file at ``path`` with its schema (``Schema.to_dict``): what
    ``workbench init`` makes, without loading what works on projects (``store/project.py``)."""

    def setup(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO project (key, value) VALUES ('schema', ?), ('created_at', ?)",
            [dumps(schema), now()],
        )

    return create(path, setup)


def primary_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of an error (``SQLITE_BUSY`` for every kind of busy),
    None for an error that is not SQLite's."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def failure(exc: BaseException, path: Path, doing: str) -> ProjectError:
    """What an SQLite or system error on a project file means for its user: a full disk, a
    file that may only be read, or damage."""
    code, primary = getattr(exc, "sqlite_errorcode", None), primary_code(exc)
    if isinstance(exc, UnicodeDecodeError):  # its schema holds bytes that are not text
        return ProjectError(f"the project file is damaged ({exc.reason})", str(path))
    if code == SQLITE_READONLY_ROLLBACK:
        return ProjectError(f"{doing}: {INTERRUPTED_IMPORT}", str(path))
    if primary == sqlite3.SQLITE_BUSY:
        return ProjectError(f"{doing}: {BUSY}", str(path))
    if (
        code == sqlite3.SQLITE_FULL
        or getattr(exc, "errno", None) == errno.ENOSPC
        or (primary == sqlite3.SQLITE_IOERR and disk_full(path))
    ):
        return ProjectError(f"{doing}: the disk is full; free some space and try again", str(path))
    if primary == sqlite3.SQLITE_READONLY:
        return ProjectError(f"{doing}: {READ_ONLY}", str(path))
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return ProjectError(f"the project file is damaged ({exc})", str(path))
    return ProjectError(f"{doing} ({exc})", str(path))


def disk_full(path: Path) -> bool:
    """Whether the file system holding ``path`` has no room left for SQLite to write a page
    (SQLite reports some full disks as I/O errors: a -shm or -wal that cannot grow)."""
    try:
        found = os.statvfs(path.absolute().parent)
    except OSError:
        return False
    return found.f_bavail * found.f_frsize < FULL_DISK_BYTES


def can_write(path: Path) -> bool:
    """Whether this user may change the file, make its -wal beside it and write the -wal and
    -shm already there (false on read-only media)."""
    return (
        os.access(path, os.W_OK)
        and os.access(path.absolute().parent, os.W_OK)
        and unwritable_sidecar(path) is None
    )


def unwritable_sidecar(path: Path) -> Path | None:
    """A -wal, -shm or -journal beside the file that this user may not write, if any."""
    for suffix in SIDECARS:
        sidecar = Path(str(path) + suffix)
        if sidecar.exists() and not os.access(sidecar, os.W_OK):
            return sidecar
    return None


def open_existing(path: Path) -> sqlite3.Connection:
    """Open a project file after checking, without writing, that it is one we can use.

    A file this user may not write (read-only media, permissions), or one on a full disk,
    opens read-only: reading works, every change is refused (``PRAGMA query_only``, see
    ``is_read_only`` and ``refuse_change``)."""
    if not path.exists():
        raise ProjectError("no such project (create one with 'workbench init')", str(path))
    if path.is_dir():
        raise ProjectError("this is a folder, not a project file", str(path))
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectError(f"cannot read the project: {exc.strerror}", str(path)) from None
    if magic != SQLITE_MAGIC:
        raise ProjectError("not a workbench project (not an SQLite file)", str(path))
    read_only = not can_write(path) or disk_full(path)  # a full disk: read what we can
    try:
        db = connect_read_only(path) if read_only else _connect(path)
        version = _inspect(db, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # names that are not text: damage
        raise failure(exc, path, "cannot open the project") from None
    if read_only:
        if version < READS_FROM_VERSION:
            db.close()
            raise ProjectError(
                f"this project's format must be brought up to date, which needs write access: "
                f"{READ_ONLY}",
                str(path),
            )
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return db
    try:
        into_wal(db)
        _configure(db)
        _migrate(db, version)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise failure(exc, path, "cannot open the project") from None
    return db


def refuse_change(path: Path) -> ProjectError:
    """Why a project opened read-only cannot be changed."""
    if disk_full(path):
        return ProjectError("the disk is full; free some space and try again", str(path))
    sidecar = unwritable_sidecar(path) if os.access(path, os.W_OK) else None
    if sidecar is not None and sidecar.name.endswith("-journal"):  # never to be deleted
        return ProjectError(
            f"{sidecar.name} beside the project may not be written by you: {INTERRUPTED_IMPORT}",
            str(path),
        )
    if sidecar is not None:
        return ProjectError(
            f"{sidecar.name} beside the project may not be written by you (left from a time "
            f"the project was read-only, or another user's): it can be read, not changed; "
            f"make {sidecar.name} writable, or delete it (and {path.name}-wal, if empty) when "
            "no program has the project open",
            str(path),
        )
    return ProjectError(READ_ONLY, str(path))


def is_read_only(db: sqlite3.Connection) -> bool:
    """Whether the project was opened read-only (it may be read, never changed)."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def _inspect(db: sqlite3.Connection, path: Path) -> int:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    tables = _table_names(db)  # reads the schema: a damaged header fails here
    if app_id != APPLICATION_ID or "documents" not in tables:
        db.close()
        raise ProjectError("not a workbench project (an SQLite file of another kind)", str(path))
    if version > LATEST_VERSION:
        db.close()
        raise ProjectError(
            f"this project was written by a newer workbench (format {version}; this version "
            f"reads up to {LATEST_VERSION}); upgrade the workbench to open it",
            str(path),
        )
    # quick_check reads every page: worth it for the projects people carry around, too slow
    # for very large corpora, where damage is reported when a damaged page is read instead.
    size = path.stat().st_size
    quick = db.execute("PRAGMA quick_check(1)").fetchone()[0] if size < QUICK_CHECK_LIMIT else "ok"
    if quick != "ok":
        db.close()
        raise ProjectError(f"the project file is damaged ({' '.join(quick.split())})", str(path))
    return version


def _table_names(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _transaction(db: sqlite3.Connection):
    from workbench.store.transactions import transaction  # which imports this module

    return transaction(db)


def _migrate(db: sqlite3.Connection, version: int) -> None:
    """Apply the migrations after ``version``, each one recorded, all in one transaction."""
    if version >= LATEST_VERSION:
        return
    with _transaction(db):
        if "migrations" not in _table_names(db):
            db.execute(
                "CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
            )
        for number, (name, statements) in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            for statement in statements:
                db.execute(statement)
            db.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [number, name, now()],
            )
        db.execute(f"PRAGMA user_version = {LATEST_VERSION}")

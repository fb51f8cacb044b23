"""The SQLite connection: pragmas, and the one way the store opens a write transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

# How long a writer waits for another process (the GUI and the CLI may share a data folder).
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32 * 1024


class StoreError(RuntimeError):
    """The database cannot be used as it is (e.g. written by a newer DisputeKit)."""


def connect(path: Path, *, read_only: bool = False) -> sqlite_utils.Database:
    """Open the database at `path` with foreign keys on and the WAL journal.

    `check_same_thread=False` lets the GUI hand the store to one worker thread at a time;
    the store itself is not meant for concurrent use from several threads.

    `read_only` opens a database on media that cannot be written (a write-protected USB
    stick): nothing is created beside it and every write is refused by SQLite itself.
    """
    if read_only:
        return _connect_read_only(Path(path))
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and str(path) != ":memory:":
        raise StoreError(f"{path}: SQLite refused the WAL journal (got {mode!r})")
    # With WAL, NORMAL survives an application crash (a killed process) without losing a
    # committed transaction; only a power cut may roll back the last ones.
    db.execute("PRAGMA synchronous = NORMAL")
    # 32 MB of page cache instead of SQLite's 2 MB: the list of 10,000 cases touches more.
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return db


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One atomic write. Outermost: `BEGIN IMMEDIATE`, so the write lock is taken up front and
    a concurrent writer waits (busy timeout) instead of failing half-way. Nested: a savepoint."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def user_version(db: sqlite_utils.Database) -> int:
    """The schema version recorded in the database header."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _connect_read_only(path: Path) -> sqlite_utils.Database:
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    # A WAL database opens read-only only when its -shm file exists (SQLite cannot create it
    # on read-only media). Without a -wal file everything is in the main file, and
    # `immutable` tells SQLite not to look for the others at all.
    query = "mode=ro" if wal.exists() and shm.exists() else "immutable=1"
    uri = f"{path.absolute().as_uri()}?{query}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA query_only = ON")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return db

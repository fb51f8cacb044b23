"""The SQLite connection: pragmas, and the one way the store opens a write transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

# How long a writer waits for another process (the GUI and the CLI may share a data folder).
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32 * 1024


class StoreError(RuntimeError):
    """The database cannot be used as it is (e.g. written by a newer DisputeKit)."""

    @property
    def text(self) -> str:
        """The explanation: a `disputekit.messages.Msg` (rendered per language by the UI)
        for the errors `db_errors.explain` names, plain text for the rest."""
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


class Database:
    """The store's SQLite connection (`conn`) with the few calls the store makes on it.

    Plain `sqlite3`: importing sqlite-utils costs about 85 ms (click, pluggy, dateutil), which
    the first paint of the window cannot afford. Write paths that want its conveniences get
    a `sqlite_utils.Database` over the same connection from `utils`, loaded on first use.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """Run one statement on the connection; returns its cursor."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection (imported and made on first use)."""
        if self._utils is None:
            import sqlite_utils

            # Its set-up (recursive triggers, plugins) used to run at open; connect() sets
            # the pragma itself, so nothing changes for the connection.
            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def connect(path: Path, *, read_only: bool = False) -> Database:
    """Open the database at `path` with foreign keys on and the WAL journal.

    `check_same_thread=False` lets the GUI hand the store to one worker thread at a time;
    the store itself is not meant for concurrent use from several threads.

    `read_only` opens a database on media that cannot be written (a write-protected USB
    stick): nothing is created beside it and every write is refused by SQLite itself.
    """
    if read_only:
        return _connect_read_only(Path(path))
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn)
    # What sqlite_utils.Database sets on every connection it wraps; kept for the same behaviour.
    db.execute("PRAGMA recursive_triggers = ON")
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
def write_transaction(db: Database) -> Iterator[Database]:
    """One atomic write. Outermost: `BEGIN IMMEDIATE`, so the write lock is taken up front and
    a concurrent writer waits (busy timeout) instead of failing half-way. Nested: a savepoint."""
    if db.conn.in_transaction:
        with db.utils.atomic():  # a savepoint
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


def user_version(db: Database) -> int:
    """The schema version recorded in the database header."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _connect_read_only(path: Path) -> Database:
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    # A WAL database opens read-only only when its -shm file exists (SQLite cannot create it
    # on read-only media). Without a -wal file everything is in the main file, and
    # `immutable` tells SQLite not to look for the others at all.
    query = "mode=ro" if wal.exists() and shm.exists() else "immutable=1"
    uri = f"{path.absolute().as_uri()}?{query}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn)
    db.execute("PRAGMA recursive_triggers = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA query_only = ON")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return db

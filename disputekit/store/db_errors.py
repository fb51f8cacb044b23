"""What a failed SQLite call means for the user, in words that lead to the right action.

A locked, full or read-only database is not a damaged one: telling such a user to move the
file aside would make them abandon cases that are perfectly fine. "Damaged" is said only when
SQLite finds the file corrupt or not a database at all.

Each error's text is a message code (`store.*` in `disputekit.messages`): `str()` is the
wording the command line prints, `text` renders in the UI's language.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from disputekit.messages import msg
from disputekit.store.db import StoreError
from disputekit.store.paths import backup_dir

# Primary SQLite result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class StoreLocked(StoreError):
    """Another program holds the database and did not let go within the busy timeout."""


class StoreReadOnly(StoreError):
    """The database or its folder cannot be written (write-protected media, permissions)."""


class StoreFull(StoreError):
    """The disk holding a file ran out of space."""


class StoreDamaged(StoreError):
    """The file is not a SQLite database, or SQLite found it corrupt."""


def explain(path: Path, exc: sqlite3.Error) -> StoreError:
    """The `StoreError` that says what `exc` means for the database at `path`."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return StoreLocked(msg("store.locked", path=str(path)))
    if code == _READONLY or "readonly" in text or "read-only" in text:
        return StoreReadOnly(msg("store.read_only", path=str(path)))
    if code == _FULL or "full" in text:
        return full_disk(path)
    if code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return StoreDamaged(
            msg(
                "store.damaged",
                path=str(path),
                sqlite=str(exc),
                backups=str(backup_dir(path.parent)),
            )
        )
    if code == _CANTOPEN:
        return StoreError(msg("store.cannot_open", path=str(path), sqlite=str(exc)))
    return StoreError(msg("store.unusable", path=str(path), sqlite=str(exc)))


def full_disk(path: Path) -> StoreFull:
    """The message for a disk that is full while writing `path`."""
    return StoreFull(msg("store.full", path=str(path)))

"""The data folder a command works on: resolving it, opening its store, and what a failure
while using the store means for the user.

A command opens the store once, runs one use case on it and closes it; the failures a use
case can meet (no such case, a refused file or bundle, SQLite locked or full, an OS error)
are explained here in one line, so every command words them the same way.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from disputekit.app.bundles import StoredCaseIsNewer
from disputekit.app.case_errors import NoSuchCase
from disputekit.messages import os_failure
from disputekit.store import CaseNotFound, IntakeError, Store, StoreError
from disputekit.store import resolve_data_dir as _resolve
from disputekit.store.bundles.bag_check import BundleError
from disputekit.store.db_errors import explain, full_disk
from disputekit.store.paths import db_path

__all__ = ["FAILURES", "FolderUnavailable", "failure_message", "open_store", "resolve_data_dir"]

# What running a use case on an open store may raise that the user can act on.
FAILURES: tuple[type[BaseException], ...] = (
    CaseNotFound,
    NoSuchCase,
    BundleError,
    StoredCaseIsNewer,
    IntakeError,
    sqlite3.Error,
    OSError,
)


class FolderUnavailable(Exception):
    """The data folder's store could not be opened. `text` explains why (an OS error in
    words, as `failure_message` gives it; as a `str` the error is that text in Chinese);
    `raw` is the error's own text, for logs, never shown."""

    def __init__(self, folder: Path, cause: Exception) -> None:
        self.folder = folder
        self.raw = str(cause)
        self.text = _os_message(cause)
        super().__init__(self.text)


def resolve_data_dir(data_dir: str | Path | None) -> Path:
    """The data folder `data_dir` names (None: $DISPUTEKIT_HOME, else the user data
    directory), as a command would open it; nothing is created."""
    return _resolve(data_dir)


def open_store(data_dir: str | Path | None) -> Store:
    """The store of `data_dir` (None: $DISPUTEKIT_HOME, else the user data directory),
    opened and migrated, or read-only when the folder cannot be written."""
    folder = _resolve(data_dir)
    try:
        return Store.open(folder)
    except (StoreError, OSError) as exc:
        raise FolderUnavailable(folder, exc) from exc


def failure_message(exc: BaseException, folder: Path) -> str:
    """One line saying what a failure in `FAILURES` means, for the store in `folder` (a
    `Msg`, Chinese as a `str`, wherever the failure carries one)."""
    if isinstance(exc, sqlite3.Error):  # locked by another program meanwhile, disk full, …
        return _os_message(explain(db_path(folder), exc))
    return _os_message(exc)


def _os_message(exc: BaseException) -> str:
    if not isinstance(exc, OSError):
        text = getattr(exc, "text", None)  # the failure's own message (a Msg: any language)
        return text if isinstance(text, str) and text else str(exc)
    if exc.errno == errno.ENOSPC:
        return full_disk(Path(exc.filename or "?")).text
    return os_failure(exc)

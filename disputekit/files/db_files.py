"""Recognising a DisputeKit database file given as an input (evidence, a bill, a case file).

Reading such a file is never what the user meant, and it is dangerous: closing any
descriptor of a SQLite database drops every lock the process holds on it, and the window or
a command holds a connection to its own database while it reads inputs; another process may
then delete the `-wal`/`-shm` still in use. So the files are refused before they are opened.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "disputekit.sqlite3"
_SUFFIXES = ("", "-wal", "-shm", "-journal")


def is_store_database(path: str | os.PathLike[str]) -> bool:
    """True when `path` (links followed, nothing opened) is a DisputeKit database or one of
    its journal files."""
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError):
        return False
    return any(real.name == DB_NAME + suffix for suffix in _SUFFIXES)

"""`Store`: the opened data folder (database, evidence vault, repositories)."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from disputekit.files.private_files import (
    PRIVATE_DIR,
    PRIVATE_FILE,
    SEALED_FILE,
    private_dir,
    tighten,
    tighten_tree,
)
from disputekit.messages import msg
from disputekit.store.cases.case_repository import CaseRepository
from disputekit.store.cases.dismissals import DismissalRepository
from disputekit.store.cases.search_index import refresh_search_text
from disputekit.store.cases.search_repair import repair_search
from disputekit.store.db import Database, StoreError, connect, user_version
from disputekit.store.db_errors import StoreDamaged, StoreReadOnly, explain, full_disk
from disputekit.store.fill_ticks import FillTicks
from disputekit.store.migrations import latest_version, migrate
from disputekit.store.paths import backup_dir, db_path, vault_dir
from disputekit.store.settings import CALENDAR_OVERRIDES, SettingsRepository
from disputekit.store.vault.evidence_vault import EvidenceVault

if TYPE_CHECKING:
    from disputekit.domain.deadlines.calendar import WorkCalendar


class Store:
    """Everything kept in one data folder. Open with `Store.open(data_dir)`; `close()` after."""

    def __init__(self, data_dir: Path, db: Database) -> None:
        self.data_dir = data_dir
        self.db = db
        self.settings = SettingsRepository(db)
        self.vault = EvidenceVault(vault_dir(data_dir), db)
        self.cases = CaseRepository(db, self.calendar)
        self.fill_ticks = FillTicks(db)  # the 12315 fill sheet's ticks, per case
        self.dismissals = DismissalRepository(db, self.cases.get, self.calendar)
        self._calendar: tuple[str, WorkCalendar] | None = None
        self.read_only = False

    @classmethod
    def open(cls, data_dir: Path, *, read_only: bool | None = None, clean_up: bool = True) -> Store:
        """Create the folder if needed (owner-only), open the database (foreign keys on, WAL)
        and migrate it (copying an existing database aside first); then clear what killed
        processes left behind, unless `clean_up` is False (the window calls `clean_up()`
        once it is on screen).

        `read_only` None decides by the folder: one that cannot be written (a
        write-protected USB stick) is opened read-only, without migrating or cleaning up.
        """
        data_dir = Path(data_dir)
        path = db_path(data_dir)
        if read_only is None:
            read_only = _cannot_write(data_dir, path)
        if read_only:
            return cls._open_read_only(data_dir, path)
        _refuse_foreign(data_dir, path)
        private_dir(data_dir)
        _refuse_emptied(data_dir, path)
        _create_private(path)
        try:
            db = connect(path)
        except sqlite3.Error as exc:
            raise explain(path, exc) from exc
        try:
            upgraded = 0 < user_version(db) < latest_version()
            migrate(db, backup_dir(data_dir))
        except sqlite3.Error as exc:
            db.close()
            raise explain(path, exc) from exc
        except BaseException:
            db.close()
            raise
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            tighten(extra, PRIVATE_FILE)  # made by an older version under a loose umask
        for folder in (backup_dir(data_dir), data_dir / "cache", vault_dir(data_dir)):
            tighten(folder, PRIVATE_DIR)  # made by an older version under a loose umask
        if upgraded:  # an older version's vault: its folders and files too, once
            tighten_tree(vault_dir(data_dir), SEALED_FILE)
            tighten_tree(data_dir / "cache", PRIVATE_FILE)
        try:
            repair_search(db)  # a dropped search table: made again from the documents
        except sqlite3.Error as exc:
            db.close()
            raise explain(path, exc) from exc
        store = cls(data_dir, db)
        refresh_search_text(db)  # cases indexed before phones were searchable
        if clean_up:
            store.clean_up()
        return store

    @classmethod
    def _open_read_only(cls, data_dir: Path, path: Path) -> Store:
        _refuse_emptied(data_dir, path)
        if not path.is_file():
            raise StoreReadOnly(msg("store.read_only_empty", folder=str(data_dir), name=path.name))
        wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
        if wal.is_file() and wal.stat().st_size and not shm.exists():
            # Opened as immutable, SQLite would ignore the -wal file: the newest changes.
            raise StoreReadOnly(msg("store.read_only_wal", path=str(path), wal=wal.name))
        try:
            db = connect(path, read_only=True)
        except sqlite3.Error as exc:
            raise explain(path, exc) from exc
        try:
            version = user_version(db)
        except sqlite3.Error as exc:
            db.close()
            raise explain(path, exc) from exc
        if version != latest_version():
            db.close()
            raise StoreReadOnly(
                msg(
                    "store.read_only_version",
                    path=str(path),
                    version=version,
                    latest=latest_version(),
                )
            )
        store = cls(data_dir, db)
        store.read_only = True
        return store

    def calendar(self) -> WorkCalendar:
        """The working-day calendar with the stored overrides applied (cached until they
        change)."""
        key = json.dumps(self.settings.get(CALENDAR_OVERRIDES, {}), sort_keys=True)
        if self._calendar is None or self._calendar[0] != key:
            # Imported here: the holiday data is not needed to open the store (start-up time).
            from disputekit.domain.deadlines.calendar import WorkCalendar

            self._calendar = (key, WorkCalendar(self.settings.calendar_overrides()))
        return self._calendar[1]

    def clean_up(self) -> list[Path]:
        """Remove the stale temp folders and `.partial` files killed processes left behind
        (nothing on a read-only store); returns what was removed."""
        if self.read_only:
            return []
        # Imported here: the window runs this after its first paint, and the scan of the
        # temp folder and the data folder is not needed to show it.
        from disputekit.store.leftovers import remove_leftovers

        return remove_leftovers(self.data_dir)

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _cannot_write(data_dir: Path, path: Path) -> bool:
    """True when the data folder exists but cannot be written by this user."""
    if not data_dir.is_dir():
        return False
    if not os.access(data_dir, os.W_OK):
        return True
    return path.exists() and not os.access(path, os.W_OK)


# What a data folder holds besides the database: nothing else makes it "ours".
_OWN_NAMES = frozenset({"vault", "backups", "cache", "disputekit-gui.ini", "packets"})


def _refuse_foreign(data_dir: Path, path: Path) -> None:
    """Refuse to make a folder that already holds other things (a Documents or a shared
    folder) the data folder: opening it would make it owner-only (chmod 0700) under the
    user's feet. An empty folder, or one DisputeKit made, is fine."""
    if os.path.lexists(path) or not data_dir.is_dir():
        return
    try:
        with os.scandir(data_dir) as entries:
            others = sorted(
                e.name for e in entries if e.name not in _OWN_NAMES and not e.name.startswith(".")
            )
    except OSError:
        return
    others = [n for n in others if not n.startswith(path.name)]
    if others:
        shown = "、".join(others[:3]) + ("…" if len(others) > 3 else "")
        raise StoreError(msg("store.foreign_folder", folder=str(data_dir), names=shown))


def _refuse_emptied(data_dir: Path, path: Path) -> None:
    """A zero-length database beside a vault that holds evidence is damage (a truncated copy,
    a failed sync), not a new store: re-creating it would orphan every file in the vault."""
    try:
        emptied = path.stat().st_size == 0
    except OSError:
        return
    if emptied and _holds_files(vault_dir(data_dir)):
        raise StoreDamaged(
            msg("store.emptied", path=str(path), vault=str(vault_dir(data_dir)),
                backups=str(backup_dir(data_dir)))
        )  # fmt: skip


def _holds_files(folder: Path) -> bool:
    """True when `folder` or any folder below it holds a file."""
    return any(files for _root, _dirs, files in os.walk(folder))


def _create_private(path: Path) -> None:
    """Create the database file owner-only before SQLite does: SQLite gives its -wal and -shm
    files the main file's permissions, so all three stay private whatever the umask.

    An existing database is never opened here: closing any descriptor of it would drop every
    SQLite lock this process holds on it (another connection may be open, e.g. the window's),
    and another process could then delete the -wal and -shm still in use. Its mode is fixed
    by name (chmod), which opens nothing.
    """
    try:
        if not os.path.lexists(path):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:  # made meanwhile by another process
        pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise full_disk(path) from exc
        raise
    tighten(path, PRIVATE_FILE)

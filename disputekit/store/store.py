"""`Store`: the opened data folder (database, evidence vault, repositories)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from disputekit.store.case_repository import CaseRepository
from disputekit.store.db import StoreError, connect
from disputekit.store.migrations import migrate
from disputekit.store.paths import backup_dir, db_path, vault_dir
from disputekit.store.settings import CALENDAR_OVERRIDES, SettingsRepository
from disputekit.store.vault import EvidenceVault

if TYPE_CHECKING:
    from disputekit.domain.calendar import WorkCalendar


class Store:
    """Everything kept in one data folder. Open with `Store.open(data_dir)`; `close()` after."""

    def __init__(self, data_dir: Path, db: sqlite_utils.Database) -> None:
        self.data_dir = data_dir
        self.db = db
        self.settings = SettingsRepository(db)
        self.vault = EvidenceVault(vault_dir(data_dir), db)
        self.cases = CaseRepository(db, self.calendar)
        self._calendar: tuple[str, WorkCalendar] | None = None

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Create the folder if needed, open the database (foreign keys on, WAL) and migrate it
        (copying an existing database aside first)."""
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        path = db_path(data_dir)
        try:
            db = connect(path)
        except sqlite3.DatabaseError as exc:
            raise _unreadable(path, exc) from exc
        try:
            migrate(db, backup_dir(data_dir))
        except sqlite3.DatabaseError as exc:
            db.close()
            raise _unreadable(path, exc) from exc
        except BaseException:
            db.close()
            raise
        return cls(data_dir, db)

    def calendar(self) -> WorkCalendar:
        """The working-day calendar with the stored overrides applied (cached until they
        change)."""
        key = json.dumps(self.settings.get(CALENDAR_OVERRIDES, {}), sort_keys=True)
        if self._calendar is None or self._calendar[0] != key:
            # Imported here: the holiday data is not needed to open the store (start-up time).
            from disputekit.domain.calendar import WorkCalendar

            self._calendar = (key, WorkCalendar(self.settings.calendar_overrides()))
        return self._calendar[1]

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _unreadable(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    # The file is left exactly as it is: it may be recoverable, and it is the user's data.
    return StoreError(
        f"{path} is not a DisputeKit database or is damaged (SQLite: {exc}). "
        f"It was not changed. Move it aside to start with an empty store; copies taken "
        f"before each upgrade are in {backup_dir(path.parent)}."
    )

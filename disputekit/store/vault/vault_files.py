"""The `files` table: one row per vault file, with the facts recorded at intake."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from disputekit.store.db import Database, write_transaction

_COLUMNS = (
    "sha256, size, format, width, height, pages, original_name, intake_at, source_note, "
    "derived_from"
)


@dataclass(frozen=True)
class StoredFile:
    """One file in the vault; `width`/`height` as a viewer shows it, `pages` for a PDF."""

    sha256: str
    size: int
    format: str
    width: int | None
    height: int | None
    pages: int | None
    original_name: str
    intake_at: datetime
    source_note: str
    derived_from: str | None


def insert_file(db: Database, stored: StoredFile) -> bool:
    """Add the row; False if a row for this file was already there."""
    with write_transaction(db):
        cursor = db.execute(
            f"INSERT OR IGNORE INTO files ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                stored.sha256,
                stored.size,
                stored.format,
                stored.width,
                stored.height,
                stored.pages,
                stored.original_name,
                stored.intake_at.isoformat(),
                stored.source_note,
                stored.derived_from,
            ),
        )
    return cursor.rowcount == 1


def get_file(db: Database, sha256: str) -> StoredFile | None:
    """The row of the file with this hash, or None."""
    row = db.execute(f"SELECT {_COLUMNS} FROM files WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        return None
    sha, size, form, width, height, pages, name, intake_at, source_note, derived_from = row
    return StoredFile(
        sha, size, form, width, height, pages, name, datetime.fromisoformat(intake_at),
        source_note, derived_from,
    )  # fmt: skip

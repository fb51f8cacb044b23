"""Forward-only schema migrations: one transaction per step, version in `PRAGMA user_version`.

Before the first step runs on an existing database, a consistent copy of it (SQLite's backup
API, so the WAL's content is included) goes to the backup folder. A step that fails rolls back
alone: the database stays at the previous version, with its data untouched.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from disputekit.domain.case.document.case_dump import case_to_dict
from disputekit.files.private_files import PRIVATE_FILE, private_dir
from disputekit.messages import msg
from disputekit.store import schema
from disputekit.store.cases.legacy_rows import case_from_rows
from disputekit.store.cases.search import spaced
from disputekit.store.db import Database, StoreError, user_version, write_transaction

Migration = Callable[[Database], None]


def _run(statements: Sequence[str]) -> Migration:
    def step(db: Database) -> None:
        # Statement by statement: executescript() would COMMIT the step's transaction.
        for sql in statements:
            db.execute(sql)

    return step


def _v2(db: Database) -> None:
    db.conn.create_function("dk_spaced", 1, spaced, deterministic=True)
    _run(schema.V2)(db)


def _v4(db: Database) -> None:
    # Each case's rows become its document, read by the reader of the old layout.
    _run(schema.V4_ADD)(db)
    for (case_id,) in db.execute("SELECT id FROM cases").fetchall():
        case = case_from_rows(
            _rows(db, "SELECT * FROM cases WHERE id = ?", case_id)[0],
            _rows(db, "SELECT * FROM events WHERE case_id = ?", case_id),
            _rows(db, "SELECT * FROM evidence WHERE case_id = ?", case_id),
            _rows(db, "SELECT * FROM event_evidence WHERE case_id = ?", case_id),
        )
        document = json.dumps(case_to_dict(case), ensure_ascii=False)
        db.execute("UPDATE cases SET doc_json = ? WHERE id = ?", [document, case_id])
    _run(schema.V4_DROP_TABLES)(db)
    for table, columns in schema.V4_DROP_COLUMNS.items():
        for column in columns:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _rows(db: Database, sql: str, case_id: int) -> list[dict[str, Any]]:
    cur = db.execute(sql, [case_id])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


# MIGRATIONS[n - 1] takes the schema from version n - 1 to n. Append only; never edit a
# step that has shipped.
MIGRATIONS: tuple[Migration, ...] = (_run(schema.V1), _v2, _run(schema.V3), _v4)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """The schema version this code writes."""
    return len(migrations)


def backup_database(db: Database, folder: Path, version: int) -> Path:
    """Copy the database to `folder` before migrating from `version`; returns the copy."""
    private_dir(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"disputekit-v{version}-{stamp}.sqlite3"
    # Created owner-only first: SQLite would make it with the umask's mode (often 0644).
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(
    db: Database,
    backup_folder: Path | None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> Path | None:
    """Bring the schema to the latest version; returns the backup copy made, if any.

    A database newer than this code is refused rather than guessed at.
    """
    current = user_version(db)
    latest = latest_version(migrations)
    if current > latest:
        raise StoreError(msg("store.newer_schema", version=current, latest=latest))
    if current == latest:
        return None
    backup = None
    if backup_folder is not None and _has_content(db):
        backup = backup_database(db, backup_folder, current)
    for version in range(current + 1, latest + 1):
        with write_transaction(db):
            # Another process may have migrated since we looked; the write lock is ours now.
            if user_version(db) >= version:
                continue
            migrations[version - 1](db)
            db.execute(f"PRAGMA user_version = {version:d}")
    return backup


def _has_content(db: Database) -> bool:
    row = db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return bool(row[0])

"""Collecting vault files no case uses: rows first, then the files, so a crash in between
leaves only orphans (which the next collection removes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from disputekit.store.db import Database, write_transaction
from disputekit.store.vault.blob_io import TEMP_PREFIX, remove_file


class VaultFolders(Protocol):
    """Where a vault keeps its files: what collecting needs of `EvidenceVault` (which calls
    this module, so it is named by shape, not imported)."""

    root: Path
    thumbs_dir: Path

    def blob_path(self, sha256: str) -> Path: ...


# gc keeps files younger than this: another process may be importing them right now.
GC_GRACE = timedelta(hours=1)


def collect_garbage(
    vault: VaultFolders, db: Database, now: datetime, referenced: set[str], grace: timedelta
) -> list[str]:
    """Remove every file of `vault` not in `referenced` (records, copies, thumbnails,
    leftovers of an interrupted intake) that came in more than `grace` before `now` (the
    vault's own clock, which wrote the intake times). Returns the removed hashes.

    The grace period protects an intake still running in another process (the app, a
    second CLI): its files are in the vault before its case rows are committed.
    """
    cutoff = now - grace
    disk_cutoff = datetime.now(UTC) - grace  # against the file system's own times
    fresh = {
        row[0]
        for row in db.execute("SELECT sha256, intake_at FROM files")
        if datetime.fromisoformat(row[1]) > cutoff
    }
    known = {row[0] for row in db.execute("SELECT sha256 FROM files")}
    on_disk = {p.name: p for p in vault.root.glob("??/??/*") if len(p.name) == 64 and p.is_file()}
    # A file with no row yet is judged by its modification time.
    fresh |= {n for n, p in on_disk.items() if n not in known and _modified(p) > disk_cutoff}
    removed = sorted((known | set(on_disk)) - referenced - fresh)
    with write_transaction(db):
        for sha in removed:
            db.execute("DELETE FROM files WHERE sha256 = ?", [sha])
    for sha in removed:
        remove_file(vault.blob_path(sha))
        for thumb in vault.thumbs_dir.glob(f"{sha[:2]}/{sha}-*.jpg"):
            remove_file(thumb)
    for leftover in vault.root.glob(f"??/??/{TEMP_PREFIX}*"):
        if _modified(leftover) <= disk_cutoff:
            remove_file(leftover)
    return removed


def _modified(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)

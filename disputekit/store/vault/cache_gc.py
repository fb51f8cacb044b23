"""The data folder's caches of derived files, named by the SHA-256 of the evidence they come
from: `cache/packet-images/<sha>-<w>x<h>-q85.jpg` (+ its record) and `cache/ocr/<sha>.json`
(a screenshot's text). They are copies of the evidence, so they go with it: `gc` removes the
entries no case still releases, and withholding an original (a redacted copy replaces it)
removes the original's at once, whose pictures and text hold what was blacked out."""

from __future__ import annotations

import string
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from disputekit.store.db import Database
from disputekit.store.vault.blob_io import remove_file

CACHE_FOLDERS = (("cache", "packet-images"), ("cache", "ocr"))
_HEX = set(string.hexdigits.lower())


def released_files(db: Database) -> set[str]:
    """The SHA-256 of every evidence file some case may still put in a packet or show (not
    withheld), read from the stored documents without decoding them in Python."""
    # A damaged document is skipped (its caches are made again if it is ever repaired).
    rows = db.execute(
        "SELECT json_extract(item.value, '$.sha256') FROM "
        "(SELECT doc_json FROM cases WHERE json_valid(doc_json)) AS c, "
        "json_each(c.doc_json, '$.evidence') AS item WHERE item.type = 'object' "
        "AND coalesce(json_extract(item.value, '$.withheld'), 0) = 0"
    )
    return {str(r[0]).lower() for r in rows if r[0]}


def _source(name: str) -> str | None:
    sha = name[:64]
    return sha if len(sha) == 64 and set(sha) <= _HEX else None


def _entries(data_dir: Path) -> Iterable[tuple[str, Path]]:
    for parts in CACHE_FOLDERS:
        folder = data_dir.joinpath(*parts)
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            sha = _source(path.name)
            if sha is not None and path.is_file():
                yield sha, path


def purge_caches(data_dir: Path, keep: set[str], grace: timedelta) -> list[Path]:
    """Remove every cache entry derived from a file not in `keep` and older than `grace` (a
    packet being built elsewhere may have just made it); the removed paths."""
    cutoff = datetime.now(UTC) - grace
    removed = []
    for sha, path in _entries(data_dir):
        made = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if sha not in keep and made <= cutoff:
            remove_file(path)
            removed.append(path)
    return removed


def purge_derived(data_dir: Path, sources: set[str], keep: set[str]) -> list[Path]:
    """Remove at once every cache entry derived from `sources` that no case still releases."""
    gone = {sha.lower() for sha in sources} - keep
    removed = []
    for sha, path in _entries(data_dir):
        if sha in gone:
            remove_file(path)
            removed.append(path)
    return removed

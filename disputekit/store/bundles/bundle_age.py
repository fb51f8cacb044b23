"""An update from a bundle older than the stored case is refused: it would roll edits back.

A bundle's age is its `Export-Time` (bag-info, covered by the tag manifest; a bundle written
without one, or a case .json, by the file's modification time); the stored case's is its
last change (`cases.updated_at`). An update from an older bundle is refused naming both
times in Asia/Shanghai, unless the user forces it.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from disputekit.messages import msg
from disputekit.store.bundles.bag_check import BAG_INFO, BundleError
from disputekit.timeutil import SHANGHAI, precise_datetime

if TYPE_CHECKING:
    from disputekit.store.store import Store

EXPORT_TIME = "Export-Time"
_MAX_BAG_INFO = 64 * 1024


class OlderBundle(BundleError):
    """The bundle was exported before the stored case's last change; nothing was written.
    `case_id`, `exported_at` and `changed_at` say which case and when."""

    def __init__(self, name: str, case_id: int, exported_at: datetime, changed_at: datetime):
        self.name = name
        self.case_id = case_id
        self.exported_at = exported_at
        self.changed_at = changed_at
        super().__init__(
            msg(
                "bundle.older_than_stored",
                name=name,
                case_id=case_id,
                exported=precise_datetime(exported_at),
                changed=precise_datetime(changed_at),
            )
        )


def export_time(
    path: Path, zf: zipfile.ZipFile | None, files: dict[str, zipfile.ZipInfo]
) -> datetime:
    """When the bundle at `path` was exported (see the module's text)."""
    info = files.get(BAG_INFO)
    if zf is not None and info is not None and info.file_size <= _MAX_BAG_INFO:
        for line in zf.read(info).decode("utf-8", "replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == EXPORT_TIME:
                try:
                    stated = datetime.fromisoformat(value.strip())
                except ValueError:
                    break
                if stated.tzinfo is not None:
                    return stated
                break
    return datetime.fromtimestamp(path.stat().st_mtime, SHANGHAI)


def refuse_older(store: Store, case_id: int, exported_at: datetime | None, name: str) -> None:
    """Raise `OlderBundle` when `exported_at` is before the last change of case `case_id`
    (compared to the second: an export states its time to the second)."""
    if exported_at is None:
        return
    row = store.db.execute("SELECT updated_at FROM cases WHERE id = ?", [case_id]).fetchone()
    try:
        changed = datetime.fromisoformat(row[0]) if row and row[0] else None
    except ValueError:
        changed = None
    if changed is None or changed.tzinfo is None:
        return
    if exported_at < changed.replace(microsecond=0):
        raise OlderBundle(name, case_id, exported_at, changed)

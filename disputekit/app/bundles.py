"""Case bundles in and out: one case as a BagIt .zip, several cases into a folder, a bundle
(or a case .json with its files) imported as a new case or over a stored one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from disputekit.store import Store
from disputekit.store.bundles.bundle import (
    OlderBundle,
    evidence_with_location,
    export_bundle,
    import_bundle,
    verify_bundle,
)
from disputekit.store.bundles.stored_match import AlreadyStored

__all__ = [
    "ExportCancelled",
    "Imported",
    "LocatedPhoto",
    "StoredCaseIsNewer",
    "bundle_name",
    "bundle_problems",
    "export_case",
    "export_cases",
    "import_case",
    "photos_with_location",
]

IfStored = Literal["skip", "copy", "update"]
# `progress(done, total)` while a bundle is read or written.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Imported:
    """What an import did: `outcome` is `imported` (a new case, also a copy of a stored one),
    `updated` (the stored case replaced) or `skipped` (already stored as `case_id`, nothing
    written). `platform`, `order_no` and `evidence_count` describe an imported case."""

    case_id: int
    outcome: Literal["imported", "updated", "skipped"]
    platform: str = ""
    order_no: str = ""
    evidence_count: int = 0


class StoredCaseIsNewer(Exception):
    """An update from a bundle exported (`exported_at`) before the stored case `case_id` last
    changed (`changed_at`) would undo those changes; nothing was written. `text` says so
    (as a `str`, in Chinese)."""

    def __init__(self, name: str, case_id: int, exported_at: datetime, changed_at: datetime):
        self.name, self.case_id = name, case_id
        self.exported_at, self.changed_at = exported_at, changed_at
        older = OlderBundle(name, case_id, exported_at, changed_at)
        self.text = older.text
        super().__init__(str(older))


def import_case(
    store: Store,
    path: Path,
    if_stored: IfStored = "skip",
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> Imported:
    """Import a bundle (or a case .json with its files) at `path`; when its case is already
    stored, `if_stored` skips it, imports a copy or updates the stored case. An update from a
    bundle exported before the stored case's last change raises `StoredCaseIsNewer` (nothing
    is written) unless `force`."""
    policy = "new" if if_stored == "copy" else "refuse"
    try:
        case_id = import_bundle(store, path, progress, if_stored=policy)
    except AlreadyStored as stored:
        if if_stored != "update":
            return Imported(stored.case_id, "skipped")
        try:
            updated = import_bundle(store, path, progress, replace=stored.case_id, force=force)
        except OlderBundle as older:
            raise StoredCaseIsNewer(
                older.name, older.case_id, older.exported_at, older.changed_at
            ) from None
        return Imported(updated, "updated")
    case = store.cases.get(case_id)
    return Imported(
        case_id, "imported", case.respondent.platform, case.order.order_no, len(case.evidence)
    )


@dataclass(frozen=True)
class LocatedPhoto:
    """An evidence photo that records where it was taken (GPS): its id, its file in the case
    and the name it came in with."""

    evidence_id: str
    file: str
    original_name: str


def photos_with_location(
    store: Store, case_id: int, include_withheld: bool = False
) -> list[LocatedPhoto]:
    """The photos an export of case `case_id` would ship that record a location (which may
    reveal the buyer's home): asked about before the export, or warned of."""
    return [
        LocatedPhoto(item.id, item.file, item.original_name)
        for item in evidence_with_location(store, case_id, include_withheld)
    ]


def export_case(
    store: Store,
    case_id: int,
    out: Path,
    progress: Progress | None = None,
    *,
    include_withheld: bool = False,
    strip_location: bool = False,
) -> Path:
    """Write case `case_id` with its evidence files as a bundle (a zipped BagIt bag) at `out`;
    the path written. Withheld originals stay out unless `include_withheld`; with
    `strip_location` photos go as location-free copies (the originals are not changed)."""
    return export_bundle(
        store,
        case_id,
        out,
        progress,
        include_withheld=include_withheld,
        strip_location=strip_location,
    )


def bundle_problems(path: Path) -> list[str]:
    """Every problem of the bundle at `path` without importing it (unsafe members, missing,
    extra or altered files, an invalid case.json, a file the vault would refuse), each a
    message (Chinese as a `str`) or an OS error's text; empty: `import_case` takes it."""
    return verify_bundle(path)


class ExportCancelled(Exception):
    """The user stopped a multi-case export; the bundles already written stay."""


def bundle_name(case_id: int, order_no: str) -> str:
    """The bundle file name for a case: id first so names never clash."""
    safe = "".join(c for c in order_no if c.isalnum() or c in "-_")
    return f"case-{case_id}-{safe}.zip" if safe else f"case-{case_id}.zip"


def export_cases(
    store: Store,
    names: dict[int, str],
    folder: Path,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Path]:
    """Export each case of `names` (case id → bundle file name, in export order) into
    `folder`; the paths written. `progress(done, total, name)` runs before each case and once
    at the end; `cancelled()` returning True stops before the next case (ExportCancelled)."""
    ids = list(names)
    written: list[Path] = []
    for n, case_id in enumerate(ids):
        if cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(n, len(ids), names[case_id])
        written.append(export_case(store, case_id, folder / names[case_id]))
    if progress is not None:
        progress(len(ids), len(ids), "")
    return written

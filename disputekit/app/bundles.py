"""Case bundles in and out: one case as a BagIt .zip, several cases into a folder, a bundle
(or a case .json with its files) imported as a new case or over a stored one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from disputekit.store import Store
from disputekit.store.bundles.bundle import (
    BundleError,
    OlderBundle,
    evidence_with_location,
    export_bundle,
    import_bundle,
    verify_bundle,
)
from disputekit.store.bundles.stored_match import AlreadyStored

__all__ = [
    "AlreadyStored",
    "BundleError",
    "ExportCancelled",
    "Imported",
    "OlderBundle",
    "bundle_name",
    "evidence_with_location",
    "export_bundle",
    "export_cases",
    "import_bundle",
    "import_case",
    "verify_bundle",
]

IfStored = Literal["skip", "copy", "update"]


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


def import_case(
    store: Store, path: Path, if_stored: IfStored = "skip", *, force: bool = False
) -> Imported:
    """Import a bundle (or a case .json with its files) at `path`; when its case is already
    stored, `if_stored` skips it, imports a copy or updates the stored case. An update from a
    bundle exported before the stored case's last change raises `OlderBundle` (nothing is
    written) unless `force`."""
    policy = "new" if if_stored == "copy" else "refuse"
    try:
        case_id = import_bundle(store, path, if_stored=policy)
    except AlreadyStored as stored:
        if if_stored != "update":
            return Imported(stored.case_id, "skipped")
        updated = import_bundle(store, path, replace=stored.case_id, force=force)
        return Imported(updated, "updated")
    case = store.cases.get(case_id)
    return Imported(
        case_id, "imported", case.respondent.platform, case.order.order_no, len(case.evidence)
    )


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
        written.append(export_bundle(store, case_id, folder / names[case_id]))
    if progress is not None:
        progress(len(ids), len(ids), "")
    return written

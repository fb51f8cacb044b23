"""Case bundles in and out: one case as a BagIt .zip, several cases into a folder, a bundle
(or a case .json with its files) imported as a new case or over a stored one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from disputekit.store import Store
from disputekit.store.bundle import (
    BundleError,
    evidence_with_location,
    export_bundle,
    import_bundle,
)
from disputekit.store.stored_match import AlreadyStored

__all__ = [
    "AlreadyStored",
    "BundleError",
    "ExportCancelled",
    "bundle_name",
    "evidence_with_location",
    "export_bundle",
    "export_cases",
    "import_bundle",
]


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

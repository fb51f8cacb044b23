"""Bulk exports: a bundle of each case into one folder, and every open deadline of the cases
in one calendar (.ics) file. Each file appears only when complete."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from disputekit.app.advising import deadlines_for
from disputekit.app.bulk.results import (
    BulkResult,
    Cancelled,
    Outcome,
    Progress,
    case_label,
    check_output,
    run_each,
    unique_path,
)
from disputekit.app.bundles import bundle_name, export_case
from disputekit.app.deadlines.calendar_export import CaseDeadline, build_ics
from disputekit.domain.case.model import Case
from disputekit.domain.deadlines.deadline_types import DeadlineStatus
from disputekit.files.private_files import write_private
from disputekit.messages import msg
from disputekit.store import Store

__all__ = ["export_bundles", "export_calendar"]

PROBE = "bundle.zip"  # a name the folder check uses: the folder is what is checked


def export_bundles(
    store: Store,
    case_ids: Sequence[int],
    folder: Path,
    *,
    strip_location: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> BulkResult:
    """Export each case as a bundle into `folder`, named as a single export names it
    (`case-ID-ORDER.zip`); a file already there is never written over. `strip_location`
    leaves the GPS position out of the exported photos (the originals stay). FolderRefused
    before any case when `folder` cannot take files."""
    folder = Path(folder)
    check_output(folder / PROBE, store.data_dir)
    taken: set[Path] = set()

    def step(case_id: int, case: Case) -> Outcome:
        out = unique_path(folder, bundle_name(case_id, case.order.order_no), taken)
        written = export_case(store, case_id, out, strip_location=strip_location)
        return Outcome("done", path=written)

    result = run_each(store, case_ids, step, progress, cancelled)
    result.folder = folder if result.written() else None
    return result


def export_calendar(
    store: Store,
    case_ids: Sequence[int],
    path: Path,
    *,
    now: datetime,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> BulkResult:
    """Write every deadline not yet met of the cases, at `now`, to the calendar file `path`;
    each entry names the buyer and the case. A case without an open deadline is skipped.
    Cancelled before the last case, nothing is written (a calendar missing some cases would
    pass for the whole)."""
    path = Path(path)
    check_output(path, store.data_dir)
    calendar = store.calendar()
    items: list[CaseDeadline] = []

    def step(case_id: int, case: Case) -> Outcome:
        title = case_label(case_id, case)
        open_ones = [
            # The advice engine's Deadline is what the calendar export's protocol describes.
            CaseDeadline(case_id, title, cast(Any, d), d.label_zh, d.estimate_reason or "")
            for d in deadlines_for(case, now, calendar)
            if d.status != DeadlineStatus.MET
        ]
        if not open_ones:
            return Outcome("skipped", msg("bulk.no_deadlines"))
        items.extend(open_ones)
        return Outcome("done", msg("bulk.deadlines", count=len(open_ones)), path)

    result = run_each(store, case_ids, step, progress, cancelled)
    if result.cancelled:
        result.not_reached = [r.case_id for r in result.results] + result.not_reached
        result.results = []
        return result
    if items:
        write_private(path, build_ics(items, now))
        result.folder = path.parent
    return result

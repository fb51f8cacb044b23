"""`group-report`: the report on the group of one stored case, as PDF and optionally CSV and
XLSX, each written whole or not at all (a new regular file, never inside the data folder)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from disputekit.app.groups.seller_groups import GroupSummary, group_for_case
from disputekit.files.private_files import private_output, write_private
from disputekit.messages import msg
from disputekit.packet.group.report_pdf import write_group_pdf
from disputekit.packet.group.report_rows import GroupReport, group_report
from disputekit.packet.group.report_sheets import csv_bytes, xlsx_bytes
from disputekit.store import Store


class OutputRefused(ValueError):
    """An output path the report will not write to; the reason in the user's language."""


@dataclass(frozen=True)
class GroupReportResult:
    """What was written, for which group."""

    group: GroupSummary
    report: GroupReport
    written: list[Path]


def check_output(path: Path, data_dir: Path) -> Path:
    """`path` if a report may be written there (OutputRefused otherwise)."""
    path = Path(path).expanduser()
    resolved = path.resolve()
    if resolved.is_relative_to(Path(data_dir).resolve()):
        raise OutputRefused(msg("cli.group_report.inside_data", path=str(path)))
    if resolved.exists() and not resolved.is_file():
        raise OutputRefused(msg("cli.group_report.not_a_file", path=str(path)))
    if not resolved.parent.is_dir():
        raise OutputRefused(msg("cli.group_report.no_folder", path=str(path)))
    return resolved


def make_group_report(
    store: Store,
    case_id: int,
    pdf: Path,
    csv: Path | None = None,
    xlsx: Path | None = None,
    now: datetime | None = None,
) -> GroupReportResult:
    """Report the seller group of case `case_id` (CaseNotFound, OutputRefused, OSError)."""
    targets = [check_output(p, store.data_dir) for p in (pdf, csv, xlsx) if p is not None]
    group = group_for_case(store, case_id)
    cases = [(cid, store.cases.get(cid)) for cid in group.case_ids]
    report = group_report(cases)
    made_at = now or datetime.now(UTC)
    written = []
    with private_output(targets[0]) as (_f, tmp):
        write_group_pdf(tmp, report, made_at)
    written.append(targets[0])
    rest = iter(targets[1:])
    if csv is not None:
        written.append(write_private(next(rest), csv_bytes(report)))
    if xlsx is not None:
        written.append(write_private(next(rest), xlsx_bytes(report)))
    return GroupReportResult(group, report, written)

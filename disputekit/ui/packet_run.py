"""Running the packet builder behind a cancellable progress dialog, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from disputekit.domain.calendar import WorkCalendar
from disputekit.domain.model import Case, EvidenceItem
from disputekit.domain.vocabulary import PacketKind
from disputekit.packet.builder import PacketResult, build_packet
from disputekit.private_files import private_dir
from disputekit.ui.packet_options import PacketOptions
from disputekit.ui.tasks import ProgressReporter, TaskHandle, TaskRunner, run_with_progress_dialog


def build_in_background(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    case: Case,
    kind: PacketKind,
    out: Path,
    *,
    file_for: dict[str, Path],
    today: date,
    options: PacketOptions,
    cache_dir: Path,
    calendar: WorkCalendar | None = None,
    intake_at: dict[str, datetime] | None = None,
    on_done: Callable[[PacketResult], None],
    on_error: Callable[[BaseException], None],
) -> TaskHandle:
    """Build in the runner; `file_for` maps evidence ids to vault paths, resolved on the GUI
    thread beforehand so the worker never touches the database."""

    def path_of(item: EvidenceItem) -> Path:
        # Never the bundle path: relative to the working folder it could name any file. The
        # builder reports the KeyError as a missing file.
        if item.id not in file_for:
            raise KeyError(f"{item.file or item.id} is not in the evidence vault")
        return file_for[item.id]

    def work(reporter: ProgressReporter) -> PacketResult:
        out.parent.mkdir(parents=True, exist_ok=True)
        private_dir(cache_dir)  # copies of the evidence: owner-only like the vault
        return build_packet(
            case,
            kind,
            out,
            file_for=path_of,
            today=today,
            draft=options.draft,
            max_mb=options.max_mb,
            max_pages=options.max_pages,
            dpi=options.dpi,
            cache_dir=cache_dir,
            progress=reporter,
            cancel=reporter.cancelled,
            calendar=calendar,
            include_withheld=options.include_withheld,
            intake_at=intake_at,
        )

    return run_with_progress_dialog(parent, runner, title, work, on_done, on_error)

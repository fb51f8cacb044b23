"""Running the packet builder behind a cancellable progress dialog, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from disputekit.app.packets.building import BuiltPacket, build_stored_packet
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.ui.packet.packet_options import PacketOptions
from disputekit.ui.shared.tasks import (
    ProgressReporter,
    TaskHandle,
    TaskRunner,
    run_with_progress_dialog,
)


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
    cache_key: bytes | None = None,
    calendar: WorkCalendar | None = None,
    intake_at: dict[str, datetime] | None = None,
    stamp_files: dict[str, bytes] | None = None,
    on_done: Callable[[BuiltPacket], None],
    on_error: Callable[[BaseException], None],
) -> TaskHandle:
    """Build in the runner; `file_for` maps evidence ids to vault paths, resolved on the GUI
    thread beforehand so the worker never touches the database."""

    def work(reporter: ProgressReporter) -> BuiltPacket:
        return build_stored_packet(
            case,
            kind,
            out,
            file_for=file_for,
            today=today,
            cache_dir=cache_dir,
            cache_key=cache_key,
            calendar=calendar,
            draft=options.draft,
            max_mb=options.max_mb,
            max_pages=options.max_pages,
            dpi=options.dpi,
            include_withheld=options.include_withheld,
            progress=reporter,
            cancel=reporter.cancelled,
            intake_at=intake_at,
            stamp_files=stamp_files,
        )

    return run_with_progress_dialog(parent, runner, title, work, on_done, on_error)

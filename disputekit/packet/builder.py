"""Build a packet PDF from a case: check, prepare images, lay out, merge PDF pages, write.

The PDF is written to a temporary file beside the target and renamed over it only when it is
complete and within budget, so an interrupted or refused run never leaves a partial file at
the target path (os.replace is atomic on one file system).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from disputekit.domain.case.model import Case, EvidenceItem
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.domain.case.withheld import releasable, withheld_ids
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.files.pending_temps import forget, new_temp
from disputekit.files.private_files import PRIVATE_FILE
from disputekit.packet.blocker import Blocker
from disputekit.packet.context import TITLES, PacketContext
from disputekit.packet.images.budget import BudgetExceeded, suggest_dpi
from disputekit.packet.images.evidence_files import resolve_exhibits
from disputekit.packet.images.exhibits import Exhibit, ImageSheet, PdfPlacement, sheets_for
from disputekit.packet.images.image_pool import ImagePool, ImagesCancelled
from disputekit.packet.kinds import kind_bodies as kinds
from disputekit.packet.manifest import (
    CASE_NAME,
    MANIFEST_NAME,
    PICTURES_NAME,
    case_attachment,
    exhibit_path,
    manifest_text,
    pictures_text,
    sha256_text,
)
from disputekit.packet.preflight import preflight
from disputekit.packet.render import (
    merge_pdf_pages,
    overdue_deadlines,
    prepare_reportlab,
    write_pdf,
)
from disputekit.packet.stamps import packet_stamps, stamp_attachments

__all__ = ["BudgetExceeded", "PacketBlocked", "PacketCancelled", "PacketResult", "build_packet"]

Progress = Callable[[int, int, str], None]


class PacketBlocked(Exception):
    """A final packet cannot be built; `blockers` say why."""

    def __init__(self, blockers: list[Blocker]) -> None:
        self.blockers = blockers
        super().__init__("\n".join(str(b) for b in blockers))


class PacketCancelled(Exception):
    """The caller's cancel callback stopped the build; nothing was written."""


@dataclass(frozen=True)
class PacketResult:
    """The written packet: where, how many pages, how big, and its exhibits."""

    path: Path
    pages: int
    size_bytes: int
    exhibits: list[Exhibit]
    images_encoded: int = 0
    images_reused: int = 0


def build_packet(
    case: Case,
    kind: PacketKind,
    out: Path,
    *,
    file_for: Callable[[EvidenceItem], Path],
    today: date,
    draft: bool = False,
    max_mb: float | None = None,
    max_pages: int | None = None,
    exhibit_order: list[str] | None = None,
    dpi: int = 150,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    calendar: WorkCalendar | None = None,
    include_withheld: bool = False,
    intake_at: Mapping[str, datetime] | None = None,
    stamp_files: Mapping[str, bytes] | None = None,
    cache_key: bytes | None = None,
) -> PacketResult:
    """Build the `kind` packet for `case` at `out`; raises PacketBlocked, BudgetExceeded or
    PacketCancelled without touching `out`. Withheld originals (replaced by a redacted copy)
    are left out unless `include_withheld`. `intake_at` maps a file's SHA-256 to when it
    entered the vault (shown on the integrity page). `stamp_files` holds the case's trusted
    timestamp files by name (`Timestamp.token`, `.manifest_file`): their tokens are attached
    and the integrity page speaks of them. A cached picture is used only when sealed with
    `cache_key` (the data folder's, kept in its database); without one, none is."""
    prepare_reportlab()
    kind = PacketKind(kind)
    if not include_withheld and exhibit_order:
        hidden = set(withheld_ids(case))
        exhibit_order = [i for i in exhibit_order if i not in hidden]
    case = releasable(case, include_withheld)
    blockers = [] if draft else preflight(case, kind, today, calendar)
    exhibits, file_problems = resolve_exhibits(case, file_for, exhibit_order)
    if blockers or file_problems:  # a missing or altered original blocks even a draft
        raise PacketBlocked(blockers + file_problems)

    def stopped() -> bool:
        return bool(cancel and cancel())

    if stopped():
        raise PacketCancelled

    placements: list[PdfPlacement] = []
    sheets = sheets_for(exhibits, placements)
    image_sheets = [s for s in sheets if isinstance(s, ImageSheet)]
    jobs = [job for sheet in image_sheets for job in sheet.image_jobs(dpi)]
    steps = len(set(jobs)) + 2

    def report(done: int, label: str) -> None:
        if progress:
            progress(done, steps, label)

    out = Path(out)
    with (
        tempfile.TemporaryDirectory(prefix=f"disputekit-images-{os.getpid()}-") as scratch,
        ImagePool(
            jobs,
            cache_dir if cache_dir is not None else Path(scratch),
            progress=lambda d, _t: report(d, "图片"),
            cancel=cancel,
            key=cache_key,
        ) as pool,
    ):
        for sheet in image_sheets:
            sheet.use_pool(pool, dpi)
        ctx = PacketContext(case, kind, today, exhibits, overdue_deadlines(case, today, calendar))
        ctx.stamps = packet_stamps(case, stamp_files or {})
        manifest = manifest_text(exhibits)
        case_text = case_attachment(case, exhibits)
        manifest_sha, case_sha = sha256_text(manifest), sha256_text(case_text)
        story = [*kinds.body(ctx, manifest_sha, intake_at or {}, case_sha), *sheets]
        # Recorded before it exists: removed at a later start if this process is killed.
        fd, tmp, pending = new_temp(out.parent, f".{out.name}.", ".part")
        os.close(fd)
        try:
            header = f"订单号 {case.order.order_no} · {TITLES[kind]}"
            # Layout runs while the workers encode; exhibit pages wait for their images.
            files: dict[str, bytes | Callable[[], bytes]] = {
                MANIFEST_NAME: manifest.encode("utf-8"),
                CASE_NAME: case_text.encode("utf-8"),
                PICTURES_NAME: lambda: _pictures(pool, exhibits),
                **stamp_attachments(ctx.stamps),
            }
            pages = write_pdf(tmp, story, header=header, draft=draft, title=header, files=files)
            pool.wait_all()
            report(steps - 2, "排版")
            if placements:
                merge_pdf_pages(tmp, placements)  # keeps the attachments
            size = tmp.stat().st_size
            _check_budget(size, pages, max_mb, max_pages, dpi, image_sheets, pool)
            if stopped():
                raise PacketCancelled
            report(steps - 1, "写入")
            os.chmod(tmp, PRIVATE_FILE)  # page merging may have replaced the 0600 temp file
            os.replace(tmp, out)
        except ImagesCancelled:
            raise PacketCancelled from None
        finally:
            tmp.unlink(missing_ok=True)
            forget(pending)
        encoded, reused = pool.encoded, pool.reused
    report(steps, "完成")
    return PacketResult(out, pages, size, exhibits, encoded, reused)


def _pictures(pool: ImagePool, exhibits: list[Exhibit]) -> bytes:
    paths = {ex.sha256: exhibit_path(ex) for ex in exhibits}
    placed = [(sha, j.width, j.height, page, paths[j.sha256]) for j, sha, page in pool.placed]
    return pictures_text(placed).encode("utf-8")


def _check_budget(
    size: int,
    pages: int,
    max_mb: float | None,
    max_pages: int | None,
    dpi: int,
    image_sheets: list[ImageSheet],
    pool: ImagePool,
) -> None:
    """Raise BudgetExceeded (with a verified lower dpi when size is the problem)."""
    over_mb = max_mb is not None and size > max_mb * 1024 * 1024
    over_pages = max_pages is not None and pages > max_pages
    if not (over_mb or over_pages):
        return
    suggested = None
    if over_mb and max_mb is not None:
        image_bytes = sum(path.stat().st_size for path in pool.paths.values())
        suggested = suggest_dpi(
            size,
            image_bytes,
            max_mb,
            dpi,
            lambda d: [j for s in image_sheets for j in s.image_jobs(d)],
            pool.cache_dir,
            pool.key,
        )
    raise BudgetExceeded(size, pages, max_mb, max_pages, suggested)

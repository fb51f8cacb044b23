"""reportlab set-up, the document template, and merging PDF evidence pages with pypdf."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from disputekit.domain.case.model import Case
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.files.pending_temps import forget, record
from disputekit.packet.images.exhibits import PdfPlacement
from disputekit.packet.pages import kinsoku
from disputekit.packet.pages.fonts import drawable, register_fonts
from disputekit.packet.pages.page_furniture import numbered_canvas
from disputekit.packet.pages.styles import (
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_X,
    PAGE_SIZE,
)
from disputekit.packet.pdf_sanitize import strip_active
from disputekit.pdf_logging import quiet_pypdf
from disputekit.store.vault.pdf_location import strip_page_location


def prepare_reportlab() -> None:
    """Fonts, Chinese line breaking and binary streams; each step is idempotent."""
    from reportlab import rl_config

    register_fonts()
    kinsoku.install()
    # ASCII85 inflates every image stream by a quarter and costs time; PDFs are binary anyway.
    rl_config.useA85 = 0


def write_pdf(
    path: Path,
    story: list[Flowable],
    *,
    header: str,
    draft: bool,
    title: str,
    files: dict[str, bytes | Callable[[], bytes]] | None = None,
) -> int:
    """Lay out `story` on A4 into `path`, with `files` attached; returns the page count."""
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        CONTENT_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        str(path),
        pagesize=PAGE_SIZE,
        title=drawable(title),
        author="DisputeKit",
        creator="DisputeKit",
        subject="卡盟订单维权材料",
        pageTemplates=[PageTemplate("page", [frame])],
    )
    doc.build(story, canvasmaker=numbered_canvas(drawable(header), draft=draft, files=files))
    return int(doc.page)


def merge_pdf_pages(path: Path, placements: list[PdfPlacement]) -> None:
    """Lay each PDF evidence page into the box its placeholder page left for it."""
    from pypdf import PdfReader, PdfWriter, Transformation

    quiet_pypdf()

    writer = PdfWriter(clone_from=PdfReader(path))
    readers: dict[Path, Any] = {}
    for pl in placements:
        reader = readers.setdefault(pl.src, PdfReader(pl.src))
        src = reader.pages[pl.src_page]
        strip_active(src)  # only its drawing goes in: no links, scripts or attachments
        strip_page_location(src)  # nor where a photo on it was taken
        box, turn = src.mediabox, src.rotation % 360
        w, h = float(box.width), float(box.height)
        # Draw the page upright as a viewer shows it: /Rotate turns it clockwise on display,
        # which merging ignores, so the turn goes into the transformation instead.
        move = Transformation().translate(-float(box.left), -float(box.bottom)).rotate(-turn)
        move = move.translate(*{0: (0, 0), 90: (0, w), 180: (w, h), 270: (h, 0)}[turn])
        shown_w, shown_h = (h, w) if turn in (90, 270) else (w, h)
        x, y, bw, bh = pl.box
        scale = min(bw / shown_w, bh / shown_h)
        writer.pages[pl.packet_page].merge_transformed_page(src, move.scale(scale).translate(x, y))
    tmp = path.with_name(path.name + ".merge")
    pending = record(tmp)  # removed at a later start if this process is killed meanwhile
    try:
        # Owner-only like the packet itself, whatever the umask.
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
            writer.write(f)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
        forget(pending)


def overdue_deadlines(case: Case, today: date, calendar: WorkCalendar | None = None) -> list[Any]:
    """The case's deadlines that had passed by `today` (the advice engine decides which)."""
    from disputekit.domain.deadlines.case_deadlines import DeadlineStatus, deadlines_for
    from disputekit.rules_data import load_rulebook

    found = deadlines_for(case, today, calendar, rules=load_rulebook())
    return [d for d in found if d.status is DeadlineStatus.OVERDUE]

"""Exhibit pages: screenshots (two tall phone shots side by side, others one per page) and the
pages of PDF evidence, each captioned with its number and SHA-256.

Two tall screenshots per page read best: each is then about 85 mm wide, larger than the phone
screen it came from, and the packet has half the pages. PDF evidence (an official bill) gets a
placeholder page carrying the caption, header and page number; the builder later lays the
original page into the free box with pypdf, so page numbering stays right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from disputekit.bills.model import Bill, BillRow
from disputekit.domain.case.model import EvidenceItem
from disputekit.packet.images.exhibit_images import ImageJob, target_pixels
from disputekit.packet.images.image_pool import ImagePool
from disputekit.packet.kinds.bill_sheet import BillSheet
from disputekit.packet.pages.styles import CONTENT_HEIGHT, CONTENT_WIDTH, GRID, styles
from disputekit.packet.pages.text import esc, safe

TALL_RATIO = 1.6  # height / width from which a screenshot counts as a tall phone shot
GAP = 14.0  # points between two side-by-side exhibits
CAPTION_GAP = 4.0


@dataclass
class Exhibit:
    """One evidence file as it appears in the packet."""

    number: int
    item: EvidenceItem
    path: Path
    sha256: str
    is_pdf: bool
    size_px: tuple[int, int] = (0, 0)  # oriented pixel size (images)
    pdf_pages: list[tuple[float, float]] = field(default_factory=list)  # (w, h) points
    pages: list[int] = field(default_factory=list)  # packet page numbers, filled while drawing
    bill: Bill | None = None  # an official payment bill (CSV/XLSX), printed as its rows
    bill_rows: list[BillRow] = field(default_factory=list)  # the rows of this case's order
    recording: bool = False  # a screen recording: listed, supplied on a storage medium
    sub: int = 0  # a key frame's place under its recording (证据N-sub), 0 for any other
    parent: Exhibit | None = None  # the recording exhibit a key frame was taken from

    @property
    def key(self) -> str:
        """N, or N-sub for a key frame listed under its recording."""
        return f"{self.number}-{self.sub}" if self.sub else str(self.number)

    @property
    def label(self) -> str:
        """证据N (证据N-k for the k-th key frame of recording 证据N)."""
        return f"证据{self.key}"

    @property
    def is_tall(self) -> bool:
        """A phone screenshot: much taller than wide."""
        w, h = self.size_px
        return w > 0 and h / w >= TALL_RATIO


def _captions(ex: Exhibit, width: float, page_note: str = "") -> list[Paragraph]:
    s = styles()
    item = ex.item
    text = f"<b>{ex.label}</b>{page_note}　{esc(item.kind.zh)}"
    if item.caption:
        text += f"：{safe(item.caption)}"
    if ex.parent is not None and item.at_seconds is not None:
        text += f"（{esc(frame_note(ex))}）"
    # 64 hex digits fit one line at full width; in a half-width column they break 32 + 32.
    sha = ex.sha256 if width > 300 else f"{ex.sha256[:32]}<br/>{ex.sha256[32:]}"
    return [Paragraph(text, s.caption), Paragraph(f"SHA-256 {sha}", s.caption_mono)]


def frame_note(ex: Exhibit) -> str:
    """Where a key frame comes from: its recording and its time in it."""
    from disputekit.video.keyframes import clock_text

    assert ex.parent is not None
    return f"取自{ex.parent.label}录屏第 {clock_text(ex.item.at_seconds or 0.0)} 处的画面"


def _height(paragraphs: list[Paragraph], width: float) -> float:
    return sum(p.wrap(width, CONTENT_HEIGHT)[1] for p in paragraphs) + CAPTION_GAP


@dataclass
class _Slot:
    exhibit: Exhibit
    x: float
    width: float
    captions: list[Paragraph]
    placed: tuple[float, float]  # image size on the page, points


class ImageSheet(Flowable):
    """One exhibit page holding one or two images with their captions."""

    def __init__(self, exhibits: list[Exhibit]) -> None:
        super().__init__()
        columns = len(exhibits)
        col_w = (CONTENT_WIDTH - GAP * (columns - 1)) / columns
        self.slots: list[_Slot] = []
        self.pool: ImagePool | None = None
        self.dpi = 150
        for i, ex in enumerate(exhibits):
            captions = _captions(ex, col_w)
            box_h = CONTENT_HEIGHT - _height(captions, col_w) - 2
            w_px, h_px = ex.size_px
            scale = min(col_w / w_px, box_h / h_px)
            placed = (w_px * scale, h_px * scale)
            self.slots.append(_Slot(ex, i * (col_w + GAP), col_w, captions, placed))

    def image_jobs(self, dpi: int) -> list[ImageJob]:
        """The derived images this page needs at `dpi`."""
        return [self._job(slot, dpi) for slot in self.slots]

    def _job(self, slot: _Slot, dpi: int) -> ImageJob:
        ex = slot.exhibit
        w, h = target_pixels(ex.size_px, slot.placed, dpi)
        return ImageJob(ex.path, ex.sha256, w, h)

    def use_pool(self, pool: ImagePool, dpi: int) -> None:
        """Take the derived JPEGs from `pool` when drawing (they may still be encoding)."""
        self.pool, self.dpi = pool, dpi

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return CONTENT_WIDTH, CONTENT_HEIGHT - 1

    def draw(self) -> None:
        canv = self.canv
        top = CONTENT_HEIGHT - 1
        for slot in self.slots:
            assert self.pool is not None, "use_pool() before drawing"
            jpeg = self.pool.place(self._job(slot, self.dpi), canv.getPageNumber())
            w, h = slot.placed
            x = slot.x + (slot.width - w) / 2
            y = top - h
            canv.drawImage(str(jpeg), x, y, width=w, height=h)
            canv.setStrokeColor(GRID)
            canv.setLineWidth(0.5)
            canv.rect(x, y, w, h)
            y -= CAPTION_GAP
            for para in slot.captions:
                _, ph = para.wrap(slot.width, CONTENT_HEIGHT)
                y -= ph
                para.drawOn(canv, slot.x, y)
            slot.exhibit.pages.append(canv.getPageNumber())


@dataclass(frozen=True)
class PdfPlacement:
    """Where one page of a PDF exhibit goes: packet page index and box (points, page coords)."""

    packet_page: int  # 0-based
    src: Path
    src_page: int
    box: tuple[float, float, float, float]  # x, y, width, height


class PdfPageSheet(Flowable):
    """A placeholder page for one page of a PDF exhibit: caption now, the page itself later."""

    def __init__(self, ex: Exhibit, index: int, placements: list[PdfPlacement]) -> None:
        super().__init__()
        self.exhibit, self.index, self.placements = ex, index, placements
        note = f"（第 {index + 1}/{len(ex.pdf_pages)} 页）"
        self.captions = _captions(ex, CONTENT_WIDTH, note)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return CONTENT_WIDTH, CONTENT_HEIGHT - 1

    def draw(self) -> None:
        canv = self.canv
        heights = [para.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)[1] for para in self.captions]
        top = CONTENT_HEIGHT - 1
        box_h = top - sum(heights) - CAPTION_GAP
        w, h = self.exhibit.pdf_pages[self.index]
        scale = min(CONTENT_WIDTH / w, box_h / h)
        pw, ph = w * scale, h * scale
        x0, y0 = (CONTENT_WIDTH - pw) / 2, top - ph
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.5)
        canv.rect(x0, y0, pw, ph)
        y = y0 - CAPTION_GAP  # the caption sits right under the page, as under a screenshot
        for para, height in zip(self.captions, heights, strict=True):
            y -= height
            para.drawOn(canv, 0, y)
        # Flowables draw in frame coordinates; the merge needs page coordinates.
        px, py = canv.absolutePosition(x0, y0)
        self.placements.append(
            PdfPlacement(canv.getPageNumber() - 1, self.exhibit.path, self.index, (px, py, pw, ph))
        )
        self.exhibit.pages.append(canv.getPageNumber())


def sheets_for(exhibits: list[Exhibit], placements: list[PdfPlacement]) -> list[Flowable]:
    """Exhibit pages in exhibit order: consecutive tall screenshots paired two per page."""
    sheets: list[Flowable] = []
    pending_tall: Exhibit | None = None
    for ex in exhibits:
        if ex.recording:  # not printable: listed in the 证据目录, supplied on a medium
            continue
        if not ex.is_pdf and ex.bill is None and ex.is_tall:
            if pending_tall is None:
                pending_tall = ex
                continue
            sheets.append(ImageSheet([pending_tall, ex]))
            pending_tall = None
            continue
        if pending_tall is not None:
            sheets.append(ImageSheet([pending_tall]))
            pending_tall = None
        if ex.bill is not None:
            sheets.append(BillSheet(ex, _captions(ex, CONTENT_WIDTH)))
        elif ex.is_pdf:
            sheets.extend(PdfPageSheet(ex, i, placements) for i in range(len(ex.pdf_pages)))
        else:
            sheets.append(ImageSheet([ex]))
    if pending_tall is not None:
        sheets.append(ImageSheet([pending_tall]))
    return sheets

"""Redaction pixels: black out regions of an image or a PDF into NEW bytes.

Pixels are replaced (not covered by an overlay, never blurred), EXIF orientation is applied
first so the boxes match what the user saw, and the output carries no metadata at all (no EXIF,
no GPS, no text chunks): it is rebuilt from bare pixels and written as PNG, which is lossless.
A PDF is rasterised page by page (PDFium renders offline) and rebuilt from those pixels, so
its text layer, annotations and scripts cannot survive into the copy either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageDraw, ImageOps

from disputekit.heif import is_heif, register_heif
from disputekit.messages import Msg, msg
from disputekit.store.pdf.pdf_render import RENDER_DPI, PdfRenderError, page_sizes, render_pages

Box = tuple[
    int, int, int, int
]  # left, top, right, bottom in oriented pixels; right/bottom exclusive


class RedactionError(ValueError):
    """Boxes that would hide nothing, or a file that cannot be redacted; `text` (a `Msg`,
    Chinese as a `str`) says which."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text)
        self.text = text


@dataclass(frozen=True)
class PageBox:
    """A box on one page (1-based; an image has only page 1)."""

    page: int
    box: Box


def parse_box(text: str) -> PageBox:
    """`X,Y,W,H` or `PAGE:X,Y,W,H` (pixels; a PDF page as rendered at RENDER_DPI)."""
    page_text, _, rest = text.rpartition(":")
    try:
        page = int(page_text) if page_text else 1
        x, y, w, h = (int(part) for part in rest.split(","))
    except ValueError:
        raise RedactionError(msg("redaction.not_a_box", text=text)) from None
    if page < 1 or x < 0 or y < 0 or w <= 0 or h <= 0:
        raise RedactionError(msg("redaction.bad_box", text=text))
    return PageBox(page, (x, y, x + w, y + h))


def load_oriented(data: bytes) -> Image.Image:
    """Decode an image and apply its EXIF orientation (as a phone gallery would show it);
    RedactionError for a HEIC photo when the HEIC plugin is not installed."""
    if is_heif(data) and not register_heif():
        raise RedactionError(msg("redaction.heic_plugin_missing"))
    with Image.open(BytesIO(data)) as image:
        image.load()
        oriented = ImageOps.exif_transpose(image)
    return oriented if oriented is not None else image


def clip_box(box: Box, width: int, height: int) -> Box | None:
    """`box` clipped to the image, or None when nothing of it is inside."""
    left, top = max(0, min(box[0], box[2])), max(0, min(box[1], box[3]))
    right, bottom = min(width, max(box[0], box[2])), min(height, max(box[1], box[3]))
    return (left, top, right, bottom) if right > left and bottom > top else None


def _filled(image: Image.Image, boxes: Sequence[Box]) -> Image.Image:
    """A fresh image of bare pixels with every box filled opaque black."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if has_alpha else "RGB"
    # A fresh image holds only pixels: nothing of the original's metadata can travel along.
    clean = Image.new(mode, image.size)
    clean.paste(image.convert(mode))
    draw = ImageDraw.Draw(clean)
    black = (0, 0, 0, 255) if mode == "RGBA" else (0, 0, 0)
    for box in boxes:
        clipped = clip_box(box, *clean.size)
        if clipped is not None:
            left, top, right, bottom = clipped
            draw.rectangle((left, top, right - 1, bottom - 1), fill=black)
    return clean


def redact_image(data: bytes, boxes: Sequence[Box]) -> bytes:
    """PNG bytes of the image in `data` with every box filled opaque black."""
    out = BytesIO()
    _filled(load_oriented(data), boxes).save(out, "PNG")
    return out.getvalue()


def check_boxes(boxes: Sequence[PageBox], sizes: Sequence[tuple[int, int]]) -> None:
    """RedactionError unless every box lies at least partly on an existing page: a typo must
    not produce a "redacted" copy that hides nothing."""
    if not boxes:
        raise RedactionError(msg("redaction.no_box"))
    for pb in boxes:
        if pb.page > len(sizes):
            raise RedactionError(msg("redaction.no_page", page=pb.page, count=len(sizes)))
        width, height = sizes[pb.page - 1]
        if clip_box(pb.box, width, height) is None:
            x, y, right, bottom = pb.box
            box = f"{x},{y},{right - x},{bottom - y}"
            raise RedactionError(
                msg("redaction.box_outside", box=box, page=pb.page, width=width, height=height)
            )


def redact_picture(data: bytes, boxes: Sequence[PageBox]) -> bytes:
    """PNG bytes of the picture in `data` with the boxes (all on page 1) filled black."""
    image = load_oriented(data)
    check_boxes(boxes, [image.size])
    out = BytesIO()
    _filled(image, [pb.box for pb in boxes]).save(out, "PNG")
    return out.getvalue()


def redact_pdf(data: bytes, boxes: Sequence[PageBox], dpi: int = RENDER_DPI) -> bytes:
    """A new PDF of the pages of `data` rendered at `dpi`, the boxes filled black; only
    pixels (losslessly compressed) go in, at each page's original size."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    try:
        pages, sizes = render_pages(data, dpi), page_sizes(data)
    except PdfRenderError as exc:
        raise RedactionError(exc.text) from None
    check_boxes(boxes, [page.size for page in pages])
    out = BytesIO()
    # invariant: no creation time or random id, so the same input gives the same copy.
    canvas = Canvas(out, invariant=1, pageCompression=1)
    for number, (page, (width, height)) in enumerate(zip(pages, sizes, strict=True), start=1):
        filled = _filled(page, [pb.box for pb in boxes if pb.page == number])
        # The original page size, not pixels × 72 / dpi: drawn again, the copy has exactly the
        # pixel size the boxes were drawn on.
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(filled), 0, 0, width=width, height=height)
        canvas.showPage()
    canvas.save()
    return out.getvalue()

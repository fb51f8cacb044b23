"""Render PDF pages to pixels offline (PDFium through pypdfium2).

pypdf parses but cannot draw; PDFium is the renderer browsers use, ships inside the wheel and
needs no network. Owner-password PDFs (printing or copying restricted, no password to open)
render as any viewer shows them; a PDF that needs a password to open is refused by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from disputekit.messages import Msg, msg

if TYPE_CHECKING:
    from PIL import Image

RENDER_DPI = 150  # a bill's 8 pt text stays legible; an A4 page is 1240×1754 pixels
MAX_PAGES = 200  # a redacted copy is a bill or a chat export, not a book
# Pixels one page may be drawn with (an A4 page at 150 dpi is 2.2 million): a 14400 pt square
# page took 67 s and 12 GB, and a /MediaBox of 1e9 points cannot be drawn at all.
MAX_PAGE_PIXELS = 40_000_000


class PdfRenderError(ValueError):
    """The PDF cannot be drawn; `text` (a `Msg`, Chinese as a `str`) says why in words a user
    can act on."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text)
        self.text = text


def _open(data: bytes) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfRenderError(msg("pdf_render.password")) from None
        raise PdfRenderError(msg("pdf_render.unreadable", detail=str(exc))) from None


def _check_size(document: Any, index: int, dpi: int) -> None:
    page = document[index]
    try:
        width, height = page.get_size()
    finally:
        page.close()
    pixels = width * dpi / 72 * (height * dpi / 72)
    if not (0 < pixels <= MAX_PAGE_PIXELS):  # NaN and infinity fail this too
        raise PdfRenderError(
            msg(
                "pdf_render.page_too_large",
                number=index + 1,
                width=f"{width:,.0f}",
                height=f"{height:,.0f}",
                dpi=dpi,
                limit=f"{MAX_PAGE_PIXELS:,}",
            )
        )


def _draw(document: Any, index: int, dpi: int) -> Image.Image:
    _check_size(document, index, dpi)
    page = document[index]
    try:
        return page.render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        page.close()


def render_pages(data: bytes, dpi: int = RENDER_DPI) -> list[Image.Image]:
    """Every page of the PDF in `data` as an RGB image at `dpi`, turned as a viewer shows it."""
    document = _open(data)
    try:
        if len(document) > MAX_PAGES:
            raise PdfRenderError(
                msg("pdf_render.too_many_pages", count=len(document), limit=MAX_PAGES)
            )
        for index in range(len(document)):  # refuse before drawing a single page
            _check_size(document, index, dpi)
        return [_draw(document, index, dpi) for index in range(len(document))]
    finally:
        document.close()


def render_page(data: bytes, number: int, dpi: int = RENDER_DPI) -> tuple[Image.Image, int]:
    """Page `number` (1-based) of the PDF as `render_pages` draws it, and the page count."""
    document = _open(data)
    try:
        count = len(document)
        if not 1 <= number <= count:
            raise PdfRenderError(msg("pdf_render.no_page", number=number, count=count))
        return _draw(document, number - 1, dpi), count
    finally:
        document.close()


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Each page's size in points as shown (after /Rotate), in the order `render_pages` draws."""
    document = _open(data)
    try:
        sizes = []
        for index in range(len(document)):
            page = document[index]
            try:
                sizes.append(page.get_size())  # PDFium already applies /Rotate here
            finally:
                page.close()
        return sizes
    finally:
        document.close()

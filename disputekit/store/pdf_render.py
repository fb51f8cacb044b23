"""Render PDF pages to pixels offline (PDFium through pypdfium2).

pypdf parses but cannot draw; PDFium is the renderer browsers use, ships inside the wheel and
needs no network. Owner-password PDFs (printing or copying restricted, no password to open)
render as any viewer shows them; a PDF that needs a password to open is refused by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

RENDER_DPI = 150  # a bill's 8 pt text stays legible; an A4 page is 1240×1754 pixels
MAX_PAGES = 200  # a redacted copy is a bill or a chat export, not a book


class PdfRenderError(ValueError):
    """The PDF cannot be drawn; `str()` says why in words a user can act on."""


def render_pages(data: bytes, dpi: int = RENDER_DPI) -> list[Image.Image]:
    """Every page of the PDF in `data` as an RGB image at `dpi`, turned as a viewer shows it."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfRenderError(
                "the PDF needs a password to open; enter the password in a PDF viewer and"
                " save an unprotected copy, or export the bill again without a password"
            ) from None
        raise PdfRenderError(f"the PDF cannot be read ({exc})") from None
    try:
        if len(document) > MAX_PAGES:
            raise PdfRenderError(f"the PDF has {len(document)} pages; at most {MAX_PAGES}")
        images = []
        for page in document:
            try:
                bitmap = page.render(scale=dpi / 72)
                images.append(bitmap.to_pil().convert("RGB"))
            finally:
                page.close()
        return images
    finally:
        document.close()

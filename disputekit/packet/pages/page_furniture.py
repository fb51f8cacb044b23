"""Page furniture: the running header and "第 N 页 / 共 M 页" on every page.

The total is known only at the end, so the canvas keeps each page's state and draws the
furniture when the document is saved (the usual reportlab two-pass-free recipe).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from disputekit.packet.attachments import embed_files
from disputekit.packet.pages.fonts import SANS, SANS_BOLD
from disputekit.packet.pages.styles import GRID, MARGIN_X, MUTED, PAGE_SIZE


def numbered_canvas(
    header: str,
    *,
    draft: bool,
    files: dict[str, bytes | Callable[[], bytes]] | None = None,
) -> type[Canvas]:
    """A Canvas class that adds `header` (from page 2) and page numbers to every page, and
    attaches `files` (name → bytes, or what gives them once every page is drawn) to the
    document."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page's preamble selects Helvetica, a font that is never embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or SANS
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []
            # Forms drawn before their text is known (page_refs.PageRef); defined at save.
            self.late_forms: dict[str, Any] = {}

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for name, draw in self.late_forms.items():
                self.beginForm(name)
                draw(self)
                self.endForm()
            for state in self._saved:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            embed_files(self, {n: f() if callable(f) else f for n, f in (files or {}).items()})
            super().save()

        def _furniture(self, total: int) -> None:
            width, height = PAGE_SIZE
            number = self._pageNumber
            self.saveState()
            self.setFillColor(MUTED)
            if number > 1:
                self.setFont(SANS, 8.5)
                self.drawString(MARGIN_X, height - 12 * mm, header)
                self.setStrokeColor(GRID)
                self.setLineWidth(0.5)
                self.line(MARGIN_X, height - 14 * mm, width - MARGIN_X, height - 14 * mm)
            if draft:
                self.setFont(SANS_BOLD, 10)
                self.setFillColorRGB(0.75, 0.1, 0.1)
                self.drawRightString(width - MARGIN_X, height - 12 * mm, "草稿 · 不可提交")
                self.setFillColor(MUTED)
            self.setFont(SANS, 9)
            self.drawCentredString(width / 2, 10 * mm, f"第 {number} 页 / 共 {total} 页")
            self.restoreState()

    return NumberedCanvas

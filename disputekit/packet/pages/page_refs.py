"""Page numbers printed before the pages they name exist (the 证据目录's 页码 column).

The catalog comes before the exhibit pages, so when it is drawn nobody knows on which page
an exhibit will land. The cell draws a PDF form that is only defined when the document is
saved (reportlab allows a form to be used before it is defined); by then every exhibit page
has recorded its number. One layout pass, no second build.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable

from disputekit.packet.pages.fonts import SANS


class PageRef(Flowable):
    """A one-line text cell whose text (`text()`) is asked for only when the PDF is saved;
    `key` names it, unique within the document."""

    def __init__(self, key: str, text: Callable[[], str], font_size: float = 9.0) -> None:
        super().__init__()
        self._text = text
        self._size = font_size
        # Named by the caller, unique in the document: the same case gives the same bytes.
        self._name = f"pageref-{key}"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        return availWidth, self._size * 1.4

    def draw(self) -> None:
        canv: Any = self.canv
        forms = getattr(canv, "late_forms", None)
        if forms is None:  # a canvas without deferred forms: say so rather than fail
            canv.setFont(SANS, self._size)
            canv.drawString(0, self._size * 0.3, "见附件")
            return
        size, text = self._size, self._text

        def draw_text(c: Any) -> None:
            c.setFont(SANS, size)
            c.drawString(0, size * 0.3, text())

        forms[self._name] = draw_text
        canv.doForm(self._name)


def page_span(pages: list[int]) -> str:
    """[5, 6, 7] → 第5-7页; [5] → 第5页; [] → —."""
    if not pages:
        return "—"
    first, last = min(pages), max(pages)
    return f"第{first}页" if first == last else f"第{first}-{last}页"

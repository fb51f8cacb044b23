"""Redacting evidence of a stored case: black boxes drawn on a copy that takes the original's
place, the original kept and withheld from packets and bundles (see `store.redaction`). Also
what the viewer needs to draw a page and where its boxes go."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from disputekit.domain.case.model import EvidenceItem
from disputekit.messages import Msg
from disputekit.store import CaseNotFound, EvidenceNotFound, IntakeError, Store
from disputekit.store.pdf import pdf_render, redact_pixels
from disputekit.store.pdf.redaction import redact_evidence
from disputekit.store.vault.cache_gc import purge_derived, released_files

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "FAILURES",
    "Box",
    "BoxOnPage",
    "CannotDraw",
    "Redacted",
    "RedactionRefused",
    "load_oriented",
    "parse_box",
    "redact_item",
    "render_page",
]

# left, top, right, bottom in the picture's pixels as shown (turned upright); right and bottom
# exclusive. A PDF page's are as `render_page` draws it.
Box = tuple[int, int, int, int]


class BoxOnPage(NamedTuple):
    """A box to black out on one page (1-based; a picture has only page 1)."""

    page: int
    box: Box


class RedactionRefused(ValueError):
    """Boxes that would hide nothing, or a file that cannot be redacted; `text` (a `Msg`,
    Chinese as a `str`) says which."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text)
        self.text = text


class CannotDraw(ValueError):
    """A picture or PDF page the viewer cannot draw (a PDF too big or damaged, a HEIC photo
    without the HEIC plugin); `text` (a `Msg`, Chinese as a `str`) says why."""

    def __init__(self, text: Msg) -> None:
        super().__init__(text)
        self.text = text


# Why a redaction is refused, each explained by its own message: no such case or evidence,
# boxes that hide nothing or a file that cannot be drawn, a copy the vault refuses.
FAILURES: tuple[type[Exception], ...] = (
    CaseNotFound,
    EvidenceNotFound,
    RedactionRefused,
    IntakeError,
)


@contextmanager
def _refused_as(
    kind: type[RedactionRefused | CannotDraw],
    *causes: type[redact_pixels.RedactionError | pdf_render.PdfRenderError],
) -> Iterator[None]:
    """The store's refusals (`causes`) to draw or redact, as the app's own error `kind`."""
    try:
        yield
    except causes as exc:
        raise kind(exc.text) from None


def parse_box(text: str) -> BoxOnPage:
    """`X,Y,W,H` or `PAGE:X,Y,W,H` (pixels; a PDF page as `render_page` draws it);
    RedactionRefused says what is wrong with it."""
    with _refused_as(RedactionRefused, redact_pixels.RedactionError):
        parsed = redact_pixels.parse_box(text)
    return BoxOnPage(parsed.page, parsed.box)


def render_page(data: bytes, number: int) -> tuple[Image.Image, int]:
    """Page `number` (1-based) of the PDF in `data` as the viewer shows it (and as boxes on
    it are measured), and the page count; CannotDraw says why not."""
    with _refused_as(CannotDraw, pdf_render.PdfRenderError):
        return pdf_render.render_page(data, number)


def load_oriented(data: bytes) -> Image.Image:
    """The picture in `data` turned upright as a phone's gallery shows it; CannotDraw for a
    HEIC photo when the HEIC plugin is not installed."""
    with _refused_as(CannotDraw, redact_pixels.RedactionError):
        return redact_pixels.load_oriented(data)


@dataclass(frozen=True)
class Redacted:
    """The redacted copy now in the case, and the id of the original it withholds."""

    copy: EvidenceItem
    withheld_id: str


def redact_item(
    store: Store,
    case_id: int,
    evidence_id: str,
    boxes: Sequence[BoxOnPage],
    caption: str | None = None,
) -> Redacted:
    """Black out `boxes` of evidence `evidence_id` of case `case_id` into a copy that
    replaces it (caption: the original's + （已打码） unless given); raises one of
    `FAILURES`. The withheld original's cached pictures and OCR text (which show what the
    boxes hide) are removed, unless another case still releases it."""
    areas = [redact_pixels.PageBox(b.page, b.box) for b in boxes]
    with _refused_as(RedactionRefused, redact_pixels.RedactionError):
        copy = redact_evidence(store, case_id, evidence_id, areas, caption)
    if copy.derived_from:
        purge_derived(store.data_dir, {copy.derived_from}, released_files(store.db))
    return Redacted(copy, evidence_id)

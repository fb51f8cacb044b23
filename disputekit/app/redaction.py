"""Redacting evidence of a stored case: black boxes drawn on a copy that takes the original's
place, the original kept and withheld from packets and bundles (see `store.redaction`). Also
what the viewer needs to draw a page and where its boxes go."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from disputekit.domain.case.model import EvidenceItem
from disputekit.store import CaseNotFound, EvidenceNotFound, IntakeError, Store
from disputekit.store.pdf.pdf_render import PdfRenderError, render_page
from disputekit.store.pdf.redact_pixels import (
    Box,
    PageBox,
    RedactionError,
    load_oriented,
    parse_box,
)
from disputekit.store.pdf.redaction import redact_evidence
from disputekit.store.vault.cache_gc import purge_derived, released_files

__all__ = [
    "FAILURES",
    "Box",
    "PageBox",
    "PdfRenderError",
    "Redacted",
    "RedactionError",
    "load_oriented",
    "parse_box",
    "redact_evidence",
    "redact_item",
    "render_page",
]

# Why a redaction is refused, each explained by its own message: no such case or evidence,
# boxes that hide nothing or a file that cannot be drawn, a copy the vault refuses.
FAILURES: tuple[type[Exception], ...] = (
    CaseNotFound,
    EvidenceNotFound,
    RedactionError,
    IntakeError,
)


@dataclass(frozen=True)
class Redacted:
    """The redacted copy now in the case, and the id of the original it withholds."""

    copy: EvidenceItem
    withheld_id: str


def redact_item(
    store: Store,
    case_id: int,
    evidence_id: str,
    boxes: Sequence[PageBox],
    caption: str | None = None,
) -> Redacted:
    """Black out `boxes` of evidence `evidence_id` of case `case_id` into a copy that
    replaces it (caption: the original's + （已打码） unless given); raises one of
    `FAILURES`. The withheld original's cached pictures and OCR text (which show what the
    boxes hide) are removed, unless another case still releases it."""
    copy = redact_evidence(store, case_id, evidence_id, boxes, caption)
    if copy.derived_from:
        purge_derived(store.data_dir, {copy.derived_from}, released_files(store.db))
    return Redacted(copy, evidence_id)

"""Redacting evidence: black boxes drawn on a copy, the original kept and withheld from packets
(see `store.redaction`). What the viewer needs to draw a page and where its boxes go."""

from __future__ import annotations

from disputekit.store.pdf_render import PdfRenderError, render_page
from disputekit.store.redact_pixels import Box, PageBox, RedactionError, load_oriented, parse_box
from disputekit.store.redaction import redact_evidence

__all__ = [
    "Box",
    "PageBox",
    "PdfRenderError",
    "RedactionError",
    "load_oriented",
    "parse_box",
    "redact_evidence",
    "render_page",
]

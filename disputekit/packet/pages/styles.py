"""Paragraph and table styles of the packet: one place for sizes, fonts and colours."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from disputekit.packet.pages.fonts import MONO, SANS, SANS_BOLD

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm  # room for the running header
MARGIN_BOTTOM = 18 * mm  # room for the page number
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
CONTENT_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

GRID = colors.HexColor("#9aa3ad")
SHADE = colors.HexColor("#eef1f4")
OVERDUE = colors.HexColor("#fde8e8")
MUTED = colors.HexColor("#555c66")


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles the sections use."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    body: ParagraphStyle
    signature: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    quote: ParagraphStyle
    caption: ParagraphStyle
    caption_mono: ParagraphStyle


def _p(name: str, **kw: object) -> ParagraphStyle:
    # wordWrap='CJK' breaks between any two Chinese characters; kinsoku.install() fixes the
    # punctuation rules it applies.
    base: dict[str, object] = {
        "fontName": SANS,
        "fontSize": 10.5,
        "leading": 16,
        "wordWrap": "CJK",
        "alignment": TA_LEFT,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@cache
def styles() -> Styles:
    """The packet's styles (fonts must be registered first)."""
    return Styles(
        title=_p(
            "title",
            fontName=SANS_BOLD,
            fontSize=24,
            leading=32,
            alignment=TA_CENTER,
            spaceAfter=6 * mm,
        ),
        subtitle=_p("subtitle", fontSize=11, leading=16, alignment=TA_CENTER, textColor=MUTED),
        h1=_p(
            "h1",
            fontName=SANS_BOLD,
            fontSize=14,
            leading=20,
            spaceBefore=5 * mm,
            spaceAfter=3 * mm,
            keepWithNext=1,
        ),
        body=_p("body", firstLineIndent=21, spaceAfter=2 * mm),
        signature=_p("signature", firstLineIndent=21, spaceBefore=7 * mm, spaceAfter=2 * mm),
        small=_p("small", fontSize=8.5, leading=12.5, textColor=MUTED),
        cell=_p("cell", fontSize=9, leading=13),
        cell_head=_p("cell_head", fontName=SANS_BOLD, fontSize=9, leading=13),
        mono=_p("mono", fontName=MONO, fontSize=8, leading=11, wordWrap=None),
        quote=_p("quote", fontSize=9.5, leading=14.5, leftIndent=12, spaceAfter=1.5 * mm),
        caption=_p("caption", fontSize=8.5, leading=12),
        caption_mono=_p("caption_mono", fontName=MONO, fontSize=7, leading=9.5, wordWrap=None),
    )

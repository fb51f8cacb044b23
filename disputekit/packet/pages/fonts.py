"""The bundled fonts: registered with reportlab once per process, and checked before drawing.

reportlab draws a character its font lacks as an empty box, silently. A complaint with a boxed
name is worse than no complaint, so every string is checked against the font's character map
first (`missing_glyphs`, `check_case_glyphs`) and a gap is reported by value and field.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from disputekit.domain.case.case_fields import text_fields
from disputekit.domain.case.model import Case
from disputekit.resources import asset

SANS = "DisputeKitSansSC-Regular"
SANS_BOLD = "DisputeKitSansSC-Bold"
MONO = "DisputeKitMono-Regular"

# Layout characters that are never drawn as glyphs.
_NOT_DRAWN = frozenset("\n\r\t\u200b\ufeff")


@dataclass(frozen=True)
class GlyphProblem:
    """A character in a case field that the packet font cannot draw."""

    field_path: str
    char: str
    codepoint: str  # "U+1F600"

    def __str__(self) -> str:
        return f"{self.field_path}: “{self.char}” ({self.codepoint})"


@cache
def register_fonts() -> None:
    """Register the bundled TrueType fonts with reportlab (once per process)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (SANS, SANS_BOLD, MONO):
        pdfmetrics.registerFont(TTFont(name, str(asset("fonts", f"{name}.ttf"))))
    # So <b> in a Paragraph picks the real bold face; there is no italic (Chinese has none).
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
        addMapping(SANS_BOLD, bold, italic, SANS_BOLD)


@cache
def _cmap(font_name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def missing_glyphs(text: str, font_name: str = SANS) -> set[str]:
    """The characters of `text` that `font_name` (and, for the sans, its bold) cannot draw."""
    names = (SANS, SANS_BOLD) if font_name == SANS else (font_name,)
    chars = set(text) - _NOT_DRAWN
    return {c for c in chars for name in names if ord(c) not in _cmap(name)}


def codepoint(char: str) -> str:
    """The character's code point written as U+XXXX."""
    return f"U+{ord(char):04X}"


def drawable(text: str, font_name: str = SANS) -> str:
    """`text` with each undrawable character replaced by a visible [U+XXXX] marker (drafts)."""
    missing = missing_glyphs(text, font_name)
    if not missing:
        return text
    return "".join(f"[{codepoint(c)}]" if c in missing else c for c in text)


def check_case_glyphs(case: Case) -> list[GlyphProblem]:
    """Every character of the case's printed text that the font lacks, by field and value."""
    problems = []
    for path, text in text_fields(case):
        seen: set[str] = set()
        for char in text:
            if char in seen or char not in missing_glyphs(char):
                continue
            seen.add(char)
            problems.append(GlyphProblem(path, char, codepoint(char)))
    return problems

"""Chinese line breaking (禁则): no line may start with closing punctuation.

reportlab's CJK wrapping (`wordWrap='CJK'`) has two weaknesses for Chinese:

1. Its `ALL_CANNOT_START` list was made for Japanese and lacks ，；：？！》〉”’…— and others,
   so 5–9 % of wrapped Chinese lines started with one of them (tech-notes.md). The list is
   defined in `reportlab.lib.textsplit`, and `reportlab.platypus.paragraph` imported its own
   copy of the string, so both names are extended.
2. Even with a full list it hangs at most one character in the margin: in "（见证据2）。" the
   "）" hangs and the "。" still starts the next line.

reportlab offers no setting for either, so `install()` extends both lists and replaces the two
splitting functions the CJK paths call — `paragraph.wordSplit` (one-fragment paragraphs) and
`paragraph.cjkFragSplit` (paragraphs with markup) — with `break_lines` below, which hangs a
single closing mark but, for a run of them, carries the preceding character down instead.
It also keeps an opening bracket off a line end and an ASCII word (an order number) whole
when it fits. Done once per process, idempotently, when the packet code first builds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CLOSING_PUNCTUATION = "，。、；：？！）》〉」』】〕〗〙〛〞”’…—～·．％‰℃｝］｠｣､｡,.;:?!)]}%"
OPENING_PUNCTUATION = "（《〈「『【〔〖〘〚〝“‘([{"
_FUZZ = 1e-6
_installed = False


def _ascii_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in "_-./@:")


def _cannot_start(c: str) -> bool:
    return c in CLOSING_PUNCTUATION


def break_lines(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    hard: Sequence[bool] | None = None,
) -> list[tuple[int, int, bool]]:
    """Line spans (start, end, ends_with_hard_break) for `chars` of `widths` points."""
    n = len(chars)
    lines: list[tuple[int, int, bool]] = []
    start = i = 0
    used = 0.0
    while i < n:
        if hard and hard[i]:
            lines.append((start, i + 1, True))
            start = i = i + 1
            used = 0.0
            continue
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used += widths[i]
        if used <= max_width + _FUZZ or i == start:
            i += 1
            continue
        brk = i  # chars[i] overflows: the line ends before it, unless the rules say otherwise
        k = i
        while k < n and chars[k] == " ":
            k += 1  # spaces at the break vanish, so look at what would start the next line
        if k < n and _cannot_start(chars[k]):
            run_end = k  # the closing marks (and spaces between them) that would start the line
            while run_end < n and (_cannot_start(chars[run_end]) or chars[run_end] == " "):
                run_end += 1
            marks = sum(1 for c in chars[k:run_end] if c != " ")
            brk = run_end  # one mark hangs in the margin
            if marks > 1:
                brk = k
                while brk > start + 1 and (_cannot_start(chars[brk]) or chars[brk] == " "):
                    brk -= 1  # carry the character before the run down with it
                if _cannot_start(chars[brk]) or chars[brk] == " ":
                    brk = run_end  # the run fills the line: let it overhang instead
        if brk < n and _ascii_word(chars[brk]) and _ascii_word(chars[brk - 1]):
            j = brk
            while j > start and _ascii_word(chars[j - 1]):
                j -= 1
            while j < brk and _cannot_start(chars[j]):
                j += 1  # ":00" stays "…:" + "00"
            if j > start:
                brk = j  # keep a number or word whole when it fits on the next line
        while brk < n and brk - 1 > start and _cannot_start(chars[brk]):
            brk -= 1  # a cut inside an over-long word (a URL) must not start with "." either
        if brk - 1 > start and chars[brk - 1] in OPENING_PUNCTUATION:
            brk -= 1
        lines.append((start, brk, False))
        start = i = brk
        while start < n and chars[start] == " " and not (hard and hard[start]):
            start += 1  # a line never starts with a space
        i = start
        used = 0.0
    if start < n:
        lines.append((start, n, False))
    return lines


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _char_widths(word: str, font_name: str, font_size: float) -> list[float]:
    # reportlab measures each character through stringWidth; a packet measures the same few
    # hundred characters thousands of times, so remember them per font and size.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    known = _WIDTHS.setdefault((font_name, font_size), {})
    out = []
    for c in word:
        w = known.get(c)
        if w is None:
            w = known[c] = stringWidth(c, font_name, font_size)
        out.append(w)
    return out


def _word_split(
    word: str, max_widths: Any, font_name: str, font_size: float, encoding: str = "utf8"
) -> list[list[Any]]:
    if isinstance(word, bytes):
        word = word.decode(encoding)
    widths = _char_widths(word, font_name, font_size)
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    out = []
    for k, (s, e, _) in enumerate(break_lines(word, widths, max_widths)):
        max_width = max_widths[min(k, len(max_widths) - 1)]
        out.append([max_width - sum(widths[s:e]), word[s:e].rstrip()])
    return out


def _frag_split(frags: Any, max_widths: Any, calc_bounds: bool, encoding: str = "utf8") -> Any:
    from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

    units: list[Any] = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        units.extend([cjkU(t, f, encoding) for t in text] if text else [cjkU(text, f, encoding)])
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    widths = []
    for k, u in enumerate(units):
        w = u.width
        if hasattr(w, "normalizedValue"):  # percentage widths of inline images
            w._normalizer = max_widths[0]
            w = w.normalizedValue(max_widths[0])
        widths.append(w)
        units[k] = u
    hard = [hasattr(u.frag, "lineBreak") for u in units]
    lines = []
    for k, (s, e, is_hard) in enumerate(break_lines(units, widths, max_widths, hard)):
        max_width = max_widths[min(k, len(max_widths) - 1)]
        used = sum(widths[s:e])
        lines.append(
            makeCJKParaLine(units[s:e], max_width, used, max_width - used, is_hard, calc_bounds)
        )
    return ParaLines(kind=1, lines=lines)


def install() -> None:
    """Extend reportlab's lists and install the kinsoku-aware splitters; idempotent."""
    global _installed
    if _installed:
        return
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    extra = "".join(c for c in CLOSING_PUNCTUATION if c not in textsplit.ALL_CANNOT_START)
    textsplit.ALL_CANNOT_START += extra
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
    paragraph.wordSplit = _word_split
    paragraph.cjkFragSplit = _frag_split
    _installed = True

"""Drawing primitives for the demo's synthetic phone screenshots (1080×2400, Pillow only).

Text is drawn with the bundled CJK font, so the demo looks the same on a machine without any
Chinese system font.
"""

from __future__ import annotations

import re

from PIL import Image, ImageDraw, ImageFont

from disputekit.resources import asset

WIDTH, HEIGHT = 1080, 2400
MARGIN = 32
INK, GREY, LINE = "#191919", "#8c8c8c", "#e6e6e6"
_VALUE_WIDTH = WIDTH - 2 * MARGIN - 80 - 260  # what a label/value row leaves for the value

Font = ImageFont.FreeTypeFont
_TOKEN = re.compile(r"[A-Za-z0-9_.@:/*-]+|.", re.DOTALL)
_NO_LINE_START = set("，。！？、：；）」”’…～")


class Screen:
    """One phone screen being drawn: the canvas, fonts by size, and layout helpers."""

    def __init__(self, background: str) -> None:
        self.image = Image.new("RGB", (WIDTH, HEIGHT), background)
        self.draw = ImageDraw.Draw(self.image)
        self._fonts: dict[tuple[int, bool], Font] = {}
        bold = asset("fonts", "DisputeKitSansSC-Bold.ttf")
        self._bold_file = bold if bold.is_file() else None

    def font(self, px: int, bold: bool = False) -> Font:
        """The bundled font at `px` pixels (bold face if shipped)."""
        key = (px, bold and self._bold_file is not None)
        if key not in self._fonts:
            path = self._bold_file if key[1] else asset("fonts", "DisputeKitSansSC-Regular.ttf")
            self._fonts[key] = ImageFont.truetype(str(path), px)
        return self._fonts[key]

    def text(
        self,
        xy: tuple[float, float],
        text: str,
        px: int,
        fill: str = INK,
        bold: bool = False,
        anchor: str = "la",
    ) -> None:
        """Draw `text`; without a bold face, bold is imitated with a thin stroke."""
        fake_bold = bold and self._bold_file is None
        self.draw.text(
            xy,
            text,
            fill=fill,
            font=self.font(px, bold),
            anchor=anchor,
            stroke_width=1 if fake_bold else 0,
            stroke_fill=fill,
        )

    def wrap(self, text: str, px: int, width: int) -> list[str]:
        """Break `text` into lines no wider than `width`: CJK between any two characters, a
        Latin word or number (an order number) kept whole if it fits a line, and no line
        starting with closing punctuation."""
        font, lines, line = self.font(px), [], ""
        tokens = []
        for token in _TOKEN.findall(text):
            fits = font.getlength(token) <= width
            tokens.extend([token] if fits else list(token))
        for token in tokens:
            if token == "\n":
                lines.append(line)
                line = ""
            elif not line or token in _NO_LINE_START or font.getlength(line + token) <= width:
                line += token
            else:
                lines.append(line.rstrip())
                line = token.lstrip()
        return [*lines, line] if line else lines

    def status_bar(self, clock: str, fg: str = INK) -> None:
        """The phone's status bar: clock, signal, 5G and battery."""
        self.text((72, 52), clock, 38, fg, bold=True, anchor="lm")
        for n in range(4):  # signal bars of rising height
            x = 800 + n * 16
            self.draw.rectangle([x, 64 - 8 - n * 7, x + 9, 64], fill=fg)
        self.text((880, 52), "5G", 30, fg, bold=True, anchor="lm")
        self.draw.rounded_rectangle([938, 36, 1000, 68], radius=8, outline=fg, width=3)
        self.draw.rectangle([944, 42, 984, 62], fill=fg)
        self.draw.rectangle([1003, 46, 1008, 58], fill=fg)

    def nav_bar(self, title: str, background: str = "white", fg: str = INK) -> int:
        """The app's title bar with a back arrow; returns the y where content starts."""
        self.draw.rectangle([0, 104, WIDTH, 224], fill=background)
        self.draw.line([(62, 164), (84, 142)], fill=fg, width=5)
        self.draw.line([(62, 164), (84, 186)], fill=fg, width=5)
        self.text((WIDTH / 2, 164), title, 46, fg, bold=True, anchor="mm")
        self.text((WIDTH - 70, 164), "···", 46, fg, bold=True, anchor="mm")
        return 224

    def card(self, top: int, height: int, radius: int = 24) -> tuple[int, int, int, int]:
        """A white rounded card across the screen; returns its box."""
        box = (MARGIN, top, WIDTH - MARGIN, top + height)
        self.draw.rounded_rectangle(box, radius=radius, fill="white")
        return box

    def rows(self, top: int, pairs: list[tuple[str, str]], px: int = 38) -> int:
        """Label/value rows (label grey on the left, value right-aligned); returns the y
        below the last row. Long values wrap onto further lines."""
        y = top
        left, right = MARGIN + 40, WIDTH - MARGIN - 40
        for label, value in pairs:
            self.text((left, y), label, px, GREY)
            for n, line in enumerate(self.wrap(value, px, _VALUE_WIDTH)):
                self.text((right, y + n * (px + 16)), line, px, INK, anchor="ra")
            y += self._row_height(value, px)
        return y

    def rows_height(self, pairs: list[tuple[str, str]], px: int = 38) -> int:
        """How tall `rows` will draw these pairs (to size the card behind them first)."""
        return sum(self._row_height(value, px) for _, value in pairs)

    def _row_height(self, value: str, px: int) -> int:
        return max(1, len(self.wrap(value, px, _VALUE_WIDTH))) * (px + 16) + 30

    def divider(self, y: int) -> None:
        """A hairline across the card."""
        self.draw.line([(MARGIN + 40, y), (WIDTH - MARGIN - 40, y)], fill=LINE, width=2)

    def home_indicator(self) -> None:
        """The gesture bar at the bottom of the screen."""
        self.draw.rounded_rectangle(
            [WIDTH / 2 - 140, HEIGHT - 36, WIDTH / 2 + 140, HEIGHT - 26], radius=5, fill=INK
        )

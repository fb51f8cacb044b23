"""Size and page budgets: how far over a packet is, and a lower image resolution that fits.

Images dominate a packet's size and their bytes scale roughly with the pixel count, i.e. with
dpi². The guess from that model is then checked by actually encoding at the guessed dpi (into
the same cache, so building at the suggested dpi afterwards is quick).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from disputekit.messages import Joined, Msg, msg
from disputekit.packet.images.exhibit_images import ImageJob
from disputekit.packet.images.image_pool import prepare_images

MIN_DPI = 50
MB = 1024 * 1024


class BudgetExceeded(Exception):
    """The packet would exceed `max_mb` or `max_pages`; nothing was written."""

    def __init__(
        self,
        size_bytes: int,
        pages: int,
        max_mb: float | None,
        max_pages: int | None,
        suggested_dpi: int | None,
    ) -> None:
        self.size_bytes, self.pages = size_bytes, pages
        self.max_mb, self.max_pages, self.suggested_dpi = max_mb, max_pages, suggested_dpi
        super().__init__(self.message_zh())

    @property
    def over_bytes(self) -> int:
        """Bytes over the size limit (0 when within it)."""
        if self.max_mb is None:
            return 0
        return max(0, self.size_bytes - int(self.max_mb * MB))

    @property
    def over_pages(self) -> int:
        """Pages over the page limit (0 when within it)."""
        return 0 if self.max_pages is None else max(0, self.pages - self.max_pages)

    def message_zh(self) -> Msg:
        """What is over, by how much, and what to do: a message (Chinese as a `str`)."""
        over = []
        if self.over_bytes:
            over.append(
                msg(
                    "budget.over_size",
                    size=f"{self.size_bytes / MB:.2f}",
                    limit=f"{self.max_mb:g}",
                    over=f"{self.over_bytes / MB:.2f}",
                )
            )
        if self.over_pages:
            over.append(
                msg(
                    "budget.over_pages",
                    pages=self.pages,
                    limit=self.max_pages,
                    over=self.over_pages,
                )
            )
        size_advice: Msg | str = ""
        if self.suggested_dpi:
            size_advice = msg("budget.lower_dpi", dpi=self.suggested_dpi)
        elif self.over_bytes:
            size_advice = msg("budget.no_dpi_fits")
        pages_advice = msg("budget.pages_fixed") if self.over_pages else ""
        return msg(
            "budget.not_written",
            over=Joined(tuple(over), "clauses"),
            size_advice=size_advice,
            pages_advice=pages_advice,
        )


def suggest_dpi(
    size: int,
    image_bytes: int,
    max_mb: float,
    dpi: int,
    jobs_at: Callable[[int], list[ImageJob]],
    cache: Path,
    key: bytes | None = None,
) -> int | None:
    """A dpi below `dpi` at which the packet fits `max_mb`, checked by encoding; or None."""
    limit = max_mb * MB * 0.98  # a little headroom for layout differences
    other = size - image_bytes
    if other >= limit or image_bytes <= 0:
        return None
    guess = int(dpi * math.sqrt((limit - other) / image_bytes))
    for _ in range(5):
        guess = min(guess, dpi - 1)
        if guess < MIN_DPI:
            return None
        jobs = list(dict.fromkeys(jobs_at(guess)))
        paths = prepare_images(jobs, cache, key)
        if other + sum(paths[j].stat().st_size for j in jobs) <= limit:
            return guess
        guess = int(guess * 0.88)
    return None

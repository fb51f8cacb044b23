"""Size and page budgets: how far over a packet is, and a lower image resolution that fits.

Images dominate a packet's size and their bytes scale roughly with the pixel count, i.e. with
dpi². The guess from that model is then checked by actually encoding at the guessed dpi (into
the same cache, so building at the suggested dpi afterwards is quick).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from disputekit.packet.image_pool import prepare_images
from disputekit.packet.images import ImageJob

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

    def message_zh(self) -> str:
        """What is over, by how much, and what to do."""
        parts = []
        if self.over_bytes:
            parts.append(
                f"材料大小 {self.size_bytes / MB:.2f} MB，比上限 {self.max_mb:g} MB "
                f"多出 {self.over_bytes / MB:.2f} MB"
            )
        if self.over_pages:
            parts.append(f"共 {self.pages} 页，比上限 {self.max_pages} 页多出 {self.over_pages} 页")
        text = "；".join(parts) + "。未写入文件。"
        if self.suggested_dpi:
            dpi = self.suggested_dpi
            text += f"可将图片分辨率降到 {dpi} dpi（--dpi {dpi}）以符合大小上限。"
        elif self.over_bytes:
            text += "降低图片分辨率也无法满足大小上限，请减少证据附件。"
        if self.over_pages:
            text += "页数不随分辨率变化：请减少证据附件或分开提交。"
        return text


def suggest_dpi(
    size: int,
    image_bytes: int,
    max_mb: float,
    dpi: int,
    jobs_at: Callable[[int], list[ImageJob]],
    cache: Path,
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
        paths = prepare_images(jobs, cache)
        if other + sum(paths[j].stat().st_size for j in jobs) <= limit:
            return guess
        guess = int(guess * 0.88)
    return None

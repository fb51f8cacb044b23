"""What a packet over its size or page limit tells the user, in both languages."""

from __future__ import annotations

import re

import pytest

from disputekit.messages import Msg, render
from disputekit.packet.images.budget import MB, BudgetExceeded

SIZE = int(4.71 * MB)


@pytest.mark.parametrize(
    ("limits", "zh", "en"),
    [
        (
            (3.0, None, 120),
            "材料大小 4.71 MB，比上限 3 MB 多出 1.71 MB。未写入文件。"
            "可将图片分辨率降到 120 dpi（--dpi 120）以符合大小上限。",
            "4.71 MB is 1.71 MB over the 3 MB limit. Nothing was written. Lowering the image "
            "resolution to 120 dpi (--dpi 120) makes it fit the size limit.",
        ),
        (
            (2.5, 30, None),
            "材料大小 4.71 MB，比上限 2.5 MB 多出 2.21 MB；共 45 页，比上限 30 页多出 15 页。"
            "未写入文件。降低图片分辨率也无法满足大小上限，请减少证据附件。"
            "页数不随分辨率变化：请减少证据附件或分开提交。",
            "4.71 MB is 2.21 MB over the 2.5 MB limit; 45 pages are 15 over the limit of 30 "
            "pages. Nothing was written. Even a lower image resolution cannot meet the size "
            "limit: attach fewer evidence files. The page count does not change with the "
            "resolution: attach fewer evidence files or submit them separately.",
        ),
        (
            (None, 30, None),
            "共 45 页，比上限 30 页多出 15 页。未写入文件。"
            "页数不随分辨率变化：请减少证据附件或分开提交。",
            "45 pages are 15 over the limit of 30 pages. Nothing was written. The page count "
            "does not change with the resolution: attach fewer evidence files or submit them "
            "separately.",
        ),
    ],
    ids=["size with a dpi that fits", "size and pages, no dpi fits", "pages only"],
)
def test_the_refusal_is_a_message_in_both_languages(limits, zh, en):
    max_mb, max_pages, dpi = limits
    refused = BudgetExceeded(SIZE, 45, max_mb, max_pages, dpi)
    text = refused.message_zh()
    assert isinstance(text, Msg)
    assert text == zh == str(refused)  # what the CLI prints stays the Chinese it was
    assert render(text, "en") == en
    assert not re.search(r"[\u4e00-\u9fff]", render(text, "en"))

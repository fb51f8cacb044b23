"""The buyer's cover note: the first page, addressed to the buyer, not part of what is filed.

What the software did and did not do belongs here, not inside the complainant's signed 声明 to
a regulator or a court.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from disputekit.domain.case.vocabulary import PacketKind
from disputekit.packet.context import TITLES, PacketContext
from disputekit.packet.pages.styles import styles
from disputekit.packet.pages.text import esc

GENERATED = (
    "本材料由 DisputeKit 软件根据当事人提供的信息整理生成，仅用于整理事实和证据，"
    "不构成法律意见；提交前请核对全部内容，必要时咨询律师或法院诉讼服务中心。"
)


def cover_note(ctx: PacketContext) -> list[Flowable]:
    """致当事人: what the packet is, that this page is not filed, and who generated it."""
    s = styles()
    lines = [
        f"以下为“{TITLES[ctx.kind]}”。本页是给您本人的说明，提交时请取下本页。",
        GENERATED,
        "签名处须由签名人本人手写签名；打印后请逐页核对，与证据原件一致。",
    ]
    if ctx.kind is PacketKind.CIVIL_COMPLAINT:
        lines.append("是否起诉、向哪一法院起诉、何时起诉以及诉讼费用的预交，由原告自行决定。")
    return [
        Paragraph("致当事人的说明（本页无需提交）", s.title),
        *[Paragraph(esc(line), s.body) for line in lines],
        PageBreak(),
    ]

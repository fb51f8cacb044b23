"""The text sections of a packet: 投诉请求, 事实与理由, 法律依据, 声明, 授权委托书.

Every string that comes from the case goes through `safe()` (escaped, and in a draft any
character the font lacks shown as [U+XXXX]); fixed wording comes from the templates.
The table sections (cover, 时间线) are in `tables`, the 证据目录 in `catalog`.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from disputekit.domain.legal.agents import agent
from disputekit.packet.context import PacketContext
from disputekit.packet.kinds.legal_basis import choose_articles
from disputekit.packet.kinds.narrative import render_paragraphs
from disputekit.packet.pages.styles import styles
from disputekit.packet.pages.tables import heading
from disputekit.packet.pages.text import esc, safe


def _body(paragraphs: list[str]) -> list[Flowable]:
    s = styles()
    # Signature lines get room above them for a handwritten signature.
    return [Paragraph(safe(t), s.signature if "（签名）" in t else s.body) for t in paragraphs]


def claims(ctx: PacketContext) -> list[Flowable]:
    """投诉请求 (申诉请求 for an appeal)."""
    title = "一、投诉请求" if ctx.is_12315 else "一、申诉请求"
    paras = render_paragraphs("claims.j2", ctx.template_context()) or ["（未填写请求）"]
    return [heading(title), *_body(paras)]


def facts(ctx: PacketContext) -> list[Flowable]:
    """事实与理由, from templates/packet/facts.j2."""
    return [
        heading("二、事实与理由"),
        *_body(render_paragraphs("facts.j2", ctx.template_context())),
    ]


def legal_basis(ctx: PacketContext) -> list[Flowable]:
    """法律依据: the articles that fit, verbatim."""
    s = styles()
    story: list[Flowable] = [heading("三、法律依据")]
    for article in choose_articles(ctx.case, ctx.kind):
        block: list[Flowable] = [Paragraph(f"<b>{esc(article.cite)}</b>", s.cell)]
        block += [Paragraph(esc(p.strip()), s.quote) for p in article.text.split("\n") if p.strip()]
        story.append(KeepTogether(block))
    return story


def closing(ctx: PacketContext) -> list[Flowable]:
    """The closing statement: originals kept, organised with software, not legal advice."""
    paras = render_paragraphs("closing.j2", ctx.template_context())
    return [Spacer(1, 4 * mm), heading("六、声明"), *_body(paras)]


def authorization(ctx: PacketContext) -> list[Flowable]:
    """授权委托书 (办法第十一条) for a 12315 complaint filed on the buyer's behalf; a platform
    appeal a 受托人 files carries one too, so the platform deals with an authorised person."""
    if agent(ctx.case) is None:
        return []
    s = styles()
    paras = render_paragraphs("authorization.j2", ctx.template_context())
    return [PageBreak(), Paragraph("授权委托书", s.title), *_body(paras)]

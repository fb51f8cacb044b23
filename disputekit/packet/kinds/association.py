"""消费者投诉调解申请书: the request a buyer hands a 消费者协会 (消法第三十九条第（二）项).

Parties, the request, facts and reasons, what was tried already (客服, 平台申诉, 12315 with
their outcomes and dates), the timeline, the 证据目录 and the statement, built from the same
case and templates as the other packets.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from disputekit.domain.legal.agents import agent, through_guardian
from disputekit.packet.context import TITLES, PacketContext
from disputekit.packet.kinds.narrative import render_paragraphs
from disputekit.packet.kinds.tried import tried_stages
from disputekit.packet.pages import tables
from disputekit.packet.pages.styles import styles
from disputekit.packet.pages.tables import heading, kv_table
from disputekit.packet.pages.text import esc, fmt_date_zh, fmt_datetime, fmt_money, or_blank, safe

ARTICLE_39 = "《中华人民共和国消费者权益保护法》第三十九条"


def parties(ctx: PacketContext) -> list[Flowable]:
    """Title, addressee and the two parties with the order."""
    s, c = styles(), ctx.case
    p, r, o = c.complainant, c.respondent, c.order
    story: list[Flowable] = [
        Spacer(1, 10 * mm),
        Paragraph(TITLES[ctx.kind], s.title),
        Paragraph("致：________消费者协会（消费者委员会）", s.subtitle),
        Paragraph(f"订单号 {safe(o.order_no)}", s.subtitle),
        Spacer(1, 6 * mm),
        kv_table(
            [
                ("申请人", safe(or_blank(p.name))),
                ("联系电话", safe(or_blank(p.phone))),
                ("通讯地址", safe(or_blank(p.address))),
                *([("电子邮箱", safe(p.email))] if p.email else []),
            ]
        ),
        Spacer(1, 4 * mm),
        kv_table(
            [
                ("被申请人（经营者）", safe(or_blank(r.company or r.platform))),
                ("统一社会信用代码", safe(or_blank(r.credit_code))),
                ("地址", safe(or_blank(r.address))),
                ("联系方式", safe(or_blank(r.contact))),
                ("交易平台", safe(or_blank(r.platform))),
                *([("店铺", safe(r.shop))] if r.shop else []),
                *([("网址", safe(r.url))] if r.url else []),
            ]
        ),
        Spacer(1, 4 * mm),
        kv_table(
            [
                ("订单号", safe(or_blank(o.order_no))),
                ("商品", safe(or_blank(o.product))),
                ("实付金额", esc(fmt_money(o.amount_paid))),
                ("下单时间", esc(fmt_datetime(o.ordered_at))),
                ("申请日期", esc(fmt_date_zh(ctx.today))),
            ]
        ),
    ]
    guardian = c.complainant.guardian
    if through_guardian(c) and guardian is not None:
        story += [
            Spacer(1, 4 * mm),
            kv_table(
                [
                    ("法定代理人", safe(or_blank(guardian.name))),
                    ("与申请人关系", esc(f"监护人（{guardian.relation.zh}）")),
                    ("联系电话", safe(or_blank(guardian.phone))),
                ]
            ),
        ]
    if (fb := agent(c)) is not None:
        story += [
            Spacer(1, 4 * mm),
            kv_table([("代为申请人", safe(fb.name)), ("联系电话", safe(or_blank(fb.phone)))]),
        ]
    return [*story, PageBreak()]


def request(ctx: PacketContext) -> list[Flowable]:
    """一、调解请求."""
    s = styles()
    t = ctx.template_context()
    claims = t["claims"] or ["（未填写请求）"]
    intro = f"依据{ARTICLE_39}第（二）项，申请人请求贵会组织调解，调解请求如下："
    story = [
        heading("一、调解请求"),
        Paragraph(esc(intro), s.body),
        *[Paragraph(f"{n}. {safe(text)}", s.body) for n, text in enumerate(claims, start=1)],
    ]
    if t["own_words"]:
        story.append(Paragraph(safe(f"申请人另述（原话，非上列请求）：“{t['own_words']}”"), s.body))
    return story


def facts(ctx: PacketContext) -> list[Flowable]:
    """二、事实和理由: the same narrative as the complaint."""
    s = styles()
    paras = render_paragraphs("facts.j2", ctx.template_context())
    return [heading("二、事实和理由"), *[Paragraph(safe(t), s.body) for t in paras]]


def tried(ctx: PacketContext) -> list[Flowable]:
    """三、已经采取的处理: one line per channel tried (when, how often, how it ended); the steps
    themselves are told once in 二 and listed in the 时间线."""
    s = styles()
    story: list[Flowable] = [heading("三、已经采取的处理")]
    stages = tried_stages(ctx.case, ctx.numbers)
    if not stages:
        story.append(Paragraph("申请人尚未记录与商家、平台或 12315 的交涉。", s.body))
    for n, stage in enumerate(stages, start=1):
        story.append(Paragraph(f"{n}. {safe(stage.summary)}", s.body))
    story.append(Paragraph("以上处理均未能解决争议，故申请消费者协会调解。", s.body))
    return story


def story(ctx: PacketContext) -> list[Flowable]:
    """The application up to the 证据目录 (the caller adds catalog, integrity, exhibits)."""
    return [
        *parties(ctx),
        *request(ctx),
        *facts(ctx),
        *tried(ctx),
        *tables.timeline(ctx),
    ]


def authorization(ctx: PacketContext) -> list[Flowable]:
    """授权委托书 when someone applies on the buyer's behalf (a volunteer, a relative)."""
    if agent(ctx.case) is None:
        return []
    s = styles()
    paras = render_paragraphs("authorization_association.j2", ctx.template_context())
    body = [Paragraph(safe(t), s.signature if "（签名）" in t else s.body) for t in paras]
    return [PageBreak(), Paragraph("授权委托书", s.title), *body]


def closing(ctx: PacketContext) -> list[Flowable]:
    """六、声明 (the same statement as the other packets, signed by the applicant)."""
    s = styles()
    paras = render_paragraphs("closing.j2", ctx.template_context())
    body = [Paragraph(safe(t), s.signature if "（签名）" in t else s.body) for t in paras]
    return [Spacer(1, 4 * mm), heading("六、声明"), *body]

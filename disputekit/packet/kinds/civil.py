"""民事起诉状 for a 网络购物合同纠纷, laid out after the elements of the 2024 要素式起诉状
(买卖合同纠纷): parties, 诉讼请求 with amounts, 约定管辖, 事实和理由 by element, the court.

The court follows `domain.court.choose_court`; whether to sue and pay the fees is the buyer's
decision, which the document says, as it says it is not legal advice.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from disputekit.domain.legal.court import choose_court
from disputekit.packet.context import TITLES, PacketContext
from disputekit.packet.kinds.legal_basis import choose_articles
from disputekit.packet.kinds.narrative import render_paragraphs
from disputekit.packet.kinds.tried import tried_stages
from disputekit.packet.pages.styles import styles
from disputekit.packet.pages.tables import heading, kv_table
from disputekit.packet.pages.text import esc, fmt_date_zh, fmt_money, or_blank, safe


def requests(ctx: PacketContext) -> list[str]:
    """The 诉讼请求, numbered, the last one always the costs."""
    c = ctx.case
    items: list[str] = []
    refund = c.claims.refund_amount
    # A court wants definite claims: delivery first with the refund as its fallback, never
    # the two side by side as if the buyer wanted both.
    if refund is not None and c.claims.delivery:
        items.append(
            f"判令被告按订单约定向原告交付所购商品；不能交付的，退还原告货款{fmt_money(refund)}；"
        )
    elif refund is not None:
        items.append(f"判令被告退还原告货款{fmt_money(refund)}；")
    elif c.claims.delivery:
        items.append("判令被告按订单约定向原告交付所购商品；")
    if c.claims.other.strip():
        items.append(c.claims.other.strip().rstrip("。；;") + "；")
    items.append("本案诉讼费用由被告承担。")
    return [f"{n}. {text}" for n, text in enumerate(items, start=1)]


def total_claimed(ctx: PacketContext) -> Decimal | None:
    """标的总额: the money asked for (the refund), or None when nothing is in yuan."""
    return ctx.case.claims.refund_amount


def _parties(ctx: PacketContext) -> list[Flowable]:
    c = ctx.case
    p, r = c.complainant, c.respondent
    agent = c.filed_by
    return [
        Paragraph(TITLES[ctx.kind], styles().title),
        heading("当事人信息"),
        kv_table(
            [
                ("原告", safe(or_blank(p.name))),
                ("性别", esc(p.gender.zh if p.gender else "未填写")),
                ("出生日期", esc(fmt_date_zh(p.birth_date) if p.birth_date else "未填写")),
                ("公民身份号码", safe(or_blank(p.id_number))),
                ("住所（通讯地址）", safe(or_blank(p.address))),
                ("联系电话", safe(or_blank(p.phone))),
            ]
        ),
        Spacer(1, 3 * mm),
        kv_table(
            [
                ("被告", safe(or_blank(r.company))),
                ("统一社会信用代码", safe(or_blank(r.credit_code))),
                ("住所地", safe(or_blank(r.address))),
                ("联系方式", safe(or_blank(r.contact))),
                ("经营平台", safe(or_blank(r.platform))),
                *([("店铺", safe(r.shop))] if r.shop else []),
            ]
        ),
        Spacer(1, 3 * mm),
        kv_table(
            [
                (
                    "委托诉讼代理人",
                    safe(f"{agent.name}（{or_blank(agent.phone)}）") if agent else "无",
                ),
                ("送达地址", safe(or_blank(p.address))),
                ("电子送达", "是否同意以手机短信、电子邮件等方式送达：□是　□否"),
                ("案由", "网络购物合同纠纷"),
            ]
        ),
    ]


def _requests(ctx: PacketContext) -> list[Flowable]:
    s = styles()
    total = total_claimed(ctx)
    return [
        heading("诉讼请求"),
        *[Paragraph(safe(t), s.body) for t in requests(ctx)],
        Paragraph(
            f"标的总额：{esc(fmt_money(total) if total is not None else '无金钱请求')}", s.body
        ),
        heading("约定管辖和诉讼保全"),
        # Facts the case does not record: left as boxes for the plaintiff to tick.
        Paragraph("是否约定仲裁或管辖法院：□是　□否", s.body),
        Paragraph("是否已申请或将申请诉前、诉讼财产保全：□是　□否", s.body),
    ]


def _elements(ctx: PacketContext) -> list[tuple[str, str]]:
    o, r = ctx.case.order, ctx.case.respondent
    t = ctx.template_context()
    where = r.platform + (f"（店铺：{r.shop}）" if r.shop else "")
    return [
        ("合同的订立", f"{t['ordered_at']}，原告在{or_blank(where)}下单，订单号{t['order_no']}。"),
        ("合同主体", f"买受人为原告，出卖人为被告{or_blank(r.company)}。"),
        (
            "标的物",
            f"{t['product']}，数量{o.quantity}。"
            + (f"充值目标：{t['target']}。" if t["target"] else ""),
        ),
        (
            "价款及支付",
            f"原告已于下单时通过{t['payment']}支付{t['amount']}"
            + (f"（交易号{t['transaction_no']}）" if t["transaction_no"] else "")
            + "。",
        ),
        ("交付情况", f"{ctx.case.problem.zh}；平台订单状态显示为“{t['status']}”。"),
    ]


def _reasons(ctx: PacketContext) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading("事实和理由")]
    for n, (label, text) in enumerate(_elements(ctx), start=1):
        story.append(Paragraph(f"{n}. <b>{esc(label)}</b>：{safe(text)}", s.body))
    stages = tried_stages(ctx.case, ctx.numbers)
    n = len(_elements(ctx)) + 1
    if stages:
        story.append(Paragraph(f"{n}. <b>催告履行及协商情况</b>：", s.body))
        for stage in stages:
            story += [Paragraph(safe(f"{stage.title}：{step}"), s.quote) for step in stage.steps]
    else:
        story.append(Paragraph(f"{n}. <b>催告履行及协商情况</b>：未记录。", s.body))
    story.append(Paragraph(f"{n + 1}. <b>具体经过</b>：", s.body))
    # The complaint lists the steps itself and has no 时间线 section to point to.
    narrative = render_paragraphs("facts.j2", {**ctx.template_context(), "timeline_heading": ""})
    story += [Paragraph(safe(t), s.body) for t in narrative]
    cites = "、".join(a.cite for a in choose_articles(ctx.case, ctx.kind))
    if cites:
        story.append(Paragraph(f"{n + 2}. <b>请求依据</b>：{esc(cites)}。", s.body))
    return story


def _signature(ctx: PacketContext) -> list[Flowable]:
    s = styles()
    court = choose_court(ctx.case.respondent.address)
    count = len(ctx.exhibits)
    block: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraph("此致", s.body),
        Paragraph(esc(court.addressee), s.body),
        Paragraph("具状人（签名）：____________________", s.signature),
        Paragraph(f"日期：{esc(fmt_date_zh(ctx.today))}", s.body),
        Spacer(1, 3 * mm),
        Paragraph(
            f"附：1. 本起诉状副本1份（按被告人数提交）；2. 证据目录1份，证据材料{count}件；"
            "3. 原告身份证复印件1份；4. 被告主体信息（企业信用信息公示系统查询结果）1份。",
            s.body,
        ),
    ]
    notes = [
        Paragraph(f"管辖法院说明：{esc(court.note)}", s.small),
        Paragraph(
            "是否起诉、何时起诉以及诉讼费用的预交，由原告自行决定。本起诉状由 DisputeKit 软件"
            "根据当事人提供的信息整理生成，不构成法律意见；提交前请核对全部内容，必要时咨询律师"
            "或法院诉讼服务中心。",
            s.small,
        ),
    ]
    return [KeepTogether(block), Spacer(1, 4 * mm), *notes]


def story(ctx: PacketContext) -> list[Flowable]:
    """The complaint itself (the caller adds the 证据目录, integrity page and exhibits)."""
    return [*_parties(ctx), *_requests(ctx), *_reasons(ctx), *_signature(ctx)]

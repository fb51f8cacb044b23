"""民事起诉状 for a 网络购物合同纠纷, laid out after the elements of the 2024 要素式起诉状
(买卖合同纠纷): parties (`civil_parties`), 诉讼请求 each with its article and 标的总额 their sum,
约定管辖, 事实和理由 by element with the course of events told once in time order (the table
after it lists the same steps), the court, and the 授权委托书 when an agent acts (第六十二条).

The court follows `domain.court.choose_court` for the address the buyer chose (the defendant's
住所地 or the buyer's own, 民诉法第二十四条, 解释第二十条); both choices are printed with their
articles. Whether to sue and pay the fees is the buyer's decision.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from disputekit.divisions_data import load_divisions
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import CourtBasis
from disputekit.domain.legal.agents import agent, agent_papers, through_guardian
from disputekit.domain.legal.claims import claim_articles
from disputekit.domain.legal.claims import total_claimed as claims_total
from disputekit.domain.legal.court import BASIS_LAW, CourtChoice, choose_court
from disputekit.packet.context import PacketContext
from disputekit.packet.kinds.civil_parties import parties
from disputekit.packet.kinds.claim_text import cite_text, court_requests, own_words
from disputekit.packet.kinds.legal_basis import choose_articles
from disputekit.packet.kinds.narrative import render_paragraphs, signer
from disputekit.packet.pages import tables
from disputekit.packet.pages.styles import styles
from disputekit.packet.pages.tables import heading
from disputekit.packet.pages.text import esc, fmt_date_zh, fmt_money, or_blank, safe


def requests(ctx: PacketContext) -> list[str]:
    """The 诉讼请求, numbered, each with its article, the last one always the costs."""
    return [f"{n}. {text}" for n, text in enumerate(court_requests(ctx.case), start=1)]


def total_claimed(ctx: PacketContext) -> Decimal | None:
    """标的总额: the sum of every money claim, or None when nothing is in yuan."""
    return claims_total(ctx.case)


def courts(case: Case) -> dict[CourtBasis, CourtChoice]:
    """The court for each choice: the defendant's 住所地 and the buyer's."""
    divisions = load_divisions()
    defendant, buyer = case.respondent.address, case.complainant.address
    return {
        CourtBasis.DEFENDANT: choose_court(
            divisions.read(defendant), defendant, CourtBasis.DEFENDANT
        ),
        CourtBasis.BUYER: choose_court(divisions.read(buyer), buyer, CourtBasis.BUYER),
    }


def _requests(ctx: PacketContext) -> list[Flowable]:
    s = styles()
    total = total_claimed(ctx)
    story: list[Flowable] = [
        heading("诉讼请求"),
        *[Paragraph(safe(t), s.body) for t in requests(ctx)],
        Paragraph(
            f"标的总额：{esc(fmt_money(total) if total is not None else '无金钱请求')}", s.body
        ),
    ]
    if words := own_words(ctx.case):
        story.append(Paragraph(safe(f"原告另述（原话，非上列诉讼请求）：“{words}”"), s.body))
    return [
        *story,
        heading("约定管辖和诉讼保全"),
        # Facts the case does not record: left as boxes for the plaintiff to tick.
        Paragraph("是否约定仲裁或管辖法院：□是　□否", s.body),
        Paragraph("是否已申请或将申请诉前、诉讼财产保全：□是　□否", s.body),
    ]


def _elements(ctx: PacketContext) -> list[tuple[str, str]]:
    o, r = ctx.case.order, ctx.case.respondent
    t = ctx.template_context()
    where = r.platform + (f"（店铺：{r.shop}）" if r.shop else "")
    problem = render_paragraphs("delivery.j2", t)
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
            f"原告已于下单时支付{t['amount']}（支付方式：{t['payment']}"
            + (f"；交易号{t['transaction_no']}" if t["transaction_no"] else "")
            + "）。",
        ),
        ("交付情况", "".join(problem)),
    ]


def _reasons(ctx: PacketContext) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading("事实和理由")]
    elements = _elements(ctx)
    for n, (label, text) in enumerate(elements, start=1):
        story.append(Paragraph(f"{n}. <b>{esc(label)}</b>：{safe(text)}", s.body))
    n = len(elements) + 1
    steps = ctx.template_context()["attempts"]
    told = f"此后的经过（按时间顺序）：{steps}。各步骤的证据见下表。" if steps else "未记录。"
    story.append(Paragraph(f"{n}. <b>催告履行及协商情况</b>：{safe(told)}", s.body))
    facts = [
        (a.law, a.cite.removeprefix(f"《{a.law}》")) for a in choose_articles(ctx.case, ctx.kind)
    ]
    basis = cite_text(list(dict.fromkeys([*claim_articles(ctx.case), *facts])))
    if basis:
        story.append(Paragraph(f"{n + 1}. <b>请求依据</b>：{esc(basis)}。", s.body))
    return story


def _signature(ctx: PacketContext) -> list[Flowable]:
    s = styles()
    choices = courts(ctx.case)
    court = choices[ctx.case.claims.court_at]
    count = len(ctx.exhibits)
    role, name = signer(ctx.case, ctx.kind)
    papers = [
        "本起诉状副本1份（按被告人数提交）",
        f"证据目录1份，证据材料{count}件",
        "原告身份证复印件1份",
        "被告主体信息（企业信用信息公示系统查询结果）1份",
    ]
    if through_guardian(ctx.case):
        papers.append("法定代理人身份证复印件及监护关系证明（户口簿或出生医学证明）1份")
    if agent(ctx.case) is not None:
        papers.append("授权委托书1份")
        if extra := agent_papers(ctx.case):
            papers.append(f"委托诉讼代理人的{extra}")
    listed = "；".join(f"{i}. {p}" for i, p in enumerate(papers, start=1))
    block: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraph("此致", s.body),
        Paragraph(esc(court.addressee), s.body),
        Paragraph(safe(f"具状人（{role}）：{name}　　（签名）：____________________"), s.signature),
        Paragraph(f"日期：{esc(fmt_date_zh(ctx.today))}", s.body),
        Spacer(1, 3 * mm),
        Paragraph(safe(f"附：{listed}。"), s.body),
    ]
    options = "；".join(
        f"{basis.zh}（{BASIS_LAW[basis]}）：{choice.name or '未能确定'}"
        for basis, choice in choices.items()
    )
    notes = [
        Paragraph(esc(f"管辖法院说明：{court.note}"), s.small),
        Paragraph(
            esc(f"可选择的管辖法院：{options}。本起诉状按原告的选择，向{court.basis.zh}法院起诉。"),
            s.small,
        ),
    ]
    return [KeepTogether(block), Spacer(1, 4 * mm), *notes]


def authorization(ctx: PacketContext) -> list[Flowable]:
    """授权委托书 (民诉法第六十二条): 委托事项和权限, special powers named, signed by the party
    (a minor's 法定代理人 signs for them); none when no agent acts."""
    if agent(ctx.case) is None:
        return []
    s = styles()
    paras = render_paragraphs("authorization_civil.j2", ctx.template_context())
    body = [Paragraph(safe(t), s.signature if "（签名）" in t else s.body) for t in paras]
    return [PageBreak(), Paragraph("授权委托书", s.title), *body]


def story(ctx: PacketContext) -> list[Flowable]:
    """The complaint itself and the table of events (the caller adds the 证据目录, the
    授权委托书, the integrity page and exhibits)."""
    return [
        *parties(ctx),
        *_requests(ctx),
        *_reasons(ctx),
        *tables.timeline(ctx, "经过一览（时间线）"),
        *_signature(ctx),
    ]

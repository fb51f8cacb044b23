"""Each structured claim (`domain.claims`) in the words of a document, with its article.

A court reads 判令被告…; a regulator, a 消协 or a platform reads 请求…. Every claim names the
articles it rests on, and the buyer's free text is quoted as their own words, never numbered
as a claim with a sum.
"""

from __future__ import annotations

from disputekit.domain.case.model import Case
from disputekit.domain.legal.claims import Cite, Claim, structured_claims
from disputekit.packet.pages.text import fmt_date_zh, fmt_money
from disputekit.timeutil import SHANGHAI


def cite_text(articles: tuple[Cite, ...] | list[Cite]) -> str:
    """《law》第…条、第…条；《other law》第…条, grouped per law in order."""
    grouped: dict[str, list[str]] = {}
    for law, article in articles:
        grouped.setdefault(law, []).append(article)
    return "；".join(f"《{law}》" + "、".join(arts) for law, arts in grouped.items())


def _purchase(case: Case) -> str:
    o = case.order
    day = fmt_date_zh(o.ordered_at.astimezone(SHANGHAI).date()) if o.ordered_at else "下单时"
    return f"于{day}购买“{o.product or '所购商品'}”（订单号{o.order_no}）"


def court_words(claim: Claim, case: Case) -> str:
    """The claim as a 诉讼请求."""
    money = fmt_money(claim.amount) if claim.amount is not None else ""
    return {
        "void_refund": f"确认原告{_purchase(case)}的行为无效，判令被告返还原告货款{money}",
        "delivery_or_refund": (
            f"判令被告按订单约定向原告交付所购商品；不能交付的，退还原告货款{money}"
        ),
        "refund": f"判令被告退还原告货款{money}",
        "delivery": "判令被告按订单约定向原告交付所购商品",
        "fraud_damages": f"判令被告按所付价款的三倍向原告支付赔偿金{money}",
    }[claim.kind]


def request_words(claim: Claim, case: Case, who: str) -> str:
    """The claim as a request to a regulator, a 消协 or a platform."""
    money = fmt_money(claim.amount) if claim.amount is not None else ""
    return {
        "void_refund": (
            f"请求确认{who}{_purchase(case)}的行为未经法定代理人同意或者追认而无效，退还货款{money}"
        ),
        "delivery_or_refund": f"请求按订单约定完成交付；不能交付的，退还货款{money}",
        "refund": f"请求退还货款{money}",
        "delivery": "请求按订单约定完成交付",
        "fraud_damages": f"请求经营者按所付价款的三倍增加赔偿{money}",
    }[claim.kind]


def court_requests(case: Case) -> list[str]:
    """The 诉讼请求, each with its article, the costs last."""
    items = [
        f"{court_words(c, case)}（依据：{cite_text(c.articles)}）；"
        for c in structured_claims(case)
    ]
    return [*items, "本案诉讼费用由被告承担。"]


def complaint_requests(case: Case, who: str) -> list[str]:
    """The requests of a complaint, mediation request or appeal, each with its article."""
    return [
        f"{request_words(c, case, who)}（依据：{cite_text(c.articles)}）。"
        for c in structured_claims(case)
    ]


def own_words(case: Case) -> str:
    """The buyer's free text, as written (no sum is taken from it), or ''."""
    return case.claims.other.strip()

"""Text sections rendered from the Jinja2 templates in `templates/packet/`.

The wording lives in templates so a volunteer can change it without touching code; this module
only turns the case into plain values (dates in Asia/Shanghai, labels in Chinese, money as ¥)
and splits the rendered text into paragraphs at blank lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from disputekit.domain.legal import cite
from disputekit.domain.model import Case, Event
from disputekit.domain.vocabulary import (
    EventKind,
    FilerRelation,
    OrderStatus,
    Outcome,
    PacketKind,
    Problem,
)
from disputekit.packet.legal_basis import choose_articles, refund_unpaid_after_cancel
from disputekit.packet.text import fmt_date_zh, fmt_datetime, fmt_money, or_blank
from disputekit.resources import render_template

_END_PUNCT = "。．.；;，,"
# What the platform displayed, in the words the buyer saw (not the app's category names).
_DISPLAYED = {
    OrderStatus.PENDING_DELIVERY: "待发货",
    OrderStatus.DELIVERED_NOT_CREDITED: "已发货",
    OrderStatus.COMPLETED: "已完成",
    OrderStatus.CANCELLED: "已取消",
}
# Why the buyer wants out of the order, as a case handler reads it.
_BUYER_REASON = {
    Problem.MISTAKEN_ORDER: "误拍",
    Problem.NO_LONGER_NEEDED: "下单后决定不再购买",
    Problem.WRONG_INFO: "下单时填写的信息有误",
}
# A result in plain words: 申诉结果：驳回, not the app's 有利/不利.
_RESULT_WORDS: dict[EventKind, dict[Outcome, str]] = {
    EventKind.APPEAL_RESULT: {Outcome.POSITIVE: "支持", Outcome.NEGATIVE: "驳回"},
    EventKind.MEDIATION_RESULT: {
        Outcome.POSITIVE: "达成调解协议",
        Outcome.NEGATIVE: "未达成调解协议",
    },
    EventKind.CS_REPLIED: {Outcome.POSITIVE: "同意处理", Outcome.NEGATIVE: "拒绝处理"},
}


def _sentence(text: str) -> str:
    # Templates add their own full stop; a note that already ends with one would double it.
    return text.strip().rstrip(_END_PUNCT)


def _target(case: Case) -> str:
    t = case.order.target_account
    parts = [p for p in (t.game, t.region, t.server) if p]
    if t.account:
        parts.append(f"账号{t.account}")
    return " ".join(parts)


def claims_list(case: Case) -> list[str]:
    """The claims, one sentence each, in the order the 投诉请求 lists them. A refund and
    delivery are alternatives, so they make one request: 退还货款¥X，或按约定完成交付."""
    claims = case.claims
    items = []
    if claims.refund_amount is not None and claims.delivery:
        items.append(f"请求退还货款{fmt_money(claims.refund_amount)}，或按约定完成交付。")
    elif claims.refund_amount is not None:
        items.append(f"请求退还货款{fmt_money(claims.refund_amount)}。")
    elif claims.delivery:
        items.append("请求按订单约定完成交付。")
    if claims.other.strip():
        items.append(_sentence(claims.other) + "。")
    return items


def event_text(event: Event) -> str:
    """An event as one phrase: its label, the result in plain words, and a note that does not
    merely repeat the label (no 下单：下单)."""
    text = event.kind.zh
    words = _RESULT_WORDS.get(event.kind, {})
    note = _sentence(event.note)
    if event.outcome is not None:
        result = words.get(event.outcome, event.outcome.zh)
        text += f"：{result}"
        if note and note != result:
            text += f"（{note}）"
    elif note and note != event.kind.zh and note not in event.kind.zh:
        text += f"：{note}"
    return text


def _attempts(case: Case) -> str:
    """What the buyer has already done, latest of each step, in one sentence (the full
    course is in the 时间线, stated once)."""
    parts = []
    for kinds in (
        (EventKind.CANCEL_REQUESTED,),
        (EventKind.CS_CONTACTED,),
        (EventKind.CS_REFUSED, EventKind.CS_REPLIED),
        (EventKind.DELIVERY_PROOF_REQUESTED,),
        (EventKind.APPEAL_FILED,),
        (EventKind.APPEAL_RESULT,),
        (EventKind.COMPLAINT_FILED,),
        (EventKind.COMPLAINT_REJECTED, EventKind.COMPLAINT_ACCEPTED),
        (EventKind.MEDIATION_RESULT,),
        (EventKind.REFUND_PROMISED,),
    ):
        event = case.latest(*kinds)
        if event is not None:
            parts.append(f"{fmt_datetime(event.at)}，{event_text(event)}")
    return "；".join(parts)


def facts_context(
    case: Case, today: date, kind: PacketKind, exhibit_numbers: Mapping[str, int]
) -> dict[str, Any]:
    """Everything the templates may use, as plain strings and lists."""
    o, r = case.order, case.respondent
    events = []
    for event in case.events_in_order():
        numbers = [exhibit_numbers[e] for e in event.evidence if e in exhibit_numbers]
        events.append(
            {
                "when": fmt_datetime(event.at),
                "text": event_text(event),
                "exhibits": "、".join(f"证据{n}" for n in sorted(numbers)),
            }
        )
    articles = choose_articles(case, kind)
    cancelled = case.latest(EventKind.CANCELLED)
    filed_by = case.filed_by
    relation = ""
    if filed_by is not None:
        known = {m.value: m.zh for m in FilerRelation}
        relation = known.get(filed_by.relation, filed_by.relation)
    return {
        "kind": kind.value,
        "today": fmt_date_zh(today),
        "complainant": or_blank(case.complainant.name),
        "complainant_phone": or_blank(case.complainant.phone),
        "platform": or_blank(r.platform),
        "shop": r.shop,
        "respondent": or_blank(r.display_name),
        "product": or_blank(o.product),
        "quantity": o.quantity,
        "order_no": or_blank(o.order_no),
        "amount": fmt_money(o.amount_paid),
        "payment": o.payment_method.zh,
        "transaction_no": o.transaction_no,
        "ordered_at": fmt_datetime(o.ordered_at),
        "status": o.status.zh,
        "displayed": _DISPLAYED[o.status],
        "buyer_reason": _BUYER_REASON.get(case.problem, case.problem.zh),
        "refund_unpaid": refund_unpaid_after_cancel(case),
        "cancelled_at": fmt_datetime(cancelled.at) if cancelled else "",
        "attempts": _attempts(case),
        "rules": [{"cite": a.cite, "reason": a.reason} for a in articles if a.reason],
        "claims_joined": "；".join(c.removeprefix("请求").rstrip("。") for c in claims_list(case)),
        "instant_delivery": o.instant_delivery,
        "target": _target(case),
        "problem": case.problem.value,
        "cancel_requested": any(
            e.kind in (EventKind.CANCEL_REQUESTED, EventKind.CANCELLED) for e in case.events
        ),
        "problem_label": _BUYER_REASON.get(case.problem, case.problem.zh),
        "events": events,
        # Key frames share their recording's number (证据N-1 …): count exhibits, not items.
        "exhibit_count": len(set(exhibit_numbers.values())),
        # Where the full timeline is; a packet without a 时间线 section (民事起诉状) sets "".
        "timeline_heading": "四、时间线",
        "claims": claims_list(case),
        "agent": filed_by.name if filed_by else "",
        "agent_phone": filed_by.phone if filed_by else "",
        "agent_id": filed_by.id_number if filed_by else "",
        "relation": relation,
        "signer_role": "受托人" if filed_by else "投诉人",
        "law_11": cite("complaint_11"),
    }


def render_paragraphs(template: str, context: Mapping[str, Any]) -> list[str]:
    """Render `templates/packet/<template>` and split it into paragraphs at blank lines."""
    text = render_template(f"packet/{template}", **context)
    blocks = ["".join(line.strip() for line in b.splitlines()) for b in text.split("\n\n")]
    return [b.strip() for b in blocks if b.strip()]

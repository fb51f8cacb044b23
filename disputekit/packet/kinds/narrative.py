"""Text sections rendered from the Jinja2 templates in `templates/packet/`.

The wording lives in templates so a volunteer can change it without touching code; this module
only turns the case into plain values (dates in Asia/Shanghai, labels in Chinese, money as ¥)
and splits the rendered text into paragraphs at blank lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import (
    EventKind,
    FilerRelation,
    OrderStatus,
    Outcome,
    PacketKind,
    Problem,
)
from disputekit.domain.legal.agents import agent, agent_papers, through_guardian
from disputekit.domain.legal.citations import cite
from disputekit.packet.kinds.claim_text import complaint_requests, own_words
from disputekit.packet.kinds.legal_basis import choose_articles, refund_unpaid_after_cancel
from disputekit.packet.pages.text import fmt_date_zh, fmt_datetime, fmt_money, or_blank
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
    EventKind.ASSOCIATION_RESULT: {
        Outcome.POSITIVE: "达成调解协议",
        Outcome.NEGATIVE: "未达成调解协议",
    },
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


# One voice per kind: who the buyer is in each document.
VOICE = {
    PacketKind.APPEAL: "申诉人",
    PacketKind.COMPLAINT_12315: "投诉人",
    PacketKind.CONSUMER_ASSOCIATION: "申请人",
    PacketKind.CIVIL_COMPLAINT: "原告",
}
# Told in the first paragraph (the order and the payment), so not again among the steps.
_TOLD_FIRST = frozenset({EventKind.ORDERED, EventKind.PAID})


def claims_list(case: Case, who: str = "投诉人") -> list[str]:
    """The claims, one sentence each with its article, in the order the 投诉请求 lists them;
    a refund and delivery are alternatives, so they make one request."""
    return complaint_requests(case, who)


def event_text(event: Event) -> str:
    """An event as one phrase: its label, the result in plain words, and a note that does not
    merely repeat the label or the result (no 下单：下单, no 驳回（申诉驳回）)."""
    text = event.kind.zh
    words = _RESULT_WORDS.get(event.kind, {})
    note = _sentence(event.note)
    if note.startswith(text) and note[len(text) : len(text) + 1] in ("", "：", ":", "，", ","):
        note = note[len(text) :].lstrip("：:，, ")  # 向12315投诉，编号… → 编号…
    if event.outcome is not None:
        result = words.get(event.outcome)
        if result is None:  # the label says it (客服拒绝): no 有利/不利 beside it
            return f"{text}：{note}" if note else text
        if note and result in note:
            return f"{text}：{note}"
        text += f"：{result}"
        if note:
            text += f"（{note}）"
    elif note and note not in text:
        text += f"：{note}"
    return text


def outcome_words(event: Event) -> str:
    """An event's result in a few words, without its note: 申诉结果（驳回）, 客服拒绝."""
    assert event.outcome is not None
    words = _RESULT_WORDS.get(event.kind, {}).get(event.outcome)
    return f"{event.kind.zh}（{words}）" if words else event.kind.zh


def _attempts(case: Case) -> str:
    """What happened after the order was paid, every step once and in time order (the
    时间线 lists the same steps as a table)."""
    steps = [e for e in case.events_in_order() if e.kind not in _TOLD_FIRST]
    return "；".join(f"{fmt_datetime(e.at)}，{event_text(e)}" for e in steps)


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
    filed_by = agent(case)
    relation = ""
    if filed_by is not None:
        known = {m.value: m.zh for m in FilerRelation}
        relation = known.get(filed_by.relation, filed_by.relation)
    voice = VOICE[kind]
    role, name = signer(case, kind)
    guardian = case.complainant.guardian if through_guardian(case) else None
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
        "claims_joined": "；".join(
            c.removeprefix("请求").rstrip("。") for c in claims_list(case, voice)
        ),
        "own_words": own_words(case),
        "agent_papers": agent_papers(case),
        "recommended_by": filed_by.recommended_by.strip() if filed_by else "",
        "voice": voice,
        "guardian": guardian.name if guardian else "",
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
        "claims": claims_list(case, voice),
        "agent": filed_by.name if filed_by else "",
        "agent_phone": filed_by.phone if filed_by else "",
        "agent_id": filed_by.id_number if filed_by else "",
        "relation": relation,
        "signer_role": role,
        "signer_name": name,
        "law_11": cite("complaint_11"),
    }


def signer(case: Case, kind: PacketKind) -> tuple[str, str]:
    """Who signs the 证据目录 and the 声明, in which role: the agent for a packet an agent
    files, else the minor's 法定代理人, else the buyer in the document's voice."""
    fb = agent(case)
    if fb is not None and kind is not PacketKind.CIVIL_COMPLAINT:
        role = "代为申请人" if kind is PacketKind.CONSUMER_ASSOCIATION else "受托人"
        return role, fb.name
    guardian = case.complainant.guardian
    if through_guardian(case) and guardian is not None:
        return f"{VOICE[kind]}的法定代理人", guardian.name
    return VOICE[kind], case.complainant.name


def render_paragraphs(template: str, context: Mapping[str, Any]) -> list[str]:
    """Render `templates/packet/<template>` and split it into paragraphs at blank lines."""
    text = render_template(f"packet/{template}", **context)
    blocks = ["".join(line.strip() for line in b.splitlines()) for b in text.split("\n\n")]
    return [b.strip() for b in blocks if b.strip()]

"""Text sections rendered from the Jinja2 templates in `templates/packet/`.

The wording lives in templates so a volunteer can change it without touching code; this module
only turns the case into plain values (dates in Asia/Shanghai, labels in Chinese, money as ¥)
and splits the rendered text into paragraphs at blank lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from disputekit.domain.model import Case
from disputekit.domain.vocabulary import EventKind, FilerRelation, PacketKind
from disputekit.packet.text import fmt_date_zh, fmt_datetime, fmt_money, or_blank
from disputekit.resources import render_template

_END_PUNCT = "。．.；;，,"


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
    """The claims, one sentence each, in the order the 投诉请求 lists them."""
    claims = case.claims
    items = []
    if claims.refund_amount is not None:
        items.append(f"请求退还货款{fmt_money(claims.refund_amount)}。")
    if claims.delivery:
        items.append("请求按订单约定完成交付。")
    if claims.other.strip():
        items.append(_sentence(claims.other) + "。")
    return items


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
                "label": event.kind.zh,
                "note": _sentence(event.note),
                "outcome": event.outcome.zh if event.outcome else "",
                "exhibits": "、".join(f"证据{n}" for n in sorted(numbers)),
            }
        )
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
        "instant_delivery": o.instant_delivery,
        "target": _target(case),
        "problem": case.problem.value,
        "cancel_requested": any(
            e.kind in (EventKind.CANCEL_REQUESTED, EventKind.CANCELLED) for e in case.events
        ),
        "problem_label": case.problem.zh,
        "events": events,
        "exhibit_count": len(exhibit_numbers),
        "claims": claims_list(case),
        "agent": filed_by.name if filed_by else "",
        "agent_phone": filed_by.phone if filed_by else "",
        "agent_id": filed_by.id_number if filed_by else "",
        "relation": relation,
        "signer_role": "受托人" if filed_by else "投诉人",
    }


def render_paragraphs(template: str, context: Mapping[str, Any]) -> list[str]:
    """Render `templates/packet/<template>` and split it into paragraphs at blank lines."""
    text = render_template(f"packet/{template}", **context)
    blocks = ["".join(line.strip() for line in b.splitlines()) for b in text.split("\n\n")]
    return [b.strip() for b in blocks if b.strip()]

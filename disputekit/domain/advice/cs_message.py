"""What goes into the copy-ready message to customer service (`templates/cs_message.zh.txt.j2`).

The template holds the wording; this module only gathers facts from the case: the order, what
happened, what is asked, and whether to ask for 发货凭证 under 电子商务法第六十二条 (only where the
platform says it shipped and the buyer got nothing).
"""

from __future__ import annotations

from typing import Any

from disputekit.domain.advice.channel_rules import ChannelChoice, Situation
from disputekit.domain.case.model import Case
from disputekit.domain.case.values.money import format_yuan
from disputekit.domain.case.vocabulary import Channel, EventKind, OrderStatus, Problem
from disputekit.domain.deadlines.case_deadlines import Deadline, find, zh_datetime
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.minors import minor_message_note

TEMPLATE = "cs_message.zh.txt.j2"
_FACTS: dict[Problem, str] = {
    Problem.NOT_RECEIVED: "该订单平台显示已发货，但商品至今未到账。",
    Problem.WRONG_AMOUNT: "该订单显示已完成，但实际到账金额与订单不符。",
    Problem.WRONG_SERVER: "该订单显示已完成，但充值的游戏区服与下单时填写的不一致。",
    Problem.INVALID_GOODS: "收到的卡密无效（商品已失效），无法使用。",
    Problem.UNDISCLOSED_AUTO_RENEWAL: "该服务在未以显著方式提示的情况下自动续费并扣款。",
    Problem.MISTAKEN_ORDER: "该订单系本人误拍。",
    # A change of mind is stated as the request it is, never as "no longer needed".
    Problem.NO_LONGER_NEEDED: "下单后我决定不购买该商品，希望撤销该订单。",
    Problem.WRONG_INFO: "下单时本人填写的信息有误。",
}
# Events worth telling customer service about, in the order they happened.
_TOLD = (
    EventKind.CANCEL_REQUESTED,
    EventKind.CANCELLED,
    EventKind.CS_CONTACTED,
    EventKind.CS_REFUSED,
    EventKind.DELIVERY_PROOF_REQUESTED,
    EventKind.REFUND_PROMISED,
    EventKind.APPEAL_FILED,
    EventKind.APPEAL_RESULT,
    EventKind.COMPLAINT_FILED,
)
_PROOF_SITUATIONS = frozenset(
    {Situation.CS_NOT_RECEIVED, Situation.APPEAL_AFTER_CS, Situation.REGULATOR_FILE}
)
_CHAT = frozenset({Channel.SELF_CANCEL, Channel.CUSTOMER_SERVICE})
# No "or I will escalate" line: a favour asked, a refund on its way, or a cancel by hand.
_MILD = frozenset(
    {
        Situation.CS_GOODWILL,
        Situation.REFUND_DONE,
        Situation.REFUND_WAITING,
        Situation.CANCEL_SELF,
        Situation.CS_CANCEL_FAILED,
    }
)


def message_context(case: Case, choice: ChannelChoice, deadlines: list[Deadline]) -> dict[str, Any]:
    """The template variables for `case` in `choice`'s situation."""
    o, s = case.order, choice.situation
    amount = format_yuan(o.amount_paid)
    acct = o.target_account
    # The routes the buyer can still take: the channel now (unless it is this very chat) on.
    routes = [ch for ch in (choice.channel, *choice.further) if ch not in _CHAT]
    account = " ".join(part for part in (acct.game, acct.region, acct.server, acct.account) if part)
    minor = minor_message_note(case)
    guardian = case.complainant.guardian
    return {
        "buyer": case.complainant.name,
        # A minor's guardian writes for them (民法典第二十三条): the message says so.
        "minor_note": minor,
        "guardian": (guardian.name if guardian is not None else "") if minor else "",
        "order_no": o.order_no,
        "product": o.product,
        "ordered_at": zh_datetime(o.ordered_at) if o.ordered_at else "",
        "amount": amount,
        "payment": o.payment_method.zh,
        "account": account,
        "facts": _facts(case, s, deadlines),
        "timeline": [
            f"{zh_datetime(e.at)} {e.kind.zh}"
            + (f"（{e.outcome.zh}）" if e.outcome else "")
            + (f"：{e.note}" if e.note else "")
            for e in case.events_of(*_TOLD)[-6:]
        ],
        "asks": _asks(case, s, amount),
        "proof_request": _proof_request(case, s),
        "law_62": cite("ecommerce_62"),
        "firm": s not in _MILD and bool(routes),
        "next_routes": "、".join(ch.zh for ch in routes),
    }


def _facts(case: Case, s: Situation, deadlines: list[Deadline]) -> str:
    if s is Situation.CANCEL_SELF:
        return "该订单尚未发货，我希望取消订单。"
    if s is Situation.CS_CANCEL_FAILED:
        tried = case.latest(EventKind.CANCEL_REQUESTED)
        said = f"（平台提示：{tried.note}）" if tried is not None and tried.note else ""
        return f"该订单尚未发货，我已申请自助取消，但自助取消未成功{said}，请人工处理。"
    if s is Situation.CS_DELIVERY:
        return "该订单至今仍为“待发货”，我希望贵平台按约定发货。"
    if s is Situation.APPEAL_CANCEL_REFUSED:
        return "该订单至今仍为“待发货”，自助取消不可用，客服也未同意取消，我希望取消订单并退款。"
    refund = find(deadlines, "refund_due")
    if s is Situation.REFUND_CHASE and refund is not None:
        return (
            f"该订单已取消（或已承诺退款），退款应于{zh_datetime(refund.due)}前到账，但至今未收到。"
        )
    if s in (Situation.REFUND_WAITING, Situation.CANCELLED_UNDATED):
        return "该订单已取消，我想确认退款进度。"
    cancelled = case.latest(EventKind.CANCELLED)
    if (
        cancelled is not None
        and case.order.status is OrderStatus.CANCELLED
        and not any(e.at >= cancelled.at for e in case.events_of(EventKind.REFUND_RECEIVED))
    ):
        # Cancelled but not refunded: the seller's failure, whatever made the buyer cancel.
        return f"该订单已于{zh_datetime(cancelled.at)}取消，但货款至今未退还。"
    text = _FACTS.get(case.problem, "该订单存在问题，需要贵平台核实处理。")
    if case.claims.other and case.problem is Problem.OTHER:
        text += case.claims.other
    return text


def _asks(case: Case, s: Situation, amount: str) -> list[str]:
    if s is Situation.CS_GOODWILL:
        return ["恳请贵平台酌情协助撤销订单并退款，感谢理解"]
    refund = case.claims.refund_amount
    refund_text = format_yuan(refund) if refund is not None else amount
    if s is Situation.CS_DELIVERY:
        # 消法第五十三条: perform or refund, as the consumer asks; this buyer asks to deliver.
        return ["按订单约定尽快发货（充值到账）", f"如确实无法发货，再将货款{refund_text}原路退回"]
    asks = {
        Situation.CANCEL_SELF: [f"取消该订单，并将货款{amount}原路退回"],
        Situation.CS_CANCEL_FAILED: [f"人工取消该订单，并将货款{amount}原路退回"],
        Situation.APPEAL_CANCEL_REFUSED: [f"取消该订单，并将货款{amount}原路退回"],
        Situation.CS_NOT_RECEIVED: ["核实该订单的实际充值状态"],
        Situation.REFUND_CHASE: ["核实退款进度，说明退款未到账的原因"],
        Situation.REFUND_WAITING: ["告知退款进度及预计到账时间"],
        Situation.CANCELLED_UNDATED: ["告知退款进度及预计到账时间"],
    }.get(s, ["核实上述情况并给出处理结果"])
    if s in (Situation.REFUND_CHASE, Situation.REFUND_WAITING, Situation.CANCELLED_UNDATED):
        asks.append(f"将{refund_text}退回原支付账户")
    elif s not in (
        Situation.CANCEL_SELF,
        Situation.APPEAL_CANCEL_REFUSED,
        Situation.CS_CANCEL_FAILED,
    ):
        if case.claims.delivery:
            asks.append("尽快按订单补发或充值到账")
        asks.append(
            f"退还货款{refund_text}"
            if not case.claims.delivery
            else f"如无法补发或充值，再退还货款{refund_text}"
        )
        if case.claims.other and case.problem is not Problem.OTHER:
            asks.append(case.claims.other)
    return asks


def _proof_request(case: Case, s: Situation) -> str | None:
    """None, "if_shipped" (ask only if they claim it shipped) or "required" (they did)."""
    shipped = (
        case.order.status is OrderStatus.DELIVERED_NOT_CREDITED
        or case.problem is Problem.NOT_RECEIVED
    )
    if not shipped or s not in _PROOF_SITUATIONS:
        return None
    return "if_shipped" if s is Situation.CS_NOT_RECEIVED else "required"

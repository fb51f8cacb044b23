"""Warnings that go with every piece of advice: the risks of cancelling, flash-sale limits,
estimated deadlines, the 7-day-return myth, and that this is not legal advice.

The myth: a popular claim (repeated in the seed guide) puts a 7-day no-reason return into a
law that has no such article. These texts never name that law next to the 7-day return; they
point to 消法第二十五条 and 七日办法第六条, under which delivered digital goods are excluded.
"""

from __future__ import annotations

from disputekit.domain.channel_rules import ChannelChoice
from disputekit.domain.contact_check import SharedContact, contact_warnings
from disputekit.domain.deadlines import Deadline, DeadlineStatus, find, zh_datetime
from disputekit.domain.eligibility import authorization_note
from disputekit.domain.legal import cite
from disputekit.domain.model import Case
from disputekit.domain.vocabulary import Channel, EventKind, OrderStatus

NOT_LEGAL_ADVICE = (
    "本软件只帮助整理事实、证据和期限，不构成法律意见；具体以平台规则和主管部门的决定为准"
)
CREDIT_SCORE = "频繁取消订单可能影响你在平台的信用分，部分平台会限制取消次数过多的用户下单"
FLASH_SALE = "限时秒杀、特价商品的取消可能受限（如仅支持1次取消），请先查看平台帮助中心或用户协议"
FLASH_SALE_USED = "本订单已有取消记录，限时秒杀或特价商品的取消次数可能已经用完"
INSTANT_DELIVERY = (
    "秒充商品发货极快，可能在提交取消前已自动发货；一旦已发货便无法自行取消，渠道改为联系平台客服"
)


def return_myth() -> str:
    """The warning against claiming a 7-day no-reason return for delivered digital goods."""
    return (
        "网上流传的“收到商品七日内可无理由退货”不适用于已交付的卡密、充值等在线数字化商品"
        f"（{cite('consumer_25')}；{cite('seven_day_6')}），申诉时请勿以此为依据"
    )


def warnings_for(
    case: Case,
    choice: ChannelChoice,
    deadlines: list[Deadline],
    shared: tuple[SharedContact, ...] = (),
) -> list[str]:
    """The warnings for `case`, most pressing first; the not-legal-advice notice is last.
    `shared` lists other stored cases whose complainant uses this one's phone or address."""
    out: list[str] = contact_warnings(case, shared)
    order = case.order
    cancelled = case.events_of(EventKind.CANCELLED)
    pending = order.status is OrderStatus.PENDING_DELIVERY
    if pending and order.instant_delivery:
        out.append(INSTANT_DELIVERY)
    if pending and order.flash_sale:
        out.append(FLASH_SALE_USED if cancelled else FLASH_SALE)
    if choice.channel is Channel.SELF_CANCEL or cancelled:
        out.append(CREDIT_SCORE)
    out.extend(_limitation(deadlines))
    note = authorization_note(case)
    if note and choice.may_reach_12315:
        out.append(note)
    out.extend(_estimates(deadlines))
    out.append(return_myth())
    out.append(NOT_LEGAL_ADVICE)
    return out


def _limitation(deadlines: list[Deadline]) -> list[str]:
    out = []
    pressing = (DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE)
    bar = find(deadlines, "complaint_bar_due")
    if bar is not None and bar.status in pressing:
        verb = "已于" if bar.status is DeadlineStatus.OVERDUE else "将于"
        out.append(
            f"12315投诉的三年期限{verb}{zh_datetime(bar.due)}届满（{bar.basis}），此后市场监管部门"
            "不予受理；这不影响请求消费者协会调解或向人民法院起诉"
        )
    limit = find(deadlines, "limitation_due")
    if limit is not None and limit.status in pressing:
        verb = "已于" if limit.status is DeadlineStatus.OVERDUE else "将于"
        out.append(
            f"诉讼时效{verb}{zh_datetime(limit.due)}届满（{cite('civil_188')}）；向经营者提出"
            f"履行请求或经营者同意履行的，时效中断并重新计算（{cite('civil_195')}）"
        )
    return out


def _estimates(deadlines: list[Deadline]) -> list[str]:
    by_reason: dict[str, list[str]] = {}
    for d in deadlines:
        if d.estimated and d.status is not DeadlineStatus.MET:
            by_reason.setdefault(d.estimate_reason or "日历数据不全", []).append(d.label_zh)
    return [
        f"以下期限为估算（{'、'.join(labels)}）：{reason}；可在日历设置中补充调休或休息日"
        for reason, labels in by_reason.items()
    ]

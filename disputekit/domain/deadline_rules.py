"""The rules that make a case's deadlines: which event each counts from, by which clock and
for how long, what meets it, and where the figure comes from.

Figures from the seed guide (refund, customer-service review, appeal) are platform practice
and say so in `basis`; the others cite the article in `disputekit.domain.legal`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from disputekit.domain import calendar as clocks
from disputekit.domain.calendar import WorkCalendar
from disputekit.domain.deadlines import Deadline, DeadlineStatus
from disputekit.domain.legal import GUIDE_BASIS, cite
from disputekit.domain.model import Case, Event
from disputekit.domain.vocabulary import EventKind, OrderStatus, PaymentMethod

_EV = EventKind

# The seed guide's ranges in working days (lower, upper): third-party payment 1–3, bank card
# 3–7, a platform's own promise after cancelling 1–3. `other` gets the bank card's wider range.
REFUND_WORKING_DAYS: dict[PaymentMethod, tuple[int, int]] = {
    PaymentMethod.ALIPAY: (1, 3),
    PaymentMethod.WECHAT_PAY: (1, 3),
    PaymentMethod.BANK_CARD: (3, 7),
    PaymentMethod.PLATFORM_BALANCE: (1, 3),
    PaymentMethod.OTHER: (3, 7),
}
CS_REVIEW_HOURS = 24  # seed guide: 客服审核时间一般为1-24小时
APPEAL_WORKING_DAYS = 5  # seed guide: 申诉部门会在3-5个工作日内反馈
ACCEPTANCE_WORKING_DAYS = 7  # 暂行办法第十四条; 实施条例第四十六条
MEDIATION_WORKING_DAYS = 45  # 暂行办法第二十一条(五)
MEDIATION_DAYS = 60  # 实施条例第四十六条
LIMITATION_YEARS = 3  # 民法典第一百八十八条; 暂行办法第十五条(四)


def build_deadlines(case: Case, cal: WorkCalendar) -> list[Deadline]:
    """Every deadline of `case`, unsorted; status `met` or, not yet judged, `upcoming`."""
    return [*_refund(case, cal), *_from_events(case, cal), *_limitation(case, cal)]


def _met(case: Case, start: Event, *closing: EventKind) -> bool:
    return any(e.at >= start.at for e in case.events_of(*closing))


def _make(
    kind: str,
    due: clocks.Deadline,
    *,
    rule: str,
    basis: str,
    unit: str,
    label: str,
    start: Event | None,
    met: bool = False,
    expected_from: datetime | None = None,
) -> Deadline:
    return Deadline(
        kind=kind,
        due=due.at,
        rule=rule,
        basis=basis,
        estimated=due.estimated,
        estimate_reason=due.reason,
        status=DeadlineStatus.MET if met else DeadlineStatus.UPCOMING,
        from_event=start.id if start else None,
        unit=unit,
        label_zh=label,
        expected_from=expected_from,
    )


def _refund(case: Case, cal: WorkCalendar) -> list[Deadline]:
    start = case.latest(_EV.CANCELLED, _EV.REFUND_PROMISED)
    if start is None:
        return []
    if start.kind is _EV.CANCELLED and case.order.status is not OrderStatus.CANCELLED:
        return []  # an earlier cancel of an order that is live again (as the channel rule)
    method = case.order.payment_method
    low, high = REFUND_WORKING_DAYS[method]
    after = "订单取消后" if start.kind is _EV.CANCELLED else "客服承诺退款后"
    return [
        _make(
            "refund_due",
            clocks.working_days_after(start.at, high, cal),
            rule=f"{after}{high}个工作日内退款到账（{method.zh}；指南所述{low}–{high}个工作日）",
            basis=GUIDE_BASIS,
            unit="working_days",
            label="退款到账期限",
            start=start,
            met=_met(case, start, _EV.REFUND_RECEIVED),
            expected_from=clocks.working_days_after(start.at, low, cal).at,
        )
    ]


@dataclass(frozen=True)
class _EventRule:
    """A deadline counted from the latest event of `start`, met by a later `closing` one."""

    kind: str
    start: EventKind
    closing: tuple[EventKind, ...]
    count: Callable[[datetime, WorkCalendar], clocks.Deadline]
    rule: str
    basis: str
    unit: str
    label: str


_EVENT_RULES = (
    _EventRule(
        "cs_review_due",
        _EV.CS_CONTACTED,
        # A promise to refund is an answer too.
        (_EV.CS_REPLIED, _EV.CS_REFUSED, _EV.REFUND_PROMISED),
        lambda at, cal: clocks.hours_after(at, CS_REVIEW_HOURS),
        f"联系客服后{CS_REVIEW_HOURS}小时内审核答复（指南所述1–24小时）",
        GUIDE_BASIS,
        "hours",
        "客服审核答复期限",
    ),
    _EventRule(
        "appeal_result_due",
        _EV.APPEAL_FILED,
        (_EV.APPEAL_RESULT,),
        lambda at, cal: clocks.working_days_after(at, APPEAL_WORKING_DAYS, cal),
        f"提交申诉后{APPEAL_WORKING_DAYS}个工作日内反馈处理结果（指南所述3–5个工作日）",
        GUIDE_BASIS,
        "working_days",
        "平台申诉处理期限",
    ),
    _EventRule(
        "complaint_acceptance_due",
        _EV.COMPLAINT_FILED,
        (_EV.COMPLAINT_ACCEPTED, _EV.COMPLAINT_REJECTED),
        lambda at, cal: clocks.working_days_after(at, ACCEPTANCE_WORKING_DAYS, cal),
        f"收到投诉之日起{ACCEPTANCE_WORKING_DAYS}个工作日内作出受理或不予受理决定",
        cite("complaint_14", "regulations_46"),
        "working_days",
        "12315受理决定期限",
    ),
    _EventRule(
        "mediation_due_45wd",
        _EV.COMPLAINT_ACCEPTED,
        (_EV.MEDIATION_RESULT,),
        lambda at, cal: clocks.working_days_after(at, MEDIATION_WORKING_DAYS, cal),
        f"受理之日起{MEDIATION_WORKING_DAYS}个工作日内未达成调解协议的，终止调解",
        cite("complaint_21"),
        "working_days",
        f"调解期限（{MEDIATION_WORKING_DAYS}个工作日）",
    ),
    _EventRule(
        "mediation_due_60d",
        _EV.COMPLAINT_ACCEPTED,
        (_EV.MEDIATION_RESULT,),
        lambda at, cal: clocks.calendar_days_after(at, MEDIATION_DAYS, cal),
        f"受理之日起{MEDIATION_DAYS}日内调解完毕（次日起算，末日遇休息日顺延）",
        cite("regulations_46", "civil_201", "civil_203"),
        "calendar_days",
        f"调解期限（{MEDIATION_DAYS}日）",
    ),
)


def _from_events(case: Case, cal: WorkCalendar) -> list[Deadline]:
    found = []
    for r in _EVENT_RULES:
        start = case.latest(r.start)
        if start is None:
            continue
        found.append(
            _make(
                r.kind,
                r.count(start.at, cal),
                rule=r.rule,
                basis=r.basis,
                unit=r.unit,
                label=r.label,
                start=start,
                met=_met(case, start, *r.closing),
            )
        )
    return found


def _limitation(case: Case, cal: WorkCalendar) -> list[Deadline]:
    known = case.harm_known_at
    if known is None:
        return []
    since = "知道权益受损" if case.problem_known_at else "下单（未填写知道受损的时间）"
    return [
        _make(
            "limitation_due",
            clocks.years_after(known, LIMITATION_YEARS, cal),
            rule=f"自{since}之日起{LIMITATION_YEARS}年（次日起算，末日遇休息日顺延）",
            basis=cite("civil_188", "complaint_15", "civil_201", "civil_203"),
            unit="years",
            label="诉讼时效及12315投诉时限（3年）",
            start=None,
        )
    ]


KIND_ORDER = (
    "refund_due",
    "cs_review_due",
    "appeal_result_due",
    "complaint_acceptance_due",
    "mediation_due_45wd",
    "mediation_due_60d",
    "limitation_due",
)

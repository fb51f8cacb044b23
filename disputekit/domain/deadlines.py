"""The deadlines of a case, each counted by its own clock from the event it runs from.

Which deadlines exist and when they fall depends only on the case and the calendar; `today`
only decides each one's status. `next_deadline` therefore needs no date (the store caches it).

Status rule (the same for every clock, since `today` is a date, not an instant):
- `met` when the closing event exists at or after the event the deadline counts from;
- `overdue` when the due date (in Asia/Shanghai) is before `today`;
- `due_soon` when the due date is `today` or falls no later than the next working day after
  `today` (so a Friday also flags a deadline due on Saturday or the following Monday);
- `upcoming` otherwise.
An hours deadline due today counts as `due_soon` even if its hour has passed: with a date alone
that cannot be told, and flagging it stays on the safe side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from disputekit.domain import calendar as clocks
from disputekit.domain.calendar import WorkCalendar
from disputekit.domain.legal import GUIDE_BASIS, cite
from disputekit.domain.model import Case, Event
from disputekit.domain.timeutil import to_shanghai
from disputekit.domain.vocabulary import EventKind, PaymentMethod

_EV = EventKind


class DeadlineStatus(StrEnum):
    """Where a deadline stands on a given day (see the module docstring for the exact rule)."""

    UPCOMING = "upcoming"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"


@dataclass(frozen=True)
class Deadline:
    """One deadline of a case: when it falls, by which rule and source, and where it stands."""

    kind: str
    due: datetime
    rule: str
    basis: str
    estimated: bool
    estimate_reason: str | None
    status: DeadlineStatus
    from_event: str | None
    unit: str
    label_zh: str
    expected_from: datetime | None = None

    def to_json(self) -> dict[str, object]:
        """The deadline in the advice JSON shape (`expected_from` only when known)."""
        data: dict[str, object] = {
            "kind": self.kind,
            "due": self.due.isoformat(),
            "rule": self.rule,
            "basis": self.basis,
            "estimated": self.estimated,
            "status": self.status.value,
            "from_event": self.from_event,
        }
        if self.expected_from is not None:
            data["expected_from"] = self.expected_from.isoformat()
        return data


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


def deadlines_for(case: Case, today: date, calendar: WorkCalendar | None = None) -> list[Deadline]:
    """Every deadline of `case` with its status on `today`, earliest due first."""
    cal = calendar or WorkCalendar()
    return [
        d if d.status is DeadlineStatus.MET else replace(d, status=status_on(d.due, today, cal))
        for d in _unjudged(case, cal)
    ]


def next_deadline(case: Case, calendar: WorkCalendar | None = None) -> Deadline | None:
    """The earliest-due deadline that is not met, or None. Independent of today: its status is
    left `upcoming`; judge it on a day with `status_on`."""
    cal = calendar or WorkCalendar()
    return next((d for d in _unjudged(case, cal) if d.status is not DeadlineStatus.MET), None)


def status_on(due: datetime, today: date, calendar: WorkCalendar) -> DeadlineStatus:
    """The status of an unmet deadline due at `due`, judged on `today` (module docstring)."""
    due_day = to_shanghai(due).date()
    if due_day < today:
        return DeadlineStatus.OVERDUE
    if due_day <= calendar.next_working_day(today):
        return DeadlineStatus.DUE_SOON
    return DeadlineStatus.UPCOMING


def zh_datetime(moment: datetime) -> str:
    """An instant for Chinese readers, in Asia/Shanghai: 2026年10月9日 23:59."""
    local = to_shanghai(moment)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def find(deadlines: list[Deadline], kind: str) -> Deadline | None:
    """The deadline of `kind` in `deadlines`, or None."""
    return next((d for d in deadlines if d.kind == kind), None)


def _unjudged(case: Case, cal: WorkCalendar) -> list[Deadline]:
    """All deadlines, status `met` or (not yet judged) `upcoming`, sorted by due instant."""
    found: list[Deadline] = []
    for build in _BUILDERS:
        found.extend(build(case, cal))
    return sorted(found, key=lambda d: (d.due, _KIND_ORDER.index(d.kind)))


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


def _cs_review(case: Case, cal: WorkCalendar) -> list[Deadline]:
    start = case.latest(_EV.CS_CONTACTED)
    if start is None:
        return []
    return [
        _make(
            "cs_review_due",
            clocks.hours_after(start.at, CS_REVIEW_HOURS),
            rule=f"联系客服后{CS_REVIEW_HOURS}小时内审核答复（指南所述1–24小时）",
            basis=GUIDE_BASIS,
            unit="hours",
            label="客服审核答复期限",
            start=start,
            met=_met(case, start, _EV.CS_REPLIED, _EV.CS_REFUSED),
        )
    ]


def _appeal(case: Case, cal: WorkCalendar) -> list[Deadline]:
    start = case.latest(_EV.APPEAL_FILED)
    if start is None:
        return []
    return [
        _make(
            "appeal_result_due",
            clocks.working_days_after(start.at, APPEAL_WORKING_DAYS, cal),
            rule=f"提交申诉后{APPEAL_WORKING_DAYS}个工作日内反馈处理结果（指南所述3–5个工作日）",
            basis=GUIDE_BASIS,
            unit="working_days",
            label="平台申诉处理期限",
            start=start,
            met=_met(case, start, _EV.APPEAL_RESULT),
        )
    ]


def _acceptance(case: Case, cal: WorkCalendar) -> list[Deadline]:
    start = case.latest(_EV.COMPLAINT_FILED)
    if start is None:
        return []
    return [
        _make(
            "complaint_acceptance_due",
            clocks.working_days_after(start.at, ACCEPTANCE_WORKING_DAYS, cal),
            rule=f"收到投诉之日起{ACCEPTANCE_WORKING_DAYS}个工作日内作出受理或不予受理决定",
            basis=cite("complaint_14", "regulations_46"),
            unit="working_days",
            label="12315受理决定期限",
            start=start,
            met=_met(case, start, _EV.COMPLAINT_ACCEPTED, _EV.COMPLAINT_REJECTED),
        )
    ]


def _mediation(case: Case, cal: WorkCalendar) -> list[Deadline]:
    start = case.latest(_EV.COMPLAINT_ACCEPTED)
    if start is None:
        return []
    met = _met(case, start, _EV.MEDIATION_RESULT)
    return [
        _make(
            "mediation_due_45wd",
            clocks.working_days_after(start.at, MEDIATION_WORKING_DAYS, cal),
            rule=f"受理之日起{MEDIATION_WORKING_DAYS}个工作日内未达成调解协议的，终止调解",
            basis=cite("complaint_21"),
            unit="working_days",
            label=f"调解期限（{MEDIATION_WORKING_DAYS}个工作日）",
            start=start,
            met=met,
        ),
        _make(
            "mediation_due_60d",
            clocks.calendar_days_after(start.at, MEDIATION_DAYS, cal),
            rule=f"受理之日起{MEDIATION_DAYS}日内调解完毕（次日起算，末日遇休息日顺延）",
            basis=cite("regulations_46", "civil_201", "civil_203"),
            unit="calendar_days",
            label=f"调解期限（{MEDIATION_DAYS}日）",
            start=start,
            met=met,
        ),
    ]


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


_BUILDERS: tuple[Callable[[Case, WorkCalendar], list[Deadline]], ...] = (
    _refund,
    _cs_review,
    _appeal,
    _acceptance,
    _mediation,
    _limitation,
)
_KIND_ORDER = (
    "refund_due",
    "cs_review_due",
    "appeal_result_due",
    "complaint_acceptance_due",
    "mediation_due_45wd",
    "mediation_due_60d",
    "limitation_due",
)

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
from disputekit.domain.deadline_types import Deadline, DeadlineStatus
from disputekit.domain.legal import GUIDE_BASIS, cite
from disputekit.domain.model import Case, Event
from disputekit.domain.rulebook import Rulebook
from disputekit.domain.timeutil import to_shanghai
from disputekit.domain.vocabulary import (
    DeadlineKind,
    DeadlineUnit,
    EventKind,
    OrderStatus,
    PaymentMethod,
)
from disputekit.messages import Day, When, msg

_EV = EventKind
_K = DeadlineKind
_U = DeadlineUnit

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
LIMITATION_YEARS = 3  # 民法典第一百八十八条
# 民法典第一百九十五条: a demand for performance (一) or the seller agreeing to perform (二)
# interrupts the limitation, which then runs afresh from that day.
LIMITATION_RESTARTS: dict[EventKind, str] = {
    _EV.CS_CONTACTED: msg("deadline.restart.demand"),
    _EV.DELIVERY_PROOF_REQUESTED: msg("deadline.restart.demand"),
    _EV.APPEAL_FILED: msg("deadline.restart.demand"),
    _EV.COMPLAINT_FILED: msg("deadline.restart.demand"),
    _EV.REFUND_PROMISED: msg("deadline.restart.agreed"),
}
PROMISE_BASIS = msg("deadline.promise_basis")


def build_deadlines(case: Case, cal: WorkCalendar, rules: Rulebook | None = None) -> list[Deadline]:
    """Every deadline of `case`, unsorted; status `met` or, not yet judged, `upcoming`.
    The 12315 periods come from `rules` (default: the shipped rulebook)."""
    book = rules if rules is not None else default_rulebook()
    return [
        *_refund(case, cal),
        *_from_events(case, cal),
        *_from_rulebook(case, cal, book),
        *([bar] if (bar := complaint_bar(case, cal, book)) is not None else []),
        *_limitation(case, cal),
    ]


def default_rulebook() -> Rulebook:
    """The shipped rulebook, read outside the domain (imported lazily: no I/O at import)."""
    from disputekit.rules_data import load_rulebook

    return load_rulebook()


def _met(case: Case, start: Event, *closing: EventKind) -> bool:
    return any(e.at >= start.at for e in case.events_of(*closing))


def _make(
    kind: DeadlineKind,
    due: clocks.Deadline,
    *,
    rule: str,
    basis: str,
    unit: DeadlineUnit,
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
    promised = start.promised_by if start.kind is _EV.REFUND_PROMISED else None
    if promised is not None:
        return [
            _make(
                _K.REFUND_DUE,
                clocks.Deadline(at=promised, estimated=False, reason=None),
                rule=msg("deadline.refund_promised.rule", due=When(promised)),
                basis=PROMISE_BASIS,
                unit=_U.CALENDAR_DAYS,
                label="退款到账期限（商家承诺）",
                start=start,
                met=_met(case, start, _EV.REFUND_RECEIVED),
            )
        ]
    low, high = REFUND_WORKING_DAYS[method]
    after = msg(
        "deadline.refund.after_cancel"
        if start.kind is _EV.CANCELLED
        else "deadline.refund.after_promise"
    )
    return [
        _make(
            _K.REFUND_DUE,
            clocks.working_days_after(start.at, high, cal),
            rule=msg("deadline.refund.rule", after=after, low=low, high=high, method=method),
            basis=GUIDE_BASIS,
            unit=_U.WORKING_DAYS,
            label=_K.REFUND_DUE.zh,
            start=start,
            met=_met(case, start, _EV.REFUND_RECEIVED),
            expected_from=clocks.working_days_after(start.at, low, cal).at,
        )
    ]


@dataclass(frozen=True)
class _EventRule:
    """A deadline counted from the latest event of `start`, met by a later `closing` one."""

    kind: DeadlineKind
    start: EventKind
    closing: tuple[EventKind, ...]
    count: Callable[[datetime, WorkCalendar], clocks.Deadline]
    rule: str
    basis: str
    unit: DeadlineUnit
    label: str


_EVENT_RULES = (
    _EventRule(
        _K.CS_REVIEW_DUE,
        _EV.CS_CONTACTED,
        # A promise to refund is an answer too.
        (_EV.CS_REPLIED, _EV.CS_REFUSED, _EV.REFUND_PROMISED),
        lambda at, cal: clocks.hours_after(at, CS_REVIEW_HOURS),
        msg("deadline.cs_review.rule", hours=CS_REVIEW_HOURS),
        GUIDE_BASIS,
        _U.HOURS,
        _K.CS_REVIEW_DUE.zh,
    ),
    _EventRule(
        _K.APPEAL_RESULT_DUE,
        _EV.APPEAL_FILED,
        (_EV.APPEAL_RESULT,),
        lambda at, cal: clocks.working_days_after(at, APPEAL_WORKING_DAYS, cal),
        msg("deadline.appeal_result.rule", days=APPEAL_WORKING_DAYS),
        GUIDE_BASIS,
        _U.WORKING_DAYS,
        _K.APPEAL_RESULT_DUE.zh,
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


_COUNTERS: dict[DeadlineUnit, Callable[[datetime, int, WorkCalendar], clocks.Deadline]] = {
    _U.WORKING_DAYS: clocks.working_days_after,
    _U.CALENDAR_DAYS: clocks.calendar_days_after,
    _U.YEARS: clocks.years_after,
}


def _from_rulebook(case: Case, cal: WorkCalendar, book: Rulebook) -> list[Deadline]:
    """The 12315 periods counted from an event, each by the rule in force on that event's day
    (Asia/Shanghai): the day it counts from picks the rule."""
    found = []
    for kind in book.kinds():
        rules = book.any_for(kind)
        if rules[0].counts_from == "harm_known":
            continue
        start = case.latest(EventKind(rules[0].counts_from))
        if start is None:
            continue
        rule = book.rule_for(kind, to_shanghai(start.at).date())
        if rule is None:
            continue  # e.g. the 45-working-day clock for a complaint accepted from 2026-04-15
        found.append(
            _make(
                DeadlineKind(kind),
                _COUNTERS[DeadlineUnit(rule.unit)](start.at, rule.period, cal),
                rule=rule.rule,
                basis=rule.basis,
                unit=DeadlineUnit(rule.unit),
                label=rule.label,
                start=start,
                met=_met(case, start, *(EventKind(k) for k in rule.met_by)),
            )
        )
    return found


def complaint_bar(case: Case, cal: WorkCalendar, rules: Rulebook | None = None) -> Deadline | None:
    """办法第十六条(四): three years from when the buyer knew of the harm, never interrupted.
    The rule is the one a complaint is judged under: that of its filing day, else today's."""
    book = rules if rules is not None else default_rulebook()
    known = case.harm_known_at
    if known is None:
        return None
    filed = case.latest(_EV.COMPLAINT_FILED)
    rule = book.rule_for(
        _K.COMPLAINT_BAR_DUE, to_shanghai(filed.at).date() if filed is not None else None
    )
    if rule is None:
        return None
    return _make(
        _K.COMPLAINT_BAR_DUE,
        _COUNTERS[DeadlineUnit(rule.unit)](known, rule.period, cal),
        rule=msg("deadline.bar.rule", since=_since(case), years=rule.period, rule=rule.rule),
        basis=rule.basis,
        unit=DeadlineUnit(rule.unit),
        label=rule.label,
        start=None,
    )


def _since(case: Case) -> str:
    """What the three-year clocks count from, as the rule text says it."""
    return msg("deadline.since.known" if case.problem_known_at else "deadline.since.ordered")


def limitation_start(case: Case) -> Event | None:
    """The latest event that restarted the limitation (民法典第一百九十五条), or None."""
    known = case.harm_known_at
    restarts = [e for e in case.events_of(*LIMITATION_RESTARTS) if known is None or e.at >= known]
    return restarts[-1] if restarts else None


def _limitation(case: Case, cal: WorkCalendar) -> list[Deadline]:
    """诉讼时效: three years (民法典第一百八十八条), running afresh from the latest demand or
    promise (第一百九十五条). Not the 12315 bar: passing that one leaves the court open."""
    known = case.harm_known_at
    if known is None:
        return []
    restart = limitation_start(case)
    if restart is None:
        rule: str = msg("deadline.limitation.rule", since=_since(case), years=LIMITATION_YEARS)
        basis: str = cite("civil_188", "civil_201", "civil_203")
        counted_from = known
    else:
        day = Day(to_shanghai(restart.at).date())
        why = LIMITATION_RESTARTS[restart.kind]
        rule = msg(
            "deadline.limitation.restart_rule",
            day=day,
            event=restart.kind,
            why=why,
            years=LIMITATION_YEARS,
        )
        basis = msg(
            "deadline.limitation.restart_basis",
            laws=cite("civil_188", "civil_195", "civil_201", "civil_203"),
            day=day,
            event=restart.kind,
        )
        counted_from = restart.at
    return [
        _make(
            _K.LIMITATION_DUE,
            clocks.years_after(counted_from, LIMITATION_YEARS, cal),
            rule=rule,
            basis=basis,
            unit=_U.YEARS,
            label=_K.LIMITATION_DUE.zh,
            start=restart,
        )
    ]


# Deadlines due at the same instant are listed in this order (the enum's).
KIND_ORDER = tuple(DeadlineKind)

"""The rules that make a case's deadlines: which event each counts from, by which clock and
for how long, what meets it, and where the figure comes from.

Figures from the seed guide (refund, customer-service review, appeal) are platform practice,
kept here, and say so in `basis`; the statutory periods (12315, the court limitation) are in
`deadline_statutory` and cite the article in `disputekit.domain.legal.citations`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import (
    DeadlineKind,
    DeadlineUnit,
    EventKind,
    OrderStatus,
    PaymentMethod,
)
from disputekit.domain.deadlines import clocks
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_limitation import limitation
from disputekit.domain.deadlines.deadline_make import make_deadline, met_after
from disputekit.domain.deadlines.deadline_statutory import complaint_bar, from_rulebook
from disputekit.domain.deadlines.deadline_types import Deadline
from disputekit.domain.deadlines.rulebook import Rulebook
from disputekit.domain.legal.citations import GUIDE_BASIS
from disputekit.messages import When, msg

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
# A request for 发货凭证 (卡密生成记录、充值通道日志) is answered by the same customer-service
# review (seed guide: 客服审核时间一般为1-24小时; asked for when a refusal says "已发货");
# unanswered after it, the guide's next step is the appeal (电子商务法第六十二条).
PROOF_REPLY_HOURS = CS_REVIEW_HOURS
APPEAL_WORKING_DAYS = 5  # seed guide: 申诉部门会在3-5个工作日内反馈
PROMISE_BASIS = msg("deadline.promise_basis")


def build_deadlines(case: Case, cal: WorkCalendar, rules: Rulebook) -> list[Deadline]:
    """Every deadline of `case`, unsorted; status `met` or, not yet judged, `upcoming`.
    The 12315 periods come from `rules` (the shipped ones: `disputekit.rules_data`)."""
    periods = from_rulebook(case, cal, rules)
    return [
        *_refund(case, cal),
        *_from_events(case, cal),
        *periods,
        *([bar] if (bar := complaint_bar(case, cal, rules)) is not None else []),
        *limitation(case, cal, periods),
    ]


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
            make_deadline(
                _K.REFUND_DUE,
                clocks.Deadline(at=promised, estimated=False, reason=None),
                rule=msg("deadline.refund_promised.rule", due=When(promised)),
                basis=PROMISE_BASIS,
                unit=_U.CALENDAR_DAYS,
                label="退款到账期限（商家承诺）",
                start=start,
                met=met_after(case, start, _EV.REFUND_RECEIVED),
            )
        ]
    low, high = REFUND_WORKING_DAYS[method]
    after = msg(
        "deadline.refund.after_cancel"
        if start.kind is _EV.CANCELLED
        else "deadline.refund.after_promise"
    )
    return [
        make_deadline(
            _K.REFUND_DUE,
            clocks.working_days_after(start.at, high, cal),
            rule=msg("deadline.refund.rule", after=after, low=low, high=high, method=method),
            basis=GUIDE_BASIS,
            unit=_U.WORKING_DAYS,
            label=_K.REFUND_DUE.zh,
            start=start,
            met=met_after(case, start, _EV.REFUND_RECEIVED),
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
        _K.PROOF_REPLY_DUE,
        _EV.DELIVERY_PROOF_REQUESTED,
        (_EV.CS_REPLIED, _EV.CS_REFUSED, _EV.REFUND_PROMISED, _EV.CANCELLED),
        lambda at, cal: clocks.hours_after(at, PROOF_REPLY_HOURS),
        msg("deadline.proof_reply.rule", hours=PROOF_REPLY_HOURS),
        GUIDE_BASIS,
        _U.HOURS,
        _K.PROOF_REPLY_DUE.zh,
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
            make_deadline(
                r.kind,
                r.count(start.at, cal),
                rule=r.rule,
                basis=r.basis,
                unit=r.unit,
                label=r.label,
                start=start,
                met=met_after(case, start, *r.closing),
            )
        )
    return found


# Deadlines due at the same instant are listed in this order (the enum's).
KIND_ORDER = tuple(DeadlineKind)

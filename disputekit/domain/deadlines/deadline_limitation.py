"""诉讼时效 (民法典第一百八十八条): three years, interrupted under 第一百九十五条 and counted afresh
"从中断、有关程序终结时起":

- a demand to the seller (诉讼时效规定第八条) from the day it reaches the seller: a chat that
  reaches it at once, or a letter whose `reached_at` is recorded;
- the seller agreeing to perform (a refund promise) from that day;
- a request to a body that can resolve the dispute — a 12315 complaint, a 消协 or 人民调解
  request (诉讼时效规定第十二条) — interrupts on the day of the request, and the new three years
  run from the END of that procedure (agreement, termination, refusal). Not yet ended, it is
  counted from the end its own period sets, and marked as an estimate.

Once the period has run out, a demand or a new procedure does not revive it (第一百九十二条);
only the seller's later agreement to perform counts. A platform appeal against a separate shop
is a demand only on a judgement call, and is labelled so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import DeadlineKind, DeadlineUnit, EventKind
from disputekit.domain.deadlines import clocks
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_make import make_deadline
from disputekit.domain.deadlines.deadline_statutory import since_text
from disputekit.domain.deadlines.deadline_types import Deadline, find
from disputekit.domain.legal.citations import cite
from disputekit.messages import Day, Msg, msg
from disputekit.timeutil import to_shanghai

_EV = EventKind
LIMITATION_YEARS = 3  # 民法典第一百八十八条
DEMANDS = (_EV.CS_CONTACTED, _EV.DELIVERY_PROOF_REQUESTED, _EV.APPEAL_FILED)
_DAYS = ("civil_201", "civil_203")


@dataclass(frozen=True)
class _Restart:
    """One interruption: on `interrupted_at`; the new period counts from `counts_from`."""

    interrupted_at: datetime
    counts_from: datetime
    event: Event  # what the new period counts from (a procedure's end, else the request)
    text: Msg
    laws: tuple[str, ...]
    agreement: bool = False
    estimated: bool = False


def limitation(case: Case, cal: WorkCalendar, periods: Sequence[Deadline] = ()) -> list[Deadline]:
    """The 诉讼时效 of `case`; `periods` are its 12315 periods (where a pending procedure ends)."""
    known = case.harm_known_at
    if known is None:
        return []
    due = clocks.years_after(known, LIMITATION_YEARS, cal)
    rule: str = msg("deadline.limitation.rule", since=since_text(case), years=LIMITATION_YEARS)
    laws: tuple[str, ...] = ("civil_188", *_DAYS)
    current: _Restart | None = None
    for restart in sorted(_restarts(case, periods), key=lambda r: r.interrupted_at):
        if restart.interrupted_at < known:
            continue
        if restart.interrupted_at > due.at:
            if not restart.agreement:
                continue  # 第一百九十二条: nothing but an agreement after expiry counts
            expired = Day(to_shanghai(due.at).date())
            text = msg("deadline.limitation.after_expiry", rule=restart.text, expired=expired)
            restart = _Restart(
                restart.interrupted_at,
                restart.counts_from,
                restart.event,
                text,
                ("civil_192",),
                agreement=True,
            )
        if current is not None and restart.counts_from <= current.counts_from:
            continue
        current = restart
        due = clocks.years_after(restart.counts_from, LIMITATION_YEARS, cal)
        rule = msg("deadline.limitation.restarted", how=restart.text, years=LIMITATION_YEARS)
        laws = ("civil_188", "civil_195", *restart.laws, *_DAYS)
    if current is not None and current.estimated:
        due = clocks.Deadline(due.at, True, msg("deadline.limitation.pending_estimate"))
    return [
        make_deadline(
            DeadlineKind.LIMITATION_DUE,
            due,
            rule=rule,
            basis=cite(*dict.fromkeys(laws)),
            unit=DeadlineUnit.YEARS,
            label=DeadlineKind.LIMITATION_DUE.zh,
            start=current.event if current is not None else None,
        )
    ]


def _restarts(case: Case, periods: Sequence[Deadline]) -> list[_Restart]:
    found = []
    judgement = bool(case.respondent.shop.strip())
    for event in case.events_of(*DEMANDS):
        reached = _reached(event)
        day, reach_day = Day(_day(event.at)), Day(_day(reached))
        text = msg("deadline.limitation.demand", day=day, event=event.kind, reached=reach_day)
        if event.kind is _EV.APPEAL_FILED and judgement:
            text = msg("deadline.limitation.judgement", rule=text, shop=case.respondent.shop)
        found.append(_Restart(event.at, reached, event, text, ("limitation_8",)))
    for event in case.events_of(_EV.REFUND_PROMISED):
        text = msg("deadline.limitation.agreed", day=Day(_day(event.at)), event=event.kind)
        found.append(_Restart(event.at, event.at, event, text, (), agreement=True))
    found += _procedures(case, periods)
    return found


def _procedures(case: Case, periods: Sequence[Deadline]) -> list[_Restart]:
    """12315 complaints and 消协 requests: interrupted on the request, counted from the end."""
    found = []
    ends_12315 = (_EV.COMPLAINT_REJECTED, _EV.MEDIATION_RESULT)
    for request in case.events_of(_EV.COMPLAINT_FILED):
        end = _first_after(case, request, ends_12315)
        scheduled = None if end is not None else _scheduled_end(case, request, periods)
        found.append(_procedure(request, end, scheduled, "limitation_12"))
    for request in case.events_of(_EV.ASSOCIATION_REQUESTED):
        end = _first_after(case, request, (_EV.ASSOCIATION_RESULT,))
        found.append(_procedure(request, end, None, "limitation_12"))
    return found


def _procedure(
    request: Event, end: Event | None, scheduled: tuple[datetime, Deadline] | None, law: str
) -> _Restart:
    day = Day(_day(request.at))
    if end is not None:
        text = msg(
            "deadline.limitation.procedure_ended",
            day=day,
            event=request.kind,
            end_day=Day(_day(end.at)),
            end_event=end.kind,
        )
        return _Restart(request.at, end.at, end, text, (law,))
    if scheduled is not None:
        at, period = scheduled
        text = msg(
            "deadline.limitation.procedure_pending",
            day=day,
            event=request.kind,
            end_day=Day(_day(at)),
            period=period.name,
        )
        return _Restart(request.at, at, request, text, (law,), estimated=True)
    text = msg("deadline.limitation.procedure_open", day=day, event=request.kind)
    return _Restart(request.at, request.at, request, text, (law,), estimated=True)


def _scheduled_end(
    case: Case, request: Event, periods: Sequence[Deadline]
) -> tuple[datetime, Deadline] | None:
    """When a 12315 complaint's procedure ends by its own periods: the earliest mediation
    period once accepted (终止调解), else the acceptance decision's last day."""
    accepted = _first_after(case, request, (_EV.COMPLAINT_ACCEPTED,))
    if accepted is not None:
        clocks_ = [p for p in periods if p.from_event == accepted.id and "mediation" in p.kind]
        if clocks_:
            first = min(clocks_, key=lambda p: p.due)
            return first.due, first
        return None
    decision = find(list(periods), "complaint_acceptance_due")
    if decision is not None and decision.from_event == request.id:
        return decision.due, decision
    return None


def _first_after(case: Case, start: Event, kinds: tuple[EventKind, ...]) -> Event | None:
    return next((e for e in case.events_of(*kinds) if e.at >= start.at), None)


def _reached(event: Event) -> datetime:
    """When a demand reached the seller: `reached_at` when recorded (a letter), else at once."""
    moment = event.reached_at
    if moment is not None and moment >= event.at:
        return moment
    return event.at


def _day(moment: datetime) -> date:
    return to_shanghai(moment).date()

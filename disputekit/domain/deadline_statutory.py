"""The statutory periods of a case: the 12315 periods of the rulebook, counted from an event
by the rule in force on its day; the 12315 three-year bar (办法第十六条(四), never
interrupted); and the court limitation (诉讼时效, 民法典第一百八十八条, restarted by demands
and promises under 第一百九十五条)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from disputekit.domain import clocks
from disputekit.domain.calendar import WorkCalendar
from disputekit.domain.deadline_make import default_rulebook, make_deadline, met_after
from disputekit.domain.deadline_types import Deadline
from disputekit.domain.legal import cite
from disputekit.domain.model import Case, Event
from disputekit.domain.rulebook import Rulebook
from disputekit.domain.vocabulary import DeadlineKind, DeadlineUnit, EventKind
from disputekit.messages import Day, msg
from disputekit.timeutil import to_shanghai

_EV = EventKind
_K = DeadlineKind
_U = DeadlineUnit

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

_COUNTERS: dict[DeadlineUnit, Callable[[datetime, int, WorkCalendar], clocks.Deadline]] = {
    _U.WORKING_DAYS: clocks.working_days_after,
    _U.CALENDAR_DAYS: clocks.calendar_days_after,
    _U.YEARS: clocks.years_after,
}


def from_rulebook(case: Case, cal: WorkCalendar, book: Rulebook) -> list[Deadline]:
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
            make_deadline(
                DeadlineKind(kind),
                _COUNTERS[DeadlineUnit(rule.unit)](start.at, rule.period, cal),
                rule=rule.rule,
                basis=rule.basis,
                unit=DeadlineUnit(rule.unit),
                label=rule.label,
                start=start,
                met=met_after(case, start, *(EventKind(k) for k in rule.met_by)),
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
    return make_deadline(
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


def limitation(case: Case, cal: WorkCalendar) -> list[Deadline]:
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
        make_deadline(
            _K.LIMITATION_DUE,
            clocks.years_after(counted_from, LIMITATION_YEARS, cal),
            rule=rule,
            basis=basis,
            unit=_U.YEARS,
            label=_K.LIMITATION_DUE.zh,
            start=restart,
        )
    ]

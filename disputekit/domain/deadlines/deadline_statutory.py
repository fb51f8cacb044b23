"""The 12315 periods of a case: those of the rulebook, counted from an event by the rule in
force on its day (a met one by the rule of the day it was met: a decision is judged by the
rule in force when taken), and the three-year bar (办法第十六条(四), never interrupted). The
court limitation is `deadline_limitation`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import DeadlineKind, DeadlineUnit, EventKind
from disputekit.domain.deadlines import clocks
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_make import make_deadline
from disputekit.domain.deadlines.deadline_types import Deadline
from disputekit.domain.deadlines.rulebook import Rulebook
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.route_12315 import live_complaint
from disputekit.messages import Day, msg
from disputekit.timeutil import SHANGHAI, to_shanghai

_EV = EventKind
_K = DeadlineKind
_U = DeadlineUnit
END_OF_DAY = time(23, 59, 59)

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
        closing = _closing(case, start, rule.met_by)
        if closing is not None:
            # A decision is judged by the rule in force on the day it was taken.
            rule = book.rule_for(kind, to_shanghai(closing.at).date()) or rule
        found.append(
            make_deadline(
                DeadlineKind(kind),
                _COUNTERS[DeadlineUnit(rule.unit)](start.at, rule.period, cal),
                rule=rule.rule,
                basis=rule.basis,
                unit=DeadlineUnit(rule.unit),
                label=rule.label,
                start=start,
                met=closing is not None,
            )
        )
    return found


def _closing(case: Case, start: Event, kinds: tuple[str, ...]) -> Event | None:
    """The first event of `kinds` at or after `start`: what met the period, or None."""
    found = case.events_of(*(EventKind(k) for k in kinds))
    return next((e for e in found if e.at >= start.at), None)


def complaint_bar(case: Case, cal: WorkCalendar, book: Rulebook) -> Deadline | None:
    """办法第十六条(四): three years from when the buyer knew of the harm, never interrupted,
    judged on the day the complaint is made. The rule is that of the live complaint's filing
    day (a complaint filed in time stays in time while handled: the bar is met), else today's.
    `due` is the nominal last day; a day moved over a non-working day (第四十五条) is only
    `grace_until`, when a complaint may still be accepted."""
    known = case.harm_known_at
    if known is None:
        return None
    filed = live_complaint(case)
    filed_day = to_shanghai(filed.at).date() if filed is not None else None
    rule = book.rule_for(_K.COMPLAINT_BAR_DUE, filed_day)
    if rule is None:
        return None
    clock = _COUNTERS[DeadlineUnit(rule.unit)](known, rule.period, cal)
    text: str = msg("deadline.bar.rule", since=since_text(case), years=rule.period, rule=rule.rule)
    nominal, grace = clock, None
    if clock.extended_from is not None:
        end = datetime.combine(clock.extended_from, END_OF_DAY, tzinfo=SHANGHAI)
        nominal, grace = clocks.Deadline(end, clock.estimated, clock.reason), clock.at
        text = msg(
            "deadline.bar.moved",
            rule=text,
            nominal=Day(clock.extended_from),
            moved=Day(to_shanghai(clock.at).date()),
            law=cite("complaint_45"),
        )
    current = book.rule_for(_K.COMPLAINT_BAR_DUE, None)
    if filed_day is not None and current is not None and current is not rule:
        # An old filing keeps its rule; a new complaint is judged by today's.
        text = msg("deadline.bar.old_filing", rule=text, filed=Day(filed_day), basis=current.basis)
    return make_deadline(
        _K.COMPLAINT_BAR_DUE,
        nominal,
        rule=text,
        basis=rule.basis,
        unit=DeadlineUnit(rule.unit),
        label=rule.label,
        start=None,
        met=filed is not None and filed.at <= clock.at,
        grace_until=grace,
    )


def since_text(case: Case) -> str:
    """What the three-year clocks count from, as the rule text says it."""
    return msg("deadline.since.known" if case.problem_known_at else "deadline.since.ordered")

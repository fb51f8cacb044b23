"""Advice and deadlines with what the app ships: the 12315 rulebook (`rules_data`) and the
copy-ready message's template (`resources`), loaded here, above the pure domain that takes
them as parameters. Windows and commands call these."""

from __future__ import annotations

from datetime import date, datetime

from disputekit.domain.advice import engine
from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.advice.engine import Advice
from disputekit.domain.case.model import Case
from disputekit.domain.deadlines import case_deadlines
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_types import Deadline
from disputekit.resources import render_template
from disputekit.rules_data import load_rulebook


def advise(
    case: Case,
    now: date | datetime,
    calendar: WorkCalendar | None = None,
    *,
    shared_contacts: tuple[SharedContact, ...] = (),
) -> Advice:
    """`domain.advice.engine.advise` with the shipped rulebook and message template."""
    return engine.advise(
        case,
        now,
        calendar,
        render=render_template,
        rules=load_rulebook(),
        shared_contacts=shared_contacts,
    )


def deadlines_for(
    case: Case, now: date | datetime, calendar: WorkCalendar | None = None
) -> list[Deadline]:
    """Every deadline of `case` at `now`, the 12315 periods by the shipped rulebook."""
    return case_deadlines.deadlines_for(case, now, calendar, rules=load_rulebook())

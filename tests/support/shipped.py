"""The domain's advice, deadlines and 12315 check with the shipped rulebook and message
template passed in (the domain reads no files; the app passes the same, `app.advising`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from disputekit.domain.advice import engine
from disputekit.domain.advice.engine import Advice
from disputekit.domain.case.model import Case
from disputekit.domain.deadlines import case_deadlines
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_types import Deadline
from disputekit.domain.deadlines.rulebook import Rulebook
from disputekit.domain.legal import eligibility
from disputekit.domain.legal.eligibility import Eligibility
from disputekit.resources import render_template
from disputekit.rules_data import load_rulebook


def advise(
    case: Case,
    now: date | datetime,
    calendar: WorkCalendar | None = None,
    *,
    render: engine.Renderer | None = None,
    rules: Rulebook | None = None,
    **kwargs: Any,
) -> Advice:
    return engine.advise(
        case, now, calendar, render=render or render_template, rules=rules or load_rulebook(),
        **kwargs,
    )  # fmt: skip


def deadlines_for(
    case: Case, now: date | datetime, calendar: WorkCalendar | None = None,
    rules: Rulebook | None = None,
) -> list[Deadline]:  # fmt: skip
    return case_deadlines.deadlines_for(case, now, calendar, rules=rules or load_rulebook())


def next_deadline(
    case: Case, calendar: WorkCalendar | None = None, rules: Rulebook | None = None
) -> Deadline | None:
    return case_deadlines.next_deadline(case, calendar, rules=rules or load_rulebook())


def check_12315(
    case: Case, today: date, calendar: WorkCalendar | None = None,
    rules: Rulebook | None = None,
) -> Eligibility:  # fmt: skip
    return eligibility.check_12315(case, today, calendar, rules=rules or load_rulebook())

"""The one rule for where a deadline stands at an instant; every view and the advice use it.

- `met` when the closing event exists (decided when the deadline is built);
- `overdue` from the due instant on. An hours deadline passes at its hour; a day-counted one
  at the end of its last day, since its due instant is 23:59:59 of that day;
- `due_soon` when it falls no later than the end of the next working day after the judging
  instant's day, all in Asia/Shanghai and by the case's work calendar. On a Friday that reaches
  the end of Monday (or of the first working day after a holiday), so a deadline due within the
  next 24 hours is always due soon too;
- `upcoming` otherwise.

A bare date is judged at its first instant (00:00 in Asia/Shanghai): nothing due that day has
passed yet, so an hours deadline due that day counts as due soon, not overdue.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from disputekit.domain.deadlines.deadline_types import Deadline, DeadlineStatus
from disputekit.timeutil import SHANGHAI, to_shanghai

if TYPE_CHECKING:
    # Only the type: the case list judges with this module at first paint, before the
    # holiday data (which the calendar module loads) is needed.
    from disputekit.domain.deadlines.calendar import WorkCalendar

# The last instant of a day: all of the horizon day counts as due soon.
_END_OF_DAY = time(23, 59, 59, 999999)


def as_instant(when: date | datetime) -> datetime:
    """`when` as an aware instant: a datetime as it is, a date at 00:00 in Asia/Shanghai."""
    if isinstance(when, datetime):
        if when.tzinfo is None or when.utcoffset() is None:
            raise ValueError(f"judging instant {when.isoformat()} has no UTC offset")
        return when
    return datetime.combine(when, time(0, 0), SHANGHAI)


def soon_until(now: datetime, calendar: WorkCalendar) -> datetime:
    """The last instant that still counts as due soon at `now`: the end of the next working
    day after `now`'s day in Asia/Shanghai."""
    horizon = calendar.next_working_day(to_shanghai(now).date())
    return datetime.combine(horizon, _END_OF_DAY, SHANGHAI)


def judge_due(due: datetime, now: date | datetime, calendar: WorkCalendar) -> DeadlineStatus:
    """Where an unmet deadline due at `due` stands at `now` (module docstring)."""
    instant = as_instant(now)
    if due <= instant:
        return DeadlineStatus.OVERDUE
    if due <= soon_until(instant, calendar):
        return DeadlineStatus.DUE_SOON
    return DeadlineStatus.UPCOMING


def judge(deadline: Deadline, now: date | datetime, calendar: WorkCalendar) -> DeadlineStatus:
    """Where `deadline` stands at `now`: `met` stays met, the rest by `judge_due`; past its
    nominal day but within `grace_until` (a last day that may have moved), still due soon."""
    if deadline.status is DeadlineStatus.MET:
        return DeadlineStatus.MET
    return judge_unmet(deadline.due, deadline.grace_until, now, calendar)


def judge_unmet(
    due: datetime, grace_until: datetime | None, now: date | datetime, calendar: WorkCalendar
) -> DeadlineStatus:
    """An unmet deadline due at `due` by `judge_due`, except that until `grace_until` (when
    given) a passed one is still due soon."""
    status = judge_due(due, now, calendar)
    in_grace = grace_until is not None and as_instant(now) < grace_until
    return DeadlineStatus.DUE_SOON if status is DeadlineStatus.OVERDUE and in_grace else status

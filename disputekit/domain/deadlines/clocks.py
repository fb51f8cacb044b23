"""The clocks of a deadline: the instant a period that starts at an event runs out, counted
in working days, calendar days or years on a `WorkCalendar` (民法典 第二百零一条/第二百零三条),
or in hours from the instant itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from disputekit.domain.deadlines.calendar import DueDate, WorkCalendar, check_count
from disputekit.timeutil import SHANGHAI, to_shanghai

# 第二百零三条: the last day ends at 24:00; the project shows that as 23:59:59.
_END_OF_DAY = time(23, 59, 59)


@dataclass(frozen=True, slots=True)
class Deadline:
    """The instant a period runs out: an aware datetime in Asia/Shanghai, plus `DueDate` flags."""

    at: datetime
    estimated: bool
    reason: str | None
    extended_from: date | None = None


def working_days_after(event_at: datetime, n: int, cal: WorkCalendar) -> Deadline:
    """End (23:59:59 Asia/Shanghai) of the `n`-th working day after the event's Shanghai date;
    the event day never counts, whatever the hour."""
    return _end_of(cal.add_working_days(to_shanghai(event_at).date(), n))


def calendar_days_after(event_at: datetime, n: int, cal: WorkCalendar) -> Deadline:
    """End of an `n`-day period after the event (民法典 201 and 203)."""
    return _end_of(cal.add_calendar_days(to_shanghai(event_at).date(), n))


def years_after(event_at: datetime, n: int, cal: WorkCalendar) -> Deadline:
    """End of an `n`-year period after the event (民法典 201 and 203)."""
    return _end_of(cal.add_years(to_shanghai(event_at).date(), n))


def hours_after(event_at: datetime, n: int) -> Deadline:
    """The event instant plus `n` hours (201 para. 2: counted from the instant itself), shown
    in Asia/Shanghai. Never estimated: no calendar is involved."""
    start = to_shanghai(event_at)
    check_count(n)
    # Add in UTC: aware + timedelta is wall-clock arithmetic, wrong across a DST change
    # (Shanghai kept DST 1986-1991; an event entered with another zone may have DST today).
    end = (start.astimezone(UTC) + timedelta(hours=n)).astimezone(SHANGHAI)
    return Deadline(end, estimated=False, reason=None)


def _end_of(due: DueDate) -> Deadline:
    return Deadline(
        datetime.combine(due.day, _END_OF_DAY, tzinfo=SHANGHAI),
        estimated=due.estimated,
        reason=due.reason,
        extended_from=due.extended_from,
    )

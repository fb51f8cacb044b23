"""Deadlines as an iCalendar (.ics) file, so they show up in a phone or desktop calendar.

No Qt here: the UI passes in what it shows, and this module only builds bytes.

Day-based deadlines (working days, calendar days, years) end at 23:59:59 Asia/Shanghai; a
calendar shows that best as an all-day event on the due date, with a reminder at 09:00 the day
before. Hour-based deadlines (the 24-hour customer-service review) are timed events ending at
the due instant, with a reminder an hour before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from icalendar import Alarm, Calendar, Event

from disputekit.timeutil import to_shanghai

PRODID = "-//DisputeKit//Deadlines//ZH"
_TIMED_LENGTH = timedelta(minutes=30)
# Relative to an all-day event's start (00:00 of the due day): 09:00 the day before.
_DAY_ALARM = timedelta(hours=-15)
_TIMED_ALARM = timedelta(hours=-1)


class DeadlineLike(Protocol):
    """What this module reads from a deadline (the advice engine's `Deadline`)."""

    kind: object
    due: datetime
    rule: str
    basis: str
    estimated: bool
    unit: str


@dataclass(frozen=True)
class CaseDeadline:
    """One deadline of one case, ready for export."""

    case_id: int | str
    case_title: str  # e.g. "某某卡盟 KM2026112000123"
    deadline: DeadlineLike
    label: str  # the deadline's Chinese label, e.g. 退款到账期限
    estimate_reason: str = ""


def _uid(item: CaseDeadline) -> str:
    # Stable across exports, so importing a newer file updates the event instead of doubling it.
    return f"case{item.case_id}-{item.deadline.kind}@disputekit"


def _description(item: CaseDeadline) -> str:
    d = item.deadline
    lines = [f"规则：{d.rule}", f"依据：{d.basis}"]
    if d.estimated:
        lines.append(f"估算：{item.estimate_reason or '日历数据不完整，日期为估算'}")
    lines.append("DisputeKit 整理，不构成法律意见。")
    return "\n".join(lines)


def _event(item: CaseDeadline, stamp: datetime) -> Event:
    d = item.deadline
    due = to_shanghai(d.due)
    event = Event()
    event.add("uid", _uid(item))
    event.add("dtstamp", stamp)
    mark = "（估算）" if d.estimated else ""
    event.add("summary", f"{item.label}{mark}：{item.case_title}")
    event.add("description", _description(item))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{item.label}：{item.case_title}")
    if d.unit == "hours":
        event.add("dtstart", due - _TIMED_LENGTH)
        event.add("dtend", due)
        alarm.add("trigger", _TIMED_ALARM)
    else:
        event.add("dtstart", due.date())
        event.add("dtend", due.date() + timedelta(days=1))
        alarm.add("trigger", _DAY_ALARM)
    event.add_component(alarm)
    return event


def build_ics(items: Iterable[CaseDeadline], stamp: datetime) -> bytes:
    """The .ics file's bytes for `items`; `stamp` (aware) is the export time (DTSTAMP)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "DisputeKit 期限")
    for item in items:
        cal.add_component(_event(item, to_shanghai(stamp)))
    # Timed events carry TZID=Asia/Shanghai: embed the VTIMEZONE so any client can read them.
    cal.add_missing_timezones()
    ical: bytes = cal.to_ical()
    return ical

"""The deadlines of a case, each counted by its own clock from the event it runs from.

Which deadlines exist and when they fall depends only on the case and the calendar; `today`
only decides each one's status. `next_deadline` therefore needs no date (the store caches it).

Status rule (the same for every clock, since `today` is a date, not an instant):
- `met` when the closing event exists at or after the event the deadline counts from;
- `overdue` when the due date (in Asia/Shanghai) is before `today`;
- `due_soon` when the due date is `today` or falls no later than the next working day after
  `today` (so a Friday also flags a deadline due on Saturday or the following Monday);
- `upcoming` otherwise.
An hours deadline due today counts as `due_soon` even if its hour has passed: with a date alone
that cannot be told, and flagging it stays on the safe side.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from disputekit.domain.calendar import WorkCalendar
from disputekit.domain.model import Case
from disputekit.domain.rulebook import Rulebook
from disputekit.domain.timeutil import to_shanghai


class DeadlineStatus(StrEnum):
    """Where a deadline stands on a given day (see the module docstring for the exact rule)."""

    UPCOMING = "upcoming"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"


@dataclass(frozen=True)
class Deadline:
    """One deadline of a case: when it falls, by which rule and source, and where it stands."""

    kind: str
    due: datetime
    rule: str
    basis: str
    estimated: bool
    estimate_reason: str | None
    status: DeadlineStatus
    from_event: str | None
    unit: str
    label_zh: str
    expected_from: datetime | None = None

    def to_json(self) -> dict[str, object]:
        """The deadline in the advice JSON shape (`expected_from` only when known)."""
        data: dict[str, object] = {
            "kind": self.kind,
            "due": self.due.isoformat(),
            "rule": self.rule,
            "basis": self.basis,
            "estimated": self.estimated,
            "status": self.status.value,
            "from_event": self.from_event,
        }
        if self.expected_from is not None:
            data["expected_from"] = self.expected_from.isoformat()
        return data


def deadlines_for(
    case: Case, today: date, calendar: WorkCalendar | None = None, rules: Rulebook | None = None
) -> list[Deadline]:
    """Every deadline of `case` with its status on `today`, earliest due first. The 12315
    periods follow `rules` (default: the shipped rulebook)."""
    cal = calendar or WorkCalendar()
    return [
        d if d.status is DeadlineStatus.MET else replace(d, status=status_on(d.due, today, cal))
        for d in _unjudged(case, cal, rules)
    ]


def next_deadline(
    case: Case, calendar: WorkCalendar | None = None, rules: Rulebook | None = None
) -> Deadline | None:
    """The earliest-due deadline that is not met, or None. Independent of today: its status is
    left `upcoming`; judge it on a day with `status_on`."""
    cal = calendar or WorkCalendar()
    return next(
        (d for d in _unjudged(case, cal, rules) if d.status is not DeadlineStatus.MET), None
    )


def status_on(due: datetime, today: date, calendar: WorkCalendar) -> DeadlineStatus:
    """The status of an unmet deadline due at `due`, judged on `today` (module docstring)."""
    due_day = to_shanghai(due).date()
    if due_day < today:
        return DeadlineStatus.OVERDUE
    if due_day <= calendar.next_working_day(today):
        return DeadlineStatus.DUE_SOON
    return DeadlineStatus.UPCOMING


def zh_datetime(moment: datetime) -> str:
    """An instant for Chinese readers, in Asia/Shanghai: 2026年10月9日 23:59."""
    local = to_shanghai(moment)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def find(deadlines: list[Deadline], kind: str) -> Deadline | None:
    """The deadline of `kind` in `deadlines`, or None."""
    return next((d for d in deadlines if d.kind == kind), None)


def _unjudged(case: Case, cal: WorkCalendar, rules: Rulebook | None) -> list[Deadline]:
    """All deadlines, status `met` or (not yet judged) `upcoming`, sorted by due instant."""
    # Imported here: the rules build `Deadline`s, so they import this module.
    from disputekit.domain.deadline_rules import KIND_ORDER, build_deadlines

    found = build_deadlines(case, cal, rules)
    return sorted(found, key=lambda d: (d.due, KIND_ORDER.index(d.kind)))

"""Countdowns to deadlines, and the colour a deadline takes, from an injected "now".

The advice engine gives each deadline a status for a *date*; the UI re-derives it from the
clock so an hour-based deadline turns red the minute it passes and tests can move the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from disputekit.domain.calendar import WorkCalendar
from disputekit.domain.deadlines import Deadline, DeadlineStatus
from disputekit.domain.timeutil import to_shanghai

OVERDUE = "overdue"
DUE_SOON = "due_soon"
UPCOMING = "upcoming"
MET = "met"

COLOURS = {
    OVERDUE: QColor("#c62828"),
    DUE_SOON: QColor("#e69100"),
    UPCOMING: QColor("#2e7d32"),
    MET: QColor("#757575"),
}


@dataclass(frozen=True)
class Countdown:
    """How far a deadline is from now: a severity key (see COLOURS) and a short text."""

    severity: str
    text: str

    @property
    def colour(self) -> QColor:
        """The colour for this severity."""
        return COLOURS[self.severity]


def severity(deadline: Deadline, now: datetime, calendar: WorkCalendar) -> str:
    """met / overdue / due_soon (within the next working day, or 24 hours) / upcoming."""
    if deadline.status is DeadlineStatus.MET:
        return MET
    due = to_shanghai(deadline.due)
    if now >= due:
        return OVERDUE
    if deadline.unit == "hours":
        return DUE_SOON if due - now <= timedelta(hours=24) else UPCOMING
    left = calendar.working_days_between(to_shanghai(now).date(), due.date())
    return DUE_SOON if left <= 1 else UPCOMING


def countdown(deadline: Deadline, now: datetime, calendar: WorkCalendar) -> Countdown:
    """The countdown in the deadline's own unit: working days, calendar days or hours."""
    sev = severity(deadline, now, calendar)
    if sev == MET:
        return Countdown(sev, QCoreApplication.translate("Countdown", "Done"))
    due = to_shanghai(deadline.due)
    today = to_shanghai(now).date()
    if deadline.unit == "hours":
        hours = int(abs((due - now).total_seconds()) // 3600)
        template = (
            QCoreApplication.translate("Countdown", "Overdue by {n} h")
            if sev == OVERDUE
            else QCoreApplication.translate("Countdown", "{n} h left")
        )
        return Countdown(sev, template.format(n=hours))
    if due.date() == today:
        if sev == OVERDUE:
            return Countdown(sev, QCoreApplication.translate("Countdown", "Overdue today"))
        return Countdown(sev, QCoreApplication.translate("Countdown", "Due today"))
    if deadline.unit == "working_days":
        n = calendar.working_days_between(today, due.date())
        if n < 0:
            return Countdown(
                sev,
                QCoreApplication.translate("Countdown", "Overdue by {n} working day(s)").format(
                    n=-n
                ),
            )
        return Countdown(
            sev, QCoreApplication.translate("Countdown", "{n} working day(s) left").format(n=n)
        )
    days = (due.date() - today).days
    if days < 0:
        return Countdown(
            sev, QCoreApplication.translate("Countdown", "Overdue by {n} day(s)").format(n=-days)
        )
    return Countdown(sev, QCoreApplication.translate("Countdown", "{n} day(s) left").format(n=days))

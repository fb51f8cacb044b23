"""Countdowns to deadlines from an injected "now"; the state and its colour come from the one
deadline rule (`domain.deadline_judge`) and the shared palette, so an hour-based deadline turns
red the minute it passes and tests can move the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from disputekit.domain.case.vocabulary import DeadlineUnit
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.case_deadlines import Deadline, DeadlineStatus
from disputekit.domain.deadlines.deadline_judge import judge
from disputekit.timeutil import to_shanghai
from disputekit.ui.shared.palette import status_colour


@dataclass(frozen=True)
class Countdown:
    """How far a deadline is from now: its state at now and a short text."""

    severity: DeadlineStatus
    text: str

    @property
    def colour(self) -> QColor:
        """The palette's colour for this state."""
        return status_colour(self.severity)


def countdown(deadline: Deadline, now: datetime, calendar: WorkCalendar) -> Countdown:
    """The countdown in the deadline's own unit: working days, calendar days or hours."""
    sev = judge(deadline, now, calendar)
    if sev is DeadlineStatus.MET:
        return Countdown(sev, QCoreApplication.translate("Countdown", "Done"))
    due = to_shanghai(deadline.due)
    today = to_shanghai(now).date()
    hours_away = int(abs((due - now).total_seconds()) // 3600)
    if deadline.unit is DeadlineUnit.HOURS and hours_away >= 48:
        # Two days or more either way (48 h on the dot included): in whole days ("已逾期 35
        # 天", not "844 小时"); under two days, in hours.
        days_away = hours_away // 24
        template = (
            QCoreApplication.translate("Countdown", "Overdue by {n} day(s)")
            if sev is DeadlineStatus.OVERDUE
            else QCoreApplication.translate("Countdown", "{n} day(s) left")
        )
        return Countdown(sev, template.format(n=days_away))
    if deadline.unit is DeadlineUnit.HOURS:
        hours = hours_away
        template = (
            QCoreApplication.translate("Countdown", "Overdue by {n} h")
            if sev is DeadlineStatus.OVERDUE
            else QCoreApplication.translate("Countdown", "{n} h left")
        )
        return Countdown(sev, template.format(n=hours))
    if due.date() == today:
        if sev is DeadlineStatus.OVERDUE:
            return Countdown(sev, QCoreApplication.translate("Countdown", "Overdue today"))
        return Countdown(sev, QCoreApplication.translate("Countdown", "Due today"))
    if deadline.unit is DeadlineUnit.WORKING_DAYS:
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

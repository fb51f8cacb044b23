"""The colours of deadline states, shared by every view that shows one (the case list, the
deadlines tab, reminders, the dashboard), so a state looks the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor

from disputekit.domain.deadlines.deadline_types import DeadlineStatus

# Dark enough to read as text on a white table row (the orange is darkened for contrast).
OVERDUE = "#c62828"
DUE_SOON = "#b26a00"
UPCOMING = "#2e7d32"
MET = "#757575"
# A platform period the user dismissed (不再提醒): greyed, lighter than a met one.
DISMISSED = "#8d8d8d"
# An estimated due date (calendar data missing) is a warning, in the due-soon colour.
ESTIMATE = DUE_SOON

_BY_STATUS = {
    DeadlineStatus.OVERDUE: OVERDUE,
    DeadlineStatus.DUE_SOON: DUE_SOON,
    DeadlineStatus.UPCOMING: UPCOMING,
    DeadlineStatus.MET: MET,
}


def status_colour(status: DeadlineStatus) -> QColor:
    """The colour a deadline in `status` is drawn in."""
    return QColor(_BY_STATUS[status])


def estimate_colour() -> QColor:
    """The colour of the "estimate" mark on a deadline."""
    return QColor(ESTIMATE)


def dismissed_colour() -> QColor:
    """The colour of a platform period the user dismissed (不再提醒), whatever its state."""
    return QColor(DISMISSED)

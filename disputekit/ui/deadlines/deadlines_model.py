"""Deadlines as a table model: one case's (期限 tab) or several cases' (到期提醒 overview).

Rows are `DeadlineRow`s; countdowns and colours are computed from an injected "now" and the
store's calendar each time `set_rows` is called, so a moved clock shows at the next refresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.case_deadlines import Deadline, DeadlineStatus
from disputekit.ui.deadlines.countdown import Countdown, countdown
from disputekit.ui.shared.language.i18n import shown
from disputekit.ui.shared.language.vocab_text import deadline_label, fmt_dt
from disputekit.ui.shared.palette import dismissed_colour, estimate_colour

Index = QModelIndex | QPersistentModelIndex

COL_CASE, COL_LABEL, COL_DUE, COL_COUNTDOWN, COL_RULE, COL_BASIS, COL_ESTIMATED = range(7)
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class DeadlineRow:
    """One deadline of one case."""

    case_id: int | None
    case_title: str
    deadline: Deadline
    # A platform period the user dismissed (不再提醒): greyed and marked 已不再提醒.
    dismissed: bool = False


class DeadlinesModel(QAbstractTableModel):
    """Deadline rows with countdown and colour; the case column is hidden for a single case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[DeadlineRow, Countdown]] = []
        self._judged_at: tuple[datetime, WorkCalendar] | None = None

    def set_rows(self, rows: list[DeadlineRow], now: datetime, calendar: WorkCalendar) -> None:
        """Show `rows`, judged at `now`."""
        self._judged_at = (now, calendar)
        self.beginResetModel()
        self._rows = [(r, countdown(r.deadline, now, calendar)) for r in rows]
        self.endResetModel()

    def relabel(self) -> None:
        """Countdown texts and headers again (the language changed), judged as before."""
        if self._judged_at is not None:
            self.set_rows([r for r, _ in self._rows], *self._judged_at)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def row(self, n: int) -> DeadlineRow:
        """The deadline row shown at `n`."""
        return self._rows[n][0]

    def severity(self, n: int) -> DeadlineStatus:
        """The state of row `n` at the time the rows were judged."""
        return self._rows[n][1].severity

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Case"),
            self.tr("Deadline"),
            self.tr("Due (Beijing time)"),
            self.tr("Countdown"),
            self.tr("Rule"),
            self.tr("Basis"),
            self.tr("Estimate"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, count = self._rows[index.row()]
        d, col = row.deadline, index.column()
        if role == SEVERITY_ROLE:
            return count.severity.value
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.ForegroundRole and row.dismissed:
            return QBrush(dismissed_colour())  # the whole row greyed, whatever its state
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_LABEL, COL_DUE, COL_COUNTDOWN):
            return QBrush(count.colour)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_ESTIMATED:
            return QBrush(estimate_colour())
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_ESTIMATED and d.estimated:
                return shown(d.estimate_reason)
            if col == COL_RULE:
                return shown(d.rule)
            if row.dismissed and col in (COL_LABEL, COL_COUNTDOWN):
                return self.tr(
                    "You chose not to be reminded of this platform period: it is not counted. "
                    "Select it and press Remind again to count it again."
                )
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            row.case_title,
            deadline_label(d),
            fmt_dt(d.due),
            self.tr("Dismissed · {countdown}").format(countdown=count.text)
            if row.dismissed
            else count.text,
            shown(d.rule),
            shown(d.basis),
            self.tr("Estimate") if d.estimated else "",
        ][col]

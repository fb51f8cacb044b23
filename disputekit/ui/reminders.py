"""到期提醒: deadlines due soon or overdue across every case, by the one deadline rule
(`domain.deadline_judge`: due soon = by the end of the next working day).

`due_rows` finds them cheaply: the store caches each case's earliest unmet deadline, and a case
whose earliest one is not due soon has no deadline due soon at all, so only the few cases
flagged there are loaded in full. `ReminderService` checks at start-up and every hour, and
notifies through the system tray where one exists, else the main window's banner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.deadline_judge import soon_until
from disputekit.domain.deadlines import DeadlineStatus, deadlines_for
from disputekit.store import Store
from disputekit.ui.deadlines_model import CASE_ID_ROLE, DeadlineRow, DeadlinesModel
from disputekit.ui.deadlines_tab import deadline_table
from disputekit.ui.vocab_text import case_title

CHECK_INTERVAL_MS = 60 * 60 * 1000


def due_rows(store: Store, now: datetime) -> list[DeadlineRow]:
    """Unmet deadlines of every case that are overdue or due soon at `now`, overdue first,
    then by due time."""
    calendar = store.calendar()
    found: list[DeadlineRow] = []
    for summary in store.cases.due_by(soon_until(now, calendar)):
        case = store.cases.get(summary.id)
        for deadline in deadlines_for(case, now, calendar):
            if deadline.status in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON):
                found.append(DeadlineRow(summary.id, case_title(case), deadline))
    found.sort(
        key=lambda row: (row.deadline.status is not DeadlineStatus.OVERDUE, row.deadline.due)
    )
    return found


class RemindersWindow(QWidget):
    """A window listing `due_rows`; double-click opens the case on its deadlines tab."""

    open_case = Signal(int)

    def __init__(self, store: Store, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._store, self._clock = store, clock
        self.setWindowTitle(self.tr("Deadline reminders"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = DeadlinesModel(self)
        self.table = deadline_table(self.model)
        self.table.doubleClicked.connect(
            lambda index: self.open_case.emit(int(index.data(CASE_ID_ROLE)))
        )
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Double-click a row to open the case."))
        layout.addWidget(hint)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        """Reload the rows at the clock's now."""
        now = self._clock()
        rows = due_rows(self._store, now)
        self.model.set_rows(rows, now, self._store.calendar())
        overdue = sum(
            self.model.severity(r) is DeadlineStatus.OVERDUE for r in range(self.model.rowCount())
        )
        self.summary.setText(
            self.tr("{overdue} overdue, {soon} due within a working day.").format(
                overdue=overdue, soon=len(rows) - overdue
            )
        )


class ReminderService(QObject):
    """Checks now and hourly; `notify(text)` is called when something is due or overdue."""

    checked = Signal(list)  # the DeadlineRows found

    def __init__(
        self,
        store: Store,
        clock: Callable[[], datetime],
        banner: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderService")
        self._store, self._clock, self._banner = store, clock, banner
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("DisputeKit")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[DeadlineRow]:
        """Look for due and overdue deadlines and tell the user if there are any."""
        now = self._clock()
        rows = due_rows(self._store, now)
        overdue = sum(r.deadline.status is DeadlineStatus.OVERDUE for r in rows)
        if rows:
            text = self.tr(
                "{soon} deadline(s) due within a working day, {overdue} overdue. "
                "See View → Deadline reminders."
            ).format(soon=len(rows) - overdue, overdue=overdue)
            if self.tray is not None:
                self.tray.showMessage(
                    self.tr("DisputeKit deadlines"), text, QSystemTrayIcon.MessageIcon.Warning
                )
            else:
                self._banner(text, "error" if overdue else "warning")
        self.checked.emit(rows)
        return rows

"""到期提醒 on screen: the rows `app.reminders.due_deadlines` finds, in a window and as a
notice. `ReminderService` checks at start-up and every hour, and notifies through the system
tray where one exists, else the main window's banner.
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

from disputekit.app.cases import Store
from disputekit.app.reminders import due_deadlines
from disputekit.domain.deadlines import DeadlineStatus
from disputekit.ui.deadlines.deadlines_model import CASE_ID_ROLE, DeadlineRow, DeadlinesModel
from disputekit.ui.deadlines.deadlines_tab import deadline_table
from disputekit.ui.shared.vocab_text import case_title

CHECK_INTERVAL_MS = 60 * 60 * 1000


def due_rows(store: Store, now: datetime) -> list[DeadlineRow]:
    """The overdue and due-soon deadlines of every case at `now` as table rows, overdue first,
    then by due time."""
    return [
        DeadlineRow(due.case_id, case_title(due.case, buyer=True), due.deadline)
        for due in due_deadlines(store, now)
    ]


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
        banner: Callable[[Callable[[], str], str], None],
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
            text = self._banner_text(len(rows) - overdue, overdue)
            if self.tray is not None:
                self.tray.showMessage(
                    self.tr("DisputeKit deadlines"), text, QSystemTrayIcon.MessageIcon.Warning
                )
            else:
                # Worded again in the language the user switches to.
                soon = len(rows) - overdue
                level = "error" if overdue else "warning"
                self._banner(lambda: self._banner_text(soon, overdue), level)
        self.checked.emit(rows)
        return rows

    def _banner_text(self, soon: int, overdue: int) -> str:
        return self.tr(
            "{soon} deadline(s) due within a working day, {overdue} overdue. "
            "See View → Deadline reminders."
        ).format(soon=soon, overdue=overdue)

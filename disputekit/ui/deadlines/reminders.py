"""到期提醒 on screen: the rows `app.reminders.due_deadlines` finds, in a window and as a
notice. `ReminderService` checks at start-up and every hour, and notifies through the system
tray where one exists, else the main window's banner. The window's checks run in the task
runner on a connection of their own: with thousands of cases due, reading them all took seconds,
and the window must not freeze while it does.
"""

from __future__ import annotations

import contextlib
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

from disputekit.app.reminders import DueDeadline, due_deadlines
from disputekit.app.workspace import Workspace
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus
from disputekit.ui.deadlines.deadlines_model import CASE_ID_ROLE, DeadlineRow, DeadlinesModel
from disputekit.ui.deadlines.deadlines_tab import deadline_table
from disputekit.ui.shared.vocab_text import case_title

CHECK_INTERVAL_MS = 60 * 60 * 1000

# Runs `work(workspace)` off the GUI thread on a connection of its own, then `done(result)` on it.
Background = Callable[
    [Callable[[Workspace], list[DueDeadline]], Callable[[list[DueDeadline]], None]], None
]


def rows_of(found: list[DueDeadline]) -> list[DeadlineRow]:
    """`due_deadlines` as table rows, in its order."""
    return [
        DeadlineRow(due.case_id, case_title(due.case, buyer=True), due.deadline) for due in found
    ]


def due_rows(workspace: Workspace, now: datetime) -> list[DeadlineRow]:
    """The overdue and due-soon deadlines of every case at `now` as table rows, overdue first,
    then by due time."""
    return rows_of(workspace.run(due_deadlines, now))


class RemindersWindow(QWidget):
    """A window listing `due_rows`; double-click opens the case on its deadlines tab."""

    open_case = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
        background: Background | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self._workspace, self._clock, self._background = workspace, clock, background
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
        """Reload the rows at the clock's now (read in the background when a runner was
        given: the window shows at once and fills when they are read)."""
        now = self._clock()
        if self._background is None:
            self._show(due_rows(self._workspace, now), now)
            return
        self._background(
            lambda own: own.run(due_deadlines, now), lambda found: self._fill(found, now)
        )

    def _fill(self, found: list[DueDeadline], now: datetime) -> None:
        # The window may have been closed and deleted while the rows were read.
        with contextlib.suppress(RuntimeError):
            self._show(rows_of(found), now)

    def _show(self, rows: list[DeadlineRow], now: datetime) -> None:
        self.model.set_rows(rows, now, self._workspace.calendar())
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
        workspace: Workspace,
        clock: Callable[[], datetime],
        banner: Callable[[Callable[[], str], str], None],
        parent: QObject | None = None,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderService")
        self._workspace, self._clock, self._banner = workspace, clock, banner
        self._background = background
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("DisputeKit")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_in_background)
        self.timer.start()

    def check(self) -> list[DeadlineRow]:
        """Look for due and overdue deadlines now, on this thread, and tell the user if there
        are any."""
        return self._tell(due_rows(self._workspace, self._clock()))

    def check_in_background(self) -> None:
        """`check` with the reading done off the GUI thread (`checked` says when it is done);
        on this thread when no background runner was given."""
        if self._background is None:
            self.check()
            return
        now = self._clock()
        self._background(lambda own: own.run(due_deadlines, now), self._found)

    def _found(self, found: list[DueDeadline]) -> None:
        self._tell(rows_of(found))

    def _tell(self, rows: list[DeadlineRow]) -> list[DeadlineRow]:
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

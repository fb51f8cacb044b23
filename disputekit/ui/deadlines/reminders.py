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

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.deadlines.reminders import DueDeadline, due_counts, due_deadlines
from disputekit.app.workspace import Workspace
from disputekit.domain.deadlines.deadline_attention import DueCounts
from disputekit.ui.deadlines.deadlines_model import CASE_ID_ROLE, DeadlineRow, DeadlinesModel
from disputekit.ui.deadlines.deadlines_tab import deadline_table
from disputekit.ui.shared.language.i18n import CHINESE, current_language
from disputekit.ui.shared.language.vocab_text import case_title

CHECK_INTERVAL_MS = 60 * 60 * 1000

# Runs `work(workspace)` off the GUI thread on a connection of its own, then `done(result)` on it.
Background = Callable[
    [Callable[[Workspace], list[DueDeadline]], Callable[[list[DueDeadline]], None]], None
]


def row_of(due: DueDeadline) -> DeadlineRow:
    """One of `due_deadlines` as a table row, named by its buyer."""
    return DeadlineRow(due.case_id, case_title(due.case, True, due.case_id), due.deadline)


def rows_of(found: list[DueDeadline]) -> list[DeadlineRow]:
    """`due_deadlines` as table rows, in its order: the ones not dismissed."""
    return [row_of(due) for due in found if not due.dismissed]


def due_rows(workspace: Workspace, now: datetime) -> list[DeadlineRow]:
    """The overdue and due-soon deadlines of every case at `now` as table rows, overdue first,
    then by due time (dismissed platform periods left out)."""
    return rows_of(workspace.run(due_deadlines, now))


def counts_text(counts: DueCounts) -> str:
    """The one count in words, only what is there: legal deadlines, then platform periods,
    named apart (one line on a 1366-pixel screen)."""
    translate = QCoreApplication.translate
    parts = [
        text.format(n=n)
        for n, text in (
            (counts.overdue, translate("Reminders", "{n} legal deadline(s) overdue")),
            (
                counts.due_soon,
                translate("Reminders", "{n} legal deadline(s) due within a working day"),
            ),
            (
                counts.platform_overdue,
                translate("Reminders", "{n} platform period(s) past (not legal deadlines)"),
            ),
            (
                counts.platform_due_soon,
                translate("Reminders", "{n} platform period(s) due within a working day"),
            ),
        )
        if n
    ]
    if not parts:
        return translate("Reminders", "Nothing is due within a working day.")
    chinese = current_language() == CHINESE
    return ("；" if chinese else "; ").join(parts) + ("。" if chinese else ".")


def _sentences(parts: list[str]) -> str:
    """Sentences one after another: spaced in English, not in Chinese."""
    return ("" if current_language() == CHINESE else " ").join(parts)


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
            self._show(self._workspace.run(due_deadlines, now), now)
            return
        self._background(
            lambda own: own.run(due_deadlines, now), lambda found: self._fill(found, now)
        )

    def _fill(self, found: list[DueDeadline], now: datetime) -> None:
        # The window may have been closed and deleted while the rows were read.
        with contextlib.suppress(RuntimeError):
            self._show(found, now)

    def _show(self, found: list[DueDeadline], now: datetime) -> None:
        # Legal deadlines first, then the platform's own periods; each in `found`'s order.
        rows = rows_of(sorted(found, key=lambda due: not due.legal))
        self.model.set_rows(rows, now, self._workspace.calendar())
        self.summary.setText(counts_text(due_counts(found)))


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
        self._told = False  # the last check found something to tell
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
        return self._tell(self._workspace.run(due_deadlines, self._clock()))

    def check_in_background(self) -> None:
        """`check` with the reading done off the GUI thread (`checked` says when it is done);
        on this thread when no background runner was given."""
        if self._background is None:
            self.check()
            return
        now = self._clock()
        self._background(lambda own: own.run(due_deadlines, now), self._found)

    def _found(self, found: list[DueDeadline]) -> None:
        self._tell(found)

    def _tell(self, found: list[DueDeadline]) -> list[DeadlineRow]:
        rows, counts = rows_of(found), due_counts(found)
        if counts.any:
            text = self._banner_text(counts)
            if self.tray is not None:
                self.tray.showMessage(
                    self.tr("DisputeKit deadlines"), text, QSystemTrayIcon.MessageIcon.Warning
                )
            else:
                # Worded again in the language the user switches to. Red only for a legal
                # deadline passed: a platform's own period past costs the buyer no right.
                level = "error" if counts.overdue else "warning"
                self._banner(lambda: self._banner_text(counts), level)
        elif self._told and self.tray is None:
            # What the banner said is no longer so (met, dismissed): it says so, not the old count.
            self._banner(lambda: counts_text(counts), "info")
        self._told = counts.any
        self.checked.emit(rows)
        return rows

    def _banner_text(self, counts: DueCounts) -> str:
        return _sentences([counts_text(counts), self.tr("See View → Deadline reminders.")])

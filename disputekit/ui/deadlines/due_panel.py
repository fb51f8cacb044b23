"""The dashboard's deadlines: the pressing ones of every case, shown by sort (法定期限,
平台自定期限, 已不再提醒), with 不再提醒 for a platform period and 恢复提醒 to undo it.
Rows and counts are those of `app.reminders.due_deadlines`, as the banner counts them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.deadlines.deadline_dismissals import (
    DISMISSAL_REFUSALS,
    dismiss_deadline,
    restore_deadline,
)
from disputekit.app.deadlines.reminders import DueDeadline
from disputekit.app.workspace import Workspace
from disputekit.domain.deadlines.deadline_attention import dismissable
from disputekit.ui.deadlines.deadlines_model import DeadlinesModel
from disputekit.ui.deadlines.deadlines_tab import deadline_table
from disputekit.ui.deadlines.reminders import row_of
from disputekit.ui.shared.language.i18n import error_text

LEGAL, PLATFORM, DISMISSED = range(3)


def shown_in(view: int, due: DueDeadline) -> bool:
    """True if `due` belongs in the list `view` (LEGAL, PLATFORM or DISMISSED)."""
    if view == DISMISSED:
        return due.dismissed
    return not due.dismissed and due.legal == (view == LEGAL)


class DuePanel(QWidget):
    """A filter, the table of deadlines it picks, and the dismiss/restore buttons;
    `changed` after a dismissal or its undoing (the owner counts again)."""

    changed = Signal()

    def __init__(
        self, workspace: Workspace, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace, self._clock = workspace, clock
        self._found: list[DueDeadline] = []
        self._shown: list[DueDeadline] = []
        self._now = clock()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.view = QComboBox()
        self.view.currentIndexChanged.connect(self._fill)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.view)
        row.addWidget(self.note, 1)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.model = DeadlinesModel(self)
        self.table = deadline_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        # Rows sized while the panel was hidden (a narrow, unshown tab) fit its width now.
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        """Texts in the UI language."""
        current = max(self.view.currentIndex(), 0)
        self.view.blockSignals(True)
        self.view.clear()
        self.view.addItems(
            [self.tr("Legal deadlines"), self.tr("Platform's own periods"), self.tr("Dismissed")]
        )
        self.view.setCurrentIndex(current)
        self.view.blockSignals(False)
        self.dismiss_button.setText(self.tr("Don't remind again"))
        self.restore_button.setText(self.tr("Remind again"))
        self._fill()

    def set_found(self, found: list[DueDeadline], now: datetime) -> None:
        """Show `found` (judged at `now`)."""
        self._found, self._now = found, now
        self._fill()

    def select_view(self, view: int) -> None:
        """Show the list `view` (LEGAL, PLATFORM or DISMISSED)."""
        self.view.setCurrentIndex(view)

    def shown(self) -> list[DueDeadline]:
        """The deadlines listed now, in row order."""
        return list(self._shown)

    def _fill(self) -> None:
        view = max(self.view.currentIndex(), 0)
        self._shown = [due for due in self._found if shown_in(view, due)]
        self.model.set_rows([row_of(d) for d in self._shown], self._now, self._workspace.calendar())
        self.note.setText(
            [
                self.tr("Statutory periods: they cannot be dismissed."),
                self.tr(
                    "Periods a platform or seller sets itself: past, the next step may be "
                    "taken; no right is lost."
                ),
                self.tr("Platform periods you chose not to be reminded of."),
            ][view]
        )
        self._enable()

    def _selected(self) -> list[DueDeadline]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self._shown[r] for r in rows if r < len(self._shown)]

    def _enable(self) -> None:
        view = max(self.view.currentIndex(), 0)
        chosen = self._selected()
        self.dismiss_button.setVisible(view != DISMISSED)
        self.dismiss_button.setEnabled(
            view == PLATFORM and bool(chosen) and all(dismissable(d.deadline) for d in chosen)
        )
        self.restore_button.setVisible(view == DISMISSED)
        self.restore_button.setEnabled(bool(chosen))

    def dismiss_selected(self) -> None:
        """不再提醒 for the selected platform periods."""
        self._apply(dismiss_deadline)

    def restore_selected(self) -> None:
        """Remind again of the selected dismissed periods."""
        self._apply(restore_deadline)

    def _apply(self, action: Callable[..., None]) -> None:
        chosen = self._selected()
        try:
            for due in chosen:
                self._workspace.run(action, due.case_id, due.deadline)
        except DISMISSAL_REFUSALS as exc:
            QMessageBox.warning(self, self.tr("Deadlines"), error_text(exc))
        if chosen:
            self.changed.emit()

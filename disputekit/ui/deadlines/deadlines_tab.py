"""期限 tab: every deadline of the current case with its countdown, rule, basis and 估算 mark,
不再提醒 / 恢复提醒 for a platform period (`app.deadline_dismissals`, as on the dashboard), and an
export of them to an .ics calendar file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.deadlines.calendar_export import CaseDeadline, build_ics
from disputekit.app.deadlines.deadline_dismissals import (
    DISMISSAL_REFUSALS,
    case_deadlines,
    dismiss_deadline,
    restore_deadline,
)
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import DeadlineKind
from disputekit.domain.deadlines.case_deadlines import DeadlineStatus
from disputekit.domain.deadlines.deadline_attention import dismissable
from disputekit.domain.deadlines.deadline_types import Deadline
from disputekit.files.private_files import write_private
from disputekit.messages import os_reason
from disputekit.ui.deadlines.deadlines_model import (
    COL_BASIS,
    COL_CASE,
    COL_RULE,
    DeadlineRow,
    DeadlinesModel,
)
from disputekit.ui.shared.language.i18n import error_text, shown
from disputekit.ui.shared.language.retranslate import Retranslating
from disputekit.ui.shared.language.vocab_text import case_title
from disputekit.ui.shared.save_target import ask_save_path
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession

REFRESH_MS = 5 * 60 * 1000  # countdowns move with the clock even when nothing is edited


def export_items(case_id: int | None, case: Case, deadlines: list) -> list[CaseDeadline]:
    """The unmet deadlines of a case as calendar entries."""
    return [
        CaseDeadline(
            case_id if case_id is not None else 0,
            case_title(case),
            d,
            d.label_zh,
            d.estimate_reason or "",
        )
        for d in deadlines
        if d.status != DeadlineStatus.MET
    ]


def deadline_table(model: DeadlinesModel) -> QTableView:
    """A table over deadline rows: sentences (rule, basis) share the width and wrap."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    # A click picks the whole deadline (不再提醒 and 恢复提醒 act on selected rows).
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_BASIS, QHeaderView.ResizeMode.Stretch)
    # Rows grow to fit the wrapped text whenever the columns change width.
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    model.modelReset.connect(table.resizeRowsToContents)
    return table


class DeadlinesTab(Retranslating, QWidget):
    """The current case's deadlines, recoloured as the injected clock moves."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._session = session
        self.deadlines: list[Deadline] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.model = DeadlinesModel(self)
        self.table = deadline_table(self.model)
        self.table.setColumnHidden(COL_CASE, True)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)

        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._ask_export)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        session.current_changed.connect(self.refresh)
        session.case_changed.connect(self.refresh)
        session.deadlines_changed.connect(self._changed_elsewhere)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Texts in the current language; countdowns are re-worded without a new query."""
        self.note.setText(
            self.tr(
                "Working days follow the official holiday schedule, including make-up workdays. "
                "An 'Estimate' mark means the schedule for that year is not published yet."
            )
        )
        self.export_button.setText(self.tr("Export to calendar (.ics)…"))
        self.dismiss_button.setText(self.tr("Don't remind again"))
        self.dismiss_button.setToolTip(
            self.tr(
                "Stop counting the selected platform period (a period a platform or seller sets "
                "itself). Legal deadlines cannot be dismissed."
            )
        )
        self.restore_button.setText(self.tr("Remind again"))
        self.restore_button.setToolTip(self.tr("Count the selected dismissed period again."))
        self._show_summary()
        self.model.relabel()

    def refresh(self) -> None:
        """Recompute the deadlines and their countdowns at the clock's now."""
        case, case_id = self._session.case, self._session.case_id
        now = self._services.now()
        found = self._services.workspace.run(case_deadlines, case_id, case, now)
        self.deadlines = found.deadlines
        title = case_title(case) if case else ""
        rows = [DeadlineRow(case_id, title, d, found.dismissed(d)) for d in self.deadlines]
        chosen = {(r.deadline.kind, r.deadline.due) for r in self._selected()}
        self.model.set_rows(rows, now, found.calendar)
        self._reselect(chosen)
        self.export_button.setEnabled(any(d.status != DeadlineStatus.MET for d in self.deadlines))
        self._show_summary()
        self._enable()

    def _selected(self) -> list[DeadlineRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows if r < self.model.rowCount()]

    def _reselect(self, chosen: set[tuple[DeadlineKind, datetime]]) -> None:
        """Select again, after a refresh, the deadlines that were selected before it."""
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in range(self.model.rowCount()):
            deadline = self.model.row(r).deadline
            if (deadline.kind, deadline.due) in chosen:
                self.table.selectionModel().select(self.model.index(r, 0), flags)

    def _enable(self) -> None:
        """不再提醒 for platform periods not yet dismissed, 恢复提醒 for dismissed ones."""
        chosen = self._selected()
        self.dismiss_button.setEnabled(
            bool(chosen) and all(dismissable(r.deadline) and not r.dismissed for r in chosen)
        )
        self.restore_button.setEnabled(bool(chosen) and all(r.dismissed for r in chosen))

    def dismiss_selected(self) -> None:
        """不再提醒 for the selected platform periods."""
        self._apply(dismiss_deadline)

    def restore_selected(self) -> None:
        """Remind again of the selected dismissed periods."""
        self._apply(restore_deadline)

    def _apply(self, action: Callable[..., None]) -> None:
        chosen, case_id = self._selected(), self._session.case_id
        if not chosen or case_id is None:
            return
        try:
            for row in chosen:
                self._services.workspace.run(action, case_id, row.deadline)
        except DISMISSAL_REFUSALS as exc:
            QMessageBox.warning(self, self.tr("Deadlines"), error_text(exc))
        self.refresh()
        # The banner, the dashboard and the case list count anew.
        self._session.deadlines_changed.emit(self)

    def _changed_elsewhere(self, source: object) -> None:
        if source is not self:
            self.refresh()

    def _show_summary(self) -> None:
        if self._session.case is None:
            self.summary.setText(self.tr("Choose a case in the list."))
        elif not self.deadlines:
            self.summary.setText(
                self.tr(
                    "No deadline runs yet: add events (cancelled, contacted, appealed…) "
                    "in the timeline."
                )
            )
        else:
            self.summary.setText(self.tr("Deadlines of this case, earliest first."))

    def _ask_export(self) -> None:
        case = self._session.case
        if case is None:
            return
        name = f"{case.order.order_no or 'case'}-deadlines.ics"
        path = ask_save_path(
            self,
            self.tr("Export deadlines"),
            name,
            self.tr("Calendar files (*.ics)"),
            self._services.data_dir,
        )
        if path is None:
            return
        try:
            self.export_ics(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export deadlines"),
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=shown(os_reason(exc))
                ),
            )

    def export_ics(self, path: Path) -> Path:
        """Write the unmet deadlines of the current case to `path` as iCalendar."""
        case = self._session.case
        assert case is not None
        items = export_items(self._session.case_id, case, self.deadlines)
        write_private(path, build_ics(items, self._services.clock()))
        return path

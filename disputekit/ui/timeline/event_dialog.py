"""Add or edit one timeline event: kind, date-time (Asia/Shanghai), note, outcome, exhibits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import EventKind, Outcome
from disputekit.domain.case.withheld import exhibit_numbers
from disputekit.timeutil import SHANGHAI, to_shanghai
from disputekit.ui.shared.language.vocab_text import label
from disputekit.ui.shared.unsaved_prompt import Answer, ask_unsaved

ThumbnailFor = Callable[[str], Path | None]  # sha256 -> thumbnail file
_TZ = QTimeZone(b"Asia/Shanghai")


def to_qdatetime(dt: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in Asia/Shanghai (what the user reads and edits)."""
    local = to_shanghai(dt)
    day = QDate(local.year, local.month, local.day)
    return QDateTime(day, QTime(local.hour, local.minute, local.second), _TZ)


def from_qdatetime(value: QDateTime) -> datetime:
    """The edited QDateTime as an aware datetime in Asia/Shanghai."""
    naive = cast(datetime, value.toTimeZone(_TZ).toPython())
    return naive.replace(tzinfo=SHANGHAI)


class EventDialog(QDialog):
    """Edits a copy of `event`; `result_event()` gives the edited event after accept."""

    def __init__(
        self,
        case: Case,
        event: Event,
        thumbnail_for: ThumbnailFor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._event = event
        self.setWindowTitle(self.tr("Timeline event"))
        form = QFormLayout(self)

        self.kind_combo = QComboBox()
        for kind in EventKind:
            self.kind_combo.addItem(label(kind), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(event.kind)))
        form.addRow(self.tr("What happened"), self.kind_combo)

        self.at_edit = QDateTimeEdit(to_qdatetime(event.at))
        self.at_edit.setTimeZone(_TZ)
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        form.addRow(self.tr("When (Beijing time)"), self.at_edit)

        # A refund promise with a date: the refund deadline counts to it (商家承诺).
        promised = event.promised_by
        self.promised_check = QCheckBox(self.tr("The seller promised a date"))
        self.promised_check.setChecked(promised is not None)
        self.promised_edit = QDateTimeEdit(
            to_qdatetime(promised if promised is not None else event.at + timedelta(days=3))
        )
        self.promised_edit.setTimeZone(_TZ)
        self.promised_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised_edit.setCalendarPopup(True)
        self.promised_edit.setEnabled(promised is not None)
        self.promised_check.toggled.connect(self.promised_edit.setEnabled)
        form.addRow(self.promised_check)
        form.addRow(self.tr("Refund promised by (Beijing time)"), self.promised_edit)
        # A 12315 refusal only for missing materials: the next step is to complete and refile.
        self.materials_check = QCheckBox(self.tr("Refused only because materials were missing"))
        self.materials_check.setChecked(event.reason == "missing_materials")
        form.addRow(self.materials_check)
        self._form = form
        self.kind_combo.currentIndexChanged.connect(self._show_promise_rows)

        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("(none)"), None)
        for outcome in Outcome:
            self.outcome_combo.addItem(label(outcome), outcome.value)
        self.outcome_combo.setCurrentIndex(
            self.outcome_combo.findData(str(event.outcome) if event.outcome else None)
        )
        form.addRow(self.tr("Outcome"), self.outcome_combo)

        self.note_edit = QPlainTextEdit(event.note)
        self.note_edit.setPlaceholderText(self.tr("What was said or done, in a sentence or two"))
        self.note_edit.setMaximumHeight(100)
        form.addRow(self.tr("Note"), self.note_edit)

        self.evidence_list = QListWidget()
        self.evidence_list.setIconSize(QSize(48, 48))
        numbers = exhibit_numbers(case)  # as the packet numbers them
        for item in case.evidence:
            n = numbers.get(item.id)
            # A withheld original has no number: it is tagged where the number would be.
            number = self.tr("Exhibit {n}").format(n=n) if n else self.tr("withheld")
            text = f"{number}  {label(item.kind)}  {item.caption or item.original_name}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(self.tr("Internal id: {id}").format(id=item.id))
            if item.withheld:
                row.setForeground(QColor("#b3261e"))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = item.id in event.evidence
            row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            thumb = thumbnail_for(item.sha256) if thumbnail_for and item.sha256 else None
            if thumb is not None:
                row.setIcon(QIcon(QPixmap(str(thumb))))
            self.evidence_list.addItem(row)
        form.addRow(self.tr("Linked exhibits"), self.evidence_list)
        self.withheld_warning = QLabel(
            self.tr(
                "A withheld original is linked: packets leave it out, so this event shows "
                "without it. Link its redacted copy instead."
            )
        )
        self.withheld_warning.setWordWrap(True)
        self.withheld_warning.setStyleSheet("color: #b3261e;")
        form.addRow(self.withheld_warning)
        self._withheld = {item.id for item in case.evidence if item.withheld}
        self.evidence_list.itemChanged.connect(lambda _row: self._warn_withheld())
        self._warn_withheld()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_promise_rows()
        self.resize(520, 520)
        self._baseline = self.result_event()

    def _show_promise_rows(self, *_: object) -> None:
        promise = self.kind_combo.currentData() == EventKind.REFUND_PROMISED.value
        self._form.setRowVisible(self.promised_check, promise)
        self._form.setRowVisible(self.promised_edit, promise)
        rejected = self.kind_combo.currentData() == EventKind.COMPLAINT_REJECTED.value
        self._form.setRowVisible(self.materials_check, rejected)

    def reject(self) -> None:
        """Cancel, Esc or the close box: edits are never dropped without asking."""
        if self.result_event() == self._baseline:
            super().reject()
            return
        answer = ask_unsaved(self, self.tr("This event"))
        if answer is Answer.SAVE:
            self.accept()
        elif answer is Answer.DISCARD:
            super().reject()

    def result_event(self) -> Event:
        """The event as edited (same id, unknown JSON keys kept)."""
        linked = [
            self.evidence_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.evidence_list.count())
            if self.evidence_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        kind = EventKind(self.kind_combo.currentData())
        promised_by = None
        if kind is EventKind.REFUND_PROMISED and self.promised_check.isChecked():
            promised_by = from_qdatetime(self.promised_edit.dateTime())
        reason = ""
        if kind is EventKind.COMPLAINT_REJECTED:
            # Recorded either way, so a note mentioning 材料 is not read as the reason.
            reason = "missing_materials" if self.materials_check.isChecked() else "other"
        return Event(
            id=self._event.id,
            at=from_qdatetime(self.at_edit.dateTime()),
            # Combo data come back as plain str (Qt drops the enum type): rebuild the enums.
            kind=kind,
            note=self.note_edit.toPlainText().strip(),
            outcome=Outcome(outcome) if (outcome := self.outcome_combo.currentData()) else None,
            evidence=linked,
            promised_by=promised_by,
            reason=reason,
            reached_at=self._event.reached_at,
            extra=dict(self._event.extra),
        )

    def _warn_withheld(self) -> None:
        rows = (self.evidence_list.item(i) for i in range(self.evidence_list.count()))
        linked = {
            r.data(Qt.ItemDataRole.UserRole)
            for r in rows
            if r.checkState() == Qt.CheckState.Checked
        }
        self.withheld_warning.setVisible(bool(linked & self._withheld))

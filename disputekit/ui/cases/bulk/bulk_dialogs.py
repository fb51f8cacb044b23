"""The questions a bulk action asks before it runs: the event to add (the timeline's own
editor, without the exhibits, which belong to one case), and the packet kind."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import EventKind, PacketKind
from disputekit.ui.shared.language.vocab_text import label
from disputekit.ui.timeline.event_dialog import EventDialog


class BulkEventDialog(EventDialog):
    """The timeline's event editor for an event added to `count` cases at once: kind, time,
    promise, outcome and note; exhibits are left out (each case has its own)."""

    def __init__(self, count: int, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(Case(), Event(id="ev1", at=now, kind=EventKind.CS_REPLIED), None, parent)
        self.setObjectName("bulkEventDialog")
        self.setWindowTitle(
            self.tr("Add an event to the selected cases ({count})").format(count=count)
        )
        self._form.setRowVisible(self.evidence_list, False)
        self._form.setRowVisible(self.withheld_warning, False)
        note = QLabel(
            self.tr(
                "The same event is added to the timeline of each selected case. Link exhibits "
                "later in each case's timeline."
            )
        )
        note.setWordWrap(True)
        self._form.insertRow(0, note)
        self.resize(480, 360)


class PacketKindDialog(QDialog):
    """Which packet to build for each selected case."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkPacketDialog")
        self.setWindowTitle(
            self.tr("Build packets for the selected cases ({count})").format(count=count)
        )
        form = QFormLayout(self)
        self.kind_combo = QComboBox()
        for kind in PacketKind:
            self.kind_combo.addItem(label(kind), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PacketKind.COMPLAINT_12315.value))
        form.addRow(self.tr("Packet"), self.kind_combo)
        self.draft_check = QCheckBox(
            self.tr("Drafts, to check before filing (built even with items missing)")
        )
        form.addRow(self.draft_check)
        note = QLabel(
            self.tr(
                "Each case's packet is built with its exhibits and the saved size and "
                "resolution, into the folder you choose next. A case the pre-check stops is "
                "skipped and listed with the reason; drafts are built for every case, marked "
                "as drafts on each page."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)
        self.resize(460, form.totalHeightForWidth(460))

    def kind(self) -> PacketKind:
        """The packet kind chosen."""
        return PacketKind(self.kind_combo.currentData())

    def draft(self) -> bool:
        """Whether drafts are asked for."""
        return self.draft_check.isChecked()

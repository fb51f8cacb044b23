"""A strip under the evidence list for the selected item: one button and one line saying what
happened (or what to install), its texts following the UI language."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from disputekit.domain.case.model import EvidenceItem
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession


class EvidenceStrip(QWidget):
    """`button` acts on the selected item (`_item`); `note` reports. Subclasses give the
    texts in `retranslate`, which runs again when the language changes."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._session = services, session
        self._item: EvidenceItem | None = None
        self.button = QPushButton()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:palette(mid);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

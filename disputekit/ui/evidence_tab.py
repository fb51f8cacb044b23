"""The 证据 tab (first cut; the thumbnail grid follows)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from disputekit.ui.services import Services
from disputekit.ui.session import CaseSession


class EvidenceTab(QWidget):
    """The case's evidence files."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._session = services, session
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel())

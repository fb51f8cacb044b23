"""The 从手机添加… button of the 证据 tab; the dialog (and the upload server) load on first use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession


class PhoneUploadButton(QPushButton):
    """Opens the phone upload dialog for the current case; new files get `kind()`."""

    def __init__(
        self, services: Services, session: CaseSession, kind: Callable[[], EvidenceKind],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._services, self._session, self._kind = services, session, kind
        self.dialog: QDialog | None = None
        self.clicked.connect(lambda: self.open_dialog())
        self.retranslate()

    def open_dialog(self, bind: str | None = None) -> QDialog | None:
        """Show the dialog (window-modal, not blocking); `bind` overrides the LAN address."""
        if self._session.case_id is None:
            return None
        from disputekit.ui.phone.phone_upload_dialog import PhoneUploadDialog

        dialog = PhoneUploadDialog(self._services, self._session, self._kind(), self.window(), bind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def retranslate(self) -> None:
        """The button's text in the current language."""
        self.setText(self.tr("From &phone…"))
        self.setToolTip(self.tr("Receive screenshots, photos and recordings from a phone's "
                                "browser over the local network"))  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        """Follow a change of the UI language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""What bill import adds to the main window: 文件 → 导入支付账单…, and a bill file (.zip,
.csv, .xlsx) dropped on the window or the evidence tab opens the import dialog with it.

Built by the main window after its first paint; its action lives in one QObject parented to
the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent

from disputekit.app.evidence.bill_import import AttachResult
from disputekit.ui.bills.bill_import_dialog import BillImportDialog
from disputekit.ui.bills.bill_import_texts import summary
from disputekit.ui.evidence.evidence_intake import BILL_SUFFIXES, local_files
from disputekit.ui.shell.window_base import CaseWindow

if TYPE_CHECKING:
    from disputekit.ui.shared.services import Services


class BillWindowParts(QObject):
    """The import action and the window-level drop of a bill file."""

    def __init__(self, window: CaseWindow, services: Services) -> None:
        super().__init__(window)
        self.setObjectName("billParts")
        self._window, self._services = window, services
        self.dialog: BillImportDialog | None = None
        self.import_action = QAction(self)
        self.import_action.triggered.connect(lambda: self.open_dialog())
        menu = window.menu("file")
        menu.insertAction(window.export_action(), self.import_action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.session.bill_dropped.connect(self.open_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        """Menu text in the current language."""
        self.import_action.setText(self.tr("Import &payment bill (Alipay/WeChat Pay)…"))

    def open_dialog(self, path: Path | None = None) -> BillImportDialog | None:
        """Open the import dialog (reading `path` at once when given)."""
        if not self._window.session.can_leave():  # unsaved edits first: the import writes
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = BillImportDialog(self._services, self._window.session, self._window)
        self.dialog.imported.connect(self._imported)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        if path is not None:
            self.dialog.load(path)
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _imported(self, results: list[AttachResult]) -> None:
        self._window.case_list.reload()
        if results and results[0].created:
            self._window.request_case(results[0].case_id)
        self._window.show_tab("evidence")
        differs = any(r.differs for r in results)
        self._window.show_banner(summary(results), "warning" if differs else "info")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            files = local_files(event.mimeData())  # type: ignore[attr-defined]
            if len(files) == 1 and files[0].suffix.lower() in BILL_SUFFIXES:
                if isinstance(event, QDragEnterEvent):
                    event.acceptProposedAction()
                elif isinstance(event, QDropEvent):
                    event.acceptProposedAction()
                    self.open_dialog(files[0])
                return True
        return False

"""Offering OCR'd order facts for an evidence screenshot: read it in the task runner (progress,
cancel, cached per file hash), then let the user confirm field by field.

`OcrBar` is the evidence tab's strip for it: a button for the selected screenshot, or, without
the optional extra, one line saying how to install it.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QWidget

from disputekit.domain.case.model import EvidenceItem
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.domain.ocr.ocr_fields import Reading
from disputekit.domain.ocr.ocr_proposals import apply_proposals, proposals
from disputekit.ocr import INSTALL_HINT
from disputekit.ui.ocr.ocr_confirm import OcrConfirmDialog
from disputekit.ui.shared.evidence_strip import EvidenceStrip
from disputekit.ui.shared.language.i18n import error_text
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.tasks import ProgressReporter, TaskCancelled, run_with_progress_dialog

# Kinds whose screenshots carry order facts; a chat log or a balance page is not offered.
AUTO_KINDS = {
    EvidenceKind.ORDER_SCREENSHOT,
    EvidenceKind.PAYMENT_RECORD,
    EvidenceKind.RECHARGE_RECORD,
    EvidenceKind.REFUND_RECORD,
    EvidenceKind.OTHER,
}
_NOT_IMAGES = {"PDF", "CSV", "XLSX"}  # CSV/XLSX: official bills, already read as data


class OcrBar(EvidenceStrip):
    """Reads the selected screenshot on request, and offers a newly added one by itself."""

    filled = Signal(list)  # the case field paths that were filled

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(services, session, parent)
        self.dialog: OcrConfirmDialog | None = None
        self.read_button = self.button
        self.read_button.clicked.connect(lambda: self.offer(quiet=False))
        self.read_button.setVisible(self.available)
        self.retranslate()
        self.set_item(None)

    @property
    def available(self) -> bool:
        """True when the OCR extra is installed (the services carry a reader)."""
        return self._services.ocr is not None

    def retranslate(self) -> None:
        self.read_button.setText(self.tr("Read order &details from screenshot…"))
        if not self.available:
            self.note.setText(
                self.tr("Reading screenshots needs the optional OCR component: %1").replace(
                    "%1", INSTALL_HINT
                )
            )

    def set_item(self, item: EvidenceItem | None) -> None:
        """The selected evidence item (the button reads this one)."""
        self._item = item
        self.read_button.setEnabled(self.available and self._image_path(item) is not None)
        if self.available:
            self.note.clear()

    def offer_new(self, item: EvidenceItem) -> None:
        """A screenshot was just added: read it and offer what it shows (silent if nothing)."""
        if self.available and item.kind in AUTO_KINDS and self._image_path(item) is not None:
            self._item = item
            self.offer(quiet=True)

    def _image_path(self, item: EvidenceItem | None) -> Path | None:
        if item is None or not item.sha256:
            return None
        try:
            info = self._services.workspace.evidence_file(item.sha256)
        except KeyError:
            return None
        if info.format.upper() in _NOT_IMAGES:
            return None
        return self._services.workspace.expected_path(item.sha256)

    def offer(self, quiet: bool) -> None:
        """Read the current item in the task runner, then open the confirm dialog."""
        item, reader = self._item, self._services.ocr
        path = self._image_path(item)
        if item is None or reader is None or path is None:
            return
        sha = item.sha256

        def work(progress: ProgressReporter) -> Reading:
            progress(0, 2, self.tr("Recognising text…"))
            reader.lines(path, sha)  # the slow part; cached by the file's hash
            if progress.cancelled():
                raise TaskCancelled()
            progress(1, 2, self.tr("Finding order details…"))
            return reader.read(path, sha)  # now from the cache

        def done(reading: Reading) -> None:
            self._show(item, path, reading, quiet)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, TaskCancelled):
                self.note.setText(self.tr("Reading the screenshot was cancelled."))
                return
            self.note.setText(
                self.tr("The screenshot could not be read: %1").replace("%1", error_text(exc))
            )

        run_with_progress_dialog(
            self, self._services.tasks, self.tr("Reading the screenshot…"), work, done, failed
        )

    def _show(self, item: EvidenceItem, path: Path, reading: Reading, quiet: bool) -> None:
        case = self._session.case
        found = proposals(reading)
        if case is None or case.evidence_by_id(item.id) is None:
            return  # the case changed while the screenshot was read
        if not found:
            self.note.setText(
                self.tr("No order number, amount or time was found on %1.").replace("%1", item.id)
            )
            return
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # boxes are in the upright image, as the engine saw it
        image: QImage = reader.read()
        exhibit = f"{item.id} {item.caption or item.original_name}".strip()
        self.dialog = OcrConfirmDialog(image, found, case, exhibit, self.window())
        self.dialog.accepted.connect(lambda d=self.dialog, i=item.id: self._apply(d, i))
        self.dialog.open()

    def _apply(self, dialog: OcrConfirmDialog, item_id: str) -> None:
        case = self._session.case
        chosen = dialog.chosen()
        if case is None or not chosen or case.evidence_by_id(item_id) is None:
            return
        updated = copy.deepcopy(case)
        changed = apply_proposals(updated, chosen, item_id)
        self._session.save(updated)
        self.note.setText(
            self.tr("Filled from %1: %2").replace("%1", item_id).replace("%2", str(len(chosen)))
        )
        self.filled.emit(changed)

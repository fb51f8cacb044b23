"""The evidence viewer: zoom, fit, 1:1, rotate the view, the file's facts and SHA-256, and a
redaction mode that saves a blacked-out copy as a new evidence file. A PDF bill shows its pages
as the redaction draws them (one at a time, boxes kept per page) and opens in the system's PDF
viewer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.evidence.redaction import (
    Box,
    BoxOnPage,
    CannotDraw,
    RedactionRefused,
    redact_item,
    render_page,
)
from disputekit.domain.case.model import EvidenceItem
from disputekit.domain.case.withheld import exhibit_numbers
from disputekit.ui.evidence.file_facts import viewer_facts
from disputekit.ui.evidence.qimages import pil_to_qimage, to_qimage
from disputekit.ui.evidence.zoom_view import ZoomView
from disputekit.ui.shared.language.i18n import error_text
from disputekit.ui.shared.screen_fit import fit_to_screen
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shared.tasks import ProgressReporter, run_with_progress_dialog


class ImageViewer(QDialog):
    """Shows one evidence file; `redacted(item_id)` after a redacted copy was added."""

    redacted = Signal(str)

    def __init__(
        self, services: Services, session: CaseSession, item: EvidenceItem, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services, self._session, self.item = services, session, item
        self.sha = item.sha256 or ""
        self.info = services.workspace.evidence_file(self.sha)
        self.is_pdf = self.info.format == "PDF"
        # A bill spreadsheet (CSV/XLSX) or a screen recording has no picture to show here: its
        # facts, opened outside.
        self.is_video = self.info.format in ("MP4", "MOV", "WEBM")
        self.is_sheet = self.info.format in ("CSV", "XLSX") or self.is_video
        self.view = ZoomView()
        self.toolbar = QToolBar()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setMinimumWidth(260)
        self.facts.setMaximumWidth(320)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.open_external = QPushButton()
        self.open_external.clicked.connect(self.open_externally)
        self.status = QLabel()
        side = QVBoxLayout()
        side.addWidget(self.facts, 1)
        side.addWidget(self.open_external)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.page, self.page_count = 1, 1
        self._fitted = False
        self._page_boxes: dict[int, list[Box]] = {}  # boxes of the pages not shown now
        self._make_actions()
        self.intact = services.workspace.file_is_intact(self.sha)
        self._data = services.workspace.file_path(self.sha).read_bytes()
        if self.is_sheet:
            self.view.hide()
            self.toolbar.hide()
        elif self.is_pdf:
            self._show_page(1)
        else:
            self._show_picture()
        self.open_external.setVisible(self.is_pdf or self.is_sheet)
        self.view.boxes_changed.connect(self._update_actions)
        self.retranslate()
        fit_to_screen(self, QSize(1000, 720))
        self.view.fit()

    def _make_actions(self) -> None:
        def act(
            slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
        ) -> QAction:
            action = QAction(self)
            action.triggered.connect(slot)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            self.toolbar.addAction(action)
            return action

        self.zoom_in_action = act(self.view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = act(self.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.fit_action = act(self.view.fit, "Ctrl+0")
        self.actual_action = act(self.view.actual_size, "Ctrl+1")
        self.rotate_left_action = act(lambda: self.view.rotate_view(-90), "Ctrl+L")
        self.rotate_right_action = act(lambda: self.view.rotate_view(90), "Ctrl+R")
        self.toolbar.addSeparator()
        self.redact_action = act(self._toggle_redact, "Ctrl+D")
        self.redact_action.setCheckable(True)
        self.clear_action = act(self.view.clear_boxes)
        self.save_action = act(self.save_redacted, QKeySequence.StandardKey.Save)
        self.toolbar.addSeparator()
        self.previous_page_action = act(lambda: self.show_page(self.page - 1), "PgUp")
        self.next_page_action = act(lambda: self.show_page(self.page + 1), "PgDown")
        self.page_label = QLabel()
        self.page_label_action = self.toolbar.addWidget(self.page_label)
        self._update_actions()

    def retranslate(self) -> None:
        """Texts in the current language."""
        name = self.item.original_name or self.item.file
        case = self._session.case
        n = exhibit_numbers(case).get(self.item.id) if case is not None else None
        # The packet's number (证据N), as everywhere else; a withheld original has none.
        number = str(n) if n else self.tr("(withheld)")
        self.setWindowTitle(self.tr("Evidence %1 — %2").replace("%1", number).replace("%2", name))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.fit_action.setText(self.tr("Fit"))
        self.actual_action.setText(self.tr("1:1"))
        self.rotate_left_action.setText(self.tr("Rotate left"))
        self.rotate_right_action.setText(self.tr("Rotate right"))
        self.redact_action.setText(self.tr("Redact"))
        self.clear_action.setText(self.tr("Clear boxes"))
        self.save_action.setText(self.tr("Save redacted copy"))
        if self.is_video:
            self.open_external.setText(self.tr("Play in video player"))
        elif self.is_sheet:
            self.open_external.setText(self.tr("Open in spreadsheet program"))
        else:
            self.open_external.setText(self.tr("Open in PDF viewer"))
        self.previous_page_action.setText(self.tr("Previous page"))
        self.next_page_action.setText(self.tr("Next page"))
        self.facts.setText(viewer_facts(self.info, self.sha, self.intact))
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        # Fit once the window has its real size: fitting in __init__ used the default size.
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.view.fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _toggle_redact(self, on: bool) -> None:
        self.view.set_redacting(on)
        self.status.setText(
            self.tr("Drag rectangles over phone numbers, ID numbers or faces, then save a copy.")
            if on
            else ""
        )
        self._update_actions()

    def _update_actions(self) -> None:
        has_boxes = bool(self.view.boxes) or any(self._page_boxes.values())
        self.clear_action.setEnabled(bool(self.view.boxes))
        self.save_action.setEnabled(has_boxes and self._session.case_id is not None)
        for action in (self.previous_page_action, self.next_page_action):
            action.setVisible(self.is_pdf)
        self.page_label_action.setVisible(self.is_pdf)  # a picture has no pages
        self.previous_page_action.setEnabled(self.page > 1)
        self.next_page_action.setEnabled(self.page < self.page_count)
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.page))
            .replace("%2", str(self.page_count))
        )

    def show_page(self, number: int) -> None:
        """Show page `number` of a PDF; the boxes drawn on each page stay with that page."""
        if not self.is_pdf or not 1 <= number <= self.page_count or number == self.page:
            return
        self._page_boxes[self.page] = self.view.box_tuples()
        self.view.clear_boxes()
        self._show_page(number)
        for left, top, right, bottom in self._page_boxes.pop(number, []):
            self.view.add_box(QRectF(left, top, right - left, bottom - top))
        self.view.fit()
        self._update_actions()

    def _show_picture(self) -> None:
        try:
            self.view.set_image(pil_to_qimage(self._data))
        except (CannotDraw, OSError, ValueError) as exc:  # no HEIC plugin, a damaged file
            self.view.hide()
            self.toolbar.hide()
            self.status.setText(error_text(exc))

    def _show_page(self, number: int) -> None:
        try:
            image, self.page_count = render_page(self._data, number)
        except CannotDraw as exc:
            self.view.hide()
            self.toolbar.hide()
            self.status.setText(error_text(exc))
            return
        self.page = number
        self.view.set_image(to_qimage(image))

    def page_boxes(self) -> list[BoxOnPage]:
        """Every box drawn, on every page."""
        boxes = {**self._page_boxes, self.page: self.view.box_tuples()}
        return [BoxOnPage(page, box) for page in sorted(boxes) for box in boxes[page]]

    def save_redacted(self) -> None:
        """Write the blacked-out copy as a new vault file that replaces the original (in the
        task runner: a bill's pages are drawn again); `redacted` reports the new id."""
        case_id = self._session.case_id
        boxes = self.page_boxes()
        if case_id is None or not boxes:
            return
        stem = (self.item.original_name or self.item.id).rsplit(".", 1)[0]
        caption = self.tr("%1 (redacted)").replace("%1", self.item.caption or stem)
        item_id = self.item.id

        def work(progress: ProgressReporter) -> str:
            with self._services.workspace.on_own_connection() as own:
                return own.run(redact_item, case_id, item_id, boxes, caption).copy.id

        run_with_progress_dialog(
            self,
            self._services.tasks,
            self.tr("Saving redacted copy…"),
            work,
            self._saved,
            self._not_saved,
        )

    def _saved(self, new_id: str) -> None:
        self.view.clear_boxes()
        self._page_boxes.clear()
        self.redact_action.setChecked(False)
        self._toggle_redact(False)
        self._session.store_changed()
        self._show_copy(new_id)
        self.status.setText(
            self.tr(
                "Saved as %1. The original is unchanged and withheld: packets and exports"
                " leave it out."
            ).replace("%1", new_id)
        )
        self.redacted.emit(new_id)

    def _show_copy(self, new_id: str) -> None:
        # What was saved, as it will be shared: the redacted copy, not the original.
        case = self._session.case
        copy = case.evidence_by_id(new_id) if case is not None else None
        if copy is None or not copy.sha256:
            return
        self.item, self.sha = copy, copy.sha256
        workspace = self._services.workspace
        self.info = workspace.evidence_file(self.sha)
        self.intact = workspace.file_is_intact(self.sha)
        self._data = workspace.file_path(self.sha).read_bytes()
        self.page = 0
        if self.is_pdf:
            self._show_page(1)
        else:
            self.view.set_image(pil_to_qimage(self._data))
        self.retranslate()
        self.view.fit()

    def _not_saved(self, exc: BaseException) -> None:
        # An error the redaction expects says why in words; anything else is a bug to report.
        known = isinstance(exc, (RedactionRefused, OSError)) or hasattr(exc, "text")
        reason = error_text(exc) if known else repr(exc)
        QMessageBox.warning(
            self, self.windowTitle(), self.tr("The copy was not saved: %1").replace("%1", reason)
        )

    def open_externally(self) -> None:
        """Open the stored file in the system viewer (read-only copy in the vault)."""
        path = self._services.workspace.file_path(self.sha)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("No application could open the file.")
            )

"""The 证据 tab: the case's evidence as a thumbnail grid, intake by button, drop and paste,
the selected item's editor, removal with undo, and the viewer on double-click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.ui.evidence.evidence_commands import EditEvidenceCommand, RemoveEvidenceCommand
from disputekit.ui.evidence.evidence_editor import EvidenceEditor
from disputekit.ui.evidence.evidence_grid import EvidenceGrid, IntakeProblems
from disputekit.ui.evidence.evidence_intake import (
    BILL_SUFFIXES,
    IMAGE_FILTER,
    EvidenceIntake,
    IntakeResult,
    local_files,
)
from disputekit.ui.evidence.evidence_model import EvidenceModel
from disputekit.ui.evidence.file_facts import editor_facts
from disputekit.ui.ocr.ocr_offer import OcrBar
from disputekit.ui.phone.phone_upload_button import PhoneUploadButton
from disputekit.ui.recordings.frames_offer import FramesBar
from disputekit.ui.shared.form_widgets import EnumCombo
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession


class EvidenceTab(QWidget):
    """The case's evidence files; every change goes through the store and the session."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._session = services, session
        self.undo_stack = QUndoStack(self)
        self.model = EvidenceModel(services.workspace, self, health=services.vault_health)
        self.intake = EvidenceIntake(services, session, self)
        self.viewers: list[QWidget] = []
        self._build()
        self.setAcceptDrops(True)
        self.intake.finished.connect(self._intake_finished)
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.view.doubleClicked.connect(lambda index: self.open_viewer(index.row()))
        self.view.selectionModel().currentChanged.connect(self._selection_changed)
        self.editor.edited.connect(self._item_edited)
        session.current_changed.connect(lambda _id: self._reload(keep=None))
        session.case_changed.connect(lambda: self._reload(keep=self.selected_id()))
        session.request_evidence_kind.connect(self._preselect_kind)
        # A caption still being typed is committed (with undo) before any other view reads
        # the case: switching tab or case, exporting, closing.
        session.add_leave_guard(self._commit_pending)
        self.retranslate()
        self._reload(keep=None)

    def _commit_pending(self) -> bool:
        self.editor.commit()
        return True

    def _build(self) -> None:
        self.add_button = QPushButton()
        self.paste_button = QPushButton()
        self.kind_label = QLabel()
        self.next_kind = EnumCombo(EvidenceKind)
        self.next_kind.set_value(EvidenceKind.OTHER.value)
        kind = lambda: EvidenceKind(self.next_kind.value() or EvidenceKind.OTHER)  # noqa: E731
        self.phone_button = PhoneUploadButton(self._services, self._session, kind)
        top = QHBoxLayout()
        for widget in (self.add_button, self.paste_button, self.phone_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.kind_label)
        top.addWidget(self.next_kind)

        self.view = EvidenceGrid()
        self.view.setModel(self.model)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:palette(mid);")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.hint)

        self.editor = EvidenceEditor(self._services.now())
        self.ocr_bar = OcrBar(self._services, self._session)
        self.frames_bar = FramesBar(self._services, self._session)
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        self.problems_box = IntakeProblems()
        self.problems = self.problems_box.list
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.ocr_bar)
        right_layout.addWidget(self.frames_bar)
        right_layout.addWidget(self.problems_box, 1)
        right_layout.addStretch(0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(self.paste)
        self.view.addAction(self.paste_action)
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.view.addAction(self.remove_action)

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.add_button.setText(self.tr("&Add files…"))
        self.paste_button.setText(self.tr("&Paste screenshot"))
        self.kind_label.setText(self.tr("New files are:"))
        self.hint.setText(
            self.tr(
                "Drop screenshots or PDFs here, or press Ctrl+V to paste a WeChat/QQ screenshot. "
                "Originals are kept unchanged with their SHA-256."
            )
        )
        self.open_button.setText(self.tr("&Open viewer"))
        self.remove_button.setText(self.tr("&Remove from case"))
        self.paste_action.setText(self.tr("Paste screenshot"))
        self.remove_action.setText(self.tr("Remove from case"))
        self.next_kind.retranslate()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- list and editor ------------------------------------------------------------------
    def _reload(self, keep: str | None) -> None:
        case = self._session.case
        self.model.set_items(case.evidence if case else [])
        self.setEnabled(case is not None)
        row = self.model.row_of(keep) if keep else None
        if row is None and self.model.rowCount():
            row = 0  # show the first item's details rather than an empty editor
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._selection_changed(self.view.currentIndex(), QModelIndex())

    def selected_id(self) -> str | None:
        """The id of the selected evidence item."""
        index = self.view.currentIndex()
        return self.model.item(index.row()).id if index.isValid() else None

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        facts = editor_facts(self._services.workspace, item) if item is not None else ""
        self.editor.set_item(item, facts)
        self.ocr_bar.set_item(item)
        self.frames_bar.set_item(item)
        self.open_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)

    def _item_edited(self, item: object) -> None:
        case = self._session.case
        before = case.evidence_by_id(item.id) if case is not None else None  # type: ignore[attr-defined]
        if before is None:
            return
        # Saved at once, and undoable like every evidence change (编辑 → 撤销).
        self.undo_stack.push(EditEvidenceCommand(self._session, before, item))  # type: ignore[arg-type]

    def _preselect_kind(self, kind: str) -> None:
        self.next_kind.set_value(kind)
        self._session.request_tab.emit("evidence")
        self.add_button.setFocus()

    # --- intake -----------------------------------------------------------------------------
    def choose_files(self) -> None:
        """Ask for files (multi-select) and add them."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add evidence files"),
            str(Path.home()),
            self.tr("Images and PDF (%1);;All files (*)").replace("%1", IMAGE_FILTER),
        )
        if paths:
            self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> None:
        """Add files as evidence of the kind chosen for new files."""
        self.intake.add_files(paths, EvidenceKind(self.next_kind.value() or EvidenceKind.OTHER))

    def paste(self) -> None:
        """Paste an image (a screenshot) or copied files from the clipboard."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        kind = EvidenceKind(self.next_kind.value() or EvidenceKind.OTHER)
        if mime.hasImage():
            image = QGuiApplication.clipboard().image()
            self.intake.add_image(image, kind, self.tr("Pasted from the clipboard"))
        elif files := local_files(mime):
            self.intake.add_files(files, kind)
        else:
            self._intake_finished(IntakeResult(problems=[self.tr("The clipboard holds no image.")]))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._session.case_id is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QEvent) -> None:
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files or self._session.case_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if len(files) == 1 and files[0].suffix.lower() in BILL_SUFFIXES:
            # A payment bill (or its zip) goes through the bill import, which reads its rows.
            self._session.bill_dropped.emit(files[0])
            return
        self.add_paths(files)

    def _intake_finished(self, result: IntakeResult) -> None:
        self.problems_box.add(result.problems)
        if result.added:
            row = self.model.row_of(result.added[-1])
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row))
        if len(result.added) == 1 and self._session.case is not None:
            # One new screenshot: offer what it shows (several at once would stack dialogs).
            item = self._session.case.evidence_by_id(result.added[0])
            if item is not None:
                self.ocr_bar.offer_new(item)

    # --- remove and view --------------------------------------------------------------------
    def remove_selected(self) -> None:
        """Remove the selected item from the case (the file stays in the vault); undoable."""
        item_id = self.selected_id()
        if item_id is not None and self._session.case is not None:
            self.undo_stack.push(RemoveEvidenceCommand(self._session, item_id))

    def open_selected(self) -> None:
        """Open the selected item in the viewer."""
        index = self.view.currentIndex()
        if index.isValid():
            self.open_viewer(index.row())

    def open_viewer(self, row: int) -> QWidget | None:
        """Open the viewer (images: zoom, rotate, redact; PDF: facts) for the item in `row`."""
        from disputekit.ui.evidence.image_viewer import ImageViewer

        item = self.model.item(row)
        if not item.sha256:
            return None
        viewer = ImageViewer(self._services, self._session, item, self)
        viewer.finished.connect(
            lambda _code, v=viewer: self.viewers.remove(v) if v in self.viewers else None
        )
        self.viewers.append(viewer)
        viewer.show()
        return viewer

"""时间线 tab: the case's events as a drawing and a table, with add/edit/delete and quick actions.

Quick actions open the event dialog prefilled with the kind and the clock's "now": the user
nearly always wants to add a line of note or attach the chat screenshot, and an accidental click
is then one Cancel away instead of a stray event in a complaint.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import EventKind
from disputekit.ui.shared.language.i18n import QT_TRANSLATE_NOOP
from disputekit.ui.shared.language.retranslate import Retranslating
from disputekit.ui.shared.language.vocab_text import discard
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.timeline.event_dialog import EventDialog
from disputekit.ui.timeline.events_model import COL_NOTE, EventsModel
from disputekit.ui.timeline.timeline_view import TimelineStrip

# (kind, English source of the button; the .ts gives 我已联系客服 etc.)
QUICK_ACTIONS: list[tuple[EventKind, str]] = [
    (EventKind.CS_CONTACTED, QT_TRANSLATE_NOOP("TimelineTab", "I contacted customer service")),
    (EventKind.CS_REFUSED, QT_TRANSLATE_NOOP("TimelineTab", "Customer service refused")),
    (EventKind.APPEAL_FILED, QT_TRANSLATE_NOOP("TimelineTab", "Appeal filed")),
    (EventKind.APPEAL_RESULT, QT_TRANSLATE_NOOP("TimelineTab", "Appeal result")),
    (EventKind.COMPLAINT_FILED, QT_TRANSLATE_NOOP("TimelineTab", "Complained to 12315")),
    (EventKind.REFUND_RECEIVED, QT_TRANSLATE_NOOP("TimelineTab", "Refund received")),
]
THUMB_SIZE = 140


class TimelineTab(Retranslating, QWidget):
    """Events of the session's case; every edit goes through `session.save`."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._session = session
        layout = QVBoxLayout(self)

        quick = QHBoxLayout()
        self.quick_buttons: dict[EventKind, QPushButton] = {}
        for kind, _text in QUICK_ACTIONS:
            button = QPushButton()
            button.clicked.connect(lambda _=False, k=kind: self.quick_add(k))
            self.quick_buttons[kind] = button
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)

        self.strip = TimelineStrip()
        self.strip.event_clicked.connect(self._select_event)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(self.strip.sizeHint().height() + 24)
        layout.addWidget(scroll)

        self.model = EventsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.table, 1)

        self.thumbs = QHBoxLayout()
        self.thumbs_box = QWidget()
        self.thumbs_box.setLayout(self.thumbs)
        layout.addWidget(self.thumbs_box)

        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.quick_add(EventKind.NOTE))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        session.current_changed.connect(self.refresh)
        session.case_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Button texts, headers and event labels in the current language."""
        for kind, text in QUICK_ACTIONS:
            self.quick_buttons[kind].setText(self.tr(text))
        self.add_button.setText(self.tr("Add event…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.relabel()
        self.strip.update()

    # --- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the events of the current case."""
        case = self._session.case
        self.model.set_case(case)
        self.strip.set_events(case.events_in_order() if case else [])
        self.setEnabled(case is not None)
        if case is not None and case.events and not self.table.currentIndex().isValid():
            # The latest event is what the user most likely looks at (and its screenshots).
            self._select_event(self.model.event_at(self.model.rowCount() - 1).id)
        self._row_changed(self.table.currentIndex())

    def _select_event(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _row_changed(self, current: QModelIndex | QPersistentModelIndex, *_: object) -> None:
        event = self.model.event_at(current.row()) if current.isValid() else None
        self.strip.select(event.id if event else None)
        self.edit_button.setEnabled(event is not None)
        self.delete_button.setEnabled(event is not None)
        while self.thumbs.count():
            discard(self.thumbs.takeAt(0).widget())
        case = self._session.case
        if event is None or case is None:
            self.thumbs_box.hide()
            return
        for evidence_id in event.evidence:
            item = case.evidence_by_id(evidence_id)
            path = self._thumbnail(item.sha256) if item and item.sha256 else None
            thumb = QLabel()
            if path is not None:
                thumb.setPixmap(
                    QPixmap(str(path)).scaled(
                        THUMB_SIZE,
                        THUMB_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            thumb.setToolTip(item.caption if item else evidence_id)
            self.thumbs.addWidget(thumb)
        self.thumbs.addStretch(1)
        self.thumbs_box.setVisible(bool(event.evidence))

    def _thumbnail(self, sha256: str) -> Path | None:
        try:
            return self._services.workspace.thumbnail(sha256, THUMB_SIZE * 2)
        except (OSError, ValueError, KeyError):
            return None  # a missing thumbnail must not block the timeline

    # --- editing -------------------------------------------------------------------------------

    def _run_dialog(self, event: Event) -> Event | None:
        case = self._session.case
        assert case is not None
        dialog = EventDialog(case, event, self._thumbnail, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_event()
        finally:
            dialog.deleteLater()

    def quick_add(self, kind: EventKind) -> None:
        """Open the dialog for a new event of `kind` at the clock's now; save on OK."""
        case = self._session.case
        if case is None:
            return
        draft = Event(id=case.new_event_id(), at=self._services.now(), kind=kind)
        edited = self._run_dialog(draft)
        if edited is not None:
            self._session.save(dataclasses.replace(case, events=[*case.events, edited]))
            self._select_event(edited.id)

    def edit_selected(self) -> None:
        """Edit the selected event in the dialog."""
        case, index = self._session.case, self.table.currentIndex()
        if case is None or not index.isValid():
            return
        edited = self._run_dialog(self.model.event_at(index.row()))
        if edited is not None:
            events = [edited if e.id == edited.id else e for e in case.events]
            self._session.save(dataclasses.replace(case, events=events))
            self._select_event(edited.id)

    def delete_selected(self) -> None:
        """Delete the selected event after a confirmation."""
        case, index = self._session.case, self.table.currentIndex()
        if case is None or not index.isValid():
            return
        event = self.model.event_at(index.row())
        answer = QMessageBox.question(
            self, self.tr("Delete event"), self.tr("Delete this event from the timeline?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            events = [e for e in case.events if e.id != event.id]
            self._session.save(dataclasses.replace(case, events=events))

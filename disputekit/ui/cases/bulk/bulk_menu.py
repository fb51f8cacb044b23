"""批量操作: the menu (in the menu bar, on a right click in the case list and on the bar that
shows how many cases are selected) and what each of its actions asks before it runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from disputekit.app.bulk.case_edits import add_event, set_consent
from disputekit.app.bulk.exports import export_bundles, export_calendar
from disputekit.app.bulk.results import BulkResult, Cancelled, Progress
from disputekit.app.workspace import Workspace
from disputekit.domain.case.model import Event
from disputekit.domain.case.vocabulary import PacketKind
from disputekit.ui.cases.bulk.bulk_dialogs import BulkEventDialog, PacketKindDialog
from disputekit.ui.cases.bulk.bulk_run import BulkRun, Work
from disputekit.ui.cases.bulk.selection import selected_case_ids
from disputekit.ui.shared.save_target import ask_save_path
from disputekit.ui.shell.window_base import CaseWindow


class BulkActions(QObject):
    """The 批量操作 menu of one main window, over the cases selected in its list."""

    def __init__(self, window: CaseWindow) -> None:
        super().__init__(window)
        self.setObjectName("bulkActions")
        self._window = window
        self.runner = BulkRun(window)
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_bulk")
        self.event_action = self._add(self.add_event, "bulkEventAction")
        self.packet_action = self._add(self.build_packets, "bulkPacketAction")
        self.bundle_action = self._add(self.export_bundles, "bulkBundleAction")
        self.calendar_action = self._add(self.export_calendar, "bulkCalendarAction")
        self.menu.addSeparator()
        self.consent_action = self._add(lambda: self.set_consent(True), "bulkConsentAction")
        self.no_consent_action = self._add(lambda: self.set_consent(False), "bulkNoConsentAction")
        bar = window.menuBar()
        bar.insertMenu(window.menu("help").menuAction(), self.menu)
        view = window.case_list.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        self.bar = self._selection_bar()
        view.selectionModel().selectionChanged.connect(lambda *_: self.refresh())
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _add(self, slot: Callable[[], None], name: str) -> QAction:
        action = self.menu.addAction("")
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _selection_bar(self) -> QWidget:
        """ "3 cases selected [批量操作 ▾]" above the list while more than one is selected."""
        bar = QWidget()
        bar.setObjectName("bulkBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 2, 4, 2)
        self.count_label = QLabel()
        self.bar_button = QPushButton()
        self.bar_button.setObjectName("bulkBarButton")
        self.bar_button.setMenu(self.menu)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.bar_button)
        layout = self._window.case_list.layout()
        layout.insertWidget(1, bar)  # the search row stays first
        return bar

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.menu.setTitle(self.tr("&Bulk"))
        self.bar_button.setText(self.tr("Bulk actions"))
        self.event_action.setText(self.tr("Add the same event…"))
        self.packet_action.setText(self.tr("Build packets into a folder…"))
        self.bundle_action.setText(self.tr("Export case bundles into a folder…"))
        self.calendar_action.setText(self.tr("Export deadlines to one calendar (.ics)…"))
        self.consent_action.setText(self.tr("Record consent to be named in group reports"))
        self.no_consent_action.setText(self.tr("Clear consent to be named in group reports"))
        self.refresh()

    def refresh(self) -> None:
        """Enable the actions while cases are selected; the bar shows from two on."""
        count = len(self.case_ids())
        for action in self.menu.actions():
            action.setEnabled(count > 0)
        self.count_label.setText(self.tr("{count} cases selected").format(count=count))
        self.bar.setVisible(count > 1)

    def case_ids(self) -> list[int]:
        """The selected cases, top to bottom."""
        return selected_case_ids(self._window.case_list)

    def _context_menu(self, pos: QPoint) -> None:
        view = self._window.case_list.view
        self.menu.popup(view.viewport().mapToGlobal(pos))

    def _start(self, title: str, work: Work, *, edits: bool) -> None:
        self.runner.run(title, work, edits=edits)

    def _ready(self) -> list[int]:
        """The selected ids once unsaved edits of the open case are settled ([]: stop)."""
        ids = self.case_ids()
        if not ids or not self._window.session.can_leave():
            return []
        return ids

    # --- the actions ----------------------------------------------------------------------

    def add_event(self) -> None:
        """Ask for the event, then add it to each selected case."""
        ids = self._ready()
        if not ids:
            return
        dialog = BulkEventDialog(len(ids), self._window.services.now(), self._window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            event: Event = dialog.result_event()
        finally:
            dialog.deleteLater()
        title = self.tr("Add an event")
        self._start(title, lambda w, p, c: w.run(add_event, ids, event, p, c), edits=True)

    def build_packets(self) -> None:
        """Ask for the packet kind and the folder, then build one packet per case."""
        ids = self._ready()
        if not ids:
            return
        dialog = PacketKindDialog(len(ids), self._window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            kind: PacketKind = dialog.kind()
            draft = dialog.draft()
        finally:
            dialog.deleteLater()
        folder = self._ask_folder(self.tr("Folder for the packets"))
        if folder is None:
            return
        today = self._window.services.today()

        def work(workspace: Workspace, progress: Progress, cancelled: Cancelled) -> BulkResult:
            from disputekit.app.bulk.packets import build_packets  # reportlab on first use

            return workspace.run(
                build_packets,
                ids,
                kind,
                folder,
                today=today,
                draft=draft,
                progress=progress,
                cancelled=cancelled,
            )

        self._start(self.tr("Build packets"), work, edits=False)

    def export_bundles(self) -> None:
        """Ask for the folder and about photo locations, then export a bundle per case."""
        ids = self._ready()
        if not ids:
            return
        folder = self._ask_folder(self.tr("Folder for the case bundles"))
        if folder is None:
            return
        Button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._window,
            self.tr("Export case bundles"),
            self.tr(
                "Remove the location (GPS) from evidence photos in the exported copies? It "
                "may reveal a buyer's home address. The originals on this computer stay "
                "unchanged."
            ),
            Button.Yes | Button.No | Button.Cancel,
            Button.Yes,
        )
        if answer == Button.Cancel:
            return
        strip = answer == Button.Yes

        def work(workspace: Workspace, progress: Progress, cancelled: Cancelled) -> BulkResult:
            return workspace.run(
                export_bundles,
                ids,
                folder,
                strip_location=strip,
                progress=progress,
                cancelled=cancelled,
            )

        self._start(self.tr("Export case bundles"), work, edits=False)

    def export_calendar(self) -> None:
        """Ask where to save the calendar, then write every open deadline of the cases."""
        ids = self._ready()
        if not ids:
            return
        title = self.tr("Export deadlines")
        services = self._window.services
        suggested = self.tr("deadlines-{count}-cases.ics").format(count=len(ids))
        path = ask_save_path(
            self._window,
            title,
            str(Path.home() / suggested),
            self.tr("Calendar files (*.ics)"),
            services.data_dir,
        )
        if path is None:
            return
        now = services.clock()

        def work(workspace: Workspace, progress: Progress, cancelled: Cancelled) -> BulkResult:
            return workspace.run(
                export_calendar, ids, path, now=now, progress=progress, cancelled=cancelled
            )

        self._start(title, work, edits=False)

    def set_consent(self, consent: bool) -> None:
        """Record (or clear) each selected buyer's consent to be named in group reports."""
        ids = self._ready()
        if not ids:
            return
        title = self.tr("Consent to be named in group reports")
        if consent:
            answer = QMessageBox.question(
                self._window,
                title,
                self.tr(
                    "Record for the {count} selected cases that each buyer agreed that their "
                    "name and contacts may appear in a report shared with other buyers' cases? "
                    "Record it only for buyers who agreed."
                ).format(count=len(ids)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._start(title, lambda w, p, c: w.run(set_consent, ids, consent, p, c), edits=True)

    def _ask_folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self._window, title, str(Path.home()))
        return Path(folder) if folder else None

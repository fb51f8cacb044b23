"""The main window's secondary windows: 视图 → 到期提醒 / 志愿者总览 / 按商家, 编辑 → 设置…, and the
deadline reminder (at start-up and hourly; tray notification, else the in-window banner).

Built by the main window after its first paint; holds its actions and windows in one QObject
parented to the main window, so they live and die with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from disputekit.app.deadlines.reminders import DueDeadline
from disputekit.app.workspace import Workspace
from disputekit.ui.cases.bulk.bulk_menu import BulkActions
from disputekit.ui.cases.seller_groups_window import SellerGroupsWindow
from disputekit.ui.deadlines.dashboard import Dashboard
from disputekit.ui.deadlines.reminders import ReminderService, RemindersWindow
from disputekit.ui.shared.tasks import ProgressReporter
from disputekit.ui.shell.import_folder import ImportFolder
from disputekit.ui.shell.settings_dialog import SettingsDialog
from disputekit.ui.shell.window_base import CaseWindow

if TYPE_CHECKING:
    from disputekit.ui.shared.services import Services


class ToolWindows(QObject):
    """The menu actions, reminder service and secondary windows of one main window."""

    def __init__(self, window: CaseWindow, services: Services) -> None:
        super().__init__(window)
        self.setObjectName("toolWindows")
        self._window, self._services = window, services
        self.reminders_window: RemindersWindow | None = None
        self.dashboard: Dashboard | None = None
        self.groups_window: SellerGroupsWindow | None = None
        self.reminders_action = QAction(self)
        self.groups_action = QAction(self)
        self.groups_action.setObjectName("sellerGroupsAction")
        self.import_folder_action = QAction(self)
        self.import_folder_action.setObjectName("importFolderAction")
        self.import_folder = ImportFolder(window)
        self.import_folder_action.triggered.connect(self.import_folder.run)
        self.dashboard_action = QAction(self)
        self.settings_action = QAction(self)
        self.reminders_action.triggered.connect(self.show_reminders)
        self.dashboard_action.triggered.connect(self.show_dashboard)
        self.settings_action.triggered.connect(self.show_settings)
        self.groups_action.triggered.connect(self.show_groups)
        window.menu("view").addAction(self.reminders_action)
        window.menu("view").addAction(self.dashboard_action)
        window.menu("view").addAction(self.groups_action)
        file_menu = window.menu("file")
        # Beside 导入案件包…: before the first separator after it, else at the end.
        separators = [a for a in file_menu.actions() if a.isSeparator()]
        after_import = separators[1] if len(separators) > 1 else None
        if after_import is not None:
            file_menu.insertAction(after_import, self.import_folder_action)
        else:
            file_menu.addAction(self.import_folder_action)
        window.menu("edit").addSeparator()
        window.menu("edit").addAction(self.settings_action)
        self.bulk = BulkActions(window)  # 批量操作 on the cases selected in the list
        self.reminder = ReminderService(
            services.workspace, self._now, window.show_banner, self, self._in_background
        )
        # After the first paint (the window fills its case list then): a zero timer set here
        # would still fire before the window is first drawn and delay it.
        window.case_list.loaded_once.connect(self.reminder.check_in_background)
        window.session.deadlines_changed.connect(self._deadlines_changed)
        window.installEventFilter(self)
        self.retranslate()

    def _in_background(
        self,
        work: Callable[[Workspace], list[DueDeadline]],
        done: Callable[[list[DueDeadline]], None],
    ) -> None:
        def job(_progress: ProgressReporter) -> list[DueDeadline]:
            with self._services.workspace.on_own_connection() as own:
                return work(own)

        # A check that fails (the store locked a moment) is simply made again the next hour.
        self._services.tasks.start(job, on_done=done, on_error=lambda _exc: None)

    def _now(self) -> datetime:
        # Read through `services` each time: whoever swaps its clock (a test, a demo) is heard.
        return self._services.clock()

    def retranslate(self) -> None:
        """Menu texts in the current language."""
        self.reminders_action.setText(self.tr("Deadline reminders…"))
        self.dashboard_action.setText(self.tr("Volunteer dashboard…"))
        self.settings_action.setText(self.tr("Settings…"))
        self.groups_action.setText(self.tr("By seller…"))
        self.import_folder_action.setText(self.tr("Import a folder of case bundles…"))
        # The secondary windows are rebuilt in the new language the next time they open.
        for window in (self.reminders_window, self.dashboard, self.groups_window):
            if window is not None:
                window.close()
                window.deleteLater()
        self.reminders_window = self.dashboard = self.groups_window = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_reminders(self) -> RemindersWindow:
        """Open (or raise) the reminders window, refreshed."""
        if self.reminders_window is None:
            self.reminders_window = RemindersWindow(
                self._services.workspace, self._now, self._window, self._in_background
            )
            self.reminders_window.open_case.connect(self._open_case)
        self.reminders_window.refresh()
        self.reminders_window.show()
        self.reminders_window.raise_()
        return self.reminders_window

    def show_dashboard(self) -> Dashboard:
        """Open (or raise) the volunteer dashboard, recounted."""
        if self.dashboard is None:
            self.dashboard = Dashboard(self._services, self._window)
            # A platform period dismissed or reminded again: everyone else counts anew.
            panel, session = self.dashboard.due_panel, self._window.session
            panel.changed.connect(lambda: session.deadlines_changed.emit(panel))
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        return self.dashboard

    def _deadlines_changed(self, source: object) -> None:
        """A platform period was dismissed or reminded again (by `source`, which has counted
        anew already): the banner, the case list, an open dashboard and an open reminders
        window count anew."""
        self.reminder.check_in_background()
        self._window.case_list.reload()
        dashboard = self.dashboard
        if dashboard is not None and dashboard.isVisible() and source is not dashboard.due_panel:
            dashboard.refresh()
        if self.reminders_window is not None and self.reminders_window.isVisible():
            self.reminders_window.refresh()

    def show_groups(self) -> SellerGroupsWindow:
        """Open (or raise) the 按商家 window, grouped again."""
        if self.groups_window is None:
            self.groups_window = SellerGroupsWindow(self._services.workspace, self._window)
            self.groups_window.open_case.connect(self._select_case)
        else:
            self.groups_window.refresh()
        self.groups_window.show()
        self.groups_window.raise_()
        return self.groups_window

    def _select_case(self, case_id: int) -> None:
        if self._window.request_case(case_id):
            self._window.raise_()

    def show_settings(self) -> None:
        """The settings dialog; saved settings refresh the case list and the open case."""
        dialog = SettingsDialog(self._services.workspace, self._services.today(), self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._window.session.cases_changed.emit()
            self._window.session.reload()
        dialog.deleteLater()

    def _open_case(self, case_id: int) -> None:
        if self._window.request_case(case_id):
            self._window.show_tab("deadlines")
            self._window.raise_()

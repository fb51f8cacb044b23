"""The main window: case list on the left, the current case's tabs on the right, menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.case_errors import CaseUnreadable, NoSuchCase
from disputekit.ui.cases.case_list_panel import CaseListPanel
from disputekit.ui.shared.language.i18n import shown
from disputekit.ui.shared.screen_fit import fit_to_screen
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shell import window_actions
from disputekit.ui.shell.banner import Banner
from disputekit.ui.shell.case_splitter import CaseSplitter
from disputekit.ui.shell.case_tabs import CASE_TABS, TabFactory
from disputekit.ui.shell.window_base import CaseWindow

if TYPE_CHECKING:
    from disputekit.ui.bills.bill_window import BillWindowParts
    from disputekit.ui.shell.tool_windows import ToolWindows

MENU_KEYS = ("file", "edit", "view", "evidence", "language", "help")
GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"
LAST_CASE_KEY = "cases/last"


class MainWindow(CaseWindow):
    """Owns the case session; everything else is given `services` and the session."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session = CaseSession(services.workspace, self)
        self.undo_group = QUndoGroup(self)
        self._menus: dict[str, QMenu] = {}
        self._build()
        self.commands = window_actions.WindowActions(self)
        self._wire()
        self.retranslate()
        self.tool_windows: ToolWindows | None = None
        self.bill_parts: BillWindowParts | None = None
        self._restore()

    # --- structure ---------------------------------------------------------------------
    def _build(self) -> None:
        self.case_list = CaseListPanel(self.services)
        self.case_list_view = self.case_list.view
        self.banner = Banner()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_keys: list[str] = []
        self._shown_tab: int | None = 0
        self._reverting_tab = False
        self._factories: list[TabFactory] = []
        self._tab_widgets: dict[str, QWidget] = {}
        for key, _title, factory in CASE_TABS:
            # Each tab is built when first shown (or asked for by `tab()`), so startup does not
            # pay for modules such as the PDF packet code; even the first (the order form) is
            # built only after the first paint (_first_load).
            page = QWidget()
            page.setObjectName(f"page_{key}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, "")
            self.tab_keys.append(key)
            self._factories.append(factory)
        self.no_case_label = QLabel()
        self.no_case_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_case_label.setWordWrap(True)
        self.case_pages = QStackedWidget()
        self.case_pages.addWidget(self.no_case_label)
        self.case_pages.addWidget(self.tabs)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.case_pages, 1)
        self.splitter = CaseSplitter(self.case_list, right)
        self._size_list_on_show = False
        self.setCentralWidget(self.splitter)
        for key in MENU_KEYS:
            menu = self.menuBar().addMenu("")
            menu.setObjectName(f"menu_{key}")
            self._menus[key] = menu
        self.resize(1280, 800)

    def _wire(self) -> None:
        self.case_list.selection_requested.connect(self.request_case)
        self.case_list.new_case_requested.connect(self.commands.new_case)
        self.case_list.demo_requested.connect(self.commands.load_demo)
        self.session.current_changed.connect(self._current_changed)
        self.session.cases_changed.connect(self.case_list.reload)
        self.session.request_tab.connect(self.show_tab)
        self.session.status_message.connect(lambda text: self.statusBar().showMessage(text))
        self.tabs.currentChanged.connect(self._tab_changed)

    def export_action(self) -> QAction:
        """文件 → 导出案件包…: the item that case-level file actions sit before."""
        return self.commands.export_action

    def menu(self, key: str) -> QMenu:
        """The top-level menu for "file", "edit", "view", "evidence", "language" or "help"."""
        return self._menus[key]

    def show_banner(self, text: str | Callable[[], str], level: str = "info") -> None:
        """Show a message above the tabs; level is "info", "warning" or "error"; a function
        gives the text again in a new language."""
        self.banner.show_message(text, level)

    def tab(self, key: str) -> QWidget:
        """The case tab widget registered under `key` (built now if not yet shown)."""
        return self._ensure_tab(self.tab_keys.index(key))

    def built_tabs(self) -> list[QWidget]:
        """The tab widgets built so far."""
        return list(self._tab_widgets.values())

    def current_tab_key(self) -> str:
        """The key of the tab in front."""
        return self.tab_keys[self.tabs.currentIndex()]

    def _ensure_tab(self, index: int) -> QWidget:
        key = self.tab_keys[index]
        widget = self._tab_widgets.get(key)
        if widget is None:
            page = self.tabs.widget(index)
            widget = self._factories[index](self.services, self.session, page)
            widget.setObjectName(f"tab_{key}")
            page.layout().addWidget(widget)
            self._tab_widgets[key] = widget
            stack = getattr(widget, "undo_stack", None)
            if stack is not None:
                self.undo_group.addStack(stack)
        return widget

    def show_tab(self, key: str) -> None:
        """Bring the tab `key` to the front (ignored for unknown keys)."""
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))

    # --- case selection ---------------------------------------------------------------
    def request_case(self, case_id: int | None) -> bool:
        """Switch to `case_id` unless a tab keeps the user on the current case."""
        if case_id == self.session.case_id:
            return True
        if not self.session.can_leave():
            self.case_list.show_case(self.session.case_id)
            return False
        left = self.session.case_id
        try:
            self.session.select(case_id)
        except CaseUnreadable as exc:  # the others open as usual
            QMessageBox.warning(self, self.tr("Open case"), shown(exc.text))
            self.case_list.show_case(left)
            return False
        self.session.drop_if_empty_draft(left)
        return True

    def _current_changed(self, case_id: object) -> None:
        self.case_list.show_case(case_id if isinstance(case_id, int) else None)
        self.case_pages.setCurrentIndex(1 if case_id is not None else 0)
        for widget in self._tab_widgets.values():
            stack = getattr(widget, "undo_stack", None)
            if stack is not None:
                stack.clear()  # undo never crosses from one case into another
        if case_id is not None:
            self.services.settings.setValue(LAST_CASE_KEY, int(case_id))  # type: ignore[call-overload]

    def _tab_changed(self, index: int) -> None:
        if index < 0 or self._reverting_tab:
            return
        previous = self._shown_tab
        if previous is not None and previous != index and not self.session.can_leave():
            # The user chose 取消 on unsaved edits: stay where the edits are.
            self._reverting_tab = True
            self.tabs.setCurrentIndex(previous)
            self._reverting_tab = False
            return
        self._shown_tab = index
        stack = getattr(self._ensure_tab(index), "undo_stack", None)
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]  # None: no active stack

    # --- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text this window owns in the current language."""
        self.setWindowTitle(self.tr("DisputeKit — evidence and dispute assistant"))
        for index, (_key, title, _factory) in enumerate(CASE_TABS):
            self.tabs.setTabText(index, QCoreApplication.translate("CaseTabs", title))
        self.no_case_label.setText(
            self.tr("Select a case on the left, or create one with File → New case (Ctrl+N).")
        )
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "evidence": self.tr("Evi&dence"),
            "language": self.tr("&Language"),
            "help": self.tr("&Help"),
        }
        for key, menu in self._menus.items():
            menu.setTitle(titles[key])
        self.commands.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- settings ---------------------------------------------------------------------
    def _restore(self) -> None:
        settings = self.services.settings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            # The first start's 1280×800 does not fit a 1366×768 laptop screen.
            fit_to_screen(self, self.size())
        width = max(self.width(), 800)
        # Without a saved state, 30% of the width the window really gets, once shown.
        self._size_list_on_show = not self.splitter.restore(settings.value(SPLITTER_KEY), width)
        self.commands.case_list_action.setChecked(self.case_list_shown())
        last = settings.value(LAST_CASE_KEY)
        try:
            last_id = int(last) if last is not None else None
            if last_id is not None:
                self.session.select(last_id)
        except (TypeError, ValueError, NoSuchCase):
            last_id = None
        if self.session.case_id is None:
            self._current_changed(None)
        # The list of every case is read after the first paint: with 10,000 cases the window
        # appears at once and the list fills a moment later (benchmarks/startup.py).
        # The panel, not the table's viewport: fetching the viewport's wrapper makes PySide6
        # set up some sixty widget enums (about 15 ms) that the first paint does not need.
        self.case_list.installEventFilter(self)

    def showEvent(self, event: QShowEvent) -> None:
        if self._size_list_on_show:
            self._size_list_on_show = False
            self.splitter.give_list_30_percent(self.width())
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.case_list.loaded:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._first_load)
        return super().eventFilter(watched, event)

    def _first_load(self) -> None:
        if self.tab_keys:
            self._ensure_tab(self.tabs.currentIndex())
        self.add_late_parts()
        if not self.case_list.loaded:
            self.case_list.reload()

    def add_late_parts(self) -> None:
        """Build the reminders, dashboard, settings and bill import once (after the first
        paint, or at once when asked): importing them is a third of the start-up time and
        nothing shows them at once."""
        if self.tool_windows is None:
            from disputekit.ui.bills.bill_window import BillWindowParts
            from disputekit.ui.shell.tool_windows import ToolWindows

            self.tool_windows = ToolWindows(self, self.services)
            self.bill_parts = BillWindowParts(self, self.services)

    def save_state(self) -> None:
        """Write geometry and splitter state to the settings."""
        self.services.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.services.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self.services.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.can_leave():
            event.ignore()
            return
        self.session.drop_if_empty_draft(self.session.case_id)
        self.save_state()
        event.accept()

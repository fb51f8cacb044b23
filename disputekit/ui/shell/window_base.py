"""What the main window's helpers (its actions, tool windows, bundle and bill actions) may use
of it. They are built by the window, so they name this base rather than `MainWindow`, which
imports them: no import circle, not even a type-only one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from disputekit.ui.cases.case_list_panel import CaseListPanel
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession
from disputekit.ui.shell.case_splitter import CaseSplitter


class CaseWindow(QMainWindow):
    """The main window as its helpers see it; `MainWindow` fills in every member."""

    services: Services
    session: CaseSession
    case_list: CaseListPanel
    splitter: CaseSplitter
    undo_group: QUndoGroup

    def menu(self, key: str) -> QMenu:
        """The top-level menu for "file", "edit", "view", "language" or "help"."""
        raise NotImplementedError

    def export_action(self) -> QAction:
        """文件 → 导出案件包…: the item that case-level file actions sit before."""
        raise NotImplementedError

    def show_banner(self, text: str | Callable[[], str], level: str = "info") -> None:
        """Show a message above the tabs; level is "info", "warning" or "error"; a function
        gives the text again in a new language."""
        raise NotImplementedError

    def show_tab(self, key: str) -> None:
        """Bring the tab `key` to the front (ignored for unknown keys)."""
        raise NotImplementedError

    def request_case(self, case_id: int | None) -> bool:
        """Switch to `case_id` unless a tab keeps the user on the current case."""
        raise NotImplementedError

    def case_list_shown(self) -> bool:
        """False while the case list is collapsed."""
        return self.splitter.list_shown()

    def show_case_list(self, shown: bool) -> None:
        """Collapse the case list, or open it again at its last width."""
        self.splitter.show_list(shown)

"""Hooks that add to the main window once it is built (menus, timers, banners).

Each entry is called as `extension(main_window, services)`. ui-workflow appends its own; the
list starts empty so the core window works alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from disputekit.ui.shell.main_window import MainWindow
    from disputekit.ui.shell.services import Services

WINDOW_EXTENSIONS: list[Callable[[MainWindow, Services], Any]] = []


def _workflow(window: MainWindow, services: Services) -> Any:
    # Imported on call: building the reminder/dashboard modules is not needed to import this.
    from disputekit.ui.shell.workflow_window import install_workflow

    return install_workflow(window, services)


WINDOW_EXTENSIONS.append(_workflow)


def _bills(window: MainWindow, services: Services) -> Any:
    from disputekit.ui.evidence.bill_window import install_bills

    return install_bills(window, services)


WINDOW_EXTENSIONS.append(_bills)

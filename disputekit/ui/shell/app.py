"""The composition root: data folder, store, QApplication, fonts, language, main window."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

# The Qt-free modules the window needs for its first paint, loaded here, before PySide6 (this
# module is imported before it): PySide6 checks every module imported after it for its
# `__feature__` switches, which about doubles their import time.
import disputekit.app.cases
import disputekit.app.vault_check
import disputekit.domain.case.drafts
import disputekit.domain.case.withheld
import disputekit.domain.deadlines.deadline_judge
import disputekit.resources  # noqa: F401
from disputekit.store.paths import resolve_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from disputekit.store import Store
    from disputekit.ui.shared.services import Services
    from disputekit.ui.shell.main_window import MainWindow


@dataclass
class AppParts:
    """What `build_app` made; `run_app` runs it, the startup benchmark times it."""

    app: QApplication
    store: Store
    services: Services
    window: MainWindow


def build_app(data_dir: str | None, language: str | None = None) -> AppParts:
    """Open and migrate the store, build the QApplication (fonts, translations) and the window.

    `language` overrides the remembered choice (screenshots, tests); Chinese is the default.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from disputekit.store import Store
    from disputekit.ui.shared.language import i18n
    from disputekit.ui.shared.language.fonts import register_fonts
    from disputekit.ui.shared.services import Services
    from disputekit.ui.shell.main_window import MainWindow

    # Stale leftovers are cleared once the window is up and listed: scanning the temp and data
    # folders adds nothing to the first screen.
    store = Store.open(resolve_data_dir(data_dir), clean_up=False)
    if store.read_only:
        # Every edit in the window writes at once; refusing here beats failing on the first
        # keystroke. The command line reads such a folder (list, show, advise, packet).
        store.close()
        from disputekit.messages import msg
        from disputekit.store.db_errors import StoreReadOnly

        raise StoreReadOnly(msg("store.read_only_folder", path=str(store.data_dir)))
    try:
        if QApplication.instance() is None:
            # Fractional scaling (150 %) as the screen asks, instead of rounding to 1× or 2×.
            QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
                Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
            )
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName("DisputeKit")
        app.setOrganizationName("DisputeKit")
        register_fonts(app)
        services = Services.create(store)
        chosen = language or str(services.settings.value("language", i18n.CHINESE))
        i18n.install_language(app, chosen)
        window = MainWindow(services)
        window.case_list.loaded_once.connect(store.clean_up)
    except BaseException:
        store.close()
        raise
    return AppParts(app, store, services, window)


def run_app(data_dir: str | None) -> int:
    """Open the store in the data folder and run the desktop app until its window closes."""
    from disputekit.store import StoreError

    try:
        parts = build_app(data_dir)
    except (StoreError, OSError) as exc:
        return _cannot_start(exc)
    try:
        parts.window.show()
        code = parts.app.exec()
        parts.services.tasks.wait_all(10_000)
        parts.services.settings.sync()
        return int(code)
    finally:
        parts.store.close()


def _cannot_start(exc: Exception) -> int:
    """Say why the data folder cannot be opened (a desktop launcher has no console)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from disputekit.ui.shared.language import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install_language(app, i18n.CHINESE)
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "DisputeKit cannot start"),
        QCoreApplication.translate(
            "App", "The data folder cannot be opened; nothing in it was changed.\n\n{reason}"
        ).format(reason=i18n.error_text(exc)),
    )
    print(f"disputekit: {i18n.error_text(exc)}", file=sys.stderr)
    return 1

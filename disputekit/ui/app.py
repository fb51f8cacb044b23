"""The composition root: data folder, store, QApplication, fonts, language, main window."""

from __future__ import annotations

import sys

from disputekit.store.paths import resolve_data_dir


def run_app(data_dir: str | None) -> int:
    """Open the store in the data folder and run the desktop app until its window closes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from disputekit.store import Store
    from disputekit.ui import i18n
    from disputekit.ui.fonts import register_fonts
    from disputekit.ui.main_window import MainWindow
    from disputekit.ui.services import Services

    folder = resolve_data_dir(data_dir)
    store = Store.open(folder)
    try:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("DisputeKit")
        app.setOrganizationName("DisputeKit")
        app.setApplicationDisplayName("DisputeKit")
        register_fonts(app)
        services = Services.create(store)
        i18n.install_language(app, str(services.settings.value("language", i18n.CHINESE)))
        window = MainWindow(services)
        window.show()
        code = app.exec()
        services.tasks.wait_all(10_000)
        services.settings.sync()
        return int(code)
    finally:
        store.close()

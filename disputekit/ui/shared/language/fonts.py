"""The bundled CJK font, so Chinese renders on a machine without a Chinese system font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from disputekit.resources import asset

log = logging.getLogger(__name__)
SANS_FILE = "DisputeKitSansSC-Regular.ttf"
SANS_BOLD_FILE = "DisputeKitSansSC-Bold.ttf"


def register_fonts(app: QApplication) -> str | None:
    """Register the bundled fonts and make the CJK one the fallback of the app font.

    The system UI family stays first (Latin text looks native); Qt falls back to ours for
    every glyph the system family lacks. Returns the CJK family name, or None if absent.
    """
    family: str | None = None
    for name in (SANS_FILE, SANS_BOLD_FILE):
        path = asset("fonts", name)
        if not path.is_file():
            log.warning("bundled font missing: %s", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and family is None:
            family = families[0]
    if family is None:
        return None
    font = QFont(app.font())
    font.setFamilies([font.family(), family])
    app.setFont(font)
    return family

"""Sizing a window to the screen it opens on: never larger than the space a window has there
(the screen less its taskbar, then less the window's own title bar and frame)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for a title bar and frame the window manager adds (not known before the first show).
FRAME = QSize(16, 40)


def fitted(wanted: QSize, available: QSize) -> QSize:
    """`wanted`, shrunk to what fits in `available` once a frame and title bar are added."""
    room = available - FRAME
    return QSize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Resize `window` to `wanted`, or to what fits on its screen when that is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(wanted)
        return
    window.resize(fitted(wanted, screen.availableGeometry().size()))

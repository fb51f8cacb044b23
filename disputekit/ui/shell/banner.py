"""An in-window message strip above the case tabs (info, warning, error)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "info": "background:#e3f2fd;color:#0d47a1;border:1px solid #90caf9;",
    "warning": "background:#fff8e1;color:#6d4c00;border:1px solid #ffcc80;",
    "error": "background:#ffebee;color:#b71c1c;border:1px solid #ef9a9a;",
}


class Banner(QFrame):
    """Hidden until `show_message`; the user closes it with its × button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.level = "info"
        self._text: Callable[[], str] | None = None
        self.hide()

    def show_message(self, text: str | Callable[[], str], level: str = "info") -> None:
        """Show `text`; an unknown level is shown as info. Given as a function, the text is
        made again when the language changes (a fixed text stays as it was written)."""
        self.level = level if level in _STYLES else "info"
        self.setStyleSheet(f"#banner {{{_STYLES[self.level]} border-radius:4px;}}")
        self._text = text if callable(text) else None
        self.label.setText(text() if callable(text) else text)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._text is not None:
            self.label.setText(self._text())
        super().changeEvent(event)

"""The pieces of the 证据 tab that stand on their own: the thumbnail grid and the list of files
the last intakes could not add."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QPushButton, QVBoxLayout, QWidget


class EvidenceGrid(QListView):
    """The case's evidence as thumbnails with their captions, in a grid that reflows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(150, 150))
        self.setGridSize(QSize(190, 230))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setStyleSheet("QListView::item { padding-top: 8px; }")
        # Drops go to the tab (files from the desktop), not to the view's own item moving.
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)


class IntakeProblems(QWidget):
    """Why files were not added, one line each, until the user clears the list; hidden while
    there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addWidget(self.list, 1)
        column.addWidget(self.clear_button)
        self.retranslate()
        self.hide()

    def add(self, lines: list[str]) -> None:
        """Add these lines; the box shows while it holds any."""
        for line in lines:
            self.list.addItem(line)
        self.setVisible(self.list.count() > 0)

    def clear(self) -> None:
        """Empty and hide the list."""
        self.list.clear()
        self.hide()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.label.setText(self.tr("Files that were not added:"))
        self.clear_button.setText(self.tr("Clear list"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

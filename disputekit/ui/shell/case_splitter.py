"""The main window's split between the case list and the current case."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class CaseSplitter(QSplitter):
    """The case list on the left, which can be dragged shut or hidden, the case on the right,
    which never can; a wider window widens the case, not the list."""

    def __init__(self, case_list: QWidget, case: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.addWidget(case_list)
        self.addWidget(case)
        self.setCollapsible(0, True)
        self.setCollapsible(1, False)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self._list_width = 0  # the list's width before it was hidden

    def restore(self, state: object, width: int) -> bool:
        """Restore a saved state; without one, give the list 30% of `width`. False when
        there was nothing to restore (the caller sizes again once the window is shown)."""
        if isinstance(state, QByteArray | bytes) and self.restoreState(QByteArray(state)):
            return True
        self.give_list_30_percent(width)
        return False

    def give_list_30_percent(self, width: int) -> None:
        """The first start's proportions."""
        self.setSizes([width * 3 // 10, width - width * 3 // 10])

    def list_shown(self) -> bool:
        """False while the case list is collapsed."""
        return self.sizes()[0] > 0

    def show_list(self, shown: bool) -> None:
        """Collapse the case list, or open it again at its last width (about 30% at first)."""
        sizes = self.sizes()
        total = sum(sizes)
        if not shown and sizes[0] > 0:
            self._list_width = sizes[0]
            self.setSizes([0, total])
        elif shown and sizes[0] == 0:
            width = self._list_width or total * 3 // 10
            self.setSizes([width, total - width])

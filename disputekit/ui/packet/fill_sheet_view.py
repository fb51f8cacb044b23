"""The 12315 web form, field by field: each value with its character count against the
configured limit, a copy button, and a large-type view for copying by hand where the site
blocks paste."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from disputekit.ui.shared.retranslate import Retranslating
from disputekit.ui.shared.vocab_text import copy_text

LARGE_POINT_SIZE = 26
_LONG_RUN = re.compile(r"[!-~]{16,}")  # URLs, transaction numbers: no natural break


def breakable(text: str) -> str:
    """`text` for display only: zero-width spaces inside long ASCII runs let a narrow label
    wrap a transaction number instead of widening the sheet (the copy buttons copy the
    original)."""
    return _LONG_RUN.sub(lambda m: "\u200b".join(m.group(0)), text)


class LargeTypeDialog(QDialog):
    """One field's text in large type, selectable, for typing it over by hand."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        font = QFont(self.text.font())
        font.setPointSize(LARGE_POINT_SIZE)
        self.text.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 600)


class FillSheetView(Retranslating, QScrollArea):
    """Per field: label, count/limit, 复制, 大字, then the value; `set_fields` refills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.copy_buttons: dict[str, QPushButton] = {}
        self.large_buttons: dict[str, QPushButton] = {}
        self.count_labels: dict[str, QLabel] = {}
        self.values: dict[str, str] = {}
        self._body: QWidget | None = None
        self._fields: list[Any] = []
        self.set_fields([])

    def retranslate(self) -> None:
        """Lay the same fields out again with texts in the current language."""
        self.set_fields(self._fields)

    def set_fields(self, fields: Sequence[Any]) -> None:
        """Show `fields` (the packet's FillField rows)."""
        self._fields = list(fields)
        body = QWidget()
        outer = QVBoxLayout(body)
        note = QLabel(
            self.tr(
                "Copy each field into the 12315 web form. The form's real length limits are "
                "not confirmed; counts are checked against the limits in the template."
            )
        )
        note.setWordWrap(True)
        outer.addWidget(note)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)  # the label takes what the count and buttons leave
        outer.addLayout(grid)
        outer.addStretch(1)
        self.copy_buttons, self.large_buttons, self.count_labels, self.values = {}, {}, {}, {}
        for row, field in enumerate(fields):
            self.values[field.key] = field.value
            name = QLabel(field.label)
            name.setStyleSheet("font-weight: bold")
            name.setWordWrap(True)  # a long label wraps rather than push the buttons out
            value = QLabel(breakable(field.value) or self.tr("(empty)"))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            count = QLabel(self._count_text(field))
            if field.over_limit:
                count.setStyleSheet("color: #c62828; font-weight: bold")
            copy = QPushButton(self.tr("Copy"))
            copy.clicked.connect(lambda _=False, text=field.value: copy_text(text))
            large = QPushButton(self.tr("Large type"))
            large.clicked.connect(lambda _=False, f=field: self._show_large(f.label, f.value))
            # Two lines per field (name, count, buttons; then the value across): the sheet
            # sits in a narrow pane beside the packet controls.
            top = 2 * row
            for col, widget in enumerate((name, count, copy, large)):
                grid.addWidget(widget, top, col, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, top + 1, 0, 1, 4)
            value.setContentsMargins(12, 0, 0, 8)
            self.copy_buttons[field.key] = copy
            self.large_buttons[field.key] = large
            self.count_labels[field.key] = count
        grid.setColumnStretch(0, 1)
        self.setWidget(body)  # deletes the previous body
        self._body = body

    def _show_large(self, title: str, text: str) -> None:
        dialog = LargeTypeDialog(title, text, self)
        dialog.exec()
        dialog.deleteLater()

    def _count_text(self, field: Any) -> str:
        if field.limit:
            return self.tr("{count} / {limit} chars").format(count=field.count, limit=field.limit)
        return self.tr("{count} chars").format(count=field.count)

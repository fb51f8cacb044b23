"""One field of the 12315 copy assistant: its 已填 tick, label, value, character count against
the limit, 复制 (confirmed by "已复制") and 大字 (the value in large type, to type it over by hand
where the site blocks paste)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.packets.fill_progress import FieldState
from disputekit.ui.shared.language.i18n import ENGLISH, current_language
from disputekit.ui.shared.language.vocab_text import copy_text
from disputekit.ui.shared.palette import DUE_SOON, OVERDUE

LARGE_POINT_SIZE = 26
COPIED_SHOWN_MS = 1500  # how long 复制 reads 已复制 after a click
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


class TickBox(QCheckBox):
    """已填. Partly checked means ticked for text that has changed since: a click then ticks
    it for the text shown now (rather than clearing it, as a plain tri-state box would)."""

    def nextCheckState(self) -> None:
        done = self.checkState() == Qt.CheckState.Checked
        self.setCheckState(Qt.CheckState.Unchecked if done else Qt.CheckState.Checked)


class FillFieldRow(QFrame):
    """One field; `ticked(key, on)` when the user clicks its tick, `copied(key)` after 复制."""

    ticked = Signal(str, bool)
    copied = Signal(str)

    def __init__(self, field: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fillFieldRow")
        self.key: str = field.key
        self.field = field
        self.tick = TickBox()
        self.tick.setStyleSheet("font-weight: bold")
        self.tick.clicked.connect(
            lambda: self.ticked.emit(self.key, self.tick.checkState() == Qt.CheckState.Checked)
        )
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: bold")
        self.name.setWordWrap(True)  # a long label wraps rather than push the tick out
        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setContentsMargins(12, 0, 0, 0)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(f"color: {DUE_SOON}; font-weight: bold")
        self.stale.hide()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._copy)
        self.large_button = QPushButton()
        self.large_button.clicked.connect(self._show_large)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_SHOWN_MS)
        self._copied_timer.timeout.connect(self._copy_label)
        self.state = FieldState.TODO

        # Three lines (the name; the value; the count, 大字, 复制 and 已填, in the order they
        # are used): the sheet sits in a narrow pane beside the packet controls, and only the
        # count, which wraps, shares a line with the buttons.
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for widget in (self.large_button, self.copy_button, self.tick):
            bottom.addWidget(widget)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.name)
        column.addWidget(self.value)
        column.addWidget(self.stale)
        column.addLayout(bottom)
        # Keys follow the line: 大字, 复制, 已填 (Space on 复制, Tab, Space ticks and moves on).
        QWidget.setTabOrder(self.large_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.tick)
        self.set_current(False)
        self.show_field(field)

    def show_field(self, field: Any) -> None:
        """Show `field` (a FillField) in place: value, count, and texts in the current language."""
        self.field = field
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        field = self.field
        english = current_language() == ENGLISH and field.label_en
        self.name.setText(f"{field.label} ({field.label_en})" if english else field.label)
        self.value.setText(breakable(field.value) or self.tr("(empty)"))
        self.tick.setText(self.tr("Filled"))
        self.tick.setToolTip(self.tr("Tick once this field is filled in on the 12315 website."))
        self.large_button.setText(self.tr("Large type"))
        self.large_button.setToolTip(self.tr("Show the text large, to type it over by hand."))
        # As wide as its longer text, so "Copied" does not shift the line.
        widths = []
        for text in (self.tr("Copied"), self.tr("Copy")):
            self.copy_button.setText(text)
            widths.append(self.copy_button.sizeHint().width())
        self.copy_button.setMinimumWidth(max(widths))
        self._copy_label()
        if field.limit is None:
            self.count.setText(self.tr("{count} chars (no limit)").format(count=field.count))
        elif field.over_limit:
            self.count.setText(
                self.tr("{count} / {limit} chars: {over} too many, cut {over}").format(
                    count=field.count, limit=field.limit, over=field.count - field.limit
                )
            )
        else:
            text = self.tr("{count} / {limit} chars").format(count=field.count, limit=field.limit)
            self.count.setText(text)
        self.count.setStyleSheet(f"color: {OVERDUE}; font-weight: bold" if field.over_limit else "")
        self.count.setToolTip(
            self.tr("The website's real limit is unconfirmed; see the note at the top.")
        )
        self.stale.setText(self.tr("Changed since it was ticked: fill it in again."))

    def show_state(self, state: FieldState) -> None:
        """Show the tick as done, stale (partly checked, with the warning) or not done."""
        self.state = state
        self.tick.setCheckState(
            {
                FieldState.DONE: Qt.CheckState.Checked,
                FieldState.STALE: Qt.CheckState.PartiallyChecked,
                FieldState.TODO: Qt.CheckState.Unchecked,
            }[state]
        )
        self.stale.setVisible(state is FieldState.STALE)

    def set_current(self, current: bool) -> None:
        """Frame the field the user is on."""
        colour = "#1565c0" if current else "transparent"
        self.setStyleSheet(f"#fillFieldRow {{ border: 2px solid {colour}; border-radius: 4px }}")

    def _copy(self) -> None:
        copy_text(self.field.value)
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()
        self.copied.emit(self.key)

    def _copy_label(self) -> None:
        copied = self._copied_timer.isActive()
        self.copy_button.setText(self.tr("Copied") if copied else self.tr("Copy"))

    def _show_large(self) -> None:
        dialog = LargeTypeDialog(self.field.label, self.field.value, self)
        dialog.exec()
        dialog.deleteLater()

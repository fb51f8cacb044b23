"""The 12315 copy assistant: the web form's fields in the order the form asks for them, each
with 已填, its count against the configured limit, 复制 and 大字; a progress line and 下一项
above them. The app never opens or fills the website: the user copies each field across."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.packets.fill_progress import FieldState, FillProgress, fill_sheet_spec_path
from disputekit.ui.packet.fill_field_row import (
    LARGE_POINT_SIZE,
    FillFieldRow,
    LargeTypeDialog,
    breakable,
)
from disputekit.ui.shared.language.retranslate import Retranslating
from disputekit.ui.shared.palette import DUE_SOON, OVERDUE

__all__ = ["LARGE_POINT_SIZE", "FillSheetView", "LargeTypeDialog", "breakable"]


class FillSheetView(Retranslating, QWidget):
    """The fields (`set_fields`), their ticks (`set_progress`); `tick_clicked(key, on)` when
    the user ticks one, `copied(key)` after 复制."""

    tick_clicked = Signal(str, bool)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_label = QLabel()
        self.progress_label.setStyleSheet("font-weight: bold")
        self.progress_label.setWordWrap(True)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(lambda: self.focus_field(self._next_after(self.current)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {OVERDUE}; font-weight: bold")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        header = QHBoxLayout()
        header.addWidget(self.progress_label, 1)
        header.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.error)
        layout.addWidget(self.fields_area, 1)
        self.rows: dict[str, FillFieldRow] = {}
        self.current: str | None = None
        self._progress: FillProgress | None = None
        self._fields: list[Any] = []
        self._rebuild([])
        self.retranslate()

    # --- what the rows show ---------------------------------------------------------------

    @property
    def copy_buttons(self) -> dict[str, QPushButton]:
        """复制 by field key."""
        return {k: r.copy_button for k, r in self.rows.items()}

    @property
    def large_buttons(self) -> dict[str, QPushButton]:
        """大字 by field key."""
        return {k: r.large_button for k, r in self.rows.items()}

    @property
    def count_labels(self) -> dict[str, QLabel]:
        """The character count by field key."""
        return {k: r.count for k, r in self.rows.items()}

    @property
    def ticks(self) -> dict[str, QCheckBox]:
        """已填 by field key."""
        return {k: r.tick for k, r in self.rows.items()}

    @property
    def values(self) -> dict[str, str]:
        """The text each field copies, by key."""
        return {f.key: f.value for f in self._fields}

    def retranslate(self) -> None:
        """Texts in the current language (the rows set their own)."""
        self.next_button.setText(self.tr("Next field"))
        self.next_button.setToolTip(self.tr("Go to the next field not yet filled."))
        self.note.setText(
            self.tr(
                "Copy each field into the 12315 website in this order and tick Filled when it "
                "is done; this app never opens or fills the website itself. The order and the "
                "character limits are unconfirmed: the website may differ or change. Both can "
                "be edited in {path} (the order of the entries under fields, and each limit)."
            ).format(path=fill_sheet_spec_path())
        )
        for row in self.rows.values():
            row.retranslate()
        self._show_progress()

    def set_fields(self, fields: Sequence[Any]) -> None:
        """Show `fields` (the packet's FillField rows, in order); the same fields are updated
        in place, so focus and the scroll position stay where the user is."""
        self.error.hide()
        self.fields_area.show()
        fields = list(fields)
        if [f.key for f in fields] == [f.key for f in self._fields] and self.rows:
            for field in fields:
                self.rows[field.key].show_field(field)
            self._fields = fields
            return
        self._fields = fields
        self._rebuild(fields)

    def set_progress(self, progress: FillProgress | None) -> None:
        """Show each field's tick (None: ticks cannot be kept, e.g. no stored case)."""
        self._progress = progress
        for key, row in self.rows.items():
            row.tick.setEnabled(progress is not None)
            states = progress.states if progress else {}
            row.show_state(states.get(key, FieldState.TODO))
        if self.current is None and progress is not None:
            self._mark_current(progress.next_open())
        self._show_progress()

    def show_error(self, text: str) -> None:
        """Show why the fields cannot be listed (the field list file edited wrongly)."""
        self._fields = []
        self._rebuild([])
        self.error.setText(text)
        self.error.show()
        self.fields_area.hide()
        self._progress = None
        self._show_progress()

    def focus_field(self, key: str | None) -> None:
        """Make `key` the current field: framed, scrolled into view, its 复制 focused."""
        self._mark_current(key)
        if key in self.rows:
            row = self.rows[key]
            self.fields_area.ensureWidgetVisible(row, 0, 12)
            row.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def advance_from(self, key: str) -> None:
        """After `key` was ticked done: on to the next field not yet done."""
        self.focus_field(self._next_after(key))

    # --- internals ------------------------------------------------------------------------

    def _next_after(self, key: str | None) -> str | None:
        return self._progress.next_open(key) if self._progress else None

    def _mark_current(self, key: str | None) -> None:
        self.current = key if key in self.rows else None
        for row_key, row in self.rows.items():
            row.set_current(row_key == self.current)

    def _rebuild(self, fields: Sequence[Any]) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.note)  # at the top of the list: it scrolls away as the user works
        self.rows = {}
        for field in fields:
            row = FillFieldRow(field)
            row.ticked.connect(self.tick_clicked)
            row.copied.connect(self._copied)
            column.addWidget(row)
            self.rows[field.key] = row
        column.addStretch(1)
        self.fields_area.setWidget(body)  # deletes the previous body (the note has moved on)
        self.current = None
        self.set_progress(self._progress)

    def _copied(self, key: str) -> None:
        self._mark_current(key)
        self.copied.emit(key)

    def _show_progress(self) -> None:
        progress = self._progress
        stale = progress.stale if progress else 0
        self.next_button.setEnabled(progress is not None and progress.next_open() is not None)
        if progress is None:
            self.progress_label.setText("")
            return
        text = self.tr("Filled {done}/{total}").format(done=progress.done, total=progress.total)
        if stale:
            text += self.tr("; {count} changed since ticked, fill again").format(count=stale)
        elif progress.total and progress.done == progress.total:
            text += self.tr(": all done")
        self.progress_label.setText(text)
        self.progress_label.setStyleSheet(
            f"font-weight: bold; color: {DUE_SOON}" if stale else "font-weight: bold"
        )

"""Edits one evidence item's kind, caption, 证明目的, capture time, source (a known code
shown by its label, or free text), and who captured it on which device (the 证据目录's 来源;
kept as the item's `captured_by`/`device` keys)."""

from __future__ import annotations

import copy
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from disputekit.domain.case.model import EvidenceItem
from disputekit.domain.case.vocabulary import EvidenceKind
from disputekit.timeutil import SHANGHAI
from disputekit.ui.evidence.source_combo import SourceCombo
from disputekit.ui.shared.form_widgets import EnumCombo, OptionalDateTimeEdit


class EvidenceEditor(QGroupBox):
    """Shows the selected item; emits `edited(item)` with a changed copy when the user edits."""

    edited = Signal(object)  # EvidenceItem

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: EvidenceItem | None = None
        self._now = now
        self._loading = False
        self.kind = EnumCombo(EvidenceKind)
        self.caption = QLineEdit()
        self.caption.setMaxLength(1000)
        self.proves = QPlainTextEdit()
        self.proves.setMaximumHeight(80)
        self.captured_at = OptionalDateTimeEdit()
        self.source = SourceCombo()
        self.captured_by = QLineEdit()
        self.captured_by.setMaxLength(200)
        self.device = QLineEdit()
        self.device.setMaxLength(200)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(self.facts.textInteractionFlags().TextSelectableByMouse)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(7)]
        for label, editor in zip(
            self.labels,
            (
                self.kind,
                self.caption,
                self.proves,
                self.captured_at,
                self.source,
                self.captured_by,
                self.device,
            ),
            strict=True,
        ):
            label.setBuddy(editor)
            self.form.addRow(label, editor)
        # Why 取证人/设备 are asked: they fill the 证据目录's 来源 column.
        self.capture_help = QLabel()
        self.capture_help.setWordWrap(True)
        self.capture_help.setStyleSheet("color: #555;")
        self.form.addRow(self.capture_help)
        self.form.addRow(self.facts)
        self.kind.currentIndexChanged.connect(self._emit)
        self.caption.editingFinished.connect(self._emit)
        # A plain-text edit has no editingFinished: commit when it loses focus.
        self.proves.installEventFilter(self)
        self.captured_at.changed.connect(self._emit)
        self.source.finished.connect(self._emit)
        self.captured_by.editingFinished.connect(self._emit)
        self.device.editingFinished.connect(self._emit)
        self.retranslate()
        self.set_item(None)

    def retranslate(self) -> None:
        """Labels in the current language."""
        self.setTitle(self.tr("Selected evidence"))
        texts = (
            self.tr("Kind"),
            self.tr("Caption"),
            self.tr("What it proves"),
            self.tr("Captured at"),
            self.tr("Source"),
            self.tr("Captured by"),
            self.tr("Device"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.caption.setPlaceholderText(self.tr("e.g. Order page showing 已发货"))
        self.source.lineEdit().setPlaceholderText(
            self.tr("e.g. WeChat screenshot, Alipay bill export")
        )
        self.captured_by.setPlaceholderText(self.tr("Who took the screenshot or photo"))
        self.device.setPlaceholderText(
            self.tr("Phone or computer; read from the photo's EXIF when left empty")
        )
        self.capture_help.setText(
            self.tr(
                "Who captured it and on what device go in the source column of the exhibit "
                "list; leave them empty if unknown."
            )
        )
        self.kind.retranslate()
        self.source.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_item(self, item: EvidenceItem | None, facts: str = "") -> None:
        """Show `item` (None: nothing selected; the editor is disabled)."""
        self._item = copy.deepcopy(item)
        self._loading = True
        try:
            self.kind.set_value(item.kind.value if item else None)
            self.caption.setText(item.caption if item else "")
            self.proves.setPlainText(item.proves if item else "")
            self.captured_at.set_value(item.captured_at if item else None, self._now)
            self.source.set_value(item.source if item else "")
            self.captured_by.setText(item.captured_by if item else "")
            self.device.setText(item.device if item else "")
            self.facts.setText(facts)
        finally:
            self._loading = False
        self.setEnabled(item is not None)

    def current(self) -> EvidenceItem | None:
        """The shown item with the editors' values."""
        if self._item is None:
            return None
        item = copy.deepcopy(self._item)
        item.kind = EvidenceKind(self.kind.value() or EvidenceKind.OTHER)
        item.caption = self.caption.text()
        item.proves = self.proves.toPlainText()
        when = self.captured_at.value()
        item.captured_at = when.astimezone(SHANGHAI) if when else None
        item.source = self.source.value()
        item.captured_by = self.captured_by.text().strip()
        item.device = self.device.text().strip()
        return item

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.proves and event.type() == QEvent.Type.FocusOut:
            self._emit()
        return super().eventFilter(watched, event)

    def _emit(self, *_args: object) -> None:
        if self._loading or self._item is None:
            return
        item = self.current()
        if item is not None and item != self._item:
            self._item = copy.deepcopy(item)
            self.edited.emit(item)

    def commit(self) -> None:
        """Send pending edits (the 证明目的 text is committed on leaving it or on this call)."""
        self._emit()

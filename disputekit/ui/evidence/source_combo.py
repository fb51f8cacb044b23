"""The evidence editor's 来源: the known source codes by their label in the UI language, or
whatever the user types (the contract allows free text beside the codes)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from disputekit.domain.case.vocabulary import EvidenceSource, source_code, source_label
from disputekit.ui.shared.language.i18n import vocab_lang


class SourceCombo(QComboBox):
    """An editable choice of `EvidenceSource` (item data: the code). `value()` is what to
    store: the code of a known entry, else the typed text stripped; never a label."""

    finished = Signal()  # the user is done: picked an entry, or confirmed or left typed text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Enter confirms the text; it must not add the typed text as a new entry.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setMaxLength(200)
        # The longest label must not widen the form; the field grows with the panel instead.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self._loaded = ""
        for member in EvidenceSource:
            self.addItem(member.label(vocab_lang()), member.value)
        self.activated.connect(self._finish)
        self.lineEdit().editingFinished.connect(self._finish)

    def set_value(self, source: str) -> None:
        """Show a stored source: a known code selects its entry (the label shows), anything
        else shows as written."""
        self._loaded = source
        index = self.findData(source.strip())
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(source)

    def value(self) -> str:
        """The source to store for what is shown."""
        text = self.currentText()
        index = self.currentIndex()
        if index >= 0 and text == self.itemText(index):
            return str(self.itemData(index))
        if text.strip() == source_label(self._loaded, vocab_lang()):
            return self._loaded  # untouched: free text that reads like a label stays as stored
        return source_code(text)

    def retranslate(self) -> None:
        """Relabel the entries in the current language, keeping any text the user typed."""
        text = self.currentText()
        index = self.currentIndex()
        typed = index < 0 or text != self.itemText(index)
        for member in EvidenceSource:
            self.setItemText(self.findData(member.value), member.label(vocab_lang()))
        if typed:
            self.setEditText(text)

    def _finish(self, *_args: object) -> None:
        self.finished.emit()

"""代他人投诉: the volunteer's details for the 授权委托书 (办法第十一条), saved in
`case.filed_by`. Unticking removes `filed_by` from the case."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from disputekit.domain.model import Case, FiledBy
from disputekit.domain.vocabulary import FilerRelation
from disputekit.ui.retranslate import Retranslating
from disputekit.ui.vocab_text import label

DEFAULT_COMPLAINANT = "default_complainant"


class FilerBox(Retranslating, QWidget):
    """The checkbox and, when ticked, the agent's name, phone, relation and ID number."""

    changed = Signal(object)  # the new FiledBy or None, to be saved by the owner

    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings  # store.settings: prefill from the volunteer's own details
        self.checkbox = QCheckBox()
        self.name_edit, self.phone_edit, self.id_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.relation_combo = QComboBox()
        for relation in FilerRelation:
            self.relation_combo.addItem("", relation.value)
        self.save_button = QPushButton()
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(20, 0, 0, 0)
        self.form = form
        for edit in (self.name_edit, self.phone_edit, self.relation_combo, self.id_edit):
            form.addRow(QLabel(), edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checkbox)
        layout.addWidget(self.fields)
        self.fields.setVisible(False)
        self.checkbox.toggled.connect(self._toggled)
        self.save_button.clicked.connect(lambda: self.changed.emit(self.filed_by()))
        self._loading = False
        self._base = FiledBy()
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.checkbox.setText(self.tr("Filing for someone else (代他人投诉)"))
        self.save_button.setText(self.tr("Save agent details"))
        for n, relation in enumerate(FilerRelation):
            self.relation_combo.setItemText(n, label(relation))
        texts = (
            self.tr("Agent's name"),
            self.tr("Agent's phone"),
            self.tr("Relation"),
            self.tr("Agent's ID number"),
        )
        for row, text in enumerate(texts):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)

    def show_case(self, case: Case | None) -> None:
        """Fill the fields from `case.filed_by` (without emitting `changed`)."""
        self._loading = True
        filed = case.filed_by if case else None
        self.checkbox.setChecked(filed is not None)
        self.fields.setVisible(filed is not None)
        filed = filed or FiledBy()
        self.name_edit.setText(filed.name)
        self.phone_edit.setText(filed.phone)
        self.id_edit.setText(filed.id_number)
        index = self.relation_combo.findData(str(filed.relation))
        self.relation_combo.setCurrentIndex(max(index, 0))
        self._base = filed
        self._loading = False

    def filed_by(self) -> FiledBy | None:
        """The agent as entered, or None when the box is unticked."""
        if not self.checkbox.isChecked():
            return None
        return dataclasses.replace(
            self._base,
            name=self.name_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            relation=self.relation_combo.currentData(),
            id_number=self.id_edit.text().strip(),
        )

    def _toggled(self, checked: bool) -> None:
        self.fields.setVisible(checked)
        if self._loading:
            return
        if checked and not self.name_edit.text():
            own = self._settings.get(DEFAULT_COMPLAINANT, {}) or {}
            self.name_edit.setText(str(own.get("name", "")))
            self.phone_edit.setText(str(own.get("phone", "")))
        if not checked:
            self.changed.emit(None)

"""The packet's size budget and resolution, starting from the saved `PacketDefaults`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from disputekit.app.workspace import PacketDefaults
from disputekit.ui.shared.form_widgets import DecimalSpin, NumberSpin
from disputekit.ui.shared.language.retranslate import Retranslating


@dataclass(frozen=True)
class PacketOptions:
    """What the builder is asked for besides the case: limits, resolution, draft."""

    max_mb: float | None
    max_pages: int | None
    dpi: int
    draft: bool
    include_withheld: bool = False  # originals that redacted copies replace


class BudgetBox(Retranslating, QGroupBox):
    """Size budget (0 = no limit), page budget, image resolution and the draft switch."""

    def __init__(self, defaults: PacketDefaults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_mb_spin = DecimalSpin()
        self.max_mb_spin.setRange(0, 500)
        self.max_mb_spin.setDecimals(1)
        self.max_mb_spin.setSuffix(" MB")
        self.max_mb_spin.setValue(float(defaults.max_mb or 0))
        self.max_pages_spin = NumberSpin()
        self.max_pages_spin.setRange(0, 2000)
        self.max_pages_spin.setValue(int(defaults.max_pages or 0))
        self.dpi_spin = NumberSpin()
        self.dpi_spin.setRange(50, 300)
        self.dpi_spin.setSuffix(" dpi")
        self.dpi_spin.setValue(defaults.dpi)
        self.draft_check = QCheckBox()
        self.withheld_check = QCheckBox()
        self.withheld_warning = QLabel()
        self.withheld_warning.setWordWrap(True)
        self.withheld_warning.setStyleSheet("color: #b3261e;")
        self.withheld_warning.setVisible(False)
        self.withheld_check.toggled.connect(self.withheld_warning.setVisible)
        self.form = QFormLayout(self)
        for spin in (self.max_mb_spin, self.max_pages_spin, self.dpi_spin):
            self.form.addRow(QLabel(), spin)
        self.dpi_help = QLabel()  # what the resolution changes, in one line
        self.dpi_help.setWordWrap(True)
        self.dpi_help.setStyleSheet("color: #555;")
        self.form.addRow(self.dpi_help)
        self.form.addRow(self.draft_check)
        self.form.addRow(self.withheld_check)
        self.form.addRow(self.withheld_warning)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Size budget"))
        self.dpi_help.setText(
            self.tr("Higher resolution: sharper screenshots, larger file. 150 dpi reads well.")
        )
        self.max_mb_spin.setSpecialValueText(self.tr("no limit"))
        self.max_pages_spin.setSpecialValueText(self.tr("no limit"))
        self.draft_check.setText(self.tr("Draft (build even with items missing)"))
        self.withheld_check.setText(self.tr("Include unredacted originals"))
        self.withheld_warning.setText(
            self.tr(
                "Warning: the packet will also show the originals of redacted copies, with"
                " everything you blacked out."
            )
        )
        texts = (self.tr("Largest file"), self.tr("Most pages"), self.tr("Image resolution"))
        for row, text in enumerate(texts):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)

    def options(self) -> PacketOptions:
        """The options as set."""
        return PacketOptions(
            max_mb=self.max_mb_spin.value() or None,
            max_pages=self.max_pages_spin.value() or None,
            dpi=self.dpi_spin.value(),
            draft=self.draft_check.isChecked(),
            include_withheld=self.withheld_check.isChecked(),
        )

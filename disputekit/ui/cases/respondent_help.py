"""Inline help beside the respondent fields: where a buyer finds the seller's legal name,
credit code and address, and which regulator handles the complaint (办法第十三条), worded by
`domain.jurisdiction.regulator_note` from the respondent as typed.

12315 refuses a complaint without the 被投诉人 名称 and 地址 (办法第十条); buyers rarely know
that the shop page must publish them (电子商务法第十五条)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from disputekit.domain.case.model import Case, Respondent
from disputekit.domain.legal.jurisdiction import regulator_note
from disputekit.ui.shared.language.i18n import shown
from disputekit.ui.shared.language.retranslate import Retranslating


class RespondentHelp(Retranslating, QWidget):
    """Two short grey lines: where to look, and who handles the complaint (in the packet's
    Chinese wording, since it names the addresses as they will be filed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = QLabel()
        self.regulator = QLabel()
        self._respondent: Respondent | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        for label in (self.where, self.regulator):
            label.setWordWrap(True)
            label.setStyleSheet("color: #555;")
            layout.addWidget(label)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.where.setText(
            self.tr(
                "Where to find them: the shop page's 营业执照 / 经营者信息 notice gives the "
                "seller's legal name, credit code and address. If it has none, search the "
                "company name in 国家企业信用信息公示系统 (www.gsxt.gov.cn)."
            )
        )
        self.regulator.setToolTip(
            self.tr(
                "Who handles it (《市场监督管理投诉举报处理办法》第十三条): a seller inside a "
                "platform → the county-level market regulator of the address it publishes on "
                "the platform, or of the platform's domicile; no published address, or "
                "unreachable there → the platform's domicile."
            )
        )
        if self._respondent is not None:
            self.show_respondent(self._respondent)

    def show_respondent(self, respondent: Respondent) -> None:
        """Word the regulator line for `respondent` (the fields as currently typed)."""
        self._respondent = respondent
        self.regulator.setText(shown(regulator_note(Case(respondent=respondent))))

"""建议 tab: what to do now for the current case, straight from the advice engine.

The tab holds no rules: it calls `advise(case, now, calendar)` on every change of the case
and lays the answer out: channel and reason, numbered steps, the customer-service message with
a copy button, the evidence still missing (each kind jumps to the evidence tab), warnings and
the 12315 eligibility.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from disputekit.app.advising import advise
from disputekit.domain.advice.engine import Advice
from disputekit.domain.case.vocabulary import EvidenceKind, PacketKind
from disputekit.ui.shared.language.i18n import shown
from disputekit.ui.shared.language.retranslate import Retranslating
from disputekit.ui.shared.language.vocab_text import copy_text, discard, label
from disputekit.ui.shared.services import Services
from disputekit.ui.shared.session import CaseSession


def _html_list(items: list[str], ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(i)}</li>" for i in items) + f"</{tag}>"


def _wrapping_label() -> QLabel:
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


class AdviceTab(Retranslating, QScrollArea):
    """The guidance for the session's current case; refreshed on every case change."""

    def __init__(self, services: Services, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._session = session
        self.advice: Advice | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.placeholder = QLabel()
        self.channel_label = _wrapping_label()
        self.channel_label.setObjectName("adviceChannel")
        font = self.channel_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.channel_label.setFont(font)
        self.reason_label = _wrapping_label()
        self.steps_label = _wrapping_label()
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)

        self.message_box = QGroupBox()
        self.message_edit = QPlainTextEdit()
        self.message_edit.setReadOnly(True)
        self.message_edit.setMinimumHeight(220)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(lambda: copy_text(self.message_edit.toPlainText()))
        box = QVBoxLayout(self.message_box)
        box.addWidget(self.message_edit)
        box.addWidget(self.copy_button, alignment=Qt.AlignmentFlag.AlignRight)

        self.missing_box = QGroupBox()
        self._missing_layout = QVBoxLayout(self.missing_box)
        self._missing_rows: QWidget | None = None
        self.evidence_buttons: dict[EvidenceKind, QPushButton] = {}

        self.eligibility_box = QGroupBox()
        self.eligibility_label = _wrapping_label()
        QVBoxLayout(self.eligibility_box).addWidget(self.eligibility_label)

        self.warnings_box = QGroupBox()
        self.warnings_label = _wrapping_label()
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.warnings_box).addWidget(self.warnings_label)

        self.further_label = _wrapping_label()
        # One button per channel on the ladder that takes a packet: straight to the 材料 tab.
        self.packet_row = QWidget()
        # Two buttons a row: four English labels side by side are wider than a 1366 px screen.
        self._packet_layout = QGridLayout(self.packet_row)
        self._packet_layout.setContentsMargins(0, 0, 0, 0)
        self._packet_layout.setColumnStretch(2, 1)
        self.packet_buttons: dict[PacketKind, QPushButton] = {}
        self.steps_title = QLabel()
        self.steps_title.setStyleSheet("font-weight: bold")
        self._content = [
            self.channel_label,
            self.reason_label,
            self.steps_title,
            self.steps_label,
            self.message_box,
            self.missing_box,
            self.eligibility_box,
            self.warnings_box,
            self.further_label,
            self.packet_row,
        ]
        layout.addWidget(self.placeholder)
        for widget in self._content:
            layout.addWidget(widget)
        layout.addStretch(1)

        session.current_changed.connect(self.refresh)
        session.case_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Static texts in the current language; the advice shown is laid out again so the
        vocabulary labels follow (no store access: this also runs on a closing widget)."""
        self.placeholder.setText(self.tr("Choose a case in the list to see what to do next."))
        self.message_box.setTitle(self.tr("Message to customer service"))
        self.copy_button.setText(self.tr("Copy message"))
        self.missing_box.setTitle(self.tr("Evidence still missing"))
        self.eligibility_box.setTitle(self.tr("12315 complaint: will it be accepted?"))
        self.warnings_box.setTitle(self.tr("Warnings"))
        self.steps_title.setText(self.tr("Steps"))
        if self.advice is not None:
            self._show(self.advice)

    def refresh(self) -> None:
        """Ask the engine again for the current case (cheap: pure functions)."""
        case = self._session.case
        self.placeholder.setVisible(case is None)
        for widget in self._content:
            widget.setVisible(case is not None)
        if case is None:
            self.advice = None
            return
        calendar = self._services.workspace.calendar()
        shared = self._services.workspace.shared_contacts(case, self._session.case_id)
        self.advice = advise(case, self._services.now(), calendar, shared_contacts=shared)
        self._show(self.advice)

    def _show(self, advice: Advice) -> None:
        self.channel_label.setText(self.tr("Now: {channel}").format(channel=label(advice.channel)))
        self.reason_label.setText(shown(advice.reason))
        self.steps_label.setText(_html_list([shown(s) for s in advice.steps], ordered=True))
        self.message_edit.setPlainText(advice.message)
        self.message_box.setVisible(bool(advice.message))
        self._show_missing(advice.missing_evidence)
        self._show_eligibility(advice)
        self.warnings_label.setText(_html_list([shown(w) for w in advice.warnings], ordered=False))
        self.warnings_box.setVisible(bool(advice.warnings))
        further = [label(c) for c in advice.further_channels]
        # The escalation ladder, in order; an arrow reads the same in both languages.
        self.further_label.setText(
            self.tr("If that fails: {channels}").format(channels=" → ".join(further))
        )
        self.further_label.setVisible(bool(further))
        self._show_packet_buttons(advice.packets)

    def _show_packet_buttons(self, kinds: list[PacketKind]) -> None:
        while (item := self._packet_layout.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        self.packet_buttons = {}
        for kind in kinds:
            button = QPushButton(self.tr("Prepare: {packet}…").format(packet=label(kind)))
            button.clicked.connect(lambda _=False, k=kind: self._request_packet(k))
            count = len(self.packet_buttons)
            self.packet_buttons[kind] = button
            self._packet_layout.addWidget(button, count // 2, count % 2)
        self.packet_row.setVisible(bool(self.packet_buttons))

    def _request_packet(self, kind: PacketKind) -> None:
        self._session.request_packet_kind.emit(str(kind))
        self._session.request_tab.emit("packet")

    def _show_missing(self, groups: list[list[EvidenceKind]]) -> None:
        # A fresh container each time: simpler and safer than removing rows one by one.
        discard(self._missing_rows)
        self._missing_rows = QWidget()
        self._missing_layout.addWidget(self._missing_rows)
        rows = QVBoxLayout(self._missing_rows)
        rows.setContentsMargins(0, 0, 0, 0)
        self.evidence_buttons = {}
        if not groups:
            rows.addWidget(QLabel(self.tr("Nothing missing for this channel.")))
            return
        for group in groups:
            row = QHBoxLayout()
            text = self.tr("Missing:") if len(group) == 1 else self.tr("Missing (any one):")
            row.addWidget(QLabel(text))
            for kind in group:
                button = QPushButton(self.tr("Add {kind}…").format(kind=label(kind)))
                button.setToolTip(self.tr("Open the evidence tab with this kind chosen"))
                button.clicked.connect(lambda _=False, k=kind: self._request_evidence(k))
                self.evidence_buttons[kind] = button
                row.addWidget(button)
            row.addStretch(1)
            rows.addLayout(row)

    def _request_evidence(self, kind: EvidenceKind) -> None:
        self._session.request_evidence_kind.emit(str(kind))
        self._session.request_tab.emit("evidence")

    def _show_eligibility(self, advice: Advice) -> None:
        elig = advice.eligibility
        self.eligibility_box.setVisible(elig is not None)
        if elig is None:
            return
        lines = [self.tr("Can be filed now.") if elig.accepted else self.tr("Not ready yet:")]
        lines += [f"• {shown(p)}" for p in elig.problems]
        if elig.needs_authorization:
            lines.append(
                self.tr(
                    "• Filing for someone else: a signed power of attorney (授权委托书) "
                    "and the agent's ID are needed."
                )
            )
        self.eligibility_label.setText("\n".join(lines))

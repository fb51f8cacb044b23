"""The pre-check before 生成, each item with a jump to where it is fixed.

Blockers (red) stop a final packet: the builder's preflight (办法第十条 fields, the agent's
name and phone, the three-year bar, characters the font lacks; see `app.precheck`).
Warnings (amber) do not: contact details shared with other complainants (办法第十七条(四)),
evidence the channel still recommends, and every row the packet would print as 未填写."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from disputekit.app.packets.precheck import Refusal, UnfilledRow, precheck
from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import EvidenceKind, PacketKind
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.ui.cases.order_labels import field_labels
from disputekit.ui.shared.language.i18n import CHINESE, current_language, shown
from disputekit.ui.shared.language.retranslate import Retranslating
from disputekit.ui.shared.language.vocab_text import discard, label
from disputekit.ui.shared.session import CaseSession


def fix_tab(field_path: str | None) -> str:
    """The case tab where the field at `field_path` (case JSON path) is edited."""
    path = field_path or ""
    if path.startswith("events"):
        return "timeline"
    if path.startswith("evidence"):
        return "evidence"
    return "order"


RED, AMBER = "#c62828", "#a15c00"  # amber dark enough to read on white


class BlockersBox(Retranslating, QGroupBox):
    """Red blocker rows, then amber warning rows, each with a 去修改 button.

    `blockers` holds what stops a final packet, `warnings` the texts of the rest;
    `fix_buttons` keeps (target tab, button) for tests."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._layout = QVBoxLayout(self)
        self._rows: QWidget | None = None
        self.fix_buttons: list[tuple[str, QPushButton]] = []
        self.blockers: list[Refusal] = []
        self.warnings: list[str] = []
        self._last: tuple[Any, ...] | None = None  # what was checked, redone in a new language
        self._refused: list[Refusal] = []
        self.retranslate()

    def blocks(self) -> bool:
        """True when something red stops a final packet."""
        return bool(self.blockers)

    def retranslate(self) -> None:
        """The title and every row in the current language."""
        self.setTitle(self.tr("Before you submit"))
        if self._last is not None:
            self.show_for(*self._last)
        elif self._refused:
            self.show_blockers(self._refused)

    def show_for(
        self,
        case: Case,
        kind: PacketKind,
        today: date,
        calendar: WorkCalendar,
        shared: tuple[SharedContact, ...] = (),
        whole: Case | None = None,
    ) -> None:
        """Check `case` for a `kind` packet on `today`; `shared` lists other stored cases whose
        complainant uses this one's phone or address (shown as a warning to fix); `whole` is
        the case as stored (`case` holding only the chosen exhibits)."""
        self._last = (case, kind, today, calendar, shared, whole)
        check = precheck(case, kind, today, calendar, shared, whole)
        self._fill(
            check.blockers,
            check.missing_evidence,
            check.blank_rows,
            check.contact_notes,
            check.warnings,
        )

    def show_blockers(self, blockers: Sequence[Refusal]) -> None:
        """Show what the builder refused with (PacketRefused), e.g. an altered original."""
        self._last = None
        self._refused = list(blockers)
        self._fill(blockers, [], [], [], [])

    def _fill(
        self,
        blockers: Sequence[Refusal],
        missing: list[list[EvidenceKind]],
        blanks: Sequence[UnfilledRow],
        notes: list[str],
        facts: Sequence[Refusal],
    ) -> None:
        self.blockers, self.warnings = list(blockers), []
        discard(self._rows)
        self._rows = QWidget()
        rows = QVBoxLayout(self._rows)
        rows.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._rows)
        self.fix_buttons = []
        if not blockers:
            ok = QLabel("✔ " + self.tr("Nothing blocks this packet."))
            ok.setStyleSheet("color: #2e7d32; font-weight: bold")
            rows.addWidget(ok)
        else:
            self._heading(rows, self.tr("Must be fixed before filing:"), RED)
        for blocker in blockers:
            path = blocker.field_path
            self._row(rows, "✖ " + shown(blocker.message_zh), RED, fix_tab(path), None, path)
        warnings = [
            (shown(note), "order", None, "complainant.phone") for note in notes
        ] + [
            (shown(fact.message_zh), fix_tab(fact.field_path), None, fact.field_path)
            for fact in facts
        ] + [
            (self.tr("Evidence recommended: {kinds}").format(
                kinds=" / ".join(label(k) for k in group)
            ), "evidence", group[0], None)
            for group in missing
        ] + [
            (self.tr("Left blank in the packet: {row}").format(row=self._row_name(blank)),
             fix_tab(blank.field_path), None, blank.field_path)
            for blank in blanks
        ]  # fmt: skip
        if warnings:
            self._heading(rows, self.tr("Recommended (the packet can be made without):"), AMBER)
        for text, tab, kind, path in warnings:
            self.warnings.append(text)
            self._row(rows, "▲ " + text, AMBER, tab, kind, path)

    def _row_name(self, blank: UnfilledRow) -> str:
        # The packet's own (Chinese) label in Chinese; the form's name of the field otherwise.
        if current_language() == CHINESE:
            return blank.label_zh
        path = blank.field_path
        if path.startswith("evidence["):
            number, key = path[len("evidence[") :].split("].")
            what = {"caption": self.tr("description"), "proves": self.tr("what it proves"),
                    "source": self.tr("source")}[key]  # fmt: skip
            return self.tr("evidence {n}: {what}").format(n=int(number) + 1, what=what)
        return field_labels().get(path, self.tr("claims")).replace("&", "")

    def _heading(self, rows: QVBoxLayout, text: str, colour: str) -> None:
        heading = QLabel(text)
        heading.setStyleSheet(f"color: {colour}; font-weight: bold")
        rows.addWidget(heading)

    def _row(
        self,
        rows: QVBoxLayout,
        text: str,
        colour: str,
        tab: str,
        kind: EvidenceKind | None,
        path: str | None,
    ) -> None:
        line = QHBoxLayout()
        message = QLabel(text)
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {colour}")
        button = QPushButton(self.tr("Fix…"))
        button.clicked.connect(lambda _=False: self._jump(tab, kind, path))
        line.addWidget(message, 1)
        line.addWidget(button)
        rows.addLayout(line)
        self.fix_buttons.append((tab, button))

    def _jump(self, tab: str, kind: EvidenceKind | None, path: str | None) -> None:
        if kind is not None:
            self._session.request_evidence_kind.emit(str(kind))
        self._session.request_tab.emit(tab)
        if path and tab == "order":
            self._session.request_field.emit(path)

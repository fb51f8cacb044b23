"""What stands between the case and a final packet, each item with a jump to where it is fixed:
the builder's preflight (第九条 fields, the agent's name, characters the font lacks), the
evidence the channel still needs, and the 12315 eligibility."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from disputekit.domain.advice import advise
from disputekit.domain.calendar import WorkCalendar
from disputekit.domain.contact_check import SharedContact
from disputekit.domain.eligibility import check_12315
from disputekit.domain.model import Case
from disputekit.domain.vocabulary import EvidenceKind, PacketKind
from disputekit.packet.preflight import Blocker, precheck_warnings, preflight
from disputekit.ui.retranslate import Retranslating
from disputekit.ui.session import CaseSession
from disputekit.ui.vocab_text import discard, label


def fix_tab(field_path: str | None) -> str:
    """The case tab where the field at `field_path` (case JSON path) is edited."""
    path = field_path or ""
    if path.startswith("events"):
        return "timeline"
    if path.startswith("evidence"):
        return "evidence"
    if path.startswith("filed_by"):
        return "packet"
    return "order"


class BlockersBox(Retranslating, QGroupBox):
    """Rows of (problem, 去修改 button); `fix_buttons` keeps (target tab, button) for tests."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._layout = QVBoxLayout(self)
        self._rows: QWidget | None = None
        self.fix_buttons: list[tuple[str, QPushButton]] = []
        self.blockers: list[Blocker] = []
        self.retranslate()

    def retranslate(self) -> None:
        """The title in the current language (the rows are redone on the next check)."""
        self.setTitle(self.tr("Before you submit"))

    def show_for(
        self,
        case: Case,
        kind: PacketKind,
        today: date,
        calendar: WorkCalendar,
        shared: tuple[SharedContact, ...] = (),
    ) -> None:
        """Check `case` for a `kind` packet on `today`; `shared` lists other stored cases whose
        complainant uses this one's phone or address (shown as a warning to fix)."""
        missing = advise(case, today, calendar).missing_evidence
        eligibility = (
            check_12315(case, today, calendar) if kind is PacketKind.COMPLAINT_12315 else None
        )
        problems: list[str] = []
        if eligibility is not None and not eligibility.accepted:
            # check_12315 appends its "fields missing" problem last; the preflight already
            # lists those fields one by one (with a jump each), so keep only the others.
            problems = eligibility.problems[
                : len(eligibility.problems) - bool(eligibility.missing_fields)
            ]
        blockers = preflight(case, kind, today, calendar)
        # The bar is a preflight blocker too (with a jump); keep it once.
        problems = [p for p in problems if p not in {b.message_zh for b in blockers}]
        problems += precheck_warnings(case, kind, shared)
        self._fill(blockers, missing, problems)

    def show_blockers(self, blockers: list[Blocker]) -> None:
        """Show what the builder refused with (PacketBlocked), e.g. an altered original."""
        self._fill(blockers, [], [])

    def _fill(
        self, blockers: list[Blocker], missing: list[list[EvidenceKind]], problems: list[str]
    ) -> None:
        self.blockers = blockers
        discard(self._rows)
        self._rows = QWidget()
        rows = QVBoxLayout(self._rows)
        rows.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._rows)
        self.fix_buttons = []
        for blocker in blockers:
            self._row(rows, blocker.message_zh, fix_tab(blocker.field_path), None)
        for group in missing:
            text = self.tr("Evidence missing: {kinds}").format(
                kinds=" / ".join(label(k) for k in group)
            )
            self._row(rows, text, "evidence", group[0])
        for problem in problems:
            self._row(rows, problem, "order", None)
        if not (blockers or missing or problems):
            ok = QLabel(self.tr("Nothing blocks this packet."))
            ok.setStyleSheet("color: #2e7d32")
            rows.addWidget(ok)

    def _row(self, rows: QVBoxLayout, text: str, tab: str, kind: EvidenceKind | None) -> None:
        line = QHBoxLayout()
        message = QLabel(text)
        message.setWordWrap(True)
        message.setStyleSheet("color: #c62828")
        button = QPushButton(self.tr("Fix…"))
        button.clicked.connect(lambda _=False: self._jump(tab, kind))
        line.addWidget(message, 1)
        line.addWidget(button)
        rows.addLayout(line)
        self.fix_buttons.append((tab, button))

    def _jump(self, tab: str, kind: EvidenceKind | None) -> None:
        if kind is not None:
            self._session.request_evidence_kind.emit(str(kind))
        self._session.request_tab.emit(tab)

"""The pre-check before a packet is built: what blocks a final packet and what is only advised.

Blockers come from the packet preflight alone. It already holds the 12315 acceptance rules the
case data can show (the 第十条 fields, from the one list in `domain.eligibility`, and the
three-year bar), so the 12315 check is not run a second time. Missing evidence comes from the
channel choice, without rendering the advice's message template.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from disputekit.app.advising import deadlines_for
from disputekit.domain.advice.channel_rules import choose_channel
from disputekit.domain.advice.contact_check import SharedContact
from disputekit.domain.advice.evidence_needs import missing_evidence
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import EvidenceKind, PacketKind
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_judge import as_instant
from disputekit.packet.blocker import Blocker
from disputekit.packet.pages.blank_rows import BlankRow, blank_rows
from disputekit.packet.preflight import fact_warnings, precheck_warnings, preflight

__all__ = ["Precheck", "Refusal", "UnfilledRow", "precheck", "recommended_evidence"]


class Refusal(Protocol):
    """One reason a final packet cannot be built (or a fact it would print wrong or bare):
    `code`, the words (`message_zh`, a message code's Chinese) and the case JSON path of the
    field to fix, if any."""

    @property
    def code(self) -> str: ...
    @property
    def message_zh(self) -> str: ...
    @property
    def field_path(self) -> str | None: ...


class UnfilledRow(Protocol):
    """A row the packet would print as 未填写: its label there and where it is edited."""

    @property
    def label_zh(self) -> str: ...
    @property
    def field_path(self) -> str: ...


@dataclass(frozen=True)
class Precheck:
    """`blockers` stop a final packet; the rest is advice. `blank_rows` leaves out rows that
    are already a blocker; `contact_notes` are shared-contact warnings (办法第十七条(四))."""

    blockers: list[Blocker]
    missing_evidence: list[list[EvidenceKind]]
    blank_rows: list[BlankRow]
    contact_notes: list[str]
    warnings: list[Blocker]

    @property
    def blocks(self) -> bool:
        """True when something stops a final packet."""
        return bool(self.blockers)


def recommended_evidence(
    case: Case, today: date, calendar: WorkCalendar | None = None
) -> list[list[EvidenceKind]]:
    """The evidence groups the advised channel still wants on `today` (any one per group)."""
    cal = calendar or WorkCalendar()
    deadlines = deadlines_for(case, as_instant(today), cal)
    return missing_evidence(case, choose_channel(case, deadlines).channel)


def precheck(
    case: Case,
    kind: PacketKind,
    today: date,
    calendar: WorkCalendar | None = None,
    shared: tuple[SharedContact, ...] = (),
    whole: Case | None = None,
) -> Precheck:
    """Check `case` for a `kind` packet on `today`; `shared` lists other stored cases whose
    complainant uses this one's phone or address; `whole` is the case as stored when `case`
    holds only the chosen exhibits (its withheld originals are looked at)."""
    blockers = preflight(case, kind, today, calendar)
    # A row already red (a required field) is not repeated as an amber blank row.
    red = {b.field_path for b in blockers}
    blanks = [b for b in blank_rows(case, kind) if b.field_path not in red]
    return Precheck(
        blockers=blockers,
        missing_evidence=recommended_evidence(case, today, calendar),
        blank_rows=blanks,
        contact_notes=precheck_warnings(case, kind, shared),
        warnings=fact_warnings(whole or case, kind),
    )

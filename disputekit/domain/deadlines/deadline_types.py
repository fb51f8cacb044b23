"""What a deadline is: its kind, unit, due instant, rule and source, and where it stands.

Kept apart from the rules that build deadlines (`deadline_rules`) and from the case-level
functions that sort and judge them (`deadlines`), so neither imports the other in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from disputekit.domain.case.vocabulary import DeadlineKind, DeadlineUnit
from disputekit.messages import Localized, Msg
from disputekit.timeutil import zh_datetime as zh_datetime  # the advice texts import it


class DeadlineStatus(StrEnum):
    """Where a deadline stands at an instant (the rule: `deadline_judge`)."""

    UPCOMING = "upcoming"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"


@dataclass(frozen=True)
class Deadline:
    """One deadline of a case: when it falls, by which rule and source, and where it stands."""

    kind: DeadlineKind
    due: datetime
    rule: str
    basis: str
    estimated: bool
    estimate_reason: str | None
    status: DeadlineStatus
    from_event: str | None
    unit: DeadlineUnit
    # The rule's own Chinese name, which may say more than the kind's label (商家承诺).
    label_zh: str
    expected_from: datetime | None = None
    # The 12315 bar's last day moved over a non-working day (办法第四十五条): `due` is the
    # nominal last day the buyer is told to file by; until this instant a complaint may still
    # be accepted, so the deadline is due soon, not overdue.
    grace_until: datetime | None = None

    @property
    def name(self) -> str:
        """The rule's own name as a message: Chinese `label_zh`; in English the rule's own
        English (the rulebook has it) or else the kind's label."""
        if isinstance(self.label_zh, Localized | Msg):
            return self.label_zh
        return Localized(self.label_zh, self.kind.en)

    def to_json(self) -> dict[str, object]:
        """The deadline in the advice JSON shape (`expected_from` only when known)."""
        data: dict[str, object] = {
            "kind": self.kind.value,
            "due": self.due.isoformat(),
            "rule": self.rule,
            "basis": self.basis,
            "estimated": self.estimated,
            "status": self.status.value,
            "from_event": self.from_event,
        }
        if self.expected_from is not None:
            data["expected_from"] = self.expected_from.isoformat()
        if self.grace_until is not None:
            data["may_still_be_accepted_until"] = self.grace_until.isoformat()
        return data


def find(deadlines: list[Deadline], kind: DeadlineKind | str) -> Deadline | None:
    """The deadline of `kind` in `deadlines`, or None. A kind given by its id must be a known
    one (ValueError otherwise): a misspelt id would silently find nothing."""
    wanted = DeadlineKind(kind)
    return next((d for d in deadlines if d.kind is wanted), None)

"""What the advice step writers read about a case, with helpers for recurring phrases."""

from __future__ import annotations

from disputekit.domain.deadlines import Deadline, find
from disputekit.domain.eligibility import Eligibility
from disputekit.domain.model import Case
from disputekit.domain.vocabulary import EvidenceKind
from disputekit.messages import Joined, Msg, When, msg


class StepContext:
    """What the step writers read, with small helpers for recurring phrases."""

    def __init__(
        self,
        case: Case,
        deadlines: list[Deadline],
        eligibility: Eligibility | None,
        missing: list[list[EvidenceKind]],
    ) -> None:
        self.case = case
        self.deadlines = deadlines
        self.eligibility = eligibility
        self.missing = missing

    def due(self, kind: str) -> When | Msg:
        """When the deadline of `kind` falls, or "the deadline" if the case has none."""
        found = find(self.deadlines, kind)
        return When(found.due) if found else msg("step.the_deadline")

    def gather(self) -> list[str]:
        """The step that asks for the missing evidence, if any is missing."""
        if not self.missing:
            return []
        groups = tuple(Joined(tuple(group), "or") for group in self.missing)
        return [msg("step.gather", names=Joined(groups, "clauses"))]

"""What the advice step writers read about a case, with helpers for recurring phrases."""

from __future__ import annotations

from datetime import datetime

from disputekit.domain.advice.situations import ChannelChoice, Situation
from disputekit.domain.case.model import Case
from disputekit.domain.case.vocabulary import Channel, EvidenceKind
from disputekit.domain.deadlines import clocks
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_rules import APPEAL_WORKING_DAYS, CS_REVIEW_HOURS
from disputekit.domain.deadlines.deadline_types import Deadline, DeadlineStatus, find
from disputekit.domain.legal.citations import cite
from disputekit.domain.legal.eligibility import Eligibility
from disputekit.messages import Day, Joined, Msg, When, msg
from disputekit.timeutil import to_shanghai

# Appeals not yet filed: their window starts today.
_APPEAL_TO_FILE = (
    Situation.APPEAL_COMPLETED,
    Situation.APPEAL_AFTER_CS,
    Situation.APPEAL_CANCEL_REFUSED,
)
# Still with customer service: the appeal comes after its review (guide: 1–24 hours).
_CS_FIRST = (
    Situation.CS_NOT_RECEIVED,
    Situation.CS_OTHER,
    Situation.CS_CANCEL_FAILED,
    Situation.CS_DELIVERY,
)


class StepContext:
    """What the step writers read, with small helpers for recurring phrases."""

    def __init__(
        self,
        case: Case,
        deadlines: list[Deadline],
        eligibility: Eligibility | None,
        missing: list[list[EvidenceKind]],
        choice: ChannelChoice | None = None,
        now: datetime | None = None,
        calendar: WorkCalendar | None = None,
    ) -> None:
        self.case = case
        self.deadlines = deadlines
        self.eligibility = eligibility
        self.missing = missing
        self.choice = choice
        self.now = now
        self.calendar = calendar or WorkCalendar()

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

    def then_12315(self, code: str) -> str:
        """The step `code` that sends the buyer on to 12315; once 12315 is closed (the bar has
        passed, or it has handled the dispute), the routes still open instead."""
        choice = self.choice
        if choice is None or not choice.closed_12315:
            return msg(code)
        routes = tuple(c for c in choice.further if c is not Channel.PLATFORM_APPEAL)
        why = (
            msg("step.closed.bar", law=cite("complaint_16_4"))
            if choice.barred
            else msg("step.closed.handled", law=cite("complaint_16_2"))
        )
        return msg("step.then_no_12315", why=why, routes=Joined(routes, "or"))

    def bar(self) -> Deadline | None:
        """The 12315 bar, unless a complaint already met it."""
        found = find(self.deadlines, "complaint_bar_due")
        return None if found is None or found.status is DeadlineStatus.MET else found

    def bar_day(self, bar: Deadline) -> Msg:
        """File by the nominal day; a moved day only as the day it may still be accepted."""
        nominal = Day(to_shanghai(bar.due).date())
        if bar.grace_until is None:
            return msg("step.bar.by", nominal=nominal)
        moved = Day(to_shanghai(bar.grace_until).date())
        code = "step.bar.by_moved"
        if self.now is not None and self.now > bar.due:
            code = "step.bar.grace_today"  # the nominal day has passed; the moved one has not
        return msg(code, nominal=nominal, moved=moved, law=cite("complaint_45"))

    def file_now(self) -> list[str]:
        """When the bar falls inside the appeal's own window: file with 12315 now."""
        choice, bar = self.choice, self.bar()
        if choice is None or bar is None or choice.closed_12315 or not choice.may_reach_12315:
            return []
        if bar.status is DeadlineStatus.OVERDUE:
            return []
        if choice.situation is Situation.APPEAL_PENDING:
            found = find(self.deadlines, "appeal_result_due")
            horizon = found.due if found is not None else None
        elif choice.situation in _APPEAL_TO_FILE and self.now is not None:
            horizon = clocks.working_days_after(self.now, APPEAL_WORKING_DAYS, self.calendar).at
        elif choice.situation in _CS_FIRST and self.now is not None:
            reply = clocks.hours_after(self.now, CS_REVIEW_HOURS).at
            horizon = clocks.working_days_after(reply, APPEAL_WORKING_DAYS, self.calendar).at
        else:
            horizon = None
        if horizon is None or bar.due > horizon:
            return []
        return [
            msg(
                "step.file_12315_now",
                by=self.bar_day(bar),
                appeal=When(horizon),
                basis=bar.basis,
            )
        ]

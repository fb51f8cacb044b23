"""到期提醒: deadlines due soon or overdue across every case, by the one deadline rule
(`domain.deadline_judge`: due soon = by the end of the next working day).

Found cheaply: the store caches each case's earliest deadline still calling for attention
(unmet, not dismissed), and a case whose earliest one is not due soon has no such deadline due
soon at all, so only the few cases flagged there are loaded in full, with the few that have a
dismissed platform period (listed under 已不再提醒).

Each row says whether it is a legal deadline or a platform period and whether the user
dismissed it (`app.deadline_dismissals`); `due_counts` is the one count the banner, the
reminders window and the dashboard show (`domain.deadlines.deadline_attention`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from disputekit.app.advising import deadlines_for
from disputekit.app.deadlines.deadline_dismissals import dismissed_deadlines, is_dismissed
from disputekit.domain.case.model import Case
from disputekit.domain.deadlines.case_deadlines import Deadline, DeadlineStatus
from disputekit.domain.deadlines.deadline_attention import Attention, DueCounts, classify, count_due
from disputekit.domain.deadlines.deadline_judge import soon_until
from disputekit.store import CaseDamaged, CaseNotFound, Store


@dataclass(frozen=True)
class DueDeadline:
    """One overdue or due-soon deadline of the stored case `case_id`."""

    case_id: int
    case: Case
    deadline: Deadline
    dismissed: bool = False

    @property
    def attention(self) -> Attention:
        """How the views count this row."""
        return classify(self.deadline, self.dismissed)

    @property
    def legal(self) -> bool:
        """A statutory deadline (else a platform period)."""
        return self.attention.legal


def due_counts(found: list[DueDeadline]) -> DueCounts:
    """The one count of `found`: legal and platform apart, dismissed ones left out."""
    return count_due(due.attention for due in found)


def due_deadlines(store: Store, now: datetime) -> list[DueDeadline]:
    """Unmet deadlines of every case that are overdue or due soon at `now`, overdue first,
    then by due time; dismissed platform periods too, marked so."""
    calendar = store.calendar()
    dismissed = dismissed_deadlines(store)
    found: list[DueDeadline] = []
    due_ids = store.cases.due_by(soon_until(now, calendar)).ids
    more = sorted({case_id for case_id, _key in dismissed} - set(due_ids))
    for case_id in [*due_ids, *more]:
        try:
            case = store.cases.get(case_id)
        except (CaseDamaged, CaseNotFound):  # the list names it as damaged; go on for the rest
            continue
        for deadline in deadlines_for(case, now, calendar):
            if deadline.status in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON):
                gone = is_dismissed(dismissed, case_id, deadline)
                found.append(DueDeadline(case_id, case, deadline, gone))
    found.sort(
        key=lambda due: (due.deadline.status is not DeadlineStatus.OVERDUE, due.deadline.due)
    )
    return found

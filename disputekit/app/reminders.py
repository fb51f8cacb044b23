"""到期提醒: deadlines due soon or overdue across every case, by the one deadline rule
(`domain.deadline_judge`: due soon = by the end of the next working day).

Found cheaply: the store caches each case's earliest unmet deadline, and a case whose earliest
one is not due soon has no deadline due soon at all, so only the few cases flagged there are
loaded in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from disputekit.app.advising import deadlines_for
from disputekit.domain.case.model import Case
from disputekit.domain.deadlines.case_deadlines import Deadline, DeadlineStatus
from disputekit.domain.deadlines.deadline_judge import soon_until
from disputekit.store import CaseDamaged, Store


@dataclass(frozen=True)
class DueDeadline:
    """One overdue or due-soon deadline of the stored case `case_id`."""

    case_id: int
    case: Case
    deadline: Deadline


def due_deadlines(store: Store, now: datetime) -> list[DueDeadline]:
    """Unmet deadlines of every case that are overdue or due soon at `now`, overdue first,
    then by due time."""
    calendar = store.calendar()
    found: list[DueDeadline] = []
    for summary in store.cases.due_by(soon_until(now, calendar)):
        try:
            case = store.cases.get(summary.id)
        except CaseDamaged:  # the list names it as damaged; reminders go on for the rest
            continue
        for deadline in deadlines_for(case, now, calendar):
            if deadline.status in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON):
                found.append(DueDeadline(summary.id, case, deadline))
    found.sort(
        key=lambda due: (due.deadline.status is not DeadlineStatus.OVERDUE, due.deadline.due)
    )
    return found

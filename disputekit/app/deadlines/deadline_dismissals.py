"""不再提醒: the platform periods the user dismissed, per case and deadline, kept in the store
(`store.dismissals`, so they survive a restart) and undone the same way. A legal deadline
cannot be dismissed (`domain.deadlines.deadline_attention.dismissable`).

A dismissal names the deadline's kind and due instant: when a new event starts the period
afresh (another message to customer service), the new period reminds again. The case's cached
next deadline (the case list's column) passes over dismissed periods; dismissing or reminding
again recomputes it, and deleting the case removes its dismissals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from disputekit.app.advising import deadlines_for
from disputekit.app.data_folder import FAILURES
from disputekit.domain.case.model import Case
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_attention import dismissal_key, is_legal
from disputekit.domain.deadlines.deadline_types import Deadline
from disputekit.messages import msg
from disputekit.store import Store
from disputekit.store.cases.dismissals import DISMISSED_KEY as DISMISSED_KEY

DismissalKey = tuple[int, str]


class NotDismissable(ValueError):
    """A legal deadline was to be dismissed; `text` says why, as a message."""

    def __init__(self, deadline: Deadline) -> None:
        self.text = msg("deadline.not_dismissable", name=deadline.name)
        super().__init__(str(self.text))


# What dismissing or restoring may raise: a legal deadline refused, or the store unavailable.
DISMISSAL_REFUSALS: tuple[type[BaseException], ...] = (NotDismissable, *FAILURES)


@dataclass(frozen=True)
class CaseDeadlines:
    """One case's deadlines judged at an instant (earliest first), with the calendar they were
    judged by and the dismissal keys of its platform periods the user dismissed."""

    deadlines: list[Deadline]
    calendar: WorkCalendar
    dismissed_keys: frozenset[str] = frozenset()

    def dismissed(self, deadline: Deadline) -> bool:
        """True for a platform period of the case the user dismissed (不再提醒)."""
        return not is_legal(deadline.kind) and deadline_key(deadline) in self.dismissed_keys


def case_deadlines(
    store: Store, case_id: int | None, case: Case | None, now: datetime
) -> CaseDeadlines:
    """The deadlines of `case` (stored as `case_id`; None: not stored, nothing dismissed) at
    `now`, by the store's calendar, each telling whether it is dismissed (the 期限 tab); no
    case, none."""
    calendar = store.calendar()
    if case is None:
        return CaseDeadlines([], calendar)
    keys = store.dismissals.of(case_id) if case_id is not None else frozenset()
    return CaseDeadlines(deadlines_for(case, now, calendar), calendar, keys)


def deadline_key(deadline: Deadline) -> str:
    """The deadline's kind and due instant, as a dismissal names it."""
    return dismissal_key(deadline.kind, deadline.due)


def key_of(kind: str, due: datetime) -> str:
    """A dismissal's name for the deadline of `kind` due at `due`."""
    return dismissal_key(kind, due)


def dismissed_deadlines(store: Store) -> set[DismissalKey]:
    """Every dismissal as (case id, `deadline_key`); a damaged setting counts as none."""
    return {(case, key) for case, keys in store.dismissals.all().items() for key in keys}


def dismissed_cases(store: Store) -> set[int]:
    """The ids of the cases with a dismissed platform period."""
    return set(store.dismissals.all())


def is_dismissed(dismissed: set[DismissalKey], case_id: int, deadline: Deadline) -> bool:
    """True if `deadline` of case `case_id` is among `dismissed`."""
    return (case_id, deadline_key(deadline)) in dismissed


def dismiss_deadline(store: Store, case_id: int, deadline: Deadline) -> None:
    """Stop reminding of the platform period `deadline` of case `case_id` (NotDismissable
    for a legal deadline)."""
    if is_legal(deadline.kind):
        raise NotDismissable(deadline)
    store.dismissals.change(case_id, add=[deadline_key(deadline)])


def restore_deadline(store: Store, case_id: int, deadline: Deadline) -> None:
    """Remind of `deadline` of case `case_id` again (nothing happens if it was not dismissed)."""
    store.dismissals.change(case_id, remove=[deadline_key(deadline)])

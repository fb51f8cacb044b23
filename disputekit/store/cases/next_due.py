"""The cached next deadline of a case (`cases.next_due_at`, `next_due_kind`) for the list
and reminders, and the instant text both are stored as: the earliest deadline that still calls
for attention (not met, not a platform period the user dismissed, `dismissals`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from disputekit.store.cases.case_list import CaseDamaged
from disputekit.store.db import Database
from disputekit.timeutil import SHANGHAI

if TYPE_CHECKING:
    from disputekit.domain.case.model import Case
    from disputekit.domain.deadlines.calendar import WorkCalendar


def instant(value: datetime) -> str:
    """`value` as stored: one fixed offset (China has no DST) keeps the text sortable and
    the list cheap to parse."""
    return value.astimezone(SHANGHAI).isoformat(timespec="microseconds")


def next_due(
    case: Case, calendar: WorkCalendar | None, dismissed: Collection[str] = ()
) -> tuple[str | None, str | None]:
    """The earliest unmet deadline of `case` not among `dismissed` (dismissal keys) as (ISO
    instant, kind), for the list cache."""
    # Imported on first save, not with the store: the advice engine pulls in the holiday
    # calendar, which the app's first paint does not need.
    from disputekit.domain.advice.engine import next_deadline
    from disputekit.rules_data import load_rulebook

    deadline = next_deadline(case, calendar, rules=load_rulebook(), dismissed=dismissed)
    if deadline is None:
        return None, None
    return instant(deadline.due), str(deadline.kind)


def write_next_due(
    db: Database,
    case_id: int,
    case: Case,
    calendar: WorkCalendar | None,
    dismissed: Collection[str] = (),
) -> None:
    """Recompute the cached next deadline of the stored case `case_id` (inside the caller's
    transaction)."""
    at, kind = next_due(case, calendar, dismissed)
    db.conn.execute(
        "UPDATE cases SET next_due_at = ?, next_due_kind = ? WHERE id = ?", [at, kind, case_id]
    )


def readable(get: Callable[[int], Case], ids: Iterable[int]) -> Iterator[tuple[int, Case]]:
    """(id, case) for each of `ids` whose stored row can be read: `get` raises CaseDamaged
    for the others (the list names them as damaged), which are skipped."""
    for case_id in ids:
        try:
            yield case_id, get(case_id)
        except CaseDamaged:
            continue

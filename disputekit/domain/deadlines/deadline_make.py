"""Making a deadline out of its clock's instant and its rule, and whether later events met
it: shared by the platform-practice rules (`deadline_rules`) and the statutory periods
(`deadline_statutory`)."""

from __future__ import annotations

from datetime import datetime

from disputekit.domain.case.model import Case, Event
from disputekit.domain.case.vocabulary import DeadlineKind, DeadlineUnit, EventKind
from disputekit.domain.deadlines import clocks
from disputekit.domain.deadlines.deadline_types import Deadline, DeadlineStatus


def met_after(case: Case, start: Event, *closing: EventKind) -> bool:
    """True if an event of a `closing` kind came at or after `start`."""
    return any(e.at >= start.at for e in case.events_of(*closing))


def make_deadline(
    kind: DeadlineKind,
    due: clocks.Deadline,
    *,
    rule: str,
    basis: str,
    unit: DeadlineUnit,
    label: str,
    start: Event | None,
    met: bool = False,
    expected_from: datetime | None = None,
    grace_until: datetime | None = None,
) -> Deadline:
    """The deadline of `kind` due at `due`, `met` or, not yet judged, upcoming."""
    return Deadline(
        kind=kind,
        due=due.at,
        rule=rule,
        basis=basis,
        estimated=due.estimated,
        estimate_reason=due.reason,
        status=DeadlineStatus.MET if met else DeadlineStatus.UPCOMING,
        from_event=start.id if start else None,
        unit=unit,
        label_zh=label,
        expected_from=expected_from,
        grace_until=grace_until,
    )

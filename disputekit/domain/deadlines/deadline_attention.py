"""Which deadlines call for attention, and the one count of them every view shows.

Two sorts of deadline are kept apart:

- **legal** deadlines: the statutory periods (12315 acceptance and mediation, the 12315 time
  bar, the court limitation), each counted by an article;
- **platform periods** (平台自定期限): figures a platform or seller sets itself (the customer-
  service review, a proof-of-delivery answer, the appeal result, a refund's arrival). Missing
  one costs the buyer no right; past, it only says the next step may be taken. The user may
  dismiss one (不再提醒); a legal deadline cannot be dismissed.

The banner, the reminders window, the dashboard and the case list all count and colour by
`classify` and `count_due`, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING

from disputekit.domain.case.vocabulary import DeadlineKind
from disputekit.domain.deadlines.deadline_judge import judge_unmet
from disputekit.domain.deadlines.deadline_types import Deadline, DeadlineStatus
from disputekit.timeutil import SHANGHAI, to_shanghai

if TYPE_CHECKING:
    from disputekit.domain.deadlines.calendar import WorkCalendar

_K = DeadlineKind

LEGAL_KINDS: frozenset[DeadlineKind] = frozenset(
    {
        _K.COMPLAINT_ACCEPTANCE_DUE,
        _K.MEDIATION_DUE_45WD,
        _K.MEDIATION_DUE_60D,
        _K.COMPLAINT_BAR_DUE,
        _K.LIMITATION_DUE,
    }
)
PRESSING = (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON)
# Where a moved last day ends (民法典第二百零三条: 24:00, shown as 23:59:59), as the clocks do.
_END_OF_DAY = time(23, 59, 59)


def is_legal(kind: DeadlineKind | str) -> bool:
    """True for a statutory deadline, False for a platform's (or seller's) own period."""
    return DeadlineKind(kind) in LEGAL_KINDS


def dismissal_key(kind: DeadlineKind | str, due: datetime) -> str:
    """How a dismissal (不再提醒) names a deadline: its kind and nominal due instant, so a new
    period of the same kind (started afresh by a later event) reminds again."""
    return f"{DeadlineKind(kind).value}@{to_shanghai(due).isoformat()}"


def dismissable(deadline: Deadline) -> bool:
    """Only a platform period may be dismissed, and only while it is not met."""
    return not is_legal(deadline.kind) and deadline.status is not DeadlineStatus.MET


@dataclass(frozen=True)
class Attention:
    """A judged deadline as the views count it."""

    status: DeadlineStatus
    legal: bool
    dismissed: bool

    @property
    def counted(self) -> bool:
        """Counted in a figure or coloured: overdue or due soon, and not dismissed."""
        return self.status in PRESSING and not self.dismissed


def classify(deadline: Deadline, dismissed: bool = False) -> Attention:
    """`deadline` (already judged: its `status`) as the views count it; `dismissed` only
    holds for a platform period (a legal deadline is never dismissed)."""
    legal = is_legal(deadline.kind)
    return Attention(deadline.status, legal, dismissed and not legal)


@dataclass(frozen=True)
class DueCounts:
    """The one count of pressing deadlines: legal ones and platform periods apart; dismissed
    platform periods are not counted (`dismissed` says how many there are)."""

    overdue: int = 0
    due_soon: int = 0
    platform_overdue: int = 0
    platform_due_soon: int = 0
    dismissed: int = 0

    @property
    def platform(self) -> int:
        """Platform periods past or due soon, not dismissed."""
        return self.platform_overdue + self.platform_due_soon

    @property
    def any(self) -> bool:
        """Anything to tell the user about."""
        return bool(self.overdue or self.due_soon or self.platform)


def count_due(attentions: Iterable[Attention]) -> DueCounts:
    """Count `attentions` (from `classify`) by sort and state."""
    overdue = soon = p_overdue = p_soon = dismissed = 0
    for a in attentions:
        if a.dismissed:
            dismissed += a.status in PRESSING
            continue
        late, near = a.status is DeadlineStatus.OVERDUE, a.status is DeadlineStatus.DUE_SOON
        if a.legal:
            overdue, soon = overdue + late, soon + near
        else:
            p_overdue, p_soon = p_overdue + late, p_soon + near
    return DueCounts(overdue, soon, p_overdue, p_soon, dismissed)


def bar_grace(due: datetime, calendar: WorkCalendar) -> datetime | None:
    """For a 12315 bar whose nominal last day `due` is not a working day, the end of the next
    working day (办法第四十五条: until then a complaint may still be accepted); else None."""
    day = to_shanghai(due).date()
    moved = calendar.working_day_on_or_after(day)
    return None if moved == day else datetime.combine(moved, _END_OF_DAY, SHANGHAI)


def judge_cached(
    kind: DeadlineKind | str | None, due: datetime, now: datetime, calendar: WorkCalendar
) -> DeadlineStatus:
    """Where a case's cached next deadline (its kind and nominal due instant) stands at `now`:
    the same judgement as the full deadline, grace days of a 12315 bar included (`kind` None:
    no grace)."""
    bar = kind == _K.COMPLAINT_BAR_DUE  # a kind this version does not know has no grace
    grace = bar_grace(due, calendar) if bar else None
    return judge_unmet(due, grace, now, calendar)

"""The deadlines of a case, each counted by its own clock from the event it runs from.

Which deadlines exist and when they fall depends only on the case and the calendar; the
judging instant only decides each one's status, by `deadline_judge.judge`. `next_deadline`
therefore needs no instant (the store caches it, passing over the platform periods the user
dismissed).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date, datetime

from disputekit.domain.case.model import Case
from disputekit.domain.deadlines.calendar import WorkCalendar
from disputekit.domain.deadlines.deadline_attention import dismissal_key, is_legal
from disputekit.domain.deadlines.deadline_judge import judge
from disputekit.domain.deadlines.deadline_rules import KIND_ORDER, build_deadlines
from disputekit.domain.deadlines.deadline_types import Deadline, DeadlineStatus, find, zh_datetime
from disputekit.domain.deadlines.rulebook import Rulebook

# Re-exported: callers import the deadline types from here.
__all__ = ["Deadline", "DeadlineStatus", "deadlines_for", "find", "next_deadline", "zh_datetime"]


def deadlines_for(
    case: Case,
    now: date | datetime,
    calendar: WorkCalendar | None = None,
    *,
    rules: Rulebook,
) -> list[Deadline]:
    """Every deadline of `case` with its status at `now` (an aware instant; a date means its
    00:00 in Asia/Shanghai), earliest due first. The 12315 periods follow `rules` (the
    shipped ones: `disputekit.rules_data.load_rulebook`)."""
    cal = calendar or WorkCalendar()
    return [replace(d, status=judge(d, now, cal)) for d in _unjudged(case, cal, rules)]


def next_deadline(
    case: Case,
    calendar: WorkCalendar | None = None,
    *,
    rules: Rulebook,
    dismissed: Collection[str] = (),
) -> Deadline | None:
    """The earliest-due deadline that still calls for attention: not met, and not a platform
    period among `dismissed` (`deadline_attention.dismissal_key`s); or None. Independent of
    the time: its status is left `upcoming`; judge it at an instant with
    `deadline_judge.judge`."""
    cal = calendar or WorkCalendar()

    def waiting(d: Deadline) -> bool:
        if d.status is DeadlineStatus.MET:
            return False
        return is_legal(d.kind) or dismissal_key(d.kind, d.due) not in dismissed

    return next((d for d in _unjudged(case, cal, rules) if waiting(d)), None)


def _unjudged(case: Case, cal: WorkCalendar, rules: Rulebook) -> list[Deadline]:
    """All deadlines, status `met` or (not yet judged) `upcoming`, sorted by due instant."""
    found = build_deadlines(case, cal, rules)
    return sorted(found, key=lambda d: (d.due, KIND_ORDER.index(d.kind)))
